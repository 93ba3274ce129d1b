/**
 * A study across organisations (`study` in survey.yaml), each number against an independent
 * computation: the benchmarks from the model's organisation scores, the correlations and their
 * Fisher intervals from the same, the key drivers from the rows of responses.csv, the funnel's
 * limits from the organisations' standard errors; then the same on a sample of the real FEVS 2018
 * data through `peiling score`.
 */
import {spawnSync} from "node:child_process";
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import jStat from "jstat";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import YAML from "yaml";
import {fevsBundle, MODULES, sourceFile, STUDY} from "../../bench/fevsBundle.ts";
import {BundleError, readBundle, scoreReport, type Report} from "../../scoring/index.ts";
import {seededRandom} from "../../scoring/random.ts";
import {writeBundle} from "../helpers/bundle.ts";
import {fittedR2, importancesByOrders} from "../helpers/ols.ts";

const SURVEY = `title: Provinciaal onderzoek
organisation: Negen provincies
period: {start: 2025-03-10, end: 2025-03-23}
language: nl
scales:
  eens5: {type: likert, missing: [9]}
  aanbevelen: {type: nps}
groups:
  - {id: provincie, name: Provincie}
  - {id: leeftijd, name: Leeftijd}
modules:
  - {id: sfeer, name: Sfeer}
  - {id: werkdruk, name: Werkdruk}
  - {id: leiding, name: Leiding}
  - {id: tevredenheid, name: Tevredenheid}
questions:
  - {id: sf1, text: De sfeer is goed, scale: eens5, module: sfeer}
  - {id: sf2, text: Collega's helpen elkaar, scale: eens5, module: sfeer}
  - {id: wd1, text: Ik heb te veel werk, scale: eens5, module: werkdruk, reverse: true}
  - {id: wd2, text: Mijn werk is te doen, scale: eens5, module: werkdruk}
  - {id: ld1, text: Mijn leidinggevende steunt me, scale: eens5, module: leiding}
  - {id: tv1, text: Ik ben tevreden met mijn werk, scale: eens5, module: tevredenheid}
  - {id: tv2, text: Ik ben tevreden met de organisatie, scale: eens5, module: tevredenheid}
  - {id: enps, text: Zou u ons aanbevelen?, scale: aanbevelen}
`;
const QUESTIONS = ["sf1", "sf2", "wd1", "wd2", "ld1", "tv1", "tv2"];
const MODULE_QUESTIONS: Record<string, string[]> = {sfeer: ["sf1", "sf2"], werkdruk: ["wd1", "wd2"], leiding: ["ld1"], tevredenheid: ["tv1", "tv2"]};

/** Nine provinces, P9 of three respondents (suppressed); answers with a province effect, some "9" and blanks. */
function studyRows(seed = 7): Record<string, string>[] {
  const next = seededRandom(seed);
  const sizes = [40, 25, 60, 30, 22, 35, 48, 27, 3];
  return sizes.flatMap((size, p) =>
    Array.from({length: size}, (_, i) => {
      const mood = next() * 2 + p * 0.25;
      const answer = (extra: number) => {
        const r = next();
        if (r < 0.04) return "9";
        if (r < 0.07) return "";
        return String(Math.max(1, Math.min(5, Math.round(1 + mood + extra + next() * 2))));
      };
      const row: Record<string, string> = {id: `p${p}r${i}`, provincie: `P${p + 1}`, leeftijd: i % 2 ? "jong" : "oud"};
      for (const q of QUESTIONS) row[q] = answer(q === "wd1" ? -1 : q.startsWith("tv") ? 0.5 : 0);
      row.enps = String(Math.min(10, Math.floor(next() * 6 + mood * 1.5)));
      return row;
    })
  );
}

function csv(rows: Record<string, string>[]): string {
  const columns = Object.keys(rows[0]);
  return [columns.join(","), ...rows.map((r) => columns.map((c) => r[c]).join(","))].join("\n") + "\n";
}

