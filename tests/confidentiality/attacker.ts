import {groupQuestionsView, groupsView} from "../../site/views/groupsView.ts";
import {groupViews} from "../../site/views/groupView.ts";
import {overviewView} from "../../site/views/overviewView.ts";
import {questionsView} from "../../site/views/questionsView.ts";
import {agendaView} from "../../site/views/agendaView.ts";
import type {Report} from "../../scoring/index.ts";

/**
 * An independent attacker on a report's published numbers. It knows the structure (which cells
 * every published set is made of: the org chart is public) and reads only numbers the report
 * model and the site's data files publish. For every family of numbers (one population of
 * contributors, such as the valid answers to one question) it writes the published sets as rows
 * over the cells and asks, in exact rational arithmetic, which sets of fewer than the minimum
 * contributors are linear combinations of them; for each it computes the value from the published
 * numbers and compares it with the truth.
 */

// ---------------------------------------------------------------------------------------------
// Exact rational numbers

/** A fraction of BigInts, always reduced, with a positive denominator. */
export interface Fraction {
  n: bigint;
  d: bigint;
}

const gcd = (a: bigint, b: bigint): bigint => {
  a = a < 0n ? -a : a;
  b = b < 0n ? -b : b;
  while (b) [a, b] = [b, a % b];
  return a;
};

/**
 * The fraction n/d, reduced.
 *
 * @example
 * fraction(10, 4); // {n: 5n, d: 2n}
 */
export function fraction(n: bigint | number, d: bigint | number = 1n): Fraction {
  let num = BigInt(n);
  let den = BigInt(d);
  if (den === 0n) throw new Error("fraction with denominator 0");
  if (den < 0n) [num, den] = [-num, -den];
  const g = gcd(num, den) || 1n;
  return {n: num / g, d: den / g};
}

/** 0 and 1 as fractions. */
export const ZERO = fraction(0);
export const ONE = fraction(1);

/**
 * The sum of two fractions.
 *
 * @example
 * add(fraction(1, 2), fraction(1, 3)); // {n: 5n, d: 6n}
 */
export const add = (a: Fraction, b: Fraction) => (a.d === b.d ? fraction(a.n + b.n, a.d) : fraction(a.n * b.d + b.n * a.d, a.d * b.d));

/**
 * Whether two fractions are the same number (both are always reduced).
 *
 * @example
 * equal(fraction(2, 4), fraction(1, 2)); // true
 */
export const equal = (a: Fraction, b: Fraction) => a.n === b.n && a.d === b.d;

const sub = (a: Fraction, b: Fraction) => add(a, {n: -b.n, d: b.d});
const mul = (a: Fraction, b: Fraction) => fraction(a.n * b.n, a.d * b.d);
const div = (a: Fraction, b: Fraction) => fraction(a.n * b.d, a.d * b.n);
const isZero = (a: Fraction) => a.n === 0n;
/** "5/2", "-3", "0". */
const show = (a: Fraction) => (a.d === 1n ? `${a.n}` : `${a.n}/${a.d}`);

/**
 * The nearest multiple of 1/denominator to a published (floating-point) number.
 *
 * @example
 * rationalize(0.8333333 * 3, 2); // {n: 5n, d: 2n}
 */
export function rationalize(x: number, denominator = 1): Fraction {
  return fraction(Math.round(x * denominator), denominator);
}

// ---------------------------------------------------------------------------------------------
// Gaussian elimination

/** A row in reduced row echelon form, with the column of its leading 1. */
interface EchelonRow {
  pivot: number;
  values: Fraction[];
}

/** Reduced row echelon form of `rows`, taking the columns in `order` (pivots come in that order). */
function echelon(rows: Fraction[][], order: number[]): EchelonRow[] {
  const work = rows.map((r) => [...r]);
  const result: EchelonRow[] = [];
  let next = 0;
  for (const column of order) {
    let found = -1;
    for (let i = next; i < work.length; ++i) if (!isZero(work[i][column])) {
      found = i;
      break;
    }
    if (found < 0) continue;
    [work[next], work[found]] = [work[found], work[next]];
    const lead = work[next][column];
    work[next] = work[next].map((v) => div(v, lead));
    for (let i = 0; i < work.length; ++i) {
      if (i === next || isZero(work[i][column])) continue;
      const factor = work[i][column];
      work[i] = work[i].map((v, j) => sub(v, mul(factor, work[next][j])));
    }
    result.push({pivot: column, values: work[next]});
    ++next;
  }
  // The rows of `work` after `next` are zero; the pivots in `result` are in `order`'s order.
  result.forEach((row, i) => (row.values = work[i]));
  return result;
}

