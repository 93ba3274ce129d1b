/**
 * The example bundle data/voorbeeld: reproducible from its seeded generator, valid, and calibrated
 * to the reference report's published figures (scripts/example/targets.ts). The scores are
 * computed here by a small scorer of its own, independent of the generator and of scoring/.
 */

import {mkdtempSync, readdirSync, readFileSync, rmSync, statSync} from "node:fs";
import os from "node:os";
import path from "node:path";
import {fileURLToPath} from "node:url";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import YAML from "yaml";
import {surveySchema, type Survey} from "../bundle/surveySchema.ts";
import {readBundle, scoreReport} from "../scoring/index.ts";
import {tCritical} from "../scoring/probability.ts";
import {generateExample} from "../scripts/example/generate.ts";
import {parseCsv} from "./helpers/parseCsv.ts";
import {
  currentTopicTargets,
  enpsTargets,
  homeWorkingTarget,
  moduleTargets,
  otherWorkTarget,
  previousTopicTargets,
  questionTargets,
  responseTargets,
  workloadTarget,
  type DistributionTarget,
  type TopicQuestionTarget
} from "../scripts/example/targets.ts";

const bundle = fileURLToPath(new URL("../data/voorbeeld/", import.meta.url));

/** A CSV file as records keyed by its header. */
function readTable(file: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(readFileSync(file, "utf8"));
  return rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i]])));
}

function readSurvey(dir: string): Survey {
  return surveySchema.parse(YAML.parse(readFileSync(path.join(dir, "survey.yaml"), "utf8")));
}

function listFiles(dir: string, prefix = ""): string[] {
  return readdirSync(dir)
    .flatMap((name) => {
      const full = path.join(dir, name);
      return statSync(full).isDirectory() ? listFiles(full, `${prefix}${name}/`) : [`${prefix}${name}`];
    })
    .sort();
}

const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;

/** Everything the checks need from one bundle, scored independently. */
interface Scored {
  survey: Survey;
  rows: Record<string, string>[];
  questions: Map<string, number>;
  modules: Map<string, number>;
}

function score(dir: string): Scored {
  const survey = readSurvey(dir);
  const rows = readTable(path.join(dir, "responses.csv"));
  const questions = new Map<string, number>();
  for (const q of survey.questions) {
    const scale = survey.scales[q.scale];
    if (scale.type !== "likert") continue;
    const values: number[] = [];
    for (const row of rows) {
      const code = row[q.id];
      if (code === "" || code === "9") continue;
      const value = scale.values?.[code];
      if (value === undefined) throw new Error(`${q.id}: unexpected answer ${code}`);
      values.push(q.reverse ? 10 - value : value);
    }
    questions.set(q.id, mean(values));
  }
  const modules = new Map<string, number>();
  for (const m of survey.modules) {
    const core =
      m.core ?? survey.questions.filter((q) => q.module === m.id && survey.scales[q.scale].type === "likert").map((q) => q.id);
    modules.set(m.id, mean(core.map((id) => questions.get(id)!)));
  }
  return {survey, rows, questions, modules};
}

/** Percentage of answering rows that chose each option (multi answers split on `;`). */
function optionShares(rows: Record<string, string>[], question: string, options: readonly string[]): {n: number; shares: number[]} {
  const answered = rows.filter((row) => row[question] !== "");
  const shares = options.map(
    (option) => (100 * answered.filter((row) => row[question].split(";").includes(option)).length) / answered.length
  );
  return {n: answered.length, shares};
}

const waves = {current: bundle, previous: path.join(bundle, "waves/2023")};
type Wave = keyof typeof waves;
const scored = {} as Record<Wave, Scored>;

beforeAll(() => {
  for (const wave of Object.keys(waves) as Wave[]) scored[wave] = score(waves[wave]);
});

describe("scripts/example/generate.ts", () => {
  let tmp = "";
  afterAll(() => {
    if (tmp) rmSync(tmp, {recursive: true, force: true});
  });

  it("generateExample(dir) writes the committed data/voorbeeld byte for byte", () => {
    tmp = mkdtempSync(path.join(os.tmpdir(), "peiling-voorbeeld-"));
    generateExample(tmp);
    const committed = listFiles(bundle);
    expect(listFiles(tmp)).toEqual(committed);
    for (const file of committed) {
      const same = readFileSync(path.join(tmp, file)).equals(readFileSync(path.join(bundle, file)));
      expect(same, `${file} differs from a fresh generation: run npx tsx scripts/example/generate.ts`).toBe(true);
    }
  });
});