function scoreStudy(study: string, rows = studyRows()): Report {
  return scoreReport(readBundle(writeBundle({"survey.yaml": SURVEY + study, "responses.csv": csv(rows)})));
}

type Item = {kind: string; item: string; score: number; se: number | null};
/** A shown organisation's comparable scores, as the model publishes them. */
function publishedItems(group: Report["groups"][number]): Item[] {
  return [
    ...(group.questions ?? []).filter((q) => q.score !== null).map((q) => ({kind: "question", item: q.id, score: q.score!, se: q.se})),
    ...(group.modules ?? []).filter((m) => m.score !== null).map((m) => ({kind: "module", item: m.id, score: m.score!, se: m.se})),
    ...(group.enps ? [{kind: "enps", item: "enps", score: group.enps.score, se: group.enps.se}] : [])
  ];
}

/** The computed benchmarks recomputed from the model's organisation scores: mean of the others, top-N of the others, and the z test's p-value. */
function expectedBenchmarks(report: Report, variable: string, top: number) {
  const organisations = report.groups.filter((g) => g.variable === variable && !g.suppressed);
  return organisations.flatMap((group) =>
    publishedItems(group).flatMap((own) => {
      const others = organisations.filter((o) => o !== group).flatMap((o) => publishedItems(o).filter((x) => x.kind === own.kind && x.item === own.item));
      if (!others.length) return [];
      const mean = others.reduce((s, x) => s + x.score, 0) / others.length;
      const variance = others.reduce((s, x) => s + x.se! ** 2, 0) / others.length ** 2 + own.se! ** 2;
      const pValue = 2 * (1 - jStat.normal.cdf(Math.abs(own.score - mean) / Math.sqrt(variance), 0, 1));
      const best = others.map((x) => x.score).sort((a, b) => b - a).slice(0, top);
      return [
        {group: group.id, kind: own.kind, item: own.item, against: "organisations", reference: mean, difference: own.score - mean, pValue},
        ...(others.length >= top ? [{group: group.id, kind: own.kind, item: own.item, against: "top", reference: best.reduce((a, b) => a + b, 0) / top, difference: own.score - best.reduce((a, b) => a + b, 0) / top, pValue: null}] : [])
      ];
    })
  );
}

function expectComparisonsMatch(report: Report, expected: ReturnType<typeof expectedBenchmarks>) {
  const computed = report.comparisons.filter((c) => c.against === "organisations" || c.against === "top");
  expect(computed.length).toBe(expected.length);
  const byKey = new Map(computed.map((c) => [`${c.group}|${c.kind}|${c.item}|${c.against}`, c]));
  for (const e of expected) {
    const c = byKey.get(`${e.group}|${e.kind}|${e.item}|${e.against}`)!;
    expect(c.reference).toBeCloseTo(e.reference, 12);
    expect(c.difference).toBeCloseTo(e.difference, 12);
    if (e.pValue === null) expect(c.pValue).toBeNull();
    else expect(c.pValue).toBeCloseTo(e.pValue, 9);
  }
}

/** Pearson's r and Fisher's interval, written out. */
function pearsonWithInterval(x: number[], y: number[], confidence: number) {
  const n = x.length;
  const mx = x.reduce((a, b) => a + b, 0) / n;
  const my = y.reduce((a, b) => a + b, 0) / n;
  const cov = x.reduce((s, xi, i) => s + (xi - mx) * (y[i] - my), 0);
  const r = cov / Math.sqrt(x.reduce((s, xi) => s + (xi - mx) ** 2, 0) * y.reduce((s, yi) => s + (yi - my) ** 2, 0));
  const z = 0.5 * Math.log((1 + r) / (1 - r));
  const half = jStat.normal.inv(1 - (1 - confidence) / 2, 0, 1) / Math.sqrt(n - 3);
  return {r, ci: [Math.tanh(z - half), Math.tanh(z + half)], n};
}

