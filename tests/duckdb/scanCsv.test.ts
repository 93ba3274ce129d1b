/**
 * The pieces of the DuckDB engine that decide whether DuckDB may read a bundle: the pass over the
 * CSV's bytes, the JS reader's reading of one cell, and the choice of engine.
 */
import {truncateSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, test} from "vitest";
import {scaleCodec} from "../../bundle/scaleCodec.ts";
import {codeCell, cellText, multiCell, UNCERTAIN} from "../../duckdb/cells.ts";
import {chooseEngine} from "../../duckdb/engine.ts";
import {scanCsv} from "../../duckdb/scanCsv.ts";
import {writeBundle} from "../helpers/bundle.ts";

const scan = (text: string | Uint8Array, delimiter = ",") => {
  const dir = writeBundle({"responses.csv": text});
  return scanCsv(join(dir, "responses.csv"), delimiter);
};

describe("scanCsv", () => {
  test("counts records, with or without a final line break, a byte-order mark or CRLF", () => {
    expect(scan("a,b\n1,2\n3,4\n")).toMatchObject({records: 3, problem: null});
    expect(scan("a,b\r\n1,2\r\n3,4")).toMatchObject({records: 3, problem: null});
    expect(scan(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('"a",b\n1,2\n')]))).toMatchObject({records: 2, problem: null});
  });

  test("accepts quoted fields with separators and doubled quotes, and blank lines at the end", () => {
    expect(scan('a,b\n"1,5","zei ""ja"""\n"",x\n\n\n')).toMatchObject({records: 3, problem: null});
    expect(scan('a;b\n"1;5";2\n', ";")).toMatchObject({records: 2, problem: null});
  });

  test("finds what would make DuckDB's rows differ from the JS reader's lines or cells", () => {
    expect(scan('a,b\n1,"x\ny"\n').problem).toMatch(/^a line break inside a quoted field \(line 2\)/);
    expect(scan("a,b\n1,2\n\n3,4\n").problem).toMatch(/^a blank line \(line 3\) before a record/);
    expect(scan("\na,b\n1,2\n").problem).toMatch(/^a blank line \(line 1\)/);
    expect(scan('a,b\n1, "x"\n').problem).toMatch(/^a quote inside a field that does not start with one \(line 2\)/);
    expect(scan('a,b\n1,"x"y\n').problem).toMatch(/^text after a closing quote/);
    expect(scan('a,b\n1,"x\n').problem).toMatch(/line break inside a quoted field|never closed/);
    expect(scan('a,b\n1,"x').problem).toMatch(/^a quoted field is never closed/);
    expect(scan("a,b\r1,2\r").problem).toMatch(/^a carriage return without a line feed/);
    expect(scan(Buffer.from([0x61, 0x0a, 0xe9, 0x0a])).problem).toBe("the file is not UTF-8");
  });

  test("samples the first record after the header and the last, with the byte where each starts (a byte-order mark counted)", () => {
    expect(scan("a,b\n1,2\n33,4\n5,6").samples).toEqual([
      {record: 1, offset: 4},
      {record: 3, offset: 13}
    ]);
    expect(scan(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('"a",b\r\n1,2\r\n')])).samples).toEqual([{record: 1, offset: 10}]);
    expect(scan("a,b\n").samples).toEqual([]);
  });

  test("reads a file larger than its chunk, and a line longer than it", () => {
    const dir = writeBundle({});
    const path = join(dir, "big.csv");
    const long = "x".repeat((1 << 24) + 10);
    writeFileSync(path, `a,b\n${"1,2\n".repeat(5_000_000)}"${long}",3\n4,5\n`);
    const {records, problem, samples} = scanCsv(path, ",");
    expect({records, problem}).toEqual({records: 5_000_003, problem: null});
    // A sample at each chunk's start: record r of "1,2" lines starts at byte 4 + 4 (r − 1).
    expect(samples.length).toBeGreaterThan(2);
    for (const {record, offset} of samples.filter((s) => s.record <= 5_000_000)) expect(offset).toBe(4 + 4 * (record - 1));
    expect(samples.at(-1)).toEqual({record: 5_000_002, offset: 4 + 4 * 5_000_000 + long.length + 5});
  }, 30_000);
});

describe("a cell as the JS reader reads it", () => {
  const codec = scaleCodec({type: "likert", values: {1: 0, 2: 2.5, 3: 5, 4: 7.5, 5: 10}, labels: {4: "Mee eens"}, missing: [9]} as never);
  test("blank, trimmed text, or uncertain (white space that is blank only when quoted)", () => {
    expect([cellText(null), cellText(""), cellText(" \t "), cellText(" a\u00a0"), cellText("\u00a0")]).toEqual([null, null, null, "a", UNCERTAIN]);
  });
  test("a closed question's option through the codec, or not an answer", () => {
    expect(codeCell(" 4 ", codec)).toEqual({kind: "option", option: 3});
    expect(codeCell("mee  EENS", codec)).toEqual({kind: "option", option: 3});
    expect(codeCell("4.0", codec)).toEqual({kind: "option", option: 3});
    expect(codeCell("7", codec)).toEqual({kind: "unknown", text: "7"});
    expect(codeCell("  ", codec)).toEqual({kind: "blank"});
  });
  test("a multi question's options, parts trimmed and empty parts skipped", () => {
    const multi = scaleCodec({type: "multi", options: ["Koffie", "Thee"], separator: ";"} as never);
    expect(multiCell("Thee; koffie;;", multi, ";")).toEqual({kind: "chosen", options: [0, 1]});
    expect(multiCell(";", multi, ";")).toEqual({kind: "chosen", options: []});
    expect(multiCell("Thee;Bier", multi, ";")).toEqual({kind: "unknown", text: "Bier"});
  });
});

describe("chooseEngine", () => {
  test("auto is DuckDB for Parquet, the JS engine for a small CSV; an explicit engine is kept", () => {
    expect(chooseEngine("data/voorbeeld", "auto")).toBe("js");
    expect(chooseEngine("data/voorbeeld", "duckdb")).toBe("duckdb");
    expect(chooseEngine(writeBundle({"responses.parquet": ""}), "auto")).toBe("duckdb");
    expect(chooseEngine(writeBundle({"responses.csv": "", "previous/responses.parquet": ""}), "auto")).toBe("duckdb");
  });
  test("chooseEngine(dir, 'auto', memory) is DuckDB once the CSV files would not fit in half the memory as columns", () => {
    const dir = writeBundle({"responses.csv": "", "previous/responses.csv": ""});
    // Sparse files: their size, not their bytes on disk.
    truncateSync(join(dir, "responses.csv"), 300e6);
    const gib = 2 ** 30;
    expect(chooseEngine(dir, "auto", 4 * gib)).toBe("js");
    expect(chooseEngine(dir, "auto", 1.5 * gib)).toBe("duckdb");
    truncateSync(join(dir, "previous/responses.csv"), 600e6);
    expect(chooseEngine(dir, "auto", 4 * gib)).toBe("duckdb");
    expect(chooseEngine(dir, "js", 1)).toBe("js");
  });
});