describe("data/voorbeeld", () => {
  it("every survey.yaml parses with surveySchema; the earlier waves lack only the questions not asked then, and 2021 asked lei6 as lei_6 in other words", () => {
    const earlier = readSurvey(path.join(bundle, "waves/2021"));
    expect(earlier.period.start < scored.previous.survey.period.start).toBe(true);
    const renamed = (id: string) => (id === "lei6" ? "lei_6" : id);
    expect(earlier.questions.map((q) => q.id)).toEqual(scored.previous.survey.questions.map((q) => renamed(q.id)));
    expect(earlier.questions.find((q) => q.id === "lei_6")!.text).not.toBe(scored.current.survey.questions.find((q) => q.id === "lei6")!.text);
    expect(scored.current.survey.questions.find((q) => q.id === "lei6")!.formerly).toEqual({"2021": "lei_6"});
    expect(readTable(path.join(bundle, "waves/2021/responses.csv"))).toHaveLength(responseTargets.previous.respondents);
    const current = scored.current.survey;
    const previous = scored.previous.survey;
    expect(current.title).toBe("Medewerkersbelevingsonderzoek 2025");
    expect(current.period).toEqual({start: "2025-03-10", end: "2025-03-23"});
    expect(current.modules).toHaveLength(17);
    const previousIds = previous.questions.map((q) => q.id);
    expect(current.questions.map((q) => q.id).filter((id) => !previousIds.includes(id))).toEqual(["bet3", "thuiswerk"]);
    expect(previousIds.every((id) => current.questions.some((q) => q.id === id))).toBe(true);
  });

  it("CSV files use \\n line endings, end with a newline and have a field per header column", () => {
    for (const file of listFiles(bundle).filter((f) => f.endsWith(".csv"))) {
      const text = readFileSync(path.join(bundle, file), "utf8");
      expect(text.includes("\r"), file).toBe(false);
      expect(text.endsWith("\n"), file).toBe(true);
      const [header, ...rows] = parseCsv(text);
      expect(rows.filter((row) => row.length !== header.length), file).toEqual([]);
    }
  });

  for (const wave of Object.keys(waves) as Wave[]) {
    describe(wave, () => {
      it("has the published respondents and invited headcount", () => {
        const {rows, survey} = scored[wave];
        expect(rows).toHaveLength(responseTargets[wave].respondents);
        expect(Object.keys(rows[0])).toEqual(["id", "domein", "team", "leeftijd", ...survey.questions.map((q) => q.id)]);
        const population = readTable(path.join(waves[wave], "population.csv"));
        const total = population.find((p) => p.domein === "" && p.team === "");
        expect(Number(total?.invited)).toBe(responseTargets[wave].invited);
      });

      it("every question score lies within 0.1 of the published one", () => {
        const off = questionTargets
          .filter((t) => t[wave] !== null)
          .map((t) => ({id: t.id, published: t[wave]!, score: scored[wave].questions.get(t.id)}))
          .filter((t) => !(t.score !== undefined && Math.abs(t.score - t.published) <= 0.1));
        expect(off).toEqual([]);
      });

      it("every module score lies within 0.1 of the published theme score", () => {
        const off = moduleTargets
          .filter((t) => t[wave] !== null)
          .map((t) => ({id: t.id, published: t[wave]!, score: scored[wave].modules.get(t.id)}))
          .filter((t) => !(t.score !== undefined && Math.abs(t.score - t.published) <= 0.1));
        expect(off).toEqual([]);
      });

      it("the eNPS split lies within 1 point of the published one", () => {
        const answers = scored[wave].rows.filter((row) => row.enps !== "").map((row) => Number(row.enps));
        const share = (test: (x: number) => boolean) => (100 * answers.filter(test).length) / answers.length;
        const promoters = share((x) => x >= 9);
        const passives = share((x) => x === 7 || x === 8);
        const detractors = share((x) => x <= 6);
        const target = enpsTargets[wave];
        expect(Math.abs(promoters - 100 * target.promoters!)).toBeLessThanOrEqual(1);
        expect(Math.abs(passives - 100 * target.passives!)).toBeLessThanOrEqual(1);
        expect(Math.abs(detractors - 100 * target.detractors!)).toBeLessThanOrEqual(1);
        expect(Math.abs(promoters - detractors - target.score)).toBeLessThanOrEqual(1);
      });

      it("topic shares lie within 2 points of the published ones", () => {
        const targets: TopicQuestionTarget[] = wave === "current" ? currentTopicTargets : previousTopicTargets;
        for (const target of targets) {
          const {n, shares} = optionShares(
            scored[wave].rows,
            target.question,
            target.options.map((o) => o.option)
          );
          expect(n).toBe(target.answered);
          target.options.forEach((o, i) => {
            expect(Math.abs(shares[i] - o.share), `${target.question}: ${o.option}`).toBeLessThanOrEqual(2);
          });
        }
      });

      it("workload, other-work and home-working shares lie within 1 point of the published ones", () => {
        const distributions: DistributionTarget[] = [workloadTarget, otherWorkTarget, homeWorkingTarget];
        for (const target of distributions) {
          const published = target[wave];
          if (!published) continue;
          const {shares} = optionShares(scored[wave].rows, target.question, target.options);
          published.forEach((p, i) => {
            expect(Math.abs(shares[i] - p), `${target.question}: ${target.options[i]}`).toBeLessThanOrEqual(1);
          });
        }
      });

      it("has suppressible teams, and every team lies in one domain listed in population.csv", () => {
        const {rows} = scored[wave];
        const population = readTable(path.join(waves[wave], "population.csv"));
        const sizes = new Map<string, number>();
        const domainOf = new Map<string, Set<string>>();
        for (const row of rows) {
          if (row.team === "") continue;
          sizes.set(row.team, (sizes.get(row.team) ?? 0) + 1);
          domainOf.set(row.team, (domainOf.get(row.team) ?? new Set()).add(row.domein));
        }
        expect([...sizes.values()].filter((n) => n < 5).length).toBeGreaterThanOrEqual(2);
        expect([...sizes.values()].some((n) => n >= 5 && n < 10)).toBe(true);
        expect([...domainOf.values()].every((d) => d.size === 1)).toBe(true);
        for (const [team, domain] of domainOf) {
          expect(population.some((p) => p.team === team && domain.has(p.domein)), team).toBe(true);
        }
        const emptyTeam = rows.filter((row) => row.team === "").length;
        expect(emptyTeam).toBeGreaterThan(0);
        expect(emptyTeam).toBeLessThan(20);
        expect(rows.every((row) => row.domein !== "")).toBe(true);
      });
    });
  }

  it("benchmarks.csv holds 001's benchmark column and a top-3 benchmark at or above it", () => {
    const benchmarks = readTable(path.join(bundle, "benchmarks.csv"));
    const of = (benchmark: string, item: string) => benchmarks.find((b) => b.benchmark === benchmark && b.item === item);
    for (const t of [...questionTargets, ...moduleTargets]) {
      if (t.benchmark === null) {
        expect(of("provincies", t.id), t.id).toBeUndefined();
        continue;
      }
      expect(Number(of("provincies", t.id)?.score), t.id).toBe(t.benchmark);
      expect(Number(of("top3", t.id)?.score), t.id).toBeGreaterThanOrEqual(t.benchmark);
    }
    expect(Number(of("provincies", "enps")?.score)).toBe(enpsTargets.benchmark.score);
    expect(Number(of("provincies", "responseRate")?.score)).toBe(responseTargets.benchmarkResponseRate);
  });
});

