import {describe, expect, it} from "vitest";
import {BundleError} from "../../bundle/BundleError.ts";
import {readBundle, scoreReport} from "../../scoring/index.ts";
import {tTestPValue} from "../../scoring/probability.ts";
import {independentPValue} from "../../scoring/significance.ts";
import {linearTrend} from "../../scoring/trends.ts";
import {readBundleInDatabase} from "../../duckdb/readBundleInDatabase.ts";
import {responsesCsv, SURVEY_YAML, writeBundle, type Row} from "../helpers/bundle.ts";

/** SURVEY_YAML as an earlier wave: its period moved to `year`, with optional edits of its text. */
const waveSurvey = (year: number, edit: (yaml: string) => string = (y) => y) =>
  edit(SURVEY_YAML.replace("Medewerkersonderzoek 2025", `Medewerkersonderzoek ${year}`).replace("{start: 2025-03-10, end: 2025-03-23}", `{start: ${year}-03-09, end: ${year}-03-22}`));

/** `count` rows of departments A and B (B gets `inB` of them), with answers that shift by `shift`. */
function rows(prefix: string, count: number, inB: number, shift: number): Row[] {
  return Array.from({length: count}, (_, i) => ({
    id: `${prefix}${i}`,
    afdeling: i < count - inB ? "A" : "B",
    team: i >= count - 2 ? "T3" : i % 2 ? "T1" : "T2",
    bev1: String(Math.min(5, Math.max(1, (i % 4) + 1 + shift))),
    bev2: String(((i * 3) % 5) + 1),
    wd1: String(((i * 2) % 5) + 1),
    enps: String((i + 11 + shift * 2) % 11),
    trots: "Collega's"
  }));
}

/** A bundle with two earlier waves in waves/ (2021 with department B too small to show, and 2023). */
function threeWaves(extra: Record<string, string> = {}) {
  return writeBundle({
    "survey.yaml": SURVEY_YAML,
    "responses.csv": responsesCsv(rows("c", 40, 15, 1)),
    "waves/2023/survey.yaml": waveSurvey(2023),
    "waves/2023/responses.csv": responsesCsv(rows("b", 36, 14, 0)),
    "waves/2021/survey.yaml": waveSurvey(2021),
    "waves/2021/responses.csv": responsesCsv(rows("a", 30, 3, -1)),
    "population.csv": "afdeling,team,invited\n,,50\n",
    "waves/2021/population.csv": "afdeling,team,invited\n,,44\n",
    ...extra
  });
}

const defects = (dir: string) => {
  try {
    readBundle(dir);
  } catch (error) {
    if (error instanceof BundleError) return error.issues.map((i) => `${i.file}:${i.line ?? ""}:${i.column ?? ""}: ${i.message}`);
    throw error;
  }
  return [];
};