/**
 * Coefficients y with Σ y_j · rows_j = target, or null when the target is not in the row space.
 *
 * @example
 * solveCombination([[1, 1], [1, 0]].map((r) => r.map((x) => fraction(x))), [fraction(0), fraction(1)]); // [1, −1]… as fractions
 */
export function solveCombination(rows: Fraction[][], target: Fraction[]): Fraction[] | null {
  // Columns of the system are the rows; equations are the cells: augmented [rowsᵀ | target].
  const equations = target.map((t, c) => [...rows.map((r) => r[c]), t]);
  const solved = echelon(equations, [...rows.keys(), rows.length]);
  if (solved.some((row) => row.pivot === rows.length)) return null;
  const y = rows.map(() => ZERO);
  for (const row of solved) y[row.pivot] = row.values[rows.length];
  return y;
}

// ---------------------------------------------------------------------------------------------
// The attack

/** One published number: the value of `kind` (a sum or a count) in `family`, for the set `set`. */
export interface PublishedNumber {
  family: string;
  kind: string;
  set: string;
  value: Fraction;
}

/** What the attacker knows about a family of numbers and what the test knows about its truth. */
export interface FamilyFacts {
  /** No combination may isolate fewer contributors than this. */
  minSize: number;
  /** Contributors per cell (the test's truth, used to choose targets, never to compute values). */
  contributors: number[];
}

/** Everything an attack runs on. */
export interface AttackInput {
  cells: number;
  /** For each set a report may publish numbers for: its cells. */
  sets: Map<string, number[]>;
  /** A readable name per cell, for reports ("domein=Alfa, leeftijd=A1"). */
  cellNames: string[];
  families: Map<string, FamilyFacts>;
  published: PublishedNumber[];
  /** The true value of `kind` in `family` over the respondents of `cells`, from the CSV. */
  truth: (family: string, kind: string, cells: number[]) => Fraction;
}

/** A withheld value the attacker computed from published numbers, equal to the truth. */
export interface Recovery {
  family: string;
  /** The target's cells (those with contributors), and the set it equals, if it has a name. */
  cells: number[];
  target: string;
  contributors: number;
  /** The published sets used and their coefficients, as "organisation − domein=Alfa − domein=Beta". */
  combination: string;
  /** Each kind's recovered value. */
  values: Record<string, string>;
  /** One line for a test report. */
  description: string;
}

/** The outcome of an attack: recoveries, and targets found whose computed value differed from the truth (a defect of the attacker's reading, listed to be noticed). */
export interface AttackResult {
  recoveries: Recovery[];
  mismatches: Recovery[];
}

/** Enumerating more candidate combinations than this means the bundle is too large for the attacker. */
const MAX_CANDIDATES = 200_000;

/**
 * Runs the attack: per family and per group of numbers published for the same sets, the targets
 * are the unions of cells whose contributors number 1 … minSize − 1 and whose indicator lies in
 * the row space of the published sets. A union may take along cells without contributors (a
 * domain not asked the question): they add nothing to its numbers, so its value is that of the
 * few who answered. The attacker is not assumed to know which cells are empty, so a combination
 * that is −1 on an empty cell is no target. Every target's value is computed from the published
 * numbers and compared with the truth.
 *
 * @example
 * attack(input).recoveries.map((r) => r.description); // ["organisation − domein=Alfa − domein=Beta gives domein=Gamma q:q1: n 3, sum 5/2, … (3 contributors)"]
 */
