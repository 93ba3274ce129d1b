/**
 * The bundle rules are written once (`bundle/bundleFiles.ts`, `bundle/responseRules.ts`,
 * `emptyAggregates` in `scoring/aggregate.ts`) and both engines follow them: every defect gives
 * the same BundleError through both, and the DuckDB engine's reason for leaving a bundle to the
 * JS reader is the JS reader's own first defect (for a header or a file of the bundle), or names
 * its kind (for a row).
 */
import {rmSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, test} from "vitest";
import {summarizeIssues, type BundleIssue} from "../../bundle/BundleError.ts";
import {EMPTY_ROW, NO_ANSWERS, TOO_FEW_ANSWERS} from "../../bundle/responseRules.ts";
import {BundleError, readBundle, scoreReport} from "../../scoring/index.ts";
import {Database, literal} from "../../duckdb/dialect.ts";
import {readBundleWithEngine} from "../../duckdb/engine.ts";
import {readBundleInDatabase} from "../../duckdb/readBundleInDatabase.ts";
import {responsesCsv, SAMPLE_ROWS, SURVEY_YAML, writeBundle, type Row} from "../helpers/bundle.ts";

const rows = SAMPLE_ROWS;
const change = (i: number, row: Partial<Row>) => rows.map((r, k) => (k === i ? {...r, ...row} : r));
const csv = responsesCsv(rows);

/** responses.csv text with a first column `name`, whose cell in row `id` is `valueOf(id)`. */
function withColumn(text: string, name: string, valueOf: (id: string) => string): string {
  return text.replace(/^id,/, `${name},id,`).replace(/\n(r\d+),/g, (_, id) => `\n${valueOf(id)},${id},`);
}

/** SURVEY_YAML with more questions on the five-point scale (not in responses.csv unless added). */
const withQuestions = (...ids: string[]) => SURVEY_YAML.replace("  - {id: enps,", ids.map((id) => `  - {id: ${id}, text: Vraag ${id}, scale: eens5, module: werkdruk}\n`).join("") + "  - {id: enps,");
/** SURVEY_YAML with a number question `uren` (0 to 60) and a weight `gewicht`. */
const NUMBER_SURVEY = SURVEY_YAML.replace("  opmerking: {type: text}\n", "  opmerking: {type: text}\n  uren: {type: number, min: 0, max: 60}\n").replace(
  "  - {id: toelichting,",
  "  - {id: uren, text: Uren per week, scale: uren}\n  - {id: toelichting,"
);
const WEIGHT_SURVEY = SURVEY_YAML.replace("settings:", "weight: gewicht\nsettings:");

/** The BundleError of reading a bundle through `read`. */
async function bundleError(read: () => unknown): Promise<BundleError> {
  try {
    await read();
  } catch (error) {
    if (error instanceof BundleError) return error;
    throw error;
  }
  throw new Error("the bundle was read without a defect");
}

/** Reads the bundle in `dir` through both engines: the JS engine's error, the DuckDB engine's, and its reasons for falling back. */
async function bothErrors(dir: string) {
  const js = await bundleError(() => readBundle(dir));
  const fallbacks: string[] = [];
  const db = await bundleError(() => readBundleInDatabase(dir, {onFallback: (reason) => fallbacks.push(reason)}));
  return {js, db, fallbacks};
}

/** One test per case: the JS engine's error holds `message`, the DuckDB engine's is the same, and its reason is the JS reader's first defect. */
function sameFirstDefect(cases: [string, Record<string, string>, string][]): void {
  for (const [name, files, message] of cases) {
    test(name, async () => {
      const {js, db, fallbacks} = await bothErrors(writeBundle(files));
      expect(js.message).toContain(message);
      expect(db.message).toBe(js.message);
      expect(fallbacks).toEqual([summarizeIssues(js.issues)]);
    });
  }
}

