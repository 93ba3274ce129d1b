/**
 * The string functions of the DuckDB engine's dialect read text as the JS reader does: white space
 * is what JavaScript's `trim()` removes, looked for with a regular expression only where the text
 * starts or ends with it.
 */
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {countIf, Database, isOtherWhiteSpaceOnly, literal, trimWhiteSpace} from "../../duckdb/dialect.ts";
import {countWhere} from "../../duckdb/sql.ts";

const TEXTS = ["", "r1", " r1", "r1 ", "\tr1\t", "\u00a0r1", "r1\u00a0", "\u2003r1\u3000", "\ufeffr1", "r 1", "r\u00a01", " ", "\t ", "\u00a0", " \u00a0 ", "\n", "\u2028x", "x\u2029", "é", "1,5", "\u200b"];

let db: Database;
beforeAll(async () => {
  db = await Database.open({threads: 1});
});
afterAll(() => db.close());

/** Each text through an SQL expression of `x`. */
async function each(expression: (x: string) => string): Promise<unknown[]> {
  const {columns} = await db.columns(`SELECT ${expression("x")} AS y FROM (VALUES ${TEXTS.map((t, i) => `(${i}, ${literal(t)})`).join(", ")}) texts(i, x) ORDER BY i`);
  return columns[0];
}

describe("the dialect's white space is JavaScript's", () => {
  test("trimWhiteSpace(text) is text.trim(), with or without white space at either end", async () => {
    expect(await each(trimWhiteSpace)).toEqual(TEXTS.map((t) => t.trim()));
  });

  test("isOtherWhiteSpaceOnly(text): white space only, some of it neither a space nor a tab", async () => {
    expect(await each(isOtherWhiteSpaceOnly)).toEqual(TEXTS.map((t) => (t !== "" && t.trim() === "" && /[^ \t]/.test(t) ? 1 : 0)));
  });
});

describe("Database.forEachChunkOfArrays", () => {
  test("db.forEachChunkOfArrays(sql) hands every column's numbers in order, over several chunks", async () => {
    const seen: number[][] = [[], [], []];
    await db.forEachChunkOfArrays("SELECT CAST(i AS DOUBLE) / 4 AS x, CAST(i % 7 - 1 AS SMALLINT) AS code, CAST(i AS INTEGER) AS n FROM range(5000) t(i) ORDER BY i", (columns, rows) => {
      columns.forEach((column, c) => {
        for (let r = 0; r < rows; ++r) seen[c].push(column[r]);
      });
    });
    const i = Array.from({length: 5000}, (_, k) => k);
    expect(seen).toEqual([i.map((k) => k / 4), i.map((k) => (k % 7) - 1), i]);
  });

  test("db.forEachChunkOfArrays(sql) throws on a NULL", async () => {
    await expect(db.forEachChunkOfArrays("SELECT CASE WHEN i = 3 THEN NULL ELSE CAST(i AS DOUBLE) END AS x FROM range(10) t(i)", () => undefined)).rejects.toThrow(/NULL/);
  });
});

describe("countIf", () => {
  test("countIf(condition) counts per group the rows countWhere(condition) counts, a NULL condition as not met", async () => {
    const rows = "(VALUES (1, 0), (1, 3), (1, NULL), (2, 5), (2, -1), (3, NULL)) t(g, q)";
    const condition = "q BETWEEN 0 AND 4";
    const {columns} = await db.columns(`SELECT g, CAST(${countIf(condition)} AS INTEGER) AS fast, CAST(${countWhere(condition)} AS INTEGER) AS standard FROM ${rows} GROUP BY g ORDER BY g`);
    expect(columns).toEqual([[1, 2, 3], [2, 0, 0], [2, 0, 0]]);
  });
});
