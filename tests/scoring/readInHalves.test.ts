import {readFileSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {afterEach, describe, expect, it} from "vitest";
import {readInHalves, splitPoint} from "../../bundle/readInHalves.ts";
import {readResponses} from "../../bundle/readResponses.ts";
import {readSurvey} from "../../bundle/readSurvey.ts";
import {SURVEY_YAML, writeBundle} from "../helpers/bundle.ts";

const definition = readSurvey(`${SURVEY_YAML}weight: gewicht\n`, "survey.yaml").definition!;
const HEADER = "id,afdeling,team,bev1,bev2,wd1,enps,trots,toelichting,gewicht";

/** Forty rows (or `length`), CRLF: departments A and B, C only in the second half; a blank row and a quoted line break in each half. */
function rows(changes: Record<number, string> = {}, length = 40): string[] {
  return Array.from({length}, (_, i) => {
    if (changes[i] !== undefined) return changes[i];
    if (i === 7 || i === 31) return ",,,,,,,,,";
    const department = i < 20 ? (i % 2 ? "A" : "B") : ["A", "C", "B"][i % 3];
    const comment = i % 9 === 4 ? `"regel een\r\nregel ""twee"""` : i % 5 === 0 ? "meer overleg" : "";
    return `r${i},${department},T${i % 3},${1 + (i % 5)},${i % 7 === 0 ? 9 : 4},${2 + (i % 3)},${i % 11},"Collega's;Samenwerking",${comment},${(0.5 + (i % 4) / 4).toFixed(2)}`;
  });
}

function responses(lines: string[]): string {
  const dir = writeBundle({});
  const path = join(dir, "responses.csv");
  writeFileSync(path, [HEADER, ...lines].join("\r\n") + "\r\n");
  return path;
}

/** Reads the file in one go (PEILING_THREADS=1), as readResponses always could. */
function inOneGo(path: string) {
  process.env.PEILING_THREADS = "1";
  return readResponses({path}, "responses.csv", definition);
}

describe("readInHalves", () => {
  afterEach(() => {
    delete process.env.PEILING_THREADS;
  });

  it("readInHalves(source, …) gives exactly what reading in one go gives: columns, group values in first-seen order, lines, rows set aside", () => {
    const path = responses(rows());
    process.env.PEILING_THREADS = "2";
    const split = splitPoint(path)!;
    expect(split).toBeGreaterThan(0);
    const halves = readInHalves({path}, "responses.csv", definition, {}, split);
    const whole = inOneGo(path);
    expect(halves).not.toBeNull();
    expect(halves).toEqual(whole);
    // In shared memory, where the aggregation's worker thread reads them without a copy.
    const codes = [...halves!.table.answers.values()].flatMap((column) => (column.kind === "codes" ? [column.codes] : []));
    expect(codes.length).toBeGreaterThan(0);
    expect(codes.every((array) => array.buffer instanceof SharedArrayBuffer)).toBe(true);
    expect(whole.table.groups.get("afdeling")!.values).toEqual(["B", "A", "C"]);
    expect(whole.accounting).toMatchObject({read: 40, accepted: 38, setAside: 2});
    // Lines as an editor counts them: the quoted line breaks of rows 4, 13 and 22 move the rows below down.
    expect(whole.rejected.map((row) => row.line)).toEqual([10, 36]);
  });

  it("readInHalves of 12,000 rows puts the second half after the first in the first half's columns, sized for the whole file, and gives one-go reading's table", () => {
    const path = responses(rows({}, 12_000));
    process.env.PEILING_THREADS = "2";
    const halves = readInHalves({path}, "responses.csv", definition, {}, splitPoint(path)!)!;
    expect(halves).not.toBeNull();
    expect(halves).toEqual(inOneGo(path));
    const codes = halves.table.answers.get("bev1")!;
    if (codes.kind !== "codes") throw new Error("bev1 has codes");
    // A view of the first half's column, which had room for every row.
    expect(codes.codes.buffer instanceof SharedArrayBuffer && codes.codes.buffer.byteLength).toBeGreaterThan(codes.codes.byteLength);
  });

  it("readInHalves returns null when the middle's line feed lies inside a quoted field, and readResponses reads in one go", () => {
    const long = `"${Array.from({length: 400}, (_, k) => `regel ${k}`).join("\n")}"`;
    const path = responses(rows({20: `r20,A,T1,1,2,3,4,,${long},1`}));
    process.env.PEILING_THREADS = "2";
    expect(readInHalves({path}, "responses.csv", definition, {}, splitPoint(path)!)).toBeNull();
    const viaHalves = readResponses({path}, "responses.csv", definition);
    expect(viaHalves).toEqual(inOneGo(path));
    expect(viaHalves.table.n).toBe(38);
  });

  it("readInHalves returns null when only the second half is not UTF-8 (a Windows-1252 é), and readResponses reads the whole file as Windows-1252", () => {
    const path = responses(rows({30: "r30,A,T1,1,2,3,4,,Café,1"}));
    writeFileSync(path, Buffer.from(readFileSync(path, "utf8"), "latin1"));
    process.env.PEILING_THREADS = "2";
    expect(readInHalves({path}, "responses.csv", definition, {}, splitPoint(path)!)).toBeNull();
    const viaHalves = readResponses({path}, "responses.csv", definition);
    expect(viaHalves).toEqual(inOneGo(path));
    const comments = viaHalves.table.answers.get("toelichting")!;
    expect(comments.kind === "text" && comments.texts.includes("Café")).toBe(true);
  });

  it("readInHalves returns null for an id in both halves; readResponses then reports it as in one go", () => {
    const path = responses(rows({36: "r3,A,T1,1,2,3,4,,,1"}));
    process.env.PEILING_THREADS = "2";
    expect(readInHalves({path}, "responses.csv", definition, {}, splitPoint(path)!)).toBeNull();
    const viaHalves = readResponses({path}, "responses.csv", definition);
    expect(viaHalves.issues.map((issue) => [issue.line, issue.kind])).toEqual([[41, "duplicate-id"]]);
    expect(viaHalves).toEqual(inOneGo(path));
  });

  it("readInHalves(ids written as plain integers) joins the halves, and returns null for a number id in both halves", () => {
    const numbered = (lines: string[]) => lines.map((line) => line.replace(/^r(\d+),/, "$1,"));
    const path = responses(numbered(rows()));
    process.env.PEILING_THREADS = "2";
    const halves = readInHalves({path}, "responses.csv", definition, {}, splitPoint(path)!);
    expect(halves).toEqual(inOneGo(path));
    const twice = responses(numbered(rows({36: "r3,A,T1,1,2,3,4,,,1"})));
    process.env.PEILING_THREADS = "2";
    expect(readInHalves({path: twice}, "responses.csv", definition, {}, splitPoint(twice)!)).toBeNull();
    expect(inOneGo(twice).issues.map((issue) => [issue.line, issue.kind])).toEqual([[41, "duplicate-id"]]);
  });

  it("readInHalves returns null for a defect in the second half; with setAside the rows set aside are the same as in one go", () => {
    const path = responses(rows({30: "r30,B,T0,7,2,3,4,,,1"}));
    process.env.PEILING_THREADS = "2";
    expect(readInHalves({path}, "responses.csv", definition, {}, splitPoint(path)!)).toBeNull();
    expect(readResponses({path}, "responses.csv", definition)).toEqual(inOneGo(path));
    process.env.PEILING_THREADS = "2";
    const setAside = readResponses({path}, "responses.csv", definition, {setAside: true});
    process.env.PEILING_THREADS = "1";
    expect(setAside).toEqual(readResponses({path}, "responses.csv", definition, {setAside: true}));
    expect(setAside.rejected.map((row) => [row.line, row.reason])).toEqual([[10, "empty row"], [35, "unknown-answer"], [36, "empty row"]]);
  });
});