describe("a header defect: the same message through both engines, and the JS reader's first defect as the reason", () => {
  const cases: [string, Record<string, string>, string][] = [
    ["an empty file", {"survey.yaml": SURVEY_YAML, "responses.csv": ""}, "responses.csv:1: the file is empty"],
    ["a column twice", {"survey.yaml": SURVEY_YAML, "responses.csv": csv.replace(",bev2,", ",bev1,")}, 'responses.csv:1:5 (column "bev1"): the column "bev1" appears twice (also column 4)'],
    ["a missing column", {"survey.yaml": withQuestions("wd2"), "responses.csv": csv}, 'responses.csv:1: the header lacks the column "wd2"'],
    ["missing columns", {"survey.yaml": withQuestions("wd2", "wd3"), "responses.csv": csv}, 'responses.csv:1: the header lacks the columns "wd2", "wd3"'],
    ["a missing weight column", {"survey.yaml": WEIGHT_SURVEY, "responses.csv": csv}, 'the header lacks the column "gewicht"; expected a column for the respondent id, every grouping variable, the weight and every question'],
    ["an unknown column", {"survey.yaml": SURVEY_YAML, "responses.csv": withColumn(csv, "extra", () => "x")}, 'responses.csv:1:1 (column "extra"): "extra" is not a question, grouping variable or weight in survey.yaml'],
    ["a header without respondents", {"survey.yaml": SURVEY_YAML, "responses.csv": csv.split("\n")[0] + "\n"}, "responses.csv:2: the file has a header but no respondents"]
  ];
  sameFirstDefect(cases);
});

describe("which files make a bundle: the same defect through both engines, and the JS reader's first defect as the reason", () => {
  const cases: [string, Record<string, string>, string][] = [
    ["no survey.yaml", {"responses.csv": csv}, "survey.yaml: the bundle has no survey.yaml"],
    ["survey.yaml and survey.json", {"survey.yaml": SURVEY_YAML, "survey.json": "{}", "responses.csv": csv}, "survey.yaml: the bundle has survey.yaml and survey.json"],
    ["no responses", {"survey.yaml": SURVEY_YAML}, "responses.csv: the bundle has no responses.csv"],
    ["responses.csv and responses.parquet", {"survey.yaml": SURVEY_YAML, "responses.csv": csv, "responses.parquet": "not read"}, "responses.parquet: the bundle has both responses.csv and responses.parquet"],
    ["previous/ and previous.csv", {"survey.yaml": SURVEY_YAML, "responses.csv": csv, "previous/survey.yaml": SURVEY_YAML, "previous/responses.csv": csv, "previous.csv": "item,score\nbev1,7\n"}, "previous.csv: the bundle has both previous/ and previous.csv"],
    ["previous/ without responses", {"survey.yaml": SURVEY_YAML, "responses.csv": csv, "previous/survey.yaml": SURVEY_YAML}, "previous/responses.csv: the bundle has no responses.csv"]
  ];
  sameFirstDefect(cases);

  test("a folder that does not exist", async () => {
    const dir = join(writeBundle({}), "nowhere");
    const {js, db, fallbacks} = await bothErrors(dir);
    expect(js.message).toContain(`${dir}: the survey bundle folder does not exist`);
    expect(db.message).toBe(js.message);
    expect(fallbacks).toEqual([summarizeIssues(js.issues)]);
  });

  test("the JS engine refuses responses.parquet, in previous/ too", async () => {
    const dir = writeBundle({"survey.yaml": SURVEY_YAML, "responses.csv": csv, "previous/survey.yaml": SURVEY_YAML, "previous/responses.csv": csv});
    const database = await Database.open();
    try {
      await database.run(`COPY (SELECT * FROM read_csv(${literal(join(dir, "previous", "responses.csv"))}, header = true, all_varchar = true)) TO ${literal(join(dir, "previous", "responses.parquet"))} (FORMAT parquet)`);
    } finally {
      database.close();
    }
    rmSync(join(dir, "previous", "responses.csv"));
    const js = await bundleError(() => readBundleWithEngine(dir, {engine: "js"}));
    expect(js.message).toBe("The survey bundle has 1 defect:\nprevious/responses.parquet: the JS engine reads responses.csv only; expected --engine duckdb (or auto) for responses.parquet");
    const db = await readBundleWithEngine(dir, {engine: "duckdb"});
    expect(db.previous!.accounting).toMatchObject({file: "previous/responses.parquet", read: 12, accepted: 12});
  });
});

