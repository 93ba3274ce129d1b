import {execFileSync, spawnSync} from "node:child_process";
import {mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {fevsBundle} from "../../bench/fevsBundle.ts";
import type {GroupNode} from "../../bundle/groups.ts";
import {coreQuestions} from "../../scoring/moduleScores.ts";
import {agendaModules} from "../../scoring/agenda.ts";
import {isPositive, optionScore, SCORED_TYPES} from "../../scoring/questionScores.ts";
import {readBundle, type Bundle} from "../../bundle/readBundle.ts";
import {scoreReport} from "../../scoring/scoreReport.ts";
import type {Interval, Report} from "../../scoring/types.ts";

/**
 * R's survey package as the reference: the example and a weighted FEVS sample are scored by
 * Peiling and recomputed in one Rscript run each (rSurvey.R), and every question, share, eNPS and
 * module estimate, standard error, interval bound and group-versus-rest p-value is compared, and
 * each module's Cronbach's α (from R's cov.wt). An agenda's themes are modules to R (`agenda:<id>`,
 * core the theme's questions) and are compared the same way.
 * Tolerances: estimates and standard errors 1e-9 relative (the same estimator); interval bounds
 * and p-values 1e-6 absolute (jStat's inverse t is accurate to about 1e-8 relative), since the t and normal quantiles and tails come from jStat in
 * Peiling and from R's qt/pt/qnorm. The suite fails, not skips, when Rscript is missing.
 */

const RSCRIPT = process.env.RSCRIPT ?? "Rscript";
const ESTIMATE_TOLERANCE = 1e-9;
const BOUND_TOLERANCE = 1e-6;

/**
 * The comparisons R recomputes: every module and eNPS test, and the question tests of a few groups
 * (svyttest fits a model per question, about 20 ms each): the first shown group of each grouping
 * variable and those whose id matches `named`.
 */
function testedComparisons(report: Report, named: RegExp): Report["comparisons"] {
  const firstOfVariable = new Set<string>();
  const seen = new Set<string>();
  for (const g of report.groups) {
    if (g.suppressed || seen.has(g.variable)) continue;
    seen.add(g.variable);
    firstOfVariable.add(g.id);
  }
  return [
    ...report.comparisons.filter(
      (c) => (c.against === "organisation" || c.against === "parent") && c.pValue !== null && (c.kind !== "question" || firstOfVariable.has(c.group!) || named.test(c.group!))
    ),
    ...themesAsModules(report).comparisons
  ];
}

/** An agenda's theme scores and group comparisons as R sees them: modules `agenda:<theme>`. */
function themesAsModules(report: Report) {
  const themes = (report.agenda?.themes ?? []).filter((t) => t.score !== null);
  return {
    organisation: themes.map((t) => ({id: `agenda:${t.id}`, ...t.score!})),
    groups: themes.flatMap((t) => t.groups.filter((g) => !g.suppressed).map((g) => ({id: `agenda:${t.id}`, ...g}))),
    comparisons: themes.flatMap((t) => t.comparisons.filter((c) => c.against === "organisation" && c.pValue !== null).map((c) => ({...c, kind: "module" as const, item: `agenda:${t.id}`})))
  };
}

/** What R printed: `set\tkind\titem\tstatistic` → value. */
type RResults = Map<string, number>;

function requireR(): void {
  const probe = spawnSync(RSCRIPT, ["-e", "suppressMessages(library(survey))"], {encoding: "utf8"});
  if (probe.error || probe.status !== 0) {
    throw new Error(`R's survey package is needed for the reference suite: install r-base-core and r-cran-survey (Debian), or set RSCRIPT. ${probe.error?.message ?? probe.stderr}`);
  }
}

/** The value of a scored answer as the configured score uses it: its score, or 1/0 for positive. */
function scoredValue(bundle: Bundle, questionId: string, row: number): number | null {
  const column = bundle.table.answers.get(questionId)!;
  const {settings} = bundle.definition.survey;
  if (column.kind === "numbers") return Number.isNaN(column.values[row]) ? null : column.values[row];
  if (column.kind !== "codes") return null;
  const code = column.codes[row];
  if (code < 0) return null;
  const option = column.codec.options[code];
  const score = optionScore(option, column);
  if (score === null) return null;
  return settings.scoring === "percent-positive" ? (isPositive(option, score, column, settings.failingGrade) ? 1 : 0) : score;
}

/** Writes the respondents, sets, modules and comparisons for rSurvey.R, runs it once, and reads its lines. */
function recomputeInR(bundle: Bundle, report: Report, folder: string, comparisons: Report["comparisons"]): {results: RResults; setOf: Map<string, number>} {
  const {table, definition} = bundle;
  const scored = [...table.answers.values()].filter((c) => SCORED_TYPES.has(c.codec.type)).map((c) => c.question.id);
  const npsColumn = [...table.answers.values()].find((c) => c.codec.type === "nps");
  const nps = npsColumn?.kind === "codes" ? npsColumn : null;
  const shown = report.groups.filter((g) => !g.suppressed);
  const nodes = new Map(bundle.groups.map((node) => [node.id, node]));
  const setOf = new Map<string, number>([["organisation", 0], ...shown.map((g, i): [string, number] => [g.id, i + 1])]);
  const finite = definition.survey.settings.interval.finitePopulation;
  const enclosing = (node: GroupNode): number => {
    for (let parent = node.parent; parent !== null; parent = nodes.get(parent)!.parent) {
      if (nodes.get(parent)!.invited !== null && finite) {
        const k = setOf.get(parent);
        if (k === undefined) throw new Error(`${parent} encloses a shown group but is not shown`);
        return k;
      }
    }
    return 0;
  };
  const members = shown.map((g) => {
    const member = new Uint8Array(table.n);
    nodes.get(g.id)!.rows.forEach((r) => (member[r] = 1));
    return member;
  });
  const header = ["w", "m0", ...shown.map((_, i) => `m${i + 1}`), ...scored.map((q) => `s_${q}`), ...(nps ? ["e"] : [])];
  const lines = [header.join(",")];
  for (let r = 0; r < table.n; ++r) {
    const cells: (string | number)[] = [table.weights ? table.weights[r] : 1, 1, ...members.map((m) => m[r])];
    for (const q of scored) cells.push(scoredValue(bundle, q, r) ?? "NA");
    if (nps) {
      const code = nps.codes[r];
      const score = code < 0 ? null : nps.codec.options[code].score;
      cells.push(score === null || nps.codec.options[code].missing ? "NA" : score >= 9 ? 100 : score >= 7 ? 0 : -100);
    }
    lines.push(cells.join(","));
  }
  writeFileSync(join(folder, "data.csv"), lines.join("\n") + "\n");
  const sets = [`0,${finite && report.invited !== null ? report.invited : "NA"},NA`];
  shown.forEach((g, i) => {
    const node = nodes.get(g.id)!;
    sets.push(finite && node.invited !== null ? `${i + 1},${node.invited},NA` : `${i + 1},NA,${enclosing(node)}`);
  });
  writeFileSync(join(folder, "sets.csv"), ["set,invited,enclosing", ...sets].join("\n") + "\n");
  const modules = [...definition.survey.modules, ...agendaModules(definition.survey)].map((m) => `${m.id},${coreQuestions(bundle, m).join(";")}`);
  writeFileSync(join(folder, "modules.csv"), ["module,core", ...modules].join("\n") + "\n");
  const tests = comparisons.map((c) => {
      const whole = c.against === "organisation" ? 0 : setOf.get(report.groups.find((g) => g.id === c.group)!.parent!)!;
      return `${setOf.get(c.group!)},${whole},${c.kind},${c.item}`;
    });
  writeFileSync(join(folder, "comparisons.csv"), ["group,whole,kind,item", ...tests].join("\n") + "\n");
  const output = execFileSync(RSCRIPT, [join(import.meta.dirname, "rSurvey.R"), folder, definition.survey.settings.scoring], {encoding: "utf8", maxBuffer: 1 << 28});
  const results: RResults = new Map();
  for (const line of output.split("\n")) {
    if (!line) continue;
    const [set, kind, item, stat, value] = line.split("\t");
    results.set(`${set}\t${kind}\t${item}\t${stat}`, Number(value));
  }
  return {results, setOf};
}

interface Checked {
  alphas: number;
  estimates: number;
  intervals: number;
  tests: number;
}

/** Compares every shown score of every set, and every group comparison, with R's figures. */
function compareWithR(report: Report, comparisons: Report["comparisons"], {results, setOf}: {results: RResults; setOf: Map<string, number>}): Checked {
  const checked: Checked = {alphas: 0, estimates: 0, intervals: 0, tests: 0};
  const failures: string[] = [];
  const near = (what: string, peiling: number | null | undefined, r: number | undefined, tolerance: number, relative: boolean) => {
    if (peiling == null || r === undefined) return failures.push(`${what}: Peiling ${peiling}, R ${r}`);
    const scale = relative ? Math.max(Math.abs(r), 1e-300) : 1;
    if (!(Math.abs(peiling - r) / scale <= tolerance)) failures.push(`${what}: Peiling ${peiling}, R ${r}`);
  };
  const item = (set: string, kind: string, id: string, score: number | null, se: number | null, ci: Interval | null, n: number | null) => {
    if (score === null) return;
    const key = `${setOf.get(set)}\t${kind}\t${id}`;
    near(`${set} ${kind} ${id} score`, score, results.get(`${key}\testimate`), ESTIMATE_TOLERANCE, true);
    near(`${set} ${kind} ${id} n`, n, results.get(`${key}\tm`), 0, false);
    if (se !== null && se > 0) {
      near(`${set} ${kind} ${id} se`, se, results.get(`${key}\tse`), ESTIMATE_TOLERANCE, true);
      near(`${set} ${kind} ${id} low`, ci?.[0], results.get(`${key}\tlow`), BOUND_TOLERANCE, false);
      near(`${set} ${kind} ${id} high`, ci?.[1], results.get(`${key}\thigh`), BOUND_TOLERANCE, false);
      ++checked.intervals;
    }
    ++checked.estimates;
  };
  for (const m of [...report.modules, ...themesAsModules(report).organisation]) {
    if (m.alpha === null) continue;
    near(`organisation module ${m.id} alpha`, m.alpha, results.get(`0\tmodule\t${m.id}\talpha`), ESTIMATE_TOLERANCE, true);
    ++checked.alphas;
  }
  for (const set of [{id: "organisation", ...report}, ...report.groups.filter((g) => !g.suppressed)]) {
    for (const q of set.questions ?? []) item(set.id, "question", q.id, q.score, q.se, q.ci, q.n);
    for (const m of set.modules ?? []) item(set.id, "module", m.id, m.score, m.se, m.ci, m.n);
    if (set.enps) item(set.id, "enps", "enps", set.enps.score, set.enps.se, set.enps.ci, set.enps.n);
  }
  const themes = themesAsModules(report);
  for (const m of themes.organisation) item("organisation", "module", m.id, m.score, m.se, m.ci, m.n);
  for (const m of themes.groups) item(m.group, "module", m.id, m.score, m.se, m.ci, m.n);
  for (const c of comparisons) {
    const whole = c.against === "organisation" ? 0 : setOf.get(report.groups.find((g) => g.id === c.group)!.parent!)!;
    const key = `${setOf.get(c.group!)}>${whole}\t${c.kind}\t${c.item}`;
    near(`${c.group} against ${c.against} ${c.item} p`, c.pValue, results.get(`${key}\tp`), BOUND_TOLERANCE, false);
    near(`${c.group} against ${c.against} ${c.item} df`, c.df, results.get(`${key}\tdf`), 0, false);
    ++checked.tests;
  }
  expect(failures.slice(0, 20)).toEqual([]);
  return checked;
}

describe("R's survey package as the reference", () => {
  let folder: string;
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), "peiling-r-"));
    requireR();
  });
  afterAll(() => rmSync(folder, {recursive: true, force: true}));

  it("scoreReport on the example equals svymean, svycontrast and svyttest for every set, with fpc and domains", () => {
    const bundle = readBundle(join(import.meta.dirname, "../../data/voorbeeld"));
    const report = scoreReport(bundle);
    // The teams (7 of 11 invited; the three colour levels it named) and an age band.
    const comparisons = testedComparisons(report, /Juridische Zaken|Directiestaf|Fiets en Verkeersveiligheid|leeftijd=tot 30 jaar/);
    const checked = compareWithR(report, comparisons, recomputeInR(bundle, report, folder, comparisons));
    // Every shown group, every item: enough that a forgotten kind of number would show.
    expect(checked.estimates).toBeGreaterThan(2000);
    expect(checked.alphas).toBe(report.modules.length + report.agenda!.themes.filter((t) => t.measured).length);
    expect(checked.tests).toBeGreaterThan(1000);
  }, 600_000);

  it("scoreReport on a weighted FEVS sample (percent positive, no headcounts) equals R, Wilson intervals included", async () => {
    const {dir} = await fevsBundle({size: 1000, dir: join(folder, "fevs")});
    const bundle = readBundle(dir);
    const report = scoreReport(bundle);
    const comparisons = testedComparisons(report, /^$/);
    const checked = compareWithR(report, comparisons, recomputeInR(bundle, report, join(folder, "fevs"), comparisons));
    expect(checked.intervals).toBeGreaterThan(1000);
    expect(checked.tests).toBeGreaterThan(300);
  }, 600_000);
});
