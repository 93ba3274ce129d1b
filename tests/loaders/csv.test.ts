import {describe, expect, it} from "vitest";
import {CsvReader, decodeText, detectDelimiter, parseNumber} from "../../loaders/csv.ts";

function records(text: string): [number, string[]][] {
  const reader = new CsvReader(text, "x.csv");
  const out: [number, string[]][] = [];
  for (let fields = reader.next(); fields; fields = reader.next()) out.push([reader.line, fields]);
  return out;
}

describe("CsvReader", () => {
  it("reads records with the line each starts on, counting quoted line breaks", () => {
    expect(records('id,tekst\n1,"twee\nregels"\n2,"een ""quote"""\n')).toEqual([
      [1, ["id", "tekst"]],
      [2, ["1", "twee\nregels"]],
      [4, ["2", 'een "quote"']]
    ]);
  });

  it("skips blank lines but keeps counting them, and reads CRLF line ends", () => {
    expect(records("a;b\r\n\r\n1;2\r\n")).toEqual([
      [1, ["a", "b"]],
      [3, ["1", "2"]]
    ]);
  });

  it("reports a quote that is never closed, at the line where it opens", () => {
    const reader = new CsvReader('a,b\n1,"open\n2,3\n', "x.csv");
    while (reader.next());
    expect(reader.issues).toEqual([{file: "x.csv", line: 2, column: 2, message: "a quoted field is never closed", expected: 'a closing "', kind: "unclosed-quote"}]);
  });

  it("keeps empty trailing fields", () => {
    expect(records("a,b,,\n1,2,,\n")[1]).toEqual([2, ["1", "2", "", ""]]);
  });
});

describe("detectDelimiter", () => {
  it("takes the most frequent separator of the header line, outside quotes", () => {
    expect(detectDelimiter("id;afdeling;bev1\n1,5;A;3")).toBe(";");
    expect(detectDelimiter('"a;b",c,d\n')).toBe(",");
    expect(detectDelimiter("a\tb\tc")).toBe("\t");
    expect(detectDelimiter("id")).toBe(",");
  });
});

describe("decodeText", () => {
  it("strips a UTF-8 byte-order mark", () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x69, 0x64]))).toEqual({text: "id", encoding: "utf-8"});
  });

  it("reads bytes that are not UTF-8 as Windows-1252 (é, ë, ’)", () => {
    expect(decodeText(new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0xeb, 0x92]))).toEqual({text: "café ë’", encoding: "windows-1252"});
  });
});

describe("parseNumber", () => {
  it("reads decimal points and decimal commas", () => {
    expect([parseNumber("7.5"), parseNumber(" 7,5 "), parseNumber("-2"), parseNumber("10")]).toEqual([7.5, 7.5, -2, 10]);
  });

  it("rejects text, empty cells and ambiguous thousands separators", () => {
    expect([parseNumber("tien"), parseNumber(""), parseNumber("1.000,5"), parseNumber("7,5,1")].every(Number.isNaN)).toBe(true);
  });
});
