/**
 * The DuckDB engine codes a closed question's cells by its options' exact spellings without a
 * pass over their distinct texts; a cell spelled otherwise makes it read the rows again with every
 * distinct text looked up, as the JS reader looks it up. Either way the report model is the JS
 * engine's. A table of rows that lost the file's order is found out, and the JS reader reads the
 * bundle.
 */
import {rmSync} from "node:fs";
import {join} from "node:path";
import {afterEach, describe, expect, test, vi} from "vitest";
import {readBundle, scoreReport} from "../../scoring/index.ts";
import {Database, literal} from "../../duckdb/dialect.ts";
import {readBundleInDatabase} from "../../duckdb/readBundleInDatabase.ts";
import {responsesCsv, SAMPLE_ROWS, SURVEY_YAML, writeBundle, type Row} from "../helpers/bundle.ts";

/** Reads a bundle with both engines, and the columns (`c<i>`) each DuckDB pass over the distinct texts read. */
async function readBoth(rows: Row[]) {
  const dir = writeBundle({"survey.yaml": SURVEY_YAML, "responses.csv": responsesCsv(rows)});
  const columns = vi.spyOn(Database.prototype, "columns");
  const fallbacks: string[] = [];
  const db = await readBundleInDatabase(dir, {onFallback: (reason) => fallbacks.push(reason)});
  const passes = columns.mock.calls.map(([sql]) => sql).filter((sql) => sql.includes("histogram(")).map((sql) => [...sql.matchAll(/COALESCE\((c\d+), ''\)/g)].map(([, c]) => c));
  return {db: JSON.stringify(scoreReport(db)), js: JSON.stringify(scoreReport(readBundle(dir))), passes, fallbacks};
}

/** The column of bev1 in responsesCsv's header (id, afdeling, team, bev1, …). */
const BEV1 = "c3";

afterEach(() => {
  vi.restoreAllMocks();
});

describe("readBundleInDatabase codes closed questions by their options' exact spellings", () => {
  test("codes, labels and don't-know spellings as survey.yaml writes them: one pass over the distinct texts, without the closed questions", async () => {
    const rows = SAMPLE_ROWS.map((row, i) => ({...row, bev1: ["4", "Mee eens", "Weet niet/geen ervaring", "9", ""][i % 5]}));
    const {db, js, passes, fallbacks} = await readBoth(rows);
    expect(fallbacks).toEqual([]);
    expect(passes).toHaveLength(1);
    expect(passes[0]).not.toContain(BEV1);
    expect(db).toBe(js);
  });

  test("a cell spelled otherwise (' 4', 'mee eens', '4.0'): the rows read again with the closed questions' texts looked up, the same model", async () => {
    const rows = SAMPLE_ROWS.map((row, i) => ({...row, bev1: [" 4", "mee eens", "4.0", "5"][i % 4]}));
    const {db, js, passes, fallbacks} = await readBoth(rows);
    expect(fallbacks).toEqual([]);
    expect(passes).toHaveLength(2);
    expect(passes[1]).toContain(BEV1);
    expect(db).toBe(js);
  });
});

describe("readBundleInDatabase checks that the coded rows kept the file's order", () => {
  test("rows stored in another order (here sorted by their ids' hashes): the JS reader reads the bundle, the same model", async () => {
    const dir = writeBundle({"survey.yaml": SURVEY_YAML, "responses.csv": responsesCsv(SAMPLE_ROWS)});
    const run = Database.prototype.run;
    vi.spyOn(Database.prototype, "run").mockImplementation(function (this: Database, sql: string) {
      return run.call(this, sql.startsWith("CREATE TABLE cur_rows_stored AS") ? `${sql} ORDER BY id_hash` : sql);
    });
    const fallbacks: string[] = [];
    const db = await readBundleInDatabase(dir, {onFallback: (reason) => fallbacks.push(reason)});
    expect(fallbacks).toEqual(["responses.csv: DuckDB did not keep the file's order of the rows"]);
    expect(JSON.stringify(scoreReport(db))).toBe(JSON.stringify(scoreReport(readBundle(dir))));
  });

  /** A bundle with responses.parquet written from SAMPLE_ROWS' CSV (`extra`: more columns, `yaml` its survey), and the CSV bundle it came from. */
  async function parquetBundle(extra = "", yaml = SURVEY_YAML) {
    const csvDir = writeBundle({"survey.yaml": yaml, "responses.csv": responsesCsv(SAMPLE_ROWS)});
    const dir = writeBundle({"survey.yaml": yaml, "responses.csv": responsesCsv(SAMPLE_ROWS)});
    const database = await Database.open({threads: 1});
    try {
      await database.run(`COPY (SELECT *${extra} FROM read_csv(${literal(join(dir, "responses.csv"))}, header = true, all_varchar = true)) TO ${literal(join(dir, "responses.parquet"))} (FORMAT parquet)`);
    } finally {
      database.close();
    }
    rmSync(join(dir, "responses.csv"));
    return {dir, csvDir};
  }

  test("responses.parquet: every row's number checked against the file's (file_row_number); rows stored in another order leave the bundle to the JS reader, the same model", async () => {
    const {dir, csvDir} = await parquetBundle();
    const run = Database.prototype.run;
    const created: string[] = [];
    vi.spyOn(Database.prototype, "run").mockImplementation(function (this: Database, sql: string) {
      if (sql.startsWith("CREATE TABLE cur_rows_stored AS")) created.push(sql);
      return run.call(this, sql.startsWith("CREATE TABLE cur_rows_stored AS") ? `${sql} ORDER BY id_hash` : sql);
    });
    const fallbacks: string[] = [];
    const db = await readBundleInDatabase(dir, {onFallback: (reason) => fallbacks.push(reason)});
    expect(created[0]).toContain("file_row_number = true");
    expect(fallbacks).toEqual(["responses.parquet: DuckDB did not keep the file's order of the rows"]);
    const expected = scoreReport(readBundle(csvDir));
    expected.accounting.file = "responses.parquet";
    expect(JSON.stringify(scoreReport(db))).toBe(JSON.stringify(expected));
  });

  test("responses.parquet with a column of DuckDB's name file_row_number (ignored by the survey): read without the check, the same model", async () => {
    const {dir, csvDir} = await parquetBundle(", 'x' AS file_row_number", `ignore:\n  - file_row_number\n${SURVEY_YAML}`);
    const fallbacks: string[] = [];
    const db = await readBundleInDatabase(dir, {onFallback: (reason) => fallbacks.push(reason)});
    expect(fallbacks).toEqual([]);
    expect(db.header).toContain("file_row_number");
    const expected = scoreReport(readBundle(csvDir));
    expected.accounting.file = "responses.parquet";
    expect(JSON.stringify(scoreReport(db))).toBe(JSON.stringify(expected));
  });
});
