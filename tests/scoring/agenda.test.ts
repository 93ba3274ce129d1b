/**
 * The agenda: its validation in survey.yaml, and every theme number of the example recomputed
 * here from the mapping and responses.csv alone (own CSV reading, own linearisation), not from
 * scoring/.
 */

import {readFileSync} from "node:fs";
import {fileURLToPath} from "node:url";
import {beforeAll, describe, expect, it} from "vitest";
import YAML from "yaml";
import {BundleError, readBundle, scoreReport} from "../../scoring/index.ts";
import {tCritical, tTestPValue} from "../../scoring/probability.ts";
import type {Report} from "../../scoring/types.ts";
import {responsesCsv, SAMPLE_ROWS, SURVEY_YAML, writeBundle} from "../helpers/bundle.ts";
import {parseCsv} from "../helpers/parseCsv.ts";

const AGENDA = `agenda:
  title: Werkgeversvisie
  themes:
    - {id: bezieling, name: Bezieling, modules: [bevlogenheid], questions: [wd1], topics: [Samenwerking]}
    - {id: eenvoud, name: Eenvoud, context: [bev1]}
`;
const SURVEY = SURVEY_YAML.replace("scale: trots}", "scale: trots, topic: improve}").replace("settings:\n", `${AGENDA}settings:\n`);

/** The messages of the defects readBundle reports for this survey.yaml with the sample rows. */
function defects(survey: string): string[] {
  try {
    readBundle(writeBundle({"survey.yaml": survey, "responses.csv": responsesCsv(SAMPLE_ROWS)}));
  } catch (error) {
    if (error instanceof BundleError) return error.message.split("\n").slice(1);
    throw error;
  }
  return [];
}

describe("agenda in survey.yaml", () => {
  it("readBundle accepts an agenda of themes mapped to modules, questions, context and topics", () => {
    expect(defects(SURVEY)).toEqual([]);
  });

  it("readBundle names file, line and column of every wrong reference in the agenda", () => {
    const wrong = SURVEY.replace("modules: [bevlogenheid], questions: [wd1], topics: [Samenwerking]", "modules: [bevlogen], questions: [trots], topics: [Koffie]").replace("context: [bev1]", "context: [nergens]");
    const lines = wrong.split("\n");
    const line = lines.findIndex((l) => l.includes("bevlogen]")) + 1;
    const column = (text: string, at: number) => lines[at - 1].indexOf(text) + 1;
    expect(defects(wrong)).toEqual([
      `survey.yaml:${line}:${column("bevlogen]", line)}: agenda theme bezieling: "bevlogen" is not a module (modules: bevlogenheid, werkdruk)`,
      `survey.yaml:${line}:${column("trots]", line)}: agenda theme bezieling: question "trots" has no 0–10 score (scale type multi); list it under context instead`,
      `survey.yaml:${line}:${column("Koffie", line)}: agenda theme bezieling: "Koffie" is not an option of a topic question (a multi question with topic: proud or improve)`,
      `survey.yaml:${line + 1}:${column("nergens", line + 1)}: agenda theme eenvoud: "nergens" is neither a module nor a question`
    ]);
  });

  it("readBundle refuses an id used twice in the agenda and an unknown key, at their place", () => {
    const twice = SURVEY.replace("{id: eenvoud, name: Eenvoud", "{id: bezieling, name: Eenvoud, weight: 2");
    const found = defects(twice);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^survey\.yaml:\d+:\d+: agenda\.themes\.1: Unrecognized key: "weight"/);
    const line = twice.split("\n").findIndex((l) => l.includes("name: Eenvoud")) + 1;
    expect(defects(twice.replace(", weight: 2", ""))).toEqual([`survey.yaml:${line}:12: agenda theme bezieling: the id "bezieling" is used twice in the agenda`]);
  });
});