function expectCorrelationsMatch(report: Report, variable: string) {
  const organisations = report.groups.filter((g) => g.variable === variable && !g.suppressed);
  const modules = report.survey.modules.map((m) => m.id);
  const pairs = modules.flatMap((a, i) => modules.slice(i + 1).map((b) => [a, b]));
  expect(report.analyses!.correlations.map((c) => [c.a, c.b])).toEqual(pairs);
  for (const c of report.analyses!.correlations) {
    const both = organisations.filter((g) => [c.a, c.b].every((id) => g.modules!.find((m) => m.id === id)!.score !== null));
    const scores = (id: string) => both.map((g) => g.modules!.find((m) => m.id === id)!.score!);
    const expected = pearsonWithInterval(scores(c.a), scores(c.b), report.survey.settings.comparison.confidence);
    expect(c.level).toBe("organisation");
    expect(c.n).toBe(expected.n);
    expect(c.r).toBeCloseTo(expected.r, 12);
    expect(c.ci![0]).toBeCloseTo(expected.ci[0], 12);
    expect(c.ci![1]).toBeCloseTo(expected.ci[1], 12);
  }
}

/** The key drivers recomputed from the respondents' values by separately fitted regressions. */
function expectDriversMatch(report: Report, values: (number | null)[][], variables: string[], outcome: string) {
  const complete = values.filter((row) => row.every((v) => v !== null)) as number[][];
  const drivers = variables.slice(0, -1);
  const rows = report.analyses!.drivers.filter((d) => d.outcome === outcome);
  expect(rows.map((d) => d.item)).toEqual(drivers);
  const importances = importancesByOrders(complete, drivers.length);
  const r2 = fittedR2(complete, drivers.map((_, j) => j));
  rows.forEach((d, j) => {
    expect(d.n).toBe(complete.length);
    expect(d.r2).toBeCloseTo(r2, 10);
    expect(d.importance).toBeCloseTo(importances[j], 10);
  });
  expect(rows.reduce((s, d) => s + d.importance!, 0)).toBeCloseTo(r2, 12);
}