describe("reading earlier waves", () => {
  it("readBundle(dir) orders waves/ by period and takes the latest as the previous survey", () => {
    const bundle = readBundle(threeWaves());
    expect(bundle.waves.map((w) => w.label)).toEqual(["2021", "2023"]);
    expect(bundle.previous!.table.n).toBe(36);
    expect(bundle.waves.map((w) => w.bundle.table.n)).toEqual([30, 36]);
  });

  it("readBundle(dir) takes previous/ as the latest wave, labelled by the year it starts", () => {
    const dir = writeBundle({
      "survey.yaml": SURVEY_YAML,
      "responses.csv": responsesCsv(rows("c", 20, 8, 1)),
      "previous/survey.yaml": waveSurvey(2023),
      "previous/responses.csv": responsesCsv(rows("b", 20, 8, 0)),
      "waves/2021/survey.yaml": waveSurvey(2021),
      "waves/2021/responses.csv": responsesCsv(rows("a", 20, 8, 0))
    });
    const bundle = readBundle(dir);
    expect(bundle.waves.map((w) => w.label)).toEqual(["2021", "2023"]);
    expect(bundle.previous!.dir).toBe(`${dir}/previous`);
  });

  it("readBundle(dir) refuses waves that do not fit, naming file, line and column", () => {
    const late = threeWaves({"waves/2026/survey.yaml": waveSurvey(2026), "waves/2026/responses.csv": responsesCsv(rows("d", 10, 5, 0))});
    expect(defects(late)).toEqual(["waves/2026/survey.yaml:3:17: the wave 2026 starts on 2026-03-09, not before the survey itself (2025-03-10)"]);

    const formerly = threeWaves({"survey.yaml": SURVEY_YAML.replace("scale: eens5, module: bevlogenheid}", "scale: eens5, module: bevlogenheid, formerly: {'2019': b1}}")});
    expect(defects(formerly)).toEqual(['survey.yaml:21:102: question bev1: formerly names the wave "2019", which the bundle does not have']);

    const unknownId = threeWaves({"survey.yaml": SURVEY_YAML.replace("scale: eens5, module: bevlogenheid}", "scale: eens5, module: bevlogenheid, formerly: {'2021': b1}}")});
    expect(defects(unknownId)).toEqual(['survey.yaml:21:102: question bev1: the wave 2021 has no question "b1"']);

    const notLatest = writeBundle({
      "survey.yaml": SURVEY_YAML,
      "responses.csv": responsesCsv(rows("c", 10, 5, 0)),
      "previous/survey.yaml": waveSurvey(2021),
      "previous/responses.csv": responsesCsv(rows("b", 10, 5, 0)),
      "waves/2023/survey.yaml": waveSurvey(2023),
      "waves/2023/responses.csv": responsesCsv(rows("a", 10, 5, 0))
    });
    expect(defects(notLatest)).toEqual(["previous/survey.yaml:3:17: previous/ starts on 2021-03-09, but waves/2023/ on 2023-03-09"]);

    const withScores = threeWaves({"previous.csv": "item,score\nbev1,7\n"});
    expect(defects(withScores)).toEqual(["previous.csv::: the bundle has both waves/ and previous.csv"]);
    expect(defects(threeWaves({"waves/current/survey.yaml": SURVEY_YAML}))).toEqual(['waves/current::: the label "current" is the survey\'s own']);
    expect(defects(threeWaves({"waves/2023/responses.csv": "id,afdeling\n"}))[0]).toMatch(/^waves\/2023\/responses\.csv:1:/);
  });
});

