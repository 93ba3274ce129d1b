/**
 * R as the reference for the key drivers: on a 3,000-respondent sample of the FEVS 2018 study of
 * the agencies, R reads responses.csv itself, fits lm() on every subset of the drivers and weighs
 * the increments in R² as LMG does (rDrivers.R); Peiling's R², n and importances must agree to
 * 1e-9. The suite fails, not skips, when Rscript is missing.
 */
import {execFileSync} from "node:child_process";
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import YAML from "yaml";
import {fevsBundle, MODULES, STUDY} from "../../bench/fevsBundle.ts";
import {readBundle, scoreReport, type Report} from "../../scoring/index.ts";

const RSCRIPT = process.env.RSCRIPT ?? "Rscript";

describe("the key drivers against R's lm()", () => {
  let dir: string;
  let report: Report;
  let r: Map<string, number>;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "peiling-rdrivers-"));
    await fevsBundle({size: 3000, every: 34, study: true, dir});
    // The drivers are the organisation's (all respondents): agencies only, so that the disclosure
    // audit of thinly spread sub-agencies does not make the run slow.
    const survey = YAML.parse(readFileSync(join(dir, "survey.yaml"), "utf8"));
    survey.ignore = survey.groups.filter((g: {id: string}) => g.id !== STUDY.organisation).map((g: {id: string}) => g.id);
    survey.groups = survey.groups.filter((g: {id: string}) => g.id === STUDY.organisation);
    writeFileSync(join(dir, "survey.yaml"), YAML.stringify(survey));
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
