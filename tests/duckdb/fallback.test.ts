/**
 * When a bundle has a defect, or DuckDB might read a cell otherwise than the JS reader, the DuckDB
 * engine leaves the bundle to the JS reader: a defect gives the same BundleError (file, line,
 * column, every defect) through both engines, and a valid bundle that DuckDB cannot read line for
 * line gives the same report model.
 */
import {rmSync} from "node:fs";
import {join} from "node:path";
import iconv from "iconv-lite";
import {describe, expect, test} from "vitest";
import {BundleError, readBundle, scoreReport} from "../../scoring/index.ts";
import {Database, literal} from "../../duckdb/dialect.ts";
import {readBundleInDatabase} from "../../duckdb/readBundleInDatabase.ts";
import {responsesCsv, SAMPLE_ROWS, SURVEY_YAML, writeBundle, type Row} from "../helpers/bundle.ts";

const rows = SAMPLE_ROWS;
const change = (i: number, row: Partial<Row>) => rows.map((r, k) => (k === i ? {...r, ...row} : r));

/** The BundleError message of reading a bundle, or "" when it reads. */
async function message(read: () => unknown): Promise<string> {
  try {
    await read();
  } catch (error) {
    if (error instanceof BundleError) return error.message;
    throw error;
  }
  return "";
}

describe("a bundle with a defect gives the same message through both engines", () => {
  const cases: [string, Record<string, string | Uint8Array>][] = [
    ["an unknown answer", {"survey.yaml": SURVEY_YAML, "responses.csv": responsesCsv(change(3, {bev1: "7"}))}],
    ["an unknown option of a multi question", {"survey.yaml": SURVEY_YAML, "responses.csv": responsesCsv(change(2, {trots: "Collega's;Koffie"}))}],
    ["a duplicate respondent id", {"survey.yaml": SURVEY_YAML, "responses.csv": responsesCsv(change(5, {id: "r1"}))}],
    ["an empty respondent id", {"survey.yaml": SURVEY_YAML, "responses.csv": responsesCsv(change(5, {id: " "}))}],
    ["a team without its department", {"survey.yaml": SURVEY_YAML, "responses.csv": responsesCsv(change(4, {afdeling: ""}))}],
    ["a row with too few fields", {"survey.yaml": SURVEY_YAML, "responses.csv": responsesCsv(rows).replace("\nr4,A,T2,5,4,2,4,", "\nr4,A,T2,5,4,2,")}],
    ["a column that is not in survey.yaml", {"survey.yaml": SURVEY_YAML, "responses.csv": responsesCsv(rows).replace(/^id,/, "id,extra,").replace(/\n(r\d+),/g, "\n$1,x,")}],
    ["a group missing from population.csv", {"survey.yaml": SURVEY_YAML, "responses.csv": responsesCsv(rows), "population.csv": "afdeling,team,invited\nA,,20\n"}],
    ["an invalid survey.yaml", {"survey.yaml": SURVEY_YAML.replace("scale: eens5, module: bevlogenheid}", "scale: eens6, module: bevlogenheid}"), "responses.csv": responsesCsv(rows)}],
    [
      "a bad weight",
      {"survey.yaml": SURVEY_YAML.replace("settings:", "weight: gewicht\nsettings:"), "responses.csv": responsesCsv(rows).replace(/^id,/, "gewicht,id,").replace(/\n(r\d+),/g, (_, id) => `\n${id === "r7" ? "nul" : "1,5"},${id},`).replace(/\n1,5,/g, '\n"1,5",')}
    ],
    ["a defect in the previous survey", {"survey.yaml": SURVEY_YAML, "responses.csv": responsesCsv(rows), "previous/survey.yaml": SURVEY_YAML, "previous/responses.csv": responsesCsv(change(8, {wd1: "weet niet"}))}]
  ];
  for (const [name, files] of cases) {
    test(name, async () => {
      const dir = writeBundle(files);
      const expected = await message(() => readBundle(dir));
      expect(expected).toMatch(/^The survey bundle has \d+ defects?:/);
      const fallbacks: string[] = [];
      expect(await message(() => readBundleInDatabase(dir, {onFallback: (reason) => fallbacks.push(reason)}))).toBe(expected);
      expect(fallbacks).toHaveLength(1);
    });
  }

  test("a Parquet bundle's defect names responses.parquet", async () => {
    const dir = writeBundle({"survey.yaml": SURVEY_YAML, "responses.csv": responsesCsv(change(3, {bev1: "7"}))});
    const expected = (await message(() => readBundle(dir))).replace("responses.csv:", "responses.parquet:");
    const database = await Database.open();
    try {
      await database.run(`COPY (SELECT * FROM read_csv(${literal(join(dir, "responses.csv"))}, header = true, all_varchar = true)) TO ${literal(join(dir, "responses.parquet"))} (FORMAT parquet)`);
    } finally {
      database.close();
    }
    rmSync(join(dir, "responses.csv"));
    expect(await message(() => readBundleInDatabase(dir))).toBe(expected);
    expect(expected).toContain('responses.parquet:5:4 (column "bev1"): "7" is not an answer');
  });

  test("both responses.csv and responses.parquet is a defect of its own", async () => {
    const dir = writeBundle({"survey.yaml": SURVEY_YAML, "responses.csv": responsesCsv(rows), "responses.parquet": "not read"});
    expect(await message(() => readBundleInDatabase(dir))).toContain("the bundle has both responses.csv and responses.parquet");
  });
});