describe("scoreReport with an agenda", () => {
  const report = scoreReport(readBundle(writeBundle({"survey.yaml": SURVEY, "responses.csv": responsesCsv(SAMPLE_ROWS)})));
  const [bezieling, eenvoud] = report.agenda!.themes;

  it("scores a theme as the mean of its modules' core questions and its single questions", () => {
    const score = (id: string) => report.questions.find((q) => q.id === id)!.score!;
    expect(bezieling.questions).toEqual(["bev1", "bev2", "wd1"]);
    expect(bezieling.score!.score).toBeCloseTo((score("bev1") + score("bev2") + score("wd1")) / 3, 12);
    expect(bezieling.score!.n).toBe(12);
    expect(bezieling.topics.map((t) => [t.question, t.label])).toEqual([["trots", "Samenwerking"]]);
  });

  it("gives a theme no question measures no score, and keeps its context", () => {
    expect(eenvoud).toMatchObject({measured: false, score: null, questions: [], mapping: {context: ["bev1"]}, comparisons: [], lagging: []});
  });

  it("gives groups below the minimum group size no theme number, as their modules", () => {
    // Teams of 3: every team is below 5; the departments of 6 are shown.
    for (const group of bezieling.groups) {
      const shown = report.groups.find((g) => g.id === group.group)!;
      if (shown.suppressed) expect(group).toEqual({group: group.group, score: null, n: null, se: null, ci: null, alpha: null, suppressed: true});
    }
    expect(bezieling.groups.filter((g) => !g.suppressed).map((g) => g.group)).toEqual(report.groups.filter((g) => !g.suppressed).map((g) => g.id));
    expect(report.groups.some((g) => g.suppressed)).toBe(true);
  });

  it("compares a theme with previous.csv by the mean of its question scores, threshold only, when it gives all of them", () => {
    const score = (previous: string) =>
      scoreReport(readBundle(writeBundle({"survey.yaml": SURVEY, "responses.csv": responsesCsv(SAMPLE_ROWS), "previous.csv": previous}))).agenda!.themes[0].comparisons.filter((c) => c.against === "previous");
    const [previous] = score("item,score,n,sd\nbev1,6,100,2\nbev2,7,100,2\nwd1,2,100,2\n");
    expect(previous).toMatchObject({kind: "theme", item: "bezieling", group: null, reference: 5, pValue: null, significant: null});
    expect(previous.difference).toBeCloseTo(bezieling.score!.score! - 5, 12);
    expect(score("item,score,n,sd\nbev1,6,100,2\nbev2,7,100,2\n")).toEqual([]);
  });

  it("compares a theme with a previous survey by the current agenda, only where that survey asked the same questions, and never reads its own agenda", () => {
    const before = (survey: string, responses = responsesCsv(SAMPLE_ROWS)) =>
      scoreReport(readBundle(writeBundle({"survey.yaml": SURVEY, "responses.csv": responsesCsv(SAMPLE_ROWS), "previous/survey.yaml": survey, "previous/responses.csv": responses}))).agenda!.themes[0].comparisons.filter(
        (c) => c.against === "previous"
      );
    const [same] = before(SURVEY);
    expect(same).toMatchObject({reference: bezieling.score!.score!, difference: 0, pValue: 1});
    // Another agenda, or none, in the previous survey.yaml changes nothing.
    expect(before(SURVEY.replace(AGENDA, AGENDA.replace("questions: [wd1], ", "")))).toEqual([same]);
    expect(before(SURVEY.replace(AGENDA, ""))).toEqual([same]);
    // A previous survey without wd1 has the theme on other questions: no comparison.
    const [header, ...lines] = responsesCsv(SAMPLE_ROWS).split("\n");
    expect(before(SURVEY.replace(AGENDA, "").replace("{id: wd1,", "{id: wd9,"), [header.replace("wd1", "wd9"), ...lines].join("\n"))).toEqual([]);
  });

  it("is null without an agenda", () => {
    const plain = scoreReport(readBundle(writeBundle({"survey.yaml": SURVEY_YAML, "responses.csv": responsesCsv(SAMPLE_ROWS)})));
    expect(plain.agenda).toBeNull();
    expect(plain.modules.map((m) => m.id)).toEqual(report.modules.map((m) => m.id));
  });
});