describe("trends in the report model", () => {
  it("scoreReport(bundle).trends gives every point as each wave's own report gives it, the current survey last", () => {
    const dir = threeWaves();
    const report = scoreReport(readBundle(dir));
    const alone = (label: string) => scoreReport(readBundle(`${dir}/waves/${label}`), {settings: report.survey.settings});
    const [w2021, w2023] = [alone("2021"), alone("2023")];
    const trend = (item: string, group: string | null = null, kind = "question") => report.trends!.find((t) => t.item === item && t.groupId === group && (t.kind === kind || item !== "enps"))!;
    const pick = (s: {score: number | null; n: number | null; ci: unknown} | null | undefined) => (s ? {score: s.score, n: s.n, ci: s.ci} : undefined);
    const bev1 = trend("bev1");
    expect(bev1.points.map((p) => p.wave)).toEqual(["2021", "2023", "current"]);
    expect(bev1.points.map(pick)).toEqual([w2021, w2023, report].map((r) => pick(r.questions.find((q) => q.id === "bev1"))));
    expect(trend("werkdruk").points.map(pick)).toEqual([w2021, w2023, report].map((r) => pick(r.modules.find((m) => m.id === "werkdruk"))));
    expect(trend("werkdruk").questions).toEqual(["wd1"]);
    expect(trend("enps", null, "enps").points.map(pick)).toEqual([w2021, w2023, report].map((r) => pick(r.enps)));
    // Without population.csv in 2023 its response rate is unknown.
    expect(trend("responseRate", null, "responseRate").points.map((p) => [p.score, p.n])).toEqual([[30 / 44, 30], [null, null], [40 / 50, 40]]);
    // Department B had 3 respondents in 2021: no point there, and none of its numbers.
    const b = trend("bev1", "afdeling=B");
    expect(b.group).toEqual({variable: "afdeling", value: "B"});
    expect(b.points[0]).toEqual({wave: "2021", score: null, n: null, se: null, ci: null, change: null});
    expect(b.points[1].score).toBe(w2023.groups.find((g) => g.id === "afdeling=B")!.questions!.find((q) => q.id === "bev1")!.score);
    // A trend for every item of every group the current report shows, and for no other group.
    const shown = report.groups.filter((g) => !g.suppressed).map((g) => g.id);
    expect(report.groups.some((g) => g.suppressed)).toBe(true);
    expect([...new Set(report.trends!.map((t) => t.groupId))]).toEqual([null, ...shown]);
    expect(report.trends!.filter((t) => t.groupId === null).map((t) => `${t.kind}:${t.item}`)).toEqual(["question:bev1", "question:bev2", "question:wd1", "question:enps", "module:bevlogenheid", "module:werkdruk", "enps:enps", "responseRate:responseRate"]);
  });

  it("scoreReport(bundle).trends compares each point with the wave before by Welch's test, and fits a linear trend", () => {
    const report = scoreReport(readBundle(threeWaves()));
    const bev1 = report.trends!.find((t) => t.item === "bev1" && t.group === null)!;
    const [a, b, c] = bev1.points;
    expect(a.change).toBeNull();
    expect(c.change).toMatchObject({against: "2023", difference: c.score! - b.score!});
    expect(c.change!.pValue).toBeCloseTo(independentPValue({score: c.score!, se: c.se, n: c.n}, {score: b.score!, se: b.se, n: b.n}, {normal: false})!, 12);
    // The previous-survey comparison of the organisation is the last change of its trend.
    const previous = report.comparisons.find((x) => x.against === "previous" && x.item === "bev1" && x.group === null && x.kind === "question")!;
    expect(c.change!.pValue).toBe(previous.pValue);
    const years = ["2021-03-09", "2023-03-09", "2025-03-10"].map((d) => Date.parse(d) / (365.25 * 864e5));
    expect(bev1.linear).toEqual(linearTrend([a, b, c].map((p, i) => ({x: years[i] - years[0], y: p.score!, se: p.se!}))));
    expect(bev1.linear!.slope).toBeGreaterThan(0);
  });

  it("scoreReport(bundle).trends matches a renamed question through formerly and flags a changed wording", () => {
    const dir = threeWaves({
      "survey.yaml": SURVEY_YAML.replace("scale: eens5, module: bevlogenheid}", "scale: eens5, module: bevlogenheid, formerly: {'2021': insp}}"),
      "waves/2021/survey.yaml": waveSurvey(2021, (y) => y.replace("{id: bev1, text: Mijn werk inspireert me", "{id: insp, text: Mijn werk inspireert mij")),
      "waves/2021/responses.csv": responsesCsv(rows("a", 30, 3, -1)).replace("id,afdeling,team,bev1,", "id,afdeling,team,insp,")
    });
    const report = scoreReport(readBundle(dir));
    const wave = scoreReport(readBundle(`${dir}/waves/2021`), {settings: report.survey.settings});
    const bev1 = report.trends!.find((t) => t.item === "bev1" && t.group === null)!;
    expect(bev1.points[0].score).toBe(wave.questions.find((q) => q.id === "insp")!.score);
    expect(bev1.wordingChanged).toEqual(["2021"]);
    expect(report.trends!.find((t) => t.item === "bev2" && t.group === null)!.wordingChanged).toEqual([]);
    const module = report.trends!.find((t) => t.item === "bevlogenheid" && t.group === null)!;
    expect(module.points.map((p) => p.questions)).toEqual([["bev1", "bev2"], ["bev1", "bev2"], ["bev1", "bev2"]]);
  });

  it("scoreReport(bundle).trends bases a module's point on the current core questions the wave asked, and compares only points on the same questions", () => {
    const dir = threeWaves({
      "waves/2021/survey.yaml": waveSurvey(2021, (y) => y.replace("  - {id: bev2, text: Ik heb zin in mijn werk, scale: eens5, module: bevlogenheid}\n", "")),
      "waves/2021/responses.csv": responsesCsv(rows("a", 30, 3, -1)).replace(/^(id,afdeling,team,bev1,)bev2,/, "$1").replace(/\n(a\d+,[AB],T\d,\d),\d,/g, "\n$1,")
    });
    const report = scoreReport(readBundle(dir));
    const module = report.trends!.find((t) => t.item === "bevlogenheid" && t.group === null)!;
    const bev1In2021 = report.trends!.find((t) => t.item === "bev1" && t.group === null)!.points[0];
    expect(module.questions).toEqual(["bev1", "bev2"]);
    expect(module.points[0]).toMatchObject({questions: ["bev1"], score: bev1In2021.score});
    expect(module.points[1].change).toBeNull();
    expect(module.points[2].change).not.toBeNull();
    expect(module.linear).toBeNull();
  });

  it("scoreReport(bundle).trends is empty without earlier waves", () => {
    const dir = writeBundle({"survey.yaml": SURVEY_YAML, "responses.csv": responsesCsv(rows("c", 12, 6, 0))});
    expect(scoreReport(readBundle(dir)).trends).toEqual([]);
  });

  it("the DuckDB engine gives the same trends", async () => {
    const dir = threeWaves({
      "survey.yaml": SURVEY_YAML.replace("scale: eens5, module: bevlogenheid}", "scale: eens5, module: bevlogenheid, formerly: {'2021': insp}}"),
      "waves/2021/survey.yaml": waveSurvey(2021, (y) => y.replace("{id: bev1, text: Mijn werk inspireert me", "{id: insp, text: Mijn werk").replace("  - {id: bev2, text: Ik heb zin in mijn werk, scale: eens5, module: bevlogenheid}\n", "")),
      "waves/2021/responses.csv": responsesCsv(rows("a", 30, 3, -1)).replace(/^id,afdeling,team,bev1,bev2,/, "id,afdeling,team,insp,").replace(/\n(a\d+,[AB],T\d,\d),\d,/g, "\n$1,")
    });
    const fallbacks: string[] = [];
    const db = await readBundleInDatabase(dir, {onFallback: (reason) => fallbacks.push(reason)});
    expect(fallbacks).toEqual([]);
    const js = scoreReport(readBundle(dir));
    expect(js.trends!.length).toBeGreaterThan(0);
    expect(JSON.stringify(scoreReport(db))).toBe(JSON.stringify(js));
  });
});