export function attack(input: AttackInput): AttackResult {
  const result: AttackResult = {recoveries: [], mismatches: []};
  const byFamily = new Map<string, PublishedNumber[]>();
  for (const p of input.published) {
    // A number of a family the truth does not model (a question type the bundles lack) cannot be judged.
    if (!input.families.has(p.family)) continue;
    const list = byFamily.get(p.family);
    if (list) list.push(p);
    else byFamily.set(p.family, [p]);
  }
  for (const [family, numbers] of byFamily) {
    const facts = input.families.get(family)!;
    // Group the kinds by the sets they are published for: each group is one linear system.
    const values = new Map<string, Map<string, Fraction>>();
    for (const p of numbers) {
      if (!input.sets.has(p.set)) throw new Error(`published number for an unknown set ${p.set}`);
      let bySet = values.get(p.kind);
      if (!bySet) values.set(p.kind, (bySet = new Map()));
      if (!bySet.has(p.set)) bySet.set(p.set, p.value);
    }
    const systems = new Map<string, {sets: string[]; kinds: string[]}>();
    for (const [kind, bySet] of values) {
      const sets = [...bySet.keys()].sort();
      const key = sets.join("\u0000");
      const system = systems.get(key) ?? {sets, kinds: []};
      system.kinds.push(kind);
      systems.set(key, system);
    }
    for (const {sets, kinds} of systems.values()) {
      for (const target of targets(input, facts, sets)) {
        const recovery = evaluate(input, family, facts, sets, kinds, values, target);
        if (recovery) (recovery.ok ? result.recoveries : result.mismatches).push(recovery.recovery);
      }
    }
  }
  return result;
}

/** Cells of a family: at least the minimum (large), some contributors below it (small), none (empty). */
const LARGE = 0;
const SMALL = 1;
const EMPTY = 2;

/**
 * The sets of cells with 1 … minSize − 1 contributors that are combinations of `sets`, each as a
 * 0/1 vector over all cells. Large cells come first in the elimination, so the echelon rows with
 * a pivot elsewhere span exactly the combinations that are zero on every large cell; small cells
 * come before empty ones, so rows with a pivot on an empty cell are zero on every small cell. In
 * reduced echelon form a combination's value at a pivot is that row's coefficient: a 0/1
 * combination picks a subset of the rows, the small pivots' contributors bound how many, and
 * the empty-pivot rows only decide which empty cells the set takes along.
 */
function targets(input: AttackInput, facts: FamilyFacts, sets: string[]): Fraction[][] {
  const {contributors, minSize} = facts;
  const cells = [...Array(input.cells).keys()];
  const size = (c: number) => (contributors[c] >= minSize ? LARGE : contributors[c] > 0 ? SMALL : EMPTY);
  if (!cells.some((c) => size(c) === SMALL)) return [];
  const rows = sets.map((id) => {
    const members = new Set(input.sets.get(id));
    return cells.map((c) => (members.has(c) ? ONE : ZERO));
  });
  const order = [LARGE, SMALL, EMPTY].flatMap((kind) => cells.filter((c) => size(c) === kind));
  const rowsByPivot = echelon(rows, order);
  const small = rowsByPivot.filter((row) => size(row.pivot) === SMALL);
  const empty = rowsByPivot.filter((row) => size(row.pivot) === EMPTY);
  if (empty.length > 16) throw new Error(`attack: ${empty.length} combinations of empty cells; make the bundle smaller`);
  const found: Fraction[][] = [];
  let candidates = 0;
  const isBinary = (v: Fraction) => isZero(v) || equal(v, ONE);
  /** The sum with some rows of empty cells added so that it is 0 or 1 everywhere, or null. */
  const completed = (sum: Fraction[]): Fraction[] | null => {
    for (let mask = 0; mask < 1 << empty.length; ++mask) {
      let v = sum;
      empty.forEach((row, j) => {
        if (mask & (1 << j)) v = v.map((x, i) => add(x, row.values[i]));
      });
      if (v.every(isBinary)) return v;
    }
    return null;
  };
  const visit = (start: number, sum: Fraction[] | null, pivotContributors: number) => {
    if (sum) {
      if (++candidates > MAX_CANDIDATES) throw new Error(`attack: more than ${MAX_CANDIDATES} candidate combinations; make the bundle smaller`);
      let total = 0;
      let binary = true;
      for (const c of cells) {
        if (size(c) === EMPTY || isZero(sum[c])) continue;
        if (equal(sum[c], ONE)) total += contributors[c];
        else binary = false;
      }
      const whole = binary && total >= 1 && total < minSize ? completed(sum) : null;
      if (whole) found.push(whole);
    }
    for (let k = start; k < small.length; ++k) {
      const more = pivotContributors + contributors[small[k].pivot];
      if (more >= minSize) continue;
      visit(k + 1, sum ? sum.map((v, i) => add(v, small[k].values[i])) : small[k].values, more);
    }
  };
  visit(0, null, 0);
  return found;
}