describe("a valid bundle that DuckDB might read otherwise is read by the JS reader, with the same model", () => {
  const csv = responsesCsv(rows);
  const cases: [string, Record<string, string | Uint8Array>, RegExp][] = [
    ["Windows-1252 bytes", {"survey.yaml": SURVEY_YAML, "responses.csv": iconv.encode(responsesCsv(change(0, {toelichting: "Meer café’s"})), "windows-1252")}, /not UTF-8/],
    ["a line break inside a quoted comment", {"survey.yaml": SURVEY_YAML, "responses.csv": responsesCsv(change(3, {toelichting: "Twee\nregels"}))}, /line break inside a quoted field/],
    ["a blank line between rows", {"survey.yaml": SURVEY_YAML, "responses.csv": csv.replace("\nr5,", "\n\nr5,")}, /blank line/],
    ["a quote inside an unquoted field", {"survey.yaml": SURVEY_YAML, "responses.csv": csv.replace(/\n(r4,[^\n]*),\n/, '\n$1,zei "ja"\n')}, /quote inside a field/],
    ["a cell of a no-break space", {"survey.yaml": SURVEY_YAML, "responses.csv": responsesCsv(change(4, {toelichting: "\u00a0"}))}, /white space/]
  ];
  for (const [name, files, reason] of cases) {
    test(name, async () => {
      const dir = writeBundle(files);
      const fallbacks: string[] = [];
      const db = await readBundleInDatabase(dir, {onFallback: (r) => fallbacks.push(r)});
      expect(fallbacks).toEqual([expect.stringMatching(reason)]);
      expect(JSON.stringify(scoreReport(db))).toBe(JSON.stringify(scoreReport(readBundle(dir))));
    });
  }

  test("rows set aside for defects with --set-aside are set aside the same way", async () => {
    const dir = writeBundle({"survey.yaml": SURVEY_YAML, "responses.csv": responsesCsv(change(3, {bev1: "7"}))});
    const db = await readBundleInDatabase(dir, {setAside: true});
    const js = readBundle(dir, {setAside: true});
    expect(db.accounting).toEqual(js.accounting);
    expect(db.accounting.reasons).toEqual({"unknown-answer": 1});
    expect(JSON.stringify(scoreReport(db))).toBe(JSON.stringify(scoreReport(js)));
  });
});