describe("the trends of data/voorbeeld", () => {
  /** One set of one wave recomputed from its rows: per likert question its valid scores, per module its core. */
  function recompute(survey: Survey, rows: Record<string, string>[], invited: number) {
    const scores = new Map<string, number[]>();
    const likert = survey.questions.filter((q) => survey.scales[q.scale].type === "likert");
    for (const q of likert) {
      const values = (survey.scales[q.scale] as {values: Record<string, number>}).values;
      scores.set(q.id, rows.filter((row) => row[q.id] !== "" && row[q.id] !== "9").map((row) => (q.reverse ? 10 - values[row[q.id]] : values[row[q.id]])));
    }
    // The design-based standard error of a mean over the set's n respondents with N invited.
    const n = rows.length;
    const question = (id: string) => {
      const x = scores.get(id)!;
      const m = x.length;
      const score = mean(x);
      const se = Math.sqrt(((1 - n / invited) * n) / (n - 1) * x.reduce((sum, v) => sum + (v - score) ** 2, 0) / m ** 2);
      const half = tCritical(0.95, m - 1) * se;
      return {score, n: m, ci: [score - half, score + half]};
    };
    const module = (core: string[]) => ({
      score: mean(core.map((id) => mean(scores.get(id)!))),
      n: rows.filter((row) => core.some((id) => row[id] !== "" && row[id] !== "9")).length
    });
    const answers = rows.filter((row) => row.enps !== "").map((row) => Number(row.enps));
    const enps = {score: (100 * (answers.filter((x) => x >= 9).length - answers.filter((x) => x <= 6).length)) / answers.length, n: answers.length};
    return {question, module, enps, responseRate: {score: n / invited, n}};
  }

  it("peiling score's trends[] give every point of the organisation and each domain as recomputed from that wave's own responses", () => {
    const report = scoreReport(readBundle(bundle));
    const labels = ["2021", "2023", "current"];
    const dirs = [path.join(bundle, "waves/2021"), path.join(bundle, "waves/2023"), bundle];
    const waveSets = dirs.map((dir) => {
      const survey = readSurvey(dir);
      const rows = readTable(path.join(dir, "responses.csv"));
      const population = readTable(path.join(dir, "population.csv"));
      const invited = (domain: string) => Number(population.find((p) => p.domein === domain && p.team === "")!.invited);
      const sets = new Map([[null as string | null, recompute(survey, rows, invited(""))]]);
      for (const domain of new Set(rows.map((row) => row.domein))) sets.set(`domein=${domain}`, recompute(survey, rows.filter((row) => row.domein === domain), invited(domain)));
      return {survey, sets};
    });
    const close = (a: number | null, b: number) => a !== null && Math.abs(a - b) < 1e-9;
    let checked = 0;
    for (const trend of report.trends!.filter((t) => t.groupId === null || t.group!.variable === "domein")) {
      expect(trend.points.map((p) => p.wave)).toEqual(labels);
      trend.points.forEach((point, w) => {
        const set = waveSets[w].sets.get(trend.groupId)!;
        const label = `${trend.kind} ${trend.item} of ${trend.groupId ?? "the organisation"} in ${point.wave}`;
        if (trend.kind === "question") {
          const id = w === 0 && trend.item === "lei6" ? "lei_6" : trend.item;
          if (trend.item === "enps") return;
          if (!waveSets[w].survey.questions.some((q) => q.id === id)) return expect(point.score, label).toBeNull();
          const truth = set.question(id);
          expect(close(point.score, truth.score) && point.n === truth.n && close(point.ci![0], truth.ci[0]) && close(point.ci![1], truth.ci[1]), label).toBe(true);
        } else if (trend.kind === "module" || trend.kind === "theme") {
          // A theme is scored as a module of its questions the wave asked (the current agenda's, by their ids then).
          const core = point.questions!.map((id) => (w === 0 && id === "lei6" ? "lei_6" : id));
          const truth = set.module(core);
          expect(close(point.score, truth.score) && point.n === truth.n, label).toBe(true);
        } else {
          const truth = trend.kind === "enps" ? set.enps : set.responseRate;
          expect(close(point.score, truth.score) && point.n === truth.n, label).toBe(true);
        }
        checked++;
      });
    }
    expect(checked).toBeGreaterThan(1000);
    expect(report.trends!.filter((t) => t.kind === "theme" && t.groupId === null).length).toBe(report.agenda!.themes.filter((t) => t.measured).length);
    // The module bet3 joined is based on the questions asked in each wave, and says so.
    const betrokkenheid = report.trends!.find((t) => t.item === "betrokkenheid" && t.groupId === null)!;
    expect(betrokkenheid.points.map((p) => p.questions!.includes("bet3"))).toEqual([false, false, true]);
    expect(report.trends!.find((t) => t.item === "lei6" && t.groupId === null)!.wordingChanged).toEqual(["2021"]);
  });

  it("a team shown now but too small in 2021 has no point in 2021", () => {
    const report = scoreReport(readBundle(bundle));
    const rows = readTable(path.join(bundle, "waves/2021/responses.csv"));
    expect(rows.filter((row) => row.team === "Juridische Zaken").length).toBeLessThan(5);
    const team = report.trends!.filter((t) => t.group?.value === "Juridische Zaken");
    expect(team.length).toBeGreaterThan(0);
    expect(team.every((t) => t.points[0].score === null && t.points[0].n === null && t.points[0].ci === null)).toBe(true);
    expect(team.some((t) => t.points[2].score !== null)).toBe(true);
  });
});