describe("a row defect: the same message through both engines, and the reason names the JS reader's first defect", () => {
  const cases: [string, Record<string, string>][] = [
    ["an unknown answer", {"survey.yaml": SURVEY_YAML, "responses.csv": responsesCsv(change(3, {bev1: "7"}))}],
    ["an unknown option of a multi question", {"survey.yaml": SURVEY_YAML, "responses.csv": responsesCsv(change(2, {trots: "Collega's;Koffie"}))}],
    ["an empty respondent id", {"survey.yaml": SURVEY_YAML, "responses.csv": responsesCsv(change(5, {id: ""}))}],
    ["a duplicate respondent id", {"survey.yaml": SURVEY_YAML, "responses.csv": responsesCsv(change(5, {id: "r1"}))}],
    ["a group without its parent", {"survey.yaml": SURVEY_YAML, "responses.csv": responsesCsv(change(4, {afdeling: ""}))}],
    ["a value in a column without a name", {"survey.yaml": SURVEY_YAML, "responses.csv": withColumn(csv, "", (id) => (id === "r6" ? "x" : ""))}],
    ["a weight that is not a positive number", {"survey.yaml": WEIGHT_SURVEY, "responses.csv": withColumn(csv, "gewicht", (id) => (id === "r7" ? "-1" : "1"))}],
    ["a number that is not a number", {"survey.yaml": NUMBER_SURVEY, "responses.csv": withColumn(csv, "uren", (id) => (id === "r2" ? "veel" : "36"))}],
    ["a number out of range", {"survey.yaml": NUMBER_SURVEY, "responses.csv": withColumn(csv, "uren", (id) => (id === "r9" ? "61" : "36"))}]
  ];
  for (const [name, files] of cases) {
    test(name, async () => {
      const {js, db, fallbacks} = await bothErrors(writeBundle(files));
      expect(db.message).toBe(js.message);
      expect(js.issues).toHaveLength(1);
      const [issue] = js.issues;
      expect(fallbacks).toHaveLength(1);
      expect(names(fallbacks[0], issue)).toBe(true);
    });
  }

  test("the weights too large", async () => {
    const dir = writeBundle({"survey.yaml": WEIGHT_SURVEY, "responses.csv": withColumn(csv, "gewicht", () => "1e308")});
    const {js, db, fallbacks} = await bothErrors(dir);
    expect(db.message).toBe(js.message);
    expect(js.issues.map((issue) => issue.message)).toEqual([expect.stringMatching(/^the weights are too large/)]);
    expect(fallbacks).toEqual([expect.stringContaining(js.issues[0].message)]);
  });
});

/** Whether a fallback reason names the issue: its message, or its kind. */
function names(reason: string, issue: BundleIssue): boolean {
  return reason.includes(issue.message) || reason.includes(`the defect "${issue.kind}"`);
}

describe("rows set aside without a defect: the same reasons, in the same order, through both engines", () => {
  test("an empty row, a row without answers and one with too few", async () => {
    const answersOnly = (id: string, row: Partial<Row>): Row => ({id, afdeling: "A", team: "T1", ...row});
    const setAside = [...rows.slice(0, 4), {id: ""}, answersOnly("x1", {}), answersOnly("x2", {bev1: "3"}), ...rows.slice(4)];
    const dir = writeBundle({"survey.yaml": SURVEY_YAML.replace("settings:\n", "settings:\n  minAnswers: 2\n"), "responses.csv": responsesCsv(setAside)});
    const fallbacks: string[] = [];
    const db = await readBundleInDatabase(dir, {onFallback: (reason) => fallbacks.push(reason)});
    const js = readBundle(dir);
    expect(fallbacks).toEqual([]);
    expect(js.accounting).toEqual({file: "responses.csv", read: 15, accepted: 12, setAside: 3, reasons: {[EMPTY_ROW]: 1, [NO_ANSWERS]: 1, [TOO_FEW_ANSWERS]: 1}});
    expect(db.accounting).toEqual(js.accounting);
    expect(Object.keys(db.accounting.reasons)).toEqual([EMPTY_ROW, NO_ANSWERS, TOO_FEW_ANSWERS]);
    expect(db.rejected).toEqual(js.rejected);
    expect(JSON.stringify(scoreReport(db))).toBe(JSON.stringify(scoreReport(js)));
  });
});