describe("the example's agenda, recomputed from the mapping and responses.csv", () => {
  const dir = fileURLToPath(new URL("../../data/voorbeeld/", import.meta.url));
  let report: Report;
  beforeAll(() => {
    report = scoreReport(readBundle(dir));
  });

  interface Sample {
    rows: Record<string, string>[];
    invited: Map<string, number>;
    survey: {agenda: {themes: Mapping[]; movements: Mapping[]}; modules: {id: string; core?: string[]}[]; questions: {id: string; module?: string; scale: string; reverse?: boolean; formerly?: Record<string, string>}[]};
  }
  interface Mapping {
    id: string;
    modules?: string[];
    questions?: string[];
  }
  const read = (folder: string): Sample => {
    const csv = (name: string) => {
      const [header, ...lines] = parseCsv(readFileSync(`${folder}/${name}`, "utf8"));
      return lines.map((fields) => Object.fromEntries(header.map((h, i) => [h, fields[i] ?? ""])));
    };
    const invited = new Map(csv("population.csv").map((r) => [`${r.domein}|${r.team}`, Number(r.invited)]));
    return {rows: csv("responses.csv"), invited, survey: YAML.parse(readFileSync(`${folder}/survey.yaml`, "utf8"))};
  };

  /** Whether a responses row belongs to a department or team of the report. */
  const inGroup = (group: {variable: string; value: string; parent: string | null}) => {
    const domein = group.variable === "domein" ? group.value : report.groups.find((g) => g.id === group.parent)!.value;
    const team = group.variable === "team" ? group.value : "";
    return (r: Record<string, string>) => r.domein === domein && (team === "" || r.team === team);
  };
  /** The population.csv key of a department or team. */
  const invitedKey = (group: {variable: string; value: string; parent: string | null}) =>
    group.variable === "domein" ? `${group.value}|` : `${report.groups.find((g) => g.id === group.parent)!.value}|${group.value}`;

  /** A theme's questions read from the mapping: the modules' core (or every eens5 question), then the single questions. */
  const questionsOf = (sample: Sample, theme: Mapping) => {
    const fromModules = (theme.modules ?? []).flatMap((id) => sample.survey.modules.find((m) => m.id === id)!.core ?? sample.survey.questions.filter((q) => q.module === id && q.scale === "eens5").map((q) => q.id));
    return [...new Set([...fromModules, ...(theme.questions ?? [])])];
  };
  const value = (sample: Sample, row: Record<string, string>, id: string): number | null => {
    const code = Number(row[id]);
    if (!(code >= 1 && code <= 5)) return null;
    const x = (code - 1) * 2.5;
    return sample.survey.questions.find((q) => q.id === id)!.reverse ? 10 - x : x;
  };

  /** Score, n and the linearised SE of a mean of question means over `rows`, a domain of a design of nD respondents with sampling fraction f. */
  const themeOf = (sample: Sample, questions: string[], rows: Record<string, string>[], nD: number, f: number) => {
    const means = questions.map((id) => {
      const xs = rows.map((r) => value(sample, r, id)).filter((x): x is number => x !== null);
      return {sum: xs.reduce((a, b) => a + b, 0), count: xs.length};
    });
    const score = means.reduce((s, m) => s + m.sum / m.count, 0) / questions.length;
    let psi2 = 0;
    let n = 0;
    for (const row of rows) {
      let psi = 0;
      let any = false;
      questions.forEach((id, j) => {
        const x = value(sample, row, id);
        if (x === null) return;
        any = true;
        psi += (x - means[j].sum / means[j].count) / means[j].count;
      });
      psi /= questions.length;
      psi2 += psi * psi;
      if (any) ++n;
    }
    return {score, n, se: Math.sqrt(((1 - f) * nD) / (nD - 1) * psi2)};
  };

  it("gives every theme and movement its score, n, interval and α-free SE as recomputed for the organisation", () => {
    const sample = read(dir);
    const N = sample.invited.get("|")!;
    const mapped = [...sample.survey.agenda.themes, ...sample.survey.agenda.movements];
    expect(report.agenda!.themes.map((t) => t.id)).toEqual(mapped.map((t) => t.id));
    for (const theme of mapped) {
      const questions = questionsOf(sample, theme);
      const model = report.agenda!.themes.find((t) => t.id === theme.id)!;
      expect(model.questions).toEqual(questions);
      if (questions.length === 0) {
        expect(model.score).toBeNull();
        continue;
      }
      const own = themeOf(sample, questions, sample.rows, sample.rows.length, sample.rows.length / N);
      expect(model.score!.score).toBeCloseTo(own.score, 10);
      expect(model.score!.n).toBe(own.n);
      expect(model.score!.se).toBeCloseTo(own.se, 10);
      const half = tCritical(0.95, own.n - 1) * own.se;
      expect(model.score!.ci![0]).toBeCloseTo(own.score - half, 10);
      expect(model.score!.ci![1]).toBeCloseTo(own.score + half, 10);
    }
  });

  it("gives every shown department and team its theme scores on its own design", () => {
    const sample = read(dir);
    let checked = 0;
    for (const model of report.agenda!.themes.filter((t) => t.measured)) {
      for (const entry of model.groups) {
        const group = report.groups.find((g) => g.id === entry.group)!;
        if (entry.suppressed || group.variable === "leeftijd") continue;
        const rows = sample.rows.filter(inGroup(group));
        const own = themeOf(sample, model.questions, rows, rows.length, rows.length / sample.invited.get(invitedKey(group))!);
        expect(entry.score).toBeCloseTo(own.score, 10);
        expect(entry.n).toBe(own.n);
        expect(entry.se).toBeCloseTo(own.se, 10);
        ++checked;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it("scores every wave's themes by the current agenda on the questions that wave asked, for the organisation and every shown department, and compares wave to wave by Welch's t only on the same questions", () => {
    const sample = read(dir);
    const labels = ["2021", "2023"];
    const waves = labels.map((label) => read(`${dir}/waves/${label}`));
    const now = (model: {questions: string[]}) => themeOf(sample, model.questions, sample.rows, sample.rows.length, sample.rows.length / sample.invited.get("|")!);
    let checked = 0;
    for (const model of report.agenda!.themes.filter((t) => t.measured)) {
      const line = (group: string | null) => report.trends!.find((t) => t.kind === "theme" && t.item === model.id && t.groupId === group)!;
      expect(line(null).questions).toEqual(model.questions);
      expect(line(null).points.at(-1)).toMatchObject({wave: "current", score: model.score!.score, n: model.score!.n, se: model.score!.se});
      const scored = waves.map((wave, w) => {
        // The theme's current questions by their ids in the wave (formerly), where the wave asked them.
        const formerly = (id: string) => sample.survey.questions.find((q) => q.id === id)!.formerly?.[labels[w]] ?? id;
        const asked = model.questions.filter((id) => wave.survey.questions.some((q) => q.id === formerly(id) && q.scale === "eens5"));
        const ids = asked.map(formerly);
        const point = line(null).points[w];
        expect(point.wave).toBe(labels[w]);
        if (asked.length === 0) {
          expect(point.score).toBeNull();
          return null;
        }
        const N = wave.invited.get("|")!;
        const own = themeOf(wave, ids, wave.rows, wave.rows.length, wave.rows.length / N);
        expect(point.score).toBeCloseTo(own.score, 10);
        expect(point.n).toBe(own.n);
        expect(point.se).toBeCloseTo(own.se, 10);
        expect(point.questions).toEqual(asked);
        for (const group of report.groups.filter((g) => g.variable === "domein" && !g.suppressed)) {
          const theirs = line(group.id).points[w];
          if (theirs.score === null) continue;
          const rows = wave.rows.filter(inGroup(group));
          const own = themeOf(wave, ids, rows, rows.length, rows.length / wave.invited.get(invitedKey(group))!);
          expect(theirs.score).toBeCloseTo(own.score, 10);
          expect(theirs.se).toBeCloseTo(own.se, 10);
          ++checked;
        }
        return {own, same: asked.length === model.questions.length};
      });
      // The latest wave is the previous survey: compared only when the theme rests on the same questions.
      const latest = scored.at(-1);
      const previous = model.comparisons.find((c) => c.against === "previous" && c.group === null);
      const change = line(null).points.at(-1)!.change;
      if (!latest?.same) {
        expect(previous).toBeUndefined();
        expect(change).toBeNull();
        continue;
      }
      const [a, b] = [now(model), latest.own];
      const [va, vb] = [a.se ** 2, b.se ** 2];
      const df = (va + vb) ** 2 / (va * va / (a.n - 1) + vb * vb / (b.n - 1));
      expect(previous!.reference).toBeCloseTo(b.score, 10);
      expect(previous!.pValue).toBeCloseTo(tTestPValue((a.score - b.score) / Math.sqrt(va + vb), df), 10);
      expect(change!.difference).toBeCloseTo(a.score - b.score, 10);
      expect(change!.pValue).toBeCloseTo(previous!.pValue!, 10);
    }
    expect(checked).toBeGreaterThan(10);
    expect(report.agenda!.themes.some((t) => t.comparisons.some((c) => c.against === "previous"))).toBe(true);
  });

  it("takes a benchmark's theme as the mean of its question scores, only when it gives all of them", () => {
    const benchmarks = parseCsv(readFileSync(`${dir}/benchmarks.csv`, "utf8")).slice(1);
    for (const model of report.agenda!.themes.filter((t) => t.measured)) {
      for (const id of ["provincies", "top3"]) {
        const scores = model.questions.map((q) => benchmarks.find(([b, item]) => b === id && item === q)?.[2]);
        const found = model.comparisons.find((c) => c.against === id);
        if (scores.some((s) => s === undefined)) expect(found).toBeUndefined();
        else {
          expect(found!.reference).toBeCloseTo(scores.reduce((s, x) => s + Number(x), 0) / scores.length, 10);
          expect(found!.pValue).toBeNull();
        }
      }
    }
  });

  it("lists as lagging exactly the groups whose theme is relevantly below the organisation after the adjustment", () => {
    for (const model of report.agenda!.themes) {
      const below = model.comparisons.filter((c) => c.against === "organisation" && c.significant === true && c.difference < -report.survey.settings.comparison.minDifference);
      expect(new Set(model.lagging)).toEqual(new Set(below.map((c) => c.group)));
      for (const c of model.comparisons.filter((c) => c.against === "organisation")) {
        const group = model.groups.find((g) => g.group === c.group)!;
        expect(c.difference).toBeCloseTo(group.score! - model.score!.score!, 12);
        expect(c.adjustedPValue).not.toBeNull();
      }
    }
    expect(report.agenda!.themes.some((t) => t.lagging.length > 0)).toBe(true);
  });
});