describe("linearTrend", () => {
  it("linearTrend(points) is the weighted least-squares slope with a z test", () => {
    // Equal standard errors: the ordinary least-squares slope of (0, 1), (1, 2), (2, 4) is 1.5.
    const fit = linearTrend([{x: 0, y: 1, se: 0.5}, {x: 1, y: 2, se: 0.5}, {x: 2, y: 4, se: 0.5}])!;
    expect(fit.slope).toBeCloseTo(1.5, 12);
    expect(fit.se).toBeCloseTo(0.5 / Math.sqrt(2), 12);
    expect(fit.pValue).toBeCloseTo(tTestPValue(1.5 / (0.5 / Math.sqrt(2)), Infinity), 12);
    // A point with half the standard error weighs four times as much.
    const weighted = linearTrend([{x: 0, y: 0, se: 1}, {x: 1, y: 0, se: 0.5}, {x: 2, y: 3, se: 1}])!;
    const w = [1, 4, 1];
    const mx = (0 * 1 + 1 * 4 + 2 * 1) / 6;
    const my = (3 * 1) / 6;
    const sxx = w.reduce((s, wi, i) => s + wi * (i - mx) ** 2, 0);
    expect(weighted.slope).toBeCloseTo(w.reduce((s, wi, i) => s + wi * (i - mx) * ([0, 0, 3][i] - my), 0) / sxx, 12);
    expect(weighted.waves).toBe(3);
  });

  it("linearTrend(points) is null below three points or without spread in time", () => {
    expect(linearTrend([{x: 0, y: 1, se: 1}, {x: 1, y: 2, se: 1}])).toBeNull();
    expect(linearTrend([{x: 1, y: 1, se: 1}, {x: 1, y: 2, se: 1}, {x: 1, y: 3, se: 1}])).toBeNull();
  });
});


