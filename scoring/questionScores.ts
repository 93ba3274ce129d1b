import {meanEstimate, meanWithError, optionMoments, proportionEstimate, type Moments} from "./estimate.ts";
import type {AnswerColumn} from "../bundle/ResponseTable.ts";
import type {RespondentSet, ScoringContext} from "./ScoringContext.ts";
import type {SetAggregates} from "./SetAggregates.ts";
import type {ScaleOption} from "../bundle/scaleCodec.ts";
import type {QuestionScore} from "./types.ts";

/** Scale types whose answers have a score. */
export const SCORED_TYPES = new Set(["likert", "nps", "grade", "number"]);

/**
 * The score of every scored question (likert, nps, grade, number) for one set of respondents:
 * the mean over valid answers ("don't know" and blanks excluded, reversed questions scored 10 − x),
 * the share positive, and the standard error and interval of the configured score. A question the
 * disclosure audit withholds for the set (fewer valid answers than the minimum group size, or
 * recoverable by combining other sets) carries no numbers.
 *
 * @example
 * questionScores(context, organisation, aggregates)
 */
export function questionScores(context: ScoringContext, set: RespondentSet, aggregates: SetAggregates): QuestionScore[] {
  const scores: QuestionScore[] = [];
  for (const column of context.table.answers.values()) {
    if (!SCORED_TYPES.has(column.codec.type)) continue;
    scores.push(questionScore(context, set, column, aggregates));
  }
  return scores;
}

/**
 * The moments of one scored question over a set: its scores (`values`), its positive answers as
 * 0/1 (`positive`, closed questions only), and for grades the robust scores.
 *
 * @example
 * questionMoments(context, column, aggregates).values.n // valid answers
 */
export function questionMoments(context: ScoringContext, column: AnswerColumn, aggregates: SetAggregates): QuestionMoments {
  // The scores and the comparisons both ask, per set and question: summed once.
  let known = momentsCache.get(aggregates);
  if (!known || known.context !== context) momentsCache.set(aggregates, (known = {context, byColumn: new Map()}));
  let moments = known.byColumn.get(column);
  if (!moments) known.byColumn.set(column, (moments = summedMoments(context, column, aggregates)));
  return moments;
}

type QuestionMoments = {values: Moments; positive: Moments | null; robust: Moments | null};

const momentsCache = new WeakMap<SetAggregates, {context: ScoringContext; byColumn: Map<AnswerColumn, QuestionMoments>}>();

function summedMoments(context: ScoringContext, column: AnswerColumn, aggregates: SetAggregates): QuestionMoments {
  const question = column.question;
  if (column.kind === "numbers") return {values: aggregates.numbers.get(question.id)!, positive: null, robust: null};
  const tally = aggregates.tallies.get(question.id)!;
  const {options, scores, positives, robust} = scoredOptions(column, context.settings.failingGrade);
  return {values: optionMoments(scores, options, tally), positive: optionMoments(positives, options, tally), robust: robust ? optionMoments(robust, options, tally) : null};
}

/** A closed question's scored options (their indices), with each one's score, 0/1 positive and, for grades, robust score. */
interface ScoredOptions {
  options: Int32Array;
  scores: Float64Array;
  positives: Float64Array;
  robust: Float64Array | null;
}

// The same for every set of respondents: worked out once per question and failing grade.
const scoredOptionsCache = new WeakMap<AnswerColumn, {failingGrade: number; scored: ScoredOptions}>();

function scoredOptions(column: AnswerColumn, failingGrade: number): ScoredOptions {
  const cached = scoredOptionsCache.get(column);
  if (cached && cached.failingGrade === failingGrade) return cached.scored;
  const floor = Math.ceil(failingGrade) - 1;
  const points = column.codec.options.flatMap((option, o) => {
    const score = optionScore(option, column);
    return score === null ? [] : [{o, score, positive: isPositive(option, score, column, failingGrade) ? 1 : 0}];
  });
  const scored = {
    options: Int32Array.from(points, (p) => p.o),
    scores: Float64Array.from(points, (p) => p.score),
    positives: Float64Array.from(points, (p) => p.positive),
    robust: column.codec.type === "grade" ? Float64Array.from(points, (p) => (p.score < failingGrade ? floor : p.score)) : null
  };
  scoredOptionsCache.set(column, {failingGrade, scored});
  return scored;
}

function questionScore(context: ScoringContext, set: RespondentSet, column: AnswerColumn, aggregates: SetAggregates): QuestionScore {
  const {settings} = context;
  const question = column.question;
  const {id} = question;
  const module = question.module ?? null;
  const type = column.codec.type;
  const {values, positive, robust} = questionMoments(context, column, aggregates);
  // Object literals with their keys in report order (no spread): one per set and question.
  if (set.withheld.has(id)) {
    return robust
      ? {id, module, type, score: null, mean: null, positive: null, n: null, sd: null, se: null, ci: null, robustMean: null, suppressed: true}
      : {id, module, type, score: null, mean: null, positive: null, n: null, sd: null, se: null, ci: null, suppressed: true};
  }
  // Only the score's own interval is reported: the other estimate is made without one.
  const interval = {design: set.design, confidence: settings.comparison.confidence};
  const percent = settings.scoring === "percent-positive";
  const share = positive === null ? null : percent ? proportionEstimate(positive, interval) : meanWithError(positive, set.design);
  const byShare = percent && share !== null;
  const mean = byShare ? meanWithError(values, set.design)! : meanEstimate(values, interval)!;
  const chosen = byShare ? share : mean;
  const shared = share?.value ?? null;
  return robust
    ? {id, module, type, score: chosen.value, mean: mean.value, positive: shared, n: values.n, sd: mean.sd, se: chosen.se, ci: chosen.ci, robustMean: robust.swx / robust.sw, suppressed: false}
    : {id, module, type, score: chosen.value, mean: mean.value, positive: shared, n: values.n, sd: mean.sd, se: chosen.se, ci: chosen.ci, suppressed: false};
}

/** The score an option gives on a question: reversed (10 − x) where the question says so; null for "don't know" and unscored options. */
export function optionScore(option: ScaleOption, column: AnswerColumn): number | null {
  if (option.missing || option.score === null) return null;
  return column.kind === "codes" && column.reverse ? 10 - option.score : option.score;
}

/**
 * Whether an answer counts as positive: agree and strongly agree (for a reversed question:
 * disagree and strongly disagree, that is, a reversed score above 5), promoters (9–10) on an nps
 * question, passing grades on a grade question.
 */
export function isPositive(option: ScaleOption, score: number, column: AnswerColumn, failingGrade: number): boolean {
  if (column.codec.type === "grade") return score >= failingGrade;
  if (column.kind === "codes" && column.reverse) return score > 5;
  return option.positive;
}
