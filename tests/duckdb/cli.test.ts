/**
 * `peiling score --engine`: both engines write the same report and the same rejects, a defect gets
 * the same message, and a wrong engine name is a usage error.
 */
import {spawnSync} from "node:child_process";
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, test} from "vitest";
import {responsesCsv, SURVEY_YAML, writeBundle, type Row} from "../helpers/bundle.ts";

const good: Row[] = Array.from({length: 8}, (_, i) => ({id: `r${i}`, afdeling: "A", team: "A1", bev1: String(1 + (i % 5)), bev2: "5", wd1: "2", enps: "8"}));
const score = (...args: string[]) => spawnSync(process.execPath, ["bin/peiling.js", "score", ...args], {encoding: "utf8"});

describe("peiling score --engine", () => {
  test("js and duckdb write the same report and the same rejects", () => {
    const dir = writeBundle({"survey.yaml": SURVEY_YAML, "responses.csv": responsesCsv([...good, {id: "leeg"}, {id: "", afdeling: ""}])});
    const outputs = ["js", "duckdb"].map((engine) => {
      const out = join(dir, `report-${engine}.json`);
      const rejects = join(dir, `rejects-${engine}.csv`);
      const result = score(dir, "--engine", engine, "--out", out, "--rejects", rejects);
      expect(result.status).toBe(0);
      expect(result.stderr).toContain("responses.csv: 10 rows read, 8 accepted, 2 set aside (no answers: 1, empty row: 1)");
      return [readFileSync(out, "utf8"), readFileSync(rejects, "utf8")];
    });
    expect(outputs[1]).toEqual(outputs[0]);
  });

  test("a defect: the same message and status from both engines", () => {
    const dir = writeBundle({"survey.yaml": SURVEY_YAML, "responses.csv": responsesCsv(good.map((r, i) => (i === 2 ? {...r, bev1: "8"} : r)))});
    const [js, duckdb] = ["js", "duckdb"].map((engine) => score(dir, "--engine", engine));
    expect([js.status, duckdb.status]).toEqual([1, 1]);
    expect(duckdb.stderr).toContain("peiling: reading with the JS engine instead of DuckDB");
    expect(duckdb.stderr.split("\n").filter((line) => !line.startsWith("peiling: reading"))).toEqual(js.stderr.split("\n"));
  });

  test("an unknown engine is a usage error", () => {
    const result = score("data/voorbeeld", "--engine", "spark");
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--engine must be one of js, duckdb, auto, not "spark"');
  });
});