/** An agenda for SURVEY_YAML: a theme of one module, one of single questions, one no question measures. */
const AGENDA = `agenda:
  title: Visie
  themes:
    - {id: bezieling, name: Bezieling, modules: [bevlogenheid]}
    - {id: druk, name: Druk, questions: [bev1, wd1]}
    - {id: leeg, name: Leeg, context: [bev1]}
`;
const withAgenda = (yaml: string) => yaml.replace("settings:\n", `${AGENDA}settings:\n`);

describe("trends of agenda themes", () => {
  it("scoreReport(bundle).trends gives every measured theme a point per wave, scored by the current agenda (through formerly), with changes and a linear trend, in both engines", async () => {
    const dir = threeWaves({
      "survey.yaml": withAgenda(SURVEY_YAML.replace("scale: eens5, module: bevlogenheid}", "scale: eens5, module: bevlogenheid, formerly: {'2021': insp}}")),
      "waves/2021/survey.yaml": waveSurvey(2021, (y) => y.replace("{id: bev1, text: Mijn werk inspireert me", "{id: insp, text: Mijn werk inspireert me")),
      "waves/2021/responses.csv": responsesCsv(rows("a", 30, 3, -1)).replace("id,afdeling,team,bev1,", "id,afdeling,team,insp,"),
      // A wave's own agenda is not read: the agenda is the current survey's.
      "waves/2023/survey.yaml": waveSurvey(2023, (y) => y.replace("settings:\n", "agenda:\n  title: Oud\n  themes:\n    - {id: bezieling, name: Bezieling, questions: [wd1]}\nsettings:\n"))
    });
    const report = scoreReport(readBundle(dir));
    const line = (kind: string, item: string, group: string | null = null) => report.trends!.find((t) => t.kind === kind && t.item === item && t.groupId === group)!;
    const pick = ({wave, score, n, se, ci, questions}: {wave: string; score: number | null; n: number | null; se: number | null; ci: unknown; questions?: string[]}) => ({wave, score, n, se, ci, questions});
    // A theme of one module has that module's points, for the organisation and every shown group.
    for (const group of [null, ...report.groups.filter((g) => !g.suppressed).map((g) => g.id)]) {
      expect(line("theme", "bezieling", group).points.map(pick)).toEqual(line("module", "bevlogenheid", group).points.map(pick));
    }
    expect(line("theme", "bezieling", "afdeling=B").points[0]).toEqual({wave: "2021", score: null, n: null, se: null, ci: null, change: null});
    // A theme of single questions: the mean of their scores in each wave, bev1 asked as insp in 2021.
    const druk = line("theme", "druk");
    expect(druk.questions).toEqual(["bev1", "wd1"]);
    druk.points.forEach((p, w) => {
      expect(p.questions).toEqual(["bev1", "wd1"]);
      expect(p.score).toBeCloseTo((line("question", "bev1").points[w].score! + line("question", "wd1").points[w].score!) / 2, 12);
    });
    const [, b, c] = druk.points;
    expect(c.change).toMatchObject({against: "2023", difference: c.score! - b.score!});
    expect(c.change!.pValue).toBeCloseTo(independentPValue({score: c.score!, se: c.se, n: c.n}, {score: b.score!, se: b.se, n: b.n}, {normal: false})!, 12);
    expect(druk.linear).not.toBeNull();
    // The agenda's comparison with the previous survey is the last change of the theme's trend.
    const previous = report.agenda!.themes.find((t) => t.id === "druk")!.comparisons.find((x) => x.against === "previous")!;
    expect(previous.difference).toBeCloseTo(c.change!.difference, 12);
    expect(c.change!.pValue).toBe(previous.pValue);
    // No trend for a theme no question measures; themes after the modules.
    expect(report.trends!.filter((t) => t.groupId === null).map((t) => `${t.kind}:${t.item}`)).toEqual(["question:bev1", "question:bev2", "question:wd1", "question:enps", "module:bevlogenheid", "module:werkdruk", "theme:bezieling", "theme:druk", "enps:enps", "responseRate:responseRate"]);
    const db = await readBundleInDatabase(dir);
    expect(JSON.stringify(scoreReport(db))).toBe(JSON.stringify(report));
  });

  it("scoreReport(bundle).trends bases a theme's point on its current questions the wave asked, and compares only points on the same questions", async () => {
    const dir = threeWaves({
      "survey.yaml": withAgenda(SURVEY_YAML),
      "waves/2023/survey.yaml": waveSurvey(2023, (y) => y.replace("{id: wd1,", "{id: wd0,")),
      "waves/2023/responses.csv": responsesCsv(rows("b", 36, 14, 0)).replace("id,afdeling,team,bev1,bev2,wd1,", "id,afdeling,team,bev1,bev2,wd0,")
    });
    const report = scoreReport(readBundle(dir));
    const druk = report.trends!.find((t) => t.kind === "theme" && t.item === "druk" && t.groupId === null)!;
    expect(druk.points.map((p) => p.questions)).toEqual([["bev1", "wd1"], ["bev1"], ["bev1", "wd1"]]);
    expect(druk.points[1].score).toBe(report.trends!.find((t) => t.kind === "question" && t.item === "bev1" && t.groupId === null)!.points[1].score);
    expect(druk.points[1].change).toBeNull();
    expect(druk.points[2].change).toBeNull();
    expect(druk.linear).toBeNull();
    expect(report.agenda!.themes.find((t) => t.id === "druk")!.comparisons.filter((c) => c.against === "previous")).toEqual([]);
    expect(JSON.stringify(scoreReport(await readBundleInDatabase(dir)))).toBe(JSON.stringify(report));
  });
});