function evaluate(
  input: AttackInput,
  family: string,
  facts: FamilyFacts,
  sets: string[],
  kinds: string[],
  values: Map<string, Map<string, Fraction>>,
  target: Fraction[]
): {ok: boolean; recovery: Recovery} | null {
  const rows = sets.map((id) => {
    const members = new Set(input.sets.get(id));
    return target.map((_, c) => (members.has(c) ? ONE : ZERO));
  });
  const y = solveCombination(rows, target);
  if (!y) throw new Error("attack: a target outside the row space");
  const cells = target.flatMap((v, c) => (equal(v, ONE) && facts.contributors[c] > 0 ? [c] : []));
  const contributors = cells.reduce((s, c) => s + facts.contributors[c], 0);
  let ok = true;
  const recovered: Record<string, string> = {};
  for (const kind of kinds) {
    const bySet = values.get(kind)!;
    const value = sets.reduce((s, id, j) => add(s, mul(y[j], bySet.get(id)!)), ZERO);
    const truth = input.truth(family, kind, cells);
    recovered[kind] = equal(value, truth) ? show(value) : `${show(value)} (truth ${show(truth)})`;
    if (!equal(value, truth)) ok = false;
  }
  const target_ = nameOf(input, facts, cells);
  const combination = combinationText(sets, y);
  const shown = Object.entries(recovered)
    .sort(([a], [b]) => kindOrder(a) - kindOrder(b))
    .slice(0, 6)
    .map(([k, v]) => `${k} ${v}`)
    .join(", ");
  const more = Object.keys(recovered).length > 6 ? `, … (${Object.keys(recovered).length} numbers)` : "";
  return {
    ok,
    recovery: {
      family,
      cells,
      target: target_,
      contributors,
      combination,
      values: recovered,
      description: `${combination} gives ${target_} ${family}: ${shown}${more} (${contributors} contributors)`
    }
  };
}

/** Counts and sums first in a description, then option counts and the rest. */
const kindOrder = (kind: string) => ["n", "sum", "answered", "promoters", "passives", "detractors", "netPromoters", "dontKnow"].indexOf(kind) + 1 || 99;

/** The set whose cells with contributors are exactly `cells`, or the cells' names. */
function nameOf(input: AttackInput, facts: FamilyFacts, cells: number[]): string {
  const key = cells.join(",");
  for (const [id, members] of input.sets) if (members.filter((c) => facts.contributors[c] > 0).join(",") === key) return id;
  return `{${cells.map((c) => input.cellNames[c]).join(" ∪ ")}}`;
}

function combinationText(sets: string[], y: Fraction[]): string {
  // Added sets first, then the subtracted ones: "organisation − domein=Alfa − domein=Beta".
  const terms = sets.flatMap((id, j) => (isZero(y[j]) ? [] : [{id, c: y[j]}])).sort((a, b) => Number(a.c.n < 0n) - Number(b.c.n < 0n));
  return terms
    .map(({id, c}, i) => {
      const negative = c.n < 0n;
      const size = negative ? fraction(-c.n, c.d) : c;
      const factor = equal(size, ONE) ? "" : `${show(size)}·`;
      return `${i === 0 ? (negative ? "−" : "") : negative ? " − " : " + "}${factor}${id}`;
    })
    .join("");
}

// ---------------------------------------------------------------------------------------------
// Reading what a report publishes

/**
 * The site's data files for a report, as the loaders in `src/data/` serve them (`site/loaderOutputs.ts`; parsed back from JSON):
 * overview, questions, groups, group questions, one view per group page, and the agenda.
 *
 * @example
 * siteFiles(report).groups.groups.filter((g) => g.suppressed);
 */
export function siteFiles(report: Report) {
  const json = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
  return {
    overview: json(overviewView(report)),
    questions: json(questionsView(report)),
    groups: json(groupsView(report)),
    groupQuestions: json(groupQuestionsView(report)),
    groupPages: json(groupViews(report)),
    agenda: json(agendaView(report))
  };
}

/**
 * Family names: one per population of contributors.
 *
 * @example
 * family.question("q1"); // "q:q1"
 */
export const family = {
  respondents: "respondents",
  /** Valid answers to a closed question. */
  question: (id: string) => `q:${id}`,
  /** Answers of any kind (valid or "don't know") to a closed question: the "don't know" counts. */
  answered: (id: string) => `answered:${id}`,
  /** Respondents with a valid answer to a module's core questions. */
  module: (id: string) => `module:${id}`,
  /** Respondents who chose at least one option of a multi question. */
  multi: (id: string) => `multi:${id}`,
  /** Writers of a text question: count and top words. */
  text: (id: string) => `text:${id}`,
  /** Writers of a text question, for the raw comments (a threshold of its own). */
  comments: (id: string) => `comments:${id}`
};

