/**
 * R as the reference for the key drivers: on a 3,000-respondent sample of the FEVS 2018 study of
 * the agencies, R reads responses.csv itself, fits lm() on every subset of the drivers and weighs
 * the increments in R² as LMG does (rDrivers.R); Peiling's R², n and importances must agree to
 * 1e-9. The suite fails, not skips, when Rscript is missing.
 */
import {execFileSync} from "node:child_process";
import {rmSync} from "node:fs";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {MODULES, STUDY} from "../../bench/fevsBundle.ts";
import {agencyStudySample} from "../helpers/agencyStudySample.ts";
import {readBundle, scoreReport, type Report} from "../../scoring/index.ts";

const RSCRIPT = process.env.RSCRIPT ?? "Rscript";

describe("the key drivers against R's lm()", () => {
  let dir: string;
  let report: Report;
  let r: Map<string, number>;
  beforeAll(async () => {
    dir = await agencyStudySample("peiling-rdrivers-");
    report = scoreReport(readBundle(dir));
    const output = execFileSync(RSCRIPT, [join(import.meta.dirname, "rDrivers.R"), join(dir, "responses.csv"), STUDY.outcome.join(","), ...MODULES.map((m) => `${m.id}=${m.items.join(",")}`)], {encoding: "utf8"});
    r = new Map(output.trim().split("\n").map((line) => {
      const [outcome, item, value] = line.split("\t");
      return [`${outcome}|${item}`, Number(value)];
    }));
  }, 120_000);
  afterAll(() => rmSync(dir, {recursive: true, force: true}));

  it("analyses.drivers of both FEVS outcomes equal R's R², n and LMG importances", () => {
    const drivers = report.analyses!.drivers;
    expect(drivers.length).toBe(6);
    for (const d of drivers) {
      expect(d.n).toBe(r.get(`${d.outcome}|n`));
      expect(Math.abs(d.r2! - r.get(`${d.outcome}|r2`)!)).toBeLessThan(1e-9);
      expect(Math.abs(d.importance! - r.get(`${d.outcome}|${d.item}`)!)).toBeLessThan(1e-9);
    }
  });
});