describe("trends when the previous survey's modules differ from the current ones", () => {
  it("both engines score the latest wave on its own modules for the previous survey and on the current ones for its trends", async () => {
    // 2023 asked bev3 under Bevlogenheid too: its own module has three core questions, its trend point two.
    const bev3 = "  - {id: bev3, text: Ik ga op in mijn werk, scale: eens5, module: bevlogenheid}\n";
    const withBev3 = (csv: string) => csv.replace(/^(id,afdeling,team,bev1,bev2,)/, "$1bev3,").replace(/\n(b\d+,[AB],T\d,\d,\d,)/g, "\n$13,");
    const dir = threeWaves({
      "waves/2023/survey.yaml": waveSurvey(2023, (y) => y.replace("  - {id: wd1,", `${bev3}  - {id: wd1,`)),
      "waves/2023/responses.csv": withBev3(responsesCsv(rows("b", 36, 14, 0)))
    });
    const js = scoreReport(readBundle(dir));
    expect(js.previous!.modules.find((m) => m.id === "bevlogenheid")!.questions).toEqual(["bev1", "bev2", "bev3"]);
    const module = js.trends!.find((t) => t.kind === "module" && t.item === "bevlogenheid" && t.groupId === null)!;
    expect(module.points[1].questions).toEqual(["bev1", "bev2"]);
    expect(module.points[1].score).not.toBe(js.previous!.modules.find((m) => m.id === "bevlogenheid")!.score);
    const fallbacks: string[] = [];
    const db = await readBundleInDatabase(dir, {onFallback: (reason) => fallbacks.push(reason)});
    expect(fallbacks).toEqual([]);
    expect(JSON.stringify(scoreReport(db))).toBe(JSON.stringify(js));
  });
});
