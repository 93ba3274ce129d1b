/**
 * Inputs that used to hang or crash: a first line without a line end (garbage, or huge), old Mac
 * files with carriage returns alone, a YAML alias bomb, weights too large to add up, a header
 * without respondents, and more than 1000 defects. Large files are generated in a temporary folder.
 */
import {closeSync, openSync, writeSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, test} from "vitest";
import {BundleError, readBundle, scoreReport} from "../../scoring/index.ts";
import {MAX_HEADER_BYTES} from "../../bundle/csv.ts";
import {readBundleWithEngine} from "../../duckdb/engine.ts";
import {responsesCsv, SURVEY_YAML, writeBundle, type Row} from "../helpers/bundle.ts";

const good: Row[] = Array.from({length: 8}, (_, i) => ({id: `r${i}`, afdeling: "A", team: "A1", bev1: String(1 + (i % 5)), bev2: "5", wd1: "2", enps: "8"}));

/** Writes `megabytes` MB of `byte` (no line end) as responses.csv beside SURVEY_YAML. */
function singleLineBundle(megabytes: number, byte = "x"): string {
  const dir = writeBundle({"survey.yaml": SURVEY_YAML});
  const fd = openSync(join(dir, "responses.csv"), "w");
  const block = Buffer.alloc(1 << 20, byte);
  for (let i = 0; i < megabytes; ++i) writeSync(fd, block);
  closeSync(fd);
  return dir;
}

/** What reading a bundle throws, as the message of a BundleError. */
async function bundleError(read: () => Promise<unknown> | unknown): Promise<string> {
  try {
    await read();
  } catch (error) {
    expect(error).toBeInstanceOf(BundleError);
    return (error as Error).message;
  }
  throw new Error("the bundle was read without an error");
}

const noLineEnd = `responses.csv:1:1: the header has no line end within the first 1 MiB (${MAX_HEADER_BYTES} bytes)`;

describe("a first line without a line end", () => {
  test("a 64 MB single-line responses.csv fails fast with responses.csv:1:1 (js engine)", async () => {
    const dir = singleLineBundle(64);
    const start = performance.now();
    expect(await bundleError(() => readBundleWithEngine(dir, {engine: "js"}))).toBe(`The survey bundle has 1 defect:\n${noLineEnd}; expected a first line naming the columns, ended by a line feed (or a carriage return)`);
    expect(performance.now() - start).toBeLessThan(3000);
  });

  test("a 64 MB single-line responses.csv fails fast with responses.csv:1:1 (duckdb engine)", async () => {
    const dir = singleLineBundle(64);
    const start = performance.now();
    expect(await bundleError(() => readBundleWithEngine(dir, {engine: "duckdb"}))).toContain(noLineEnd);
    expect(performance.now() - start).toBeLessThan(3000);
  });

  test("a header line just under the bound is read", async () => {
    const header = `id,afdeling,team,bev1,bev2,wd1,enps,trots,toelichting`;
    const csv = responsesCsv(good);
    const padded = `${header}${" ".repeat(MAX_HEADER_BYTES - header.length - 10)}${csv.slice(header.length)}`;
    const bundle = readBundle(writeBundle({"survey.yaml": SURVEY_YAML, "responses.csv": padded}));
    expect(bundle.accounting.accepted).toBe(8);
  });

  test("a row after the header longer than 64 MiB is refused with its line (js engine), not a RangeError", async () => {
    const dir = writeBundle({"survey.yaml": SURVEY_YAML, "responses.csv": responsesCsv(good)});
    const fd = openSync(join(dir, "responses.csv"), "a");
    const block = Buffer.alloc(1 << 20, "y");
    for (let i = 0; i < 65; ++i) writeSync(fd, block);
    closeSync(fd);
    expect(await bundleError(() => readBundleWithEngine(dir, {engine: "js"}))).toContain("responses.csv:10:1: the record runs on for more than 64 MiB without a line end");
  });
});

