import {benjaminiHochberg} from "./benjaminiHochberg.ts";
import {differenceLevel} from "./differenceLevel.ts";
import type {ReferenceScore} from "../bundle/readReferenceScores.ts";
import {enpsMoments} from "./enps.ts";
import type {Design} from "./estimate.ts";
import {questionMoments, SCORED_TYPES} from "./questionScores.ts";
import type {ScoringContext} from "./ScoringContext.ts";
import type {SetAggregates} from "./SetAggregates.ts";
import {groupVersusRestTest, independentPValue, type DomainSums, type ScoreEstimate} from "./significance.ts";
import type {Comparison, Enps, ModuleScore, QuestionScore, ResolvedSettings} from "./types.ts";

/** A score of one item (question, module or eNPS) ready to be compared. */
export interface ItemEstimate extends ScoreEstimate {
  kind: Comparison["kind"];
  item: string;
}

/**
 * The comparable scores of a score set, in report order: questions, modules, eNPS, each with its
 * domain sums where `sums` (from {@link domainSums}) has them. Suppressed scores are left out.
 *
 * @example
 * itemEstimates(report.groups[0], domainSums(context, aggregates))
 */
export function itemEstimates(set: {questions?: QuestionScore[]; modules?: ModuleScore[]; enps?: Enps | null}, sums?: Map<string, DomainSums>): ItemEstimate[] {
  const items: ItemEstimate[] = [];
  for (const q of set.questions ?? []) if (q.score !== null) items.push({kind: "question", item: q.id, score: q.score, se: q.se, n: q.n});
  for (const m of set.modules ?? []) if (m.score !== null) items.push({kind: "module", item: m.id, score: m.score, se: m.se, n: m.n});
  if (set.enps) items.push({kind: "enps", item: "enps", score: set.enps.score, se: set.enps.se, n: set.enps.n});
  if (sums) for (const item of items) item.sums = sums.get(itemKey(item.kind, item.item));
  return items;
}

// Every set's every item is keyed `kind:item`: each key made once, so it is a string whose hash is known.
const itemKeys = new Map<string, Map<string, string>>();
function itemKey(kind: ItemEstimate["kind"], item: string): string {
  let keys = itemKeys.get(kind);
  if (!keys) itemKeys.set(kind, (keys = new Map()));
  let key = keys.get(item);
  if (key === undefined) keys.set(item, (key = `${kind}:${item}`));
  return key;
}

/**
 * The sums of every item of one set that a design-based test against the rest of a whole needs
 * ({@link DomainSums}), keyed `kind:item`: a question's scores (or 0/1 positives with percent
 * positive), the eNPS scores, a module's per-unit totals.
 *
 * @example
 * domainSums(context, aggregates).get("question:bev1")
 */
export function domainSums(context: ScoringContext, aggregates: SetAggregates): Map<string, DomainSums> {
  const sums = new Map<string, DomainSums>();
  const byShare = context.settings.scoring === "percent-positive";
  for (const column of context.table.answers.values()) {
    if (!SCORED_TYPES.has(column.codec.type)) continue;
    const {values, positive} = questionMoments(context, column, aggregates);
    sums.set(itemKey("question", column.question.id), {kind: "moments", moments: byShare && positive ? positive : values});
    if (column.codec.type === "nps" && column.kind === "codes" && !sums.has("enps:enps")) {
      sums.set("enps:enps", {kind: "moments", moments: enpsMoments(column, aggregates.tallies.get(column.question.id)!)});
    }
  }
  const {totals, slices, answered} = aggregates.modules;
  context.definition.survey.modules.forEach((module, m) => sums.set(itemKey("module", module.id), {kind: "ratios", totals, slice: slices[m], answered: answered[m]}));
  return sums;
}

/**
 * Reference scores from a benchmarks.csv or previous.csv as estimates: the standard error is
 * sd/√n where both are given, otherwise unknown (only the practical threshold then applies).
 */
export function referenceEstimates(scores: ReferenceScore[], modules: Set<string>): ItemEstimate[] {
  return scores
    .filter((s) => s.item !== "responseRate" && s.item !== "respondents")
    .map((s) => ({
      kind: s.item === "enps" ? "enps" : modules.has(s.item) ? "module" : "question",
      item: s.item,
      score: s.score,
      se: s.sd !== null && s.n !== null ? s.sd / Math.sqrt(s.n) : null,
      n: s.n
    }));
}

