import {linearizationStandardErrors, type UnitTotals} from "./bootstrap.ts";
import {moduleLayout, moduleVarianceFactor} from "./moduleScores.ts";
import {tCritical} from "./probability.ts";
import type {RespondentSet, ScoringContext} from "./ScoringContext.ts";
import type {SetAggregates} from "./SetAggregates.ts";
import type {Interval, QuestionScore} from "./types.ts";

/** The score of a set of questions in one set of respondents: what {@link questionSetScore} gives. */
export interface QuestionSetScore {
  score: number;
  se: number | null;
  ci: Interval | null;
}

/**
 * The score of any set of questions (a strategic theme, say) in one set of respondents, as a
 * module of those core questions would have it: the mean of the questions' scores, with the
 * linearised standard error of that mean of ratios over the set's units (respondents, or blocks
 * above 1000; `moduleScores.ts`) and a t interval. It reads the per-unit totals the aggregates keep
 * for every module's core questions, so each question must be a core question of some module, and
 * the module score method `mean-of-questions` (the totals of `mean-of-respondents` are per module).
 * Null when that does not hold, or when a question has no score in the set (withheld, or not asked).
 * No n is given: the count of respondents with an answer to any of the questions is a number the
 * disclosure audit has not checked.
 *
 * @example
 * questionSetScore(context, set, aggregates, questionScores(context, set, aggregates), ["lbo1", "inz1"])
 */
export function questionSetScore(context: ScoringContext, set: RespondentSet, aggregates: SetAggregates, questions: QuestionScore[], ids: string[]): QuestionSetScore | null {
  if (context.settings.moduleScore !== "mean-of-questions" || ids.length === 0) return null;
  const layout = moduleLayout(context);
  const columns = ids.map((id) => {
    const m = layout.cores.findIndex((core) => core.includes(id));
    return m < 0 ? -1 : layout.slices[m].offset + layout.cores[m].indexOf(id);
  });
  const scores = ids.map((id) => questions.find((q) => q.id === id)?.score ?? null);
  if (columns.some((c) => c < 0) || scores.some((s) => s === null)) return null;
  const {totals} = aggregates.modules;
  const k = columns.length;
  const own: UnitTotals = {units: totals.units, width: k, num: new Float64Array(totals.units * k), den: new Float64Array(totals.units * k)};
  let answering = 0;
  for (let u = 0; u < totals.units; ++u) {
    let any = false;
    columns.forEach((c, j) => {
      own.num[u * k + j] = totals.num[u * totals.width + c];
      own.den[u * k + j] = totals.den[u * totals.width + c];
      any ||= own.den[u * k + j] > 0;
    });
    if (any) ++answering;
  }
  const score = scores.reduce((a, b) => a! + b!, 0)! / k;
  const [se] = linearizationStandardErrors(own, [{offset: 0, width: k}], {factor: moduleVarianceFactor(own, aggregates.respondents, set.design)});
  // Units are respondents up to 1000: then the degrees of freedom are theirs; blocks stand in above.
  const df = totals.units < aggregates.respondents ? totals.units - 1 : answering - 1;
  if (se === null || df < 1) return {score, se: null, ci: null};
  const half = tCritical(context.settings.comparison.confidence, df) * se;
  return {score, se, ci: [score - half, score + half]};
}
