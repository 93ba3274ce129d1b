/**
 * R as the reference for the spread's heterogeneity (analyses.spread[].heterogeneity): on a
 * 3,000-respondent sample of the FEVS 2018 study of the agencies, each module's agencies (their
 * scores and standard errors as the report gives them) go to metafor's rma(method = "DL")
 * (rHeterogeneity.R), which must give the same Cochran's Q, p-value, τ² and I²; so must two
 * made-up sets, one whose organisations differ less than chance (τ² truncated at 0). The suite
 * fails, not skips, when Rscript or metafor is missing.
 */
import {execFileSync} from "node:child_process";
import {rmSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {agencyStudySample} from "../helpers/agencyStudySample.ts";
import {readBundle, scoreReport, type Report} from "../../scoring/index.ts";
import {heterogeneity} from "../../scoring/spread.ts";

const RSCRIPT = process.env.RSCRIPT ?? "Rscript";

/** Two made-up sets: organisations that differ far more than their standard errors, and ones that differ less. */
const MADE_UP: Record<string, {score: number; se: number}[]> = {
  apart: [{score: 0.61, se: 0.012}, {score: 0.7, se: 0.02}, {score: 0.55, se: 0.015}, {score: 0.66, se: 0.03}],
  alike: [{score: 0.6, se: 0.05}, {score: 0.61, se: 0.04}, {score: 0.59, se: 0.06}]
};

describe("the spread's heterogeneity against R's metafor", () => {
  let dir: string;
  let report: Report;
  let sets: Record<string, {score: number; se: number}[]>;
  let r: Map<string, number>;
  beforeAll(async () => {
    dir = await agencyStudySample("peiling-rheterogeneity-");
    report = scoreReport(readBundle(dir));
    sets = {...MADE_UP};
    for (const s of report.analyses!.spread) sets[s.item] = s.organisations.filter((o) => o.se !== null).map((o) => ({score: o.score, se: o.se!}));
    const tsv = ["set\tscore\tse", ...Object.entries(sets).flatMap(([set, points]) => points.map((p) => `${set}\t${p.score}\t${p.se}`))].join("\n");
    writeFileSync(join(dir, "points.tsv"), tsv + "\n");
    const output = execFileSync(RSCRIPT, [join(import.meta.dirname, "rHeterogeneity.R"), join(dir, "points.tsv")], {encoding: "utf8"});
    r = new Map(output.trim().split("\n").map((line) => {
      const [set, stat, value] = line.split("\t");
      return [`${set}|${stat}`, Number(value)];
    }));
  }, 120_000);
  afterAll(() => rmSync(dir, {recursive: true, force: true}));

  const relative = (a: number, b: number) => Math.abs(a - b) / Math.max(1e-12, Math.abs(b));

  it("every module's spread over the agencies has metafor's Q, p-value, τ² and I²", () => {
    const spread = report.analyses!.spread;
    expect(spread.length).toBeGreaterThanOrEqual(4);
    for (const s of spread) {
      const h = s.heterogeneity!;
      expect(h.df, s.item).toBe(sets[s.item].length - 1);
      expect(h.df, s.item).toBeGreaterThan(5);
      expect(relative(h.q, r.get(`${s.item}|q`)!), s.item).toBeLessThan(1e-9);
      expect(Math.abs(h.pValue - r.get(`${s.item}|p`)!), s.item).toBeLessThan(1e-9);
      expect(relative(h.tau ** 2, r.get(`${s.item}|tau2`)!), s.item).toBeLessThan(1e-9);
      expect(Math.abs(h.i2 - r.get(`${s.item}|i2`)!), s.item).toBeLessThan(1e-9);
    }
  });

  it("heterogeneity(made-up sets) agrees with metafor on both sides of τ² = 0", () => {
    for (const [set, points] of Object.entries(MADE_UP)) {
      const h = heterogeneity(points)!;
      expect(relative(h.q, r.get(`${set}|q`)!), set).toBeLessThan(1e-9);
      expect(Math.abs(h.pValue - r.get(`${set}|p`)!), set).toBeLessThan(1e-9);
      expect(Math.abs(h.tau ** 2 - r.get(`${set}|tau2`)!), set).toBeLessThan(1e-12);
      expect(Math.abs(h.i2 - r.get(`${set}|i2`)!), set).toBeLessThan(1e-9);
    }
    expect(heterogeneity(MADE_UP.apart)!.tau).toBeGreaterThan(0);
    expect(heterogeneity(MADE_UP.alike)!.tau).toBe(0);
  });
});