describe("scoreReport with study", () => {
  const report = scoreStudy("study: {organisation: provincie, top: 3, outcome: tevredenheid}\n");
  const organisations = report.groups.filter((g) => g.variable === "provincie");

  it("scoreReport with study compares every shown organisation with the mean of the others and the mean of the top 3 others, recomputed from the model's scores", () => {
    expect(organisations.filter((g) => g.suppressed).map((g) => g.value)).toContain("P9");
    expectComparisonsMatch(report, expectedBenchmarks(report, "provincie", 3));
    expect(report.comparisons.some((c) => c.against === "top" && c.item === "enps")).toBe(true);
  });

  it("scoreReport with study gives a suppressed organisation no comparison and leaves it out of every reference", () => {
    const suppressed = new Set(organisations.filter((g) => g.suppressed).map((g) => g.id));
    expect(report.comparisons.filter((c) => c.group !== null && suppressed.has(c.group))).toEqual([]);
    // Changing the suppressed province's answers changes no computed benchmark.
    const rows = studyRows().map((r) => (r.provincie === "P9" ? {...r, sf1: "5", sf2: "5", tv1: "1"} : r));
    const other = scoreStudy("study: {organisation: provincie, top: 3, outcome: tevredenheid}\n", rows);
    const computed = (r: Report) => r.comparisons.filter((c) => c.against === "organisations" || c.against === "top");
    expect(computed(other)).toEqual(computed(report));
  });

  it("scoreReport with study flags a difference by the level rule: significant (after Benjamini–Hochberg) and beyond 0.7, top by the threshold alone", () => {
    const computed = report.comparisons.filter((c) => c.against === "organisations" || c.against === "top");
    for (const c of computed) {
      const beyond = Math.abs(c.difference) > (c.kind === "enps" ? 7 : 0.7) + 1e-9;
      const significant = c.against === "top" ? null : c.adjustedPValue! < 0.05;
      expect(c.significant).toBe(significant);
      expect(c.level !== "none").toBe(beyond && significant !== false);
    }
    expect(computed.some((c) => c.against === "top" && c.level !== "none")).toBe(true);
  });

  it("scoreReport with study correlates every pair of modules across the shown organisations, with Fisher's interval", () => {
    expectCorrelationsMatch(report, "provincie");
    expect(report.analyses!.correlations[0].n).toBe(organisations.filter((g) => !g.suppressed).length);
  });

  it("scoreReport with study decomposes R² of the outcome on the other modules at respondent level (don't know left out, reversed questions reversed)", () => {
    const score = (q: string, cell: string) => (cell === "" || cell === "9" ? null : q === "wd1" ? 10 - (Number(cell) - 1) * 2.5 : (Number(cell) - 1) * 2.5);
    const variables = ["sfeer", "werkdruk", "leiding", "tevredenheid"];
    const values = studyRows().map((row) =>
      variables.map((m) => {
        const valid = MODULE_QUESTIONS[m].map((q) => score(q, row[q])).filter((x): x is number => x !== null);
        return valid.length ? valid.reduce((a, b) => a + b, 0) / valid.length : null;
      })
    );
    expectDriversMatch(report, values, variables, "tevredenheid");
  });

  it("scoreReport with study lists per module the organisations by rank, with the funnel's limits for their size", () => {
    const spread = report.analyses!.spread;
    expect(spread.map((s) => s.item)).toEqual(["sfeer", "werkdruk", "leiding", "tevredenheid"]);
    for (const s of spread) {
      const shown = organisations.filter((g) => !g.suppressed && g.modules!.find((m) => m.id === s.item)!.score !== null);
      const modules = shown.map((g) => g.modules!.find((m) => m.id === s.item)!);
      const mean = modules.reduce((a, m) => a + m.score!, 0) / modules.length;
      const sd = Math.sqrt(modules.reduce((a, m) => a + m.n! * m.n! * m.se! ** 2, 0) / modules.reduce((a, m) => a + m.n!, 0));
      expect(s.mean).toBeCloseTo(mean, 12);
      expect(s.sd).toBeCloseTo(sd, 12);
      expect(s.organisations.map((o) => o.rank)).toEqual(shown.map((_, i) => i + 1));
      expect(s.organisations.map((o) => o.score)).toEqual(modules.map((m) => m.score).sort((a, b) => b! - a!));
      for (const o of s.organisations) {
        expect(o.limits!.p95[1]).toBeCloseTo(mean + (1.959963984540054 * sd) / Math.sqrt(o.n), 9);
        expect(o.limits!.p998[0]).toBeCloseTo(mean - (3.090232306167813 * sd) / Math.sqrt(o.n), 9);
      }
    }
  });

  it("scoreReport with study gives r and its interval null for fewer than four organisations", () => {
    const rows = studyRows().filter((r) => ["P1", "P2", "P3"].includes(r.provincie));
    const small = scoreStudy("study: {organisation: provincie, outcome: tevredenheid}\n", rows);
    expect(small.analyses!.correlations.every((c) => c.r === null && c.ci === null && c.n === 3)).toBe(true);
  });

  it("scoreReport without study has no analyses and no computed benchmarks", () => {
    const plain = scoreStudy("");
    expect(plain.analyses).toBeNull();
    expect(plain.comparisons.some((c) => c.against === "organisations" || c.against === "top")).toBe(false);
  });
});

describe("study in survey.yaml", () => {
  const refused = (study: string) => {
    try {
      readBundle(writeBundle({"survey.yaml": SURVEY + study, "responses.csv": csv(studyRows())}));
    } catch (error) {
      if (error instanceof BundleError) return error.issues.map((i) => `${i.file}:${i.line}:${i.column}: ${i.message}`);
      throw error;
    }
    return [];
  };
  const line = SURVEY.split("\n").length;

  it("study.organisation that is not a grouping variable is refused with its line", () => {
    expect(refused("study: {organisation: afdeling, outcome: tevredenheid}\n")).toEqual([`survey.yaml:${line}:23: study.organisation: "afdeling" is not a grouping variable (defined: provincie, leeftijd)`]);
  });

  it("study.outcome that is no module or scored question is refused with its line", () => {
    expect(refused("study:\n  organisation: provincie\n  outcome: [tevredenheid, onbekend]\n")).toEqual([`survey.yaml:${line + 2}:27: study.outcome: "onbekend" is neither a module nor a question of the survey`]);
  });

  it("study.outcome naming every module leaves no driver and is refused", () => {
    expect(refused("study: {organisation: provincie, outcome: [sfeer, werkdruk, leiding, tevredenheid]}\n")[0]).toContain("no module is left to drive the outcome");
  });
});