describe("carriage returns alone (old Mac files)", () => {
  test("a CR-only responses.csv gives the same report as with line feeds, with both engines", async () => {
    const csv = responsesCsv(good);
    const lf = writeBundle({"survey.yaml": SURVEY_YAML, "responses.csv": csv});
    const cr = writeBundle({"survey.yaml": SURVEY_YAML, "responses.csv": csv.replace(/\r?\n/g, "\r")});
    const expected = scoreReport(readBundle(lf));
    for (const engine of ["js", "duckdb"] as const) {
      const bundle = await readBundleWithEngine(cr, {engine, onFallback: () => {}});
      expect(bundle.accounting).toEqual({...expected.accounting, file: "responses.csv"});
      expect(scoreReport(bundle)).toEqual(expected);
    }
  });

  test("a defect in a CR-only file is located on its line", async () => {
    const csv = responsesCsv(good.map((r, i) => (i === 3 ? {...r, bev1: "8"} : r))).replace(/\r?\n/g, "\r");
    expect(await bundleError(() => readBundle(writeBundle({"survey.yaml": SURVEY_YAML, "responses.csv": csv})))).toContain('responses.csv:5:4 (column "bev1"): "8" is not an answer');
  });
});

describe("survey.yaml", () => {
  test("a YAML alias bomb (billion laughs) in survey.yaml is refused with a located message", async () => {
    const lines = ['lol0: &l0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
    for (let i = 1; i < 9; i++) lines.push(`lol${i}: &l${i} [${Array(9).fill(`*l${i - 1}`).join(", ")}]`);
    const dir = writeBundle({"survey.yaml": `${lines.join("\n")}\n${SURVEY_YAML}`, "responses.csv": responsesCsv(good)});
    const start = performance.now();
    expect(await bundleError(() => readBundle(dir))).toBe(
      "The survey bundle has 1 defect:\nsurvey.yaml:2:12: the aliases (*name) expand to far more values than a survey has; expected each part written out, or aliases used a few times"
    );
    expect(performance.now() - start).toBeLessThan(2000);
  });

  test("a survey.yaml with a few aliases is still read", () => {
    const survey = SURVEY_YAML.replace("  aanbevelen: {type: nps}", "  aanbevelen: &nps {type: nps}\n  aanbevelen2: *nps");
    expect(readBundle(writeBundle({"survey.yaml": survey, "responses.csv": responsesCsv(good)})).definition.survey.scales.aanbevelen2).toMatchObject({type: "nps"});
  });
});

describe("rows that cannot be scored", () => {
  const weighted = SURVEY_YAML.replace("groups:", "weight: gewicht\ngroups:");
  const withWeights = (weights: string[]) =>
    responsesCsv(good)
      .trimEnd()
      .split("\n")
      .map((line, i) => `${line},${i === 0 ? "gewicht" : weights[i - 1]}`)
      .join("\n") + "\n";

  test("all weights 1e308 are an error on the weight column, not a report of nulls (both engines)", async () => {
    const dir = writeBundle({"survey.yaml": weighted, "responses.csv": withWeights(good.map(() => "1e308"))});
    for (const engine of ["js", "duckdb"] as const) {
      const message = await bundleError(() => readBundleWithEngine(dir, {engine, onFallback: () => {}}));
      expect(message).toContain('responses.csv:2:10 (column "gewicht"): the weights are too large: from this row on their sum');
    }
  });

  test("weights of usual size are read", () => {
    const dir = writeBundle({"survey.yaml": weighted, "responses.csv": withWeights(good.map((_, i) => String(0.5 + i / 10)))});
    expect(readBundle(dir).table.weights?.length).toBe(8);
  });

  test("a header-only responses.csv is an error: no respondents (both engines)", async () => {
    const dir = writeBundle({"survey.yaml": SURVEY_YAML, "responses.csv": responsesCsv([])});
    for (const engine of ["js", "duckdb"] as const) {
      expect(await bundleError(() => readBundleWithEngine(dir, {engine, onFallback: () => {}}))).toBe(
        "The survey bundle has 1 defect:\nresponses.csv:2: the file has a header but no respondents; expected one row per respondent below the header"
      );
    }
  });

  test("2000 defects: the message says 2000 and '… and 1950 more'", async () => {
    const rows = Array.from({length: 2000}, (_, i) => ({...good[0], id: `r${i}`, bev1: "8"}));
    const message = await bundleError(() => readBundle(writeBundle({"survey.yaml": SURVEY_YAML, "responses.csv": responsesCsv(rows)})));
    expect(message.split("\n")[0]).toBe("The survey bundle has 2000 defects:");
    expect(message.split("\n").at(-1)).toBe("… and 1950 more defects");
    expect(message.split("\n")).toHaveLength(52);
  });
});