type Json = Record<string, unknown>;

/**
 * Every number the report model and the site's data files publish that is a sum over the
 * respondents of a set: respondent counts (also as response rate × headcount), per question the valid answers, their sum (mean × n)
 * and option counts, "don't know" counts, eNPS counts, module respondents, topic counts, comment
 * counts, top-word counts and raw comments (as counts per distinct text). Means without their n
 * in one file are paired with the n another publishes. With `model: false`, the site's files only.
 *
 * @example
 * publishedNumbers(report, siteFiles(report)).filter((p) => p.set === "organisation");
 */
export function publishedNumbers(report: Report, files: ReturnType<typeof siteFiles> | null, {model = true}: {model?: boolean} = {}): PublishedNumber[] {
  const exact = new Map<string, PublishedNumber>();
  const ratios: {family: string; kind: string; set: string; ratio: number; scale: number; denominator: number}[] = [];
  const put = (fam: string, kind: string, set: string, value: Fraction) => {
    const key = `${fam}\u0000${kind}\u0000${set}`;
    if (!exact.has(key)) exact.set(key, {family: fam, kind, set, value});
  };
  const count = (fam: string, kind: string, set: string, x: unknown) => {
    if (typeof x === "number" && Number.isFinite(x)) put(fam, kind, set, rationalize(x));
  };
  /** A mean of a question (or a share) published for a set: its sum follows once n is known. */
  const ratio = (fam: string, kind: string, set: string, x: unknown, scale: number, denominator = 1) => {
    if (typeof x === "number" && Number.isFinite(x)) ratios.push({family: fam, kind, set, ratio: x, scale, denominator});
  };
  const types = new Map(report.survey.questions.map((q) => [q.id, q.type]));
  const scoreDenominator = new Map(
    report.survey.questions.map((q) => {
      let d = 1;
      while (d < 1000 && q.options.some((o) => o.score !== null && Math.abs(o.score * d - Math.round(o.score * d)) > 1e-9)) d *= 2;
      return [q.id, d];
    })
  );
  const commentLists: {question: string; set: string; comments: string[]}[] = [];

  const questionScore = (set: string, q: Json) => {
    const id = String(q.id);
    const type = types.get(id);
    if (type === "text" || type === "multi") return;
    count(family.question(id), "n", set, q.n);
    ratio(family.question(id), "sum", set, q.mean ?? (q.score !== undefined && report.survey.settings.scoring === "mean" ? q.score : undefined), scoreDenominator.get(id) ?? 1);
    ratio(family.question(id), "positive", set, q.positive ?? (q.score !== undefined && report.survey.settings.scoring !== "mean" ? q.score : undefined), 1);
  };
  const distribution = (set: string, d: Json) => {
    const id = String(d.question);
    count(family.question(id), "n", set, d.n);
    count(family.answered(id), "dontKnow", set, d.dontKnow);
    for (const o of (d.options as Json[]) ?? []) count(o.missing ? family.answered(id) : family.question(id), `option:${o.code}`, set, o.count);
  };
  const enps = (set: string, e: Json | null | undefined) => {
    if (!e) return;
    const id = String(e.question ?? report.survey.questions.find((q) => q.type === "nps")?.id);
    const fam = family.question(id);
    count(fam, "n", set, e.n);
    for (const kind of ["promoters", "passives", "detractors"]) ratio(fam, kind, set, e[kind], 1);
    ratio(fam, "netPromoters", set, e.score, 1, 100);
    if (Array.isArray(e.distribution)) e.distribution.forEach((c, x) => count(fam, `score:${x}`, set, c));
  };
  const topic = (set: string, t: Json) => {
    const fam = family.multi(String(t.question));
    count(fam, "answered", set, t.answered);
    count(fam, `option:${t.option}`, set, t.count);
  };
  const comment = (set: string, c: Json) => {
    const id = String(c.question);
    count(family.text(id), "n", set, c.n);
    for (const w of (c.topWords as Json[]) ?? []) count(family.text(id), `word:${w.word}`, set, w.count);
    if (Array.isArray(c.comments)) commentLists.push({question: id, set, comments: c.comments as string[]});
  };
  const choice = (set: string, c: Json) => {
    const id = String(c.question);
    const fam = c.type === "multi" ? family.multi(id) : family.question(id);
    count(fam, c.type === "multi" ? "answered" : "n", set, c.n);
    for (const o of (c.options as Json[]) ?? []) count(fam, `option:${o.code}`, set, o.count);
  };
  /** A response rate with its headcount gives the respondents too. */
  const response = (set: string, s: Json) => {
    if (typeof s.responseRate === "number" && typeof s.invited === "number") count(family.respondents, "n", set, s.responseRate * s.invited);
  };
  /** Any score set: the model's organisation and groups, a group page's own scores. */
  const scoreSet = (set: string, s: Json, respondents: unknown) => {
    count(family.respondents, "n", set, respondents);
    response(set, s);
    for (const q of (s.questions as Json[]) ?? []) questionScore(set, q);
    for (const d of (s.distributions as Json[]) ?? []) distribution(set, d);
    for (const m of (s.modules as Json[]) ?? []) count(family.module(String(m.id)), "n", set, m.n);
    enps(set, s.enps as Json | null);
    for (const t of (s.topics as Json[]) ?? []) topic(set, t);
    for (const c of (s.comments as Json[]) ?? []) comment(set, c);
    for (const c of (s.choices as Json[]) ?? []) choice(set, c);
  };
  /** A group as lists show it: respondents, compact scores, eNPS score and n. */
  const summary = (s: Json) => {
    const set = String(s.id);
    count(family.respondents, "n", set, s.n);
    response(set, s);
    for (const q of (s.questions as Json[]) ?? []) questionScore(set, q);
    const npsId = report.survey.questions.find((q) => q.type === "nps")?.id;
    if (npsId && s.enps && typeof s.enps === "object") {
      const e = s.enps as Json;
      count(family.question(npsId), "n", set, e.n);
      ratio(family.question(npsId), "netPromoters", set, e.score, 1, 100);
    } else if (npsId && typeof s.enps === "number") ratio(family.question(npsId), "netPromoters", set, s.enps, 1, 100);
  };

  /** An agenda's theme scores: each theme's respondents are the module family `agenda:<theme>`. */
  const agenda = (themes: Json[] | undefined) => {
    for (const t of themes ?? []) {
      const fam = family.module(`agenda:${t.id}`);
      count(fam, "n", "organisation", (t.score as Json | null)?.n);
      for (const g of (t.groups as Json[]) ?? []) count(fam, "n", String(g.group), g.n);
    }
  };

  if (model) {
    scoreSet("organisation", report as unknown as Json, report.respondents);
    for (const g of report.groups) scoreSet(g.id, g as unknown as Json, g.n);
    agenda(report.agenda?.themes as unknown as Json[] | undefined);
  }
  if (files) {
    scoreSet("organisation", files.overview as unknown as Json, files.overview.respondents);
    scoreSet("organisation", files.questions as unknown as Json, undefined);
    for (const g of [...files.groups.groups, ...files.groupQuestions.groups]) summary(g as unknown as Json);
    for (const page of files.groupPages) {
      scoreSet(page.id, page as unknown as Json, page.respondents);
      if (page.parentScores) summary(page.parentScores as unknown as Json);
      summary({...(page.organisation as unknown as Json), id: "organisation"});
      for (const child of page.children) summary(child as unknown as Json);
    }
    // The agenda page's rows: the organisation's theme, the groups', the lagging groups' and the organisations'.
    for (const theme of files.agenda?.themes ?? []) {
      const fam = family.module(`agenda:${theme.id}`);
      for (const row of [theme.score, ...theme.groups, ...theme.lagging, ...(theme.organisations ?? [])]) if (row) count(fam, "n", row.id, row.n);
    }
  }

  // Means and shares become sums and counts where the same set's n is published somewhere.
  for (const r of ratios) {
    const n = exact.get(`${r.family}\u0000n\u0000${r.set}`);
    if (!n) continue;
    const x = (r.ratio * Number(n.value.n)) / r.denominator;
    put(r.family, r.kind, r.set, rationalize(x, r.scale));
  }
  // A comment list is complete: a text it lacks is a text written 0 times in that set.
  const texts = [...new Set(commentLists.flatMap((l) => l.comments))];
  for (const list of commentLists) {
    const fam = family.comments(list.question);
    put(fam, "n", list.set, fraction(list.comments.length));
    for (const text of texts) put(fam, `comment:${text}`, list.set, fraction(list.comments.filter((c) => c === text).length));
  }
  return [...exact.values()];
}