describe.skipIf(!existsSync(sourceFile))("the FEVS 2018 study of the agencies, 3,000 real respondents, through peiling score", () => {
  let dir: string;
  let report: Report;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "peiling-study-"));
    await fevsBundle({size: 3000, every: 34, study: true, dir: join(dir, "bundle")});
    // Agencies only: 3,000 respondents spread over 234 sub-agencies and five demographics make the
    // disclosure audit, not the study, the slow part of the run.
    const survey = YAML.parse(readFileSync(join(dir, "bundle", "survey.yaml"), "utf8"));
    survey.ignore = survey.groups.filter((g: {id: string}) => g.id !== STUDY.organisation).map((g: {id: string}) => g.id);
    survey.groups = survey.groups.filter((g: {id: string}) => g.id === STUDY.organisation);
    writeFileSync(join(dir, "bundle", "survey.yaml"), YAML.stringify(survey));
    const result = spawnSync(process.execPath, ["bin/peiling.js", "score", join(dir, "bundle"), "--out", join(dir, "report.json")], {encoding: "utf8"});
    expect(result.status, result.stderr).toBe(0);
    report = JSON.parse(readFileSync(join(dir, "report.json"), "utf8"));
  }, 60_000);
  afterAll(() => rmSync(dir, {recursive: true, force: true}));

  it("peiling score on the FEVS study gives the computed benchmarks of every shown agency, equal to a recomputation from its scores", () => {
    expect(report.groups.filter((g) => g.variable === "AGENCY" && !g.suppressed).length).toBeGreaterThan(20);
    expectComparisonsMatch(report, expectedBenchmarks(report, "AGENCY", STUDY.top));
  });

  it("peiling score on the FEVS study gives analyses.correlations equal to Pearson and Fisher's interval over the agencies' index scores", () => {
    expectCorrelationsMatch(report, "AGENCY");
    expect(report.analyses!.correlations.every((c) => c.r !== null && c.r > 0)).toBe(true);
  });

  it("peiling score on the FEVS study gives analyses.drivers of both outcomes equal to regressions fitted on responses.csv", () => {
    const [header, ...lines] = readFileSync(join(dir, "bundle", "responses.csv"), "utf8").trim().split("\n").map((l) => l.split(","));
    const at = new Map(header.map((h, i) => [h, i]));
    const score = (cell: string) => (cell === "" || cell === "X" ? null : (Number(cell) - 1) * 2.5);
    const moduleValue = (fields: string[], items: readonly number[]) => {
      const valid = items.map((i) => score(fields[at.get(`Q${i}`)!])).filter((x): x is number => x !== null);
      return valid.length ? valid.reduce((a, b) => a + b, 0) / valid.length : null;
    };
    const drivers = MODULES.filter((m) => m.id !== "global_satisfaction");
    const satisfaction = MODULES.find((m) => m.id === "global_satisfaction")!;
    const driverValues = (fields: string[]) => drivers.map((m) => moduleValue(fields, m.items));
    expectDriversMatch(report, lines.map((f) => [...driverValues(f), moduleValue(f, satisfaction.items)]), [...drivers.map((m) => m.id), "global_satisfaction"], "global_satisfaction");
    const leaving = (cell: string) => (cell === "yes" ? 0 : cell === "no" ? 10 : null);
    expectDriversMatch(report, lines.map((f) => [...driverValues(f), leaving(f[at.get("my_leaving")!])]), [...drivers.map((m) => m.id), "my_leaving"], "my_leaving");
  });
});