export interface CompareOptions {
  /** `previous`, a benchmark id, `organisation` or `parent`. */
  against: string;
  /** The group compared, or null for the organisation. */
  group: string | null;
  /** `independent` samples (previous survey, benchmark), or a `part` of the reference (a group in its organisation). */
  design: "independent" | "part";
  /** With `part`: the design the reference's estimates are domains of; the test is the group against the rest of the reference on it. */
  wholeDesign?: Design;
  settings: ResolvedSettings;
  /** Items that may be compared (e.g. modules whose questions did not change); default all. */
  comparable?: (item: ItemEstimate) => boolean;
}

/**
 * Compares every item present in both lists: the difference (own − reference), a two-sided
 * p-value where the variance of both is known, significance at the configured confidence level,
 * and the two-strength level. Group comparisons are adjusted afterwards by {@link adjustForMultipleTesting}.
 *
 * @example
 * compareItems(itemEstimates(report), itemEstimates(previous), {against: "previous", group: null, design: "independent", settings})
 */
export function compareItems(own: ItemEstimate[], reference: ItemEstimate[], options: CompareOptions): Comparison[] {
  const {against, group, design, wholeDesign, settings, comparable} = options;
  const byKey = keyed(reference);
  const alpha = 1 - settings.comparison.confidence;
  const byShare = settings.scoring === "percent-positive";
  const itemThresholds = thresholds("question", settings);
  const enpsThresholds = thresholds("enps", settings);
  const comparisons: Comparison[] = [];
  for (const a of own) {
    const b = byKey.get(a.kind)?.get(a.item);
    if (b === undefined || (comparable !== undefined && !comparable(a))) continue;
    const enps = a.kind === "enps";
    const test = design === "part" && a.sums && b.sums && wholeDesign ? groupVersusRestTest(a.sums, b.sums, wholeDesign) : null;
    const pValue = design === "part" ? (test?.pValue ?? null) : independentPValue(a, b, {normal: enps || byShare});
    const significant = pValue === null ? null : pValue < alpha;
    const difference = a.score - b.score;
    comparisons.push({
      item: a.item,
      kind: a.kind,
      against,
      group,
      score: a.score,
      reference: b.score,
      difference,
      pValue,
      df: test?.df ?? null,
      adjustedPValue: null,
      significant,
      level: differenceLevel(difference, significant, enps ? enpsThresholds : itemThresholds)
    });
  }
  return comparisons;
}

// A reference (the organisation, a parent group) serves every group compared with it: keyed once,
// by kind and then item.
const keyedCache = new WeakMap<ItemEstimate[], Map<string, Map<string, ItemEstimate>>>();
function keyed(reference: ItemEstimate[]): Map<string, Map<string, ItemEstimate>> {
  let byKey = keyedCache.get(reference);
  if (!byKey) {
    keyedCache.set(reference, (byKey = new Map()));
    for (const r of reference) {
      let items = byKey.get(r.kind);
      if (!items) byKey.set(r.kind, (items = new Map()));
      items.set(r.item, r);
    }
  }
  return byKey;
}

/**
 * Controls the false discovery rate over group comparisons (Benjamini–Hochberg), with one family
 * per grouping variable, reference and kind of item — the cells of one heatmap. Significance and
 * level are then based on the adjusted p-value. Does nothing with `multipleTesting: none`.
 */
export function adjustForMultipleTesting(comparisons: Comparison[], variableOf: (group: string) => string, settings: ResolvedSettings): void {
  if (settings.comparison.multipleTesting === "none") return;
  const alpha = 1 - settings.comparison.confidence;
  const itemThresholds = thresholds("question", settings);
  const enpsThresholds = thresholds("enps", settings);
  const families = new Map<string, Comparison[]>();
  // A group's comparisons come in runs of one reference and kind: the family is looked up once per run.
  let family: Comparison[] | undefined;
  let last: Comparison | undefined;
  for (const c of comparisons) {
    if (c.group === null) continue;
    if (last === undefined || c.group !== last.group || c.against !== last.against || c.kind !== last.kind) {
      const key = `${variableOf(c.group)}\u0000${c.against}\u0000${c.kind}`;
      family = families.get(key);
      if (!family) families.set(key, (family = []));
    }
    family!.push(c);
    last = c;
  }
  for (const family of families.values()) {
    const adjusted = benjaminiHochberg(family.map((c) => c.pValue));
    family.forEach((c, i) => {
      c.adjustedPValue = adjusted[i];
      c.significant = adjusted[i] === null ? null : adjusted[i]! < alpha;
      c.level = differenceLevel(c.difference, c.significant, c.kind === "enps" ? enpsThresholds : itemThresholds);
    });
  }
}

function thresholds(kind: Comparison["kind"], settings: ResolvedSettings): {min: number; strong: number} {
  const {comparison} = settings;
  return kind === "enps"
    ? {min: comparison.enpsMinDifference, strong: comparison.enpsStrongDifference}
    : {min: comparison.minDifference, strong: comparison.strongDifference};
}
