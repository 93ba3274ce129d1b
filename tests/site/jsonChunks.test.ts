/**
 * The report model written piece by piece: the pieces joined are exactly JSON.stringify's text, for
 * every kind of value it treats specially, and writeWhole writes them in order into the file.
 */
import {existsSync, mkdtempSync, readdirSync, readFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, test} from "vitest";
import {jsonChunks} from "../../site/jsonChunks.ts";
import {writeWhole} from "../../site/writeWhole.ts";
import {report} from "../charts/fixtures.ts";

class Point {
  constructor(
    readonly x: number,
    readonly y: number
  ) {}
}

/** Values JSON.stringify treats specially, at every depth the pieces are split to and below. */
const awkward = {
  n: 1.5e-300,
  s: "é \u2028 \" \\ \n",
  u: undefined,
  f: () => 1,
  nested: {a: [1, undefined, () => 2, Symbol("x"), null, NaN, -0, Infinity], b: {c: undefined, d: new Date(0)}, "1": "integer key", z: "last"},
  list: [{x: undefined}, [], {}, [[1, [2]]], new Point(1, 2), new Date(86_400_000)],
  withToJson: {toJSON: () => ({replaced: true})},
  empty: [],
  nothing: null
};

describe("jsonChunks(value)", () => {
  test("the pieces joined are JSON.stringify(value): the report fixture, awkward values, and plain values at the top", () => {
    for (const value of [report, awkward, [undefined, 1], "text", 3, null, [], {}, new Point(3, 4)]) {
      const pieces = [...jsonChunks(value, 64)];
      expect(pieces.join("")).toBe(JSON.stringify(value));
    }
    expect([...jsonChunks(undefined)]).toEqual([]);
  });

  test("pieces of about the size asked for, the last one shorter", () => {
    const pieces = [...jsonChunks(report, 4096)];
    expect(pieces.length).toBeGreaterThan(5);
    expect(pieces.slice(0, -1).every((piece) => piece.length >= 4096)).toBe(true);
    expect([...jsonChunks(report)].join("")).toBe(JSON.stringify(report));
  });
});

describe("writeWhole(path, pieces)", () => {
  test("writes the pieces in order, whole, with no temporary file left", async () => {
    const dir = mkdtempSync(join(tmpdir(), "peiling-pieces-"));
    const path = join(dir, "report.json");
    await writeWhole(path, jsonChunks(report, 1000));
    expect(readFileSync(path, "utf8")).toBe(JSON.stringify(report));
    expect(readdirSync(dir)).toEqual(["report.json"]);
  });

  test("a piece that fails leaves no file and no temporary file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "peiling-pieces-"));
    const path = join(dir, "report.json");
    function* failing() {
      yield "{";
      throw new Error("no more");
    }
    await expect(writeWhole(path, failing())).rejects.toThrow("no more");
    expect(existsSync(path)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });
});
