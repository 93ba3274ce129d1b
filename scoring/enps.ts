import {meanEstimate, momentsOf, type Design, type Moments} from "./estimate.ts";
import type {AnswerColumn} from "../bundle/ResponseTable.ts";
import type {OptionTally} from "./SetAggregates.ts";
import type {Enps} from "./types.ts";

/**
 * The employee Net Promoter Score of a 0–10 recommendation question: promoters answer 9–10,
 * passives 7–8, detractors 0–6, and eNPS = 100·(p_promoters − p_detractors): the mean of a score
 * of 100 per promoter, 0 per passive and −100 per detractor, so its standard error is that mean's
 * design-based one ({@link meanEstimate}; without weights 100²·[p_P + p_D − (p_P − p_D)²]/(n − 1)
 * times 1 − n/N), with a t interval on n − 1 degrees of freedom kept within −100..100. Null without
 * answers (or weight); whether it may be published at all is the disclosure audit's decision, made
 * by the caller.
 *
 * @example
 * enpsScore(column, tally, {design: {respondents: 919, fraction: 0.66}, confidence: 0.95}).score // e.g. −8.3
 */
export function enpsScore(column: AnswerColumn, tally: OptionTally, {design, confidence}: {design: Design; confidence: number}): Enps | null {
  const distribution = new Array<number>(11).fill(0);
  let promoters = 0;
  let passives = 0;
  let detractors = 0;
  column.codec.options.forEach((option, o) => {
    if (option.missing || option.score === null) return;
    const x = option.score;
    distribution[x] = tally.count[o];
    if (x >= 9) promoters += tally.weight[o];
    else if (x >= 7) passives += tally.weight[o];
    else detractors += tally.weight[o];
  });
  const n = distribution.reduce((a, b) => a + b, 0);
  const total = promoters + passives + detractors;
  if (n === 0 || total <= 0) return null;
  const pP = promoters / total;
  const pD = detractors / total;
  const score = 100 * (pP - pD);
  const estimate = meanEstimate(enpsMoments(column, tally), {design, confidence})!;
  const se = estimate.se ?? 0;
  const [low, high] = estimate.ci ?? [score, score];
  return {
    question: column.question.id,
    score,
    promoters: pP,
    passives: passives / total,
    detractors: pD,
    n,
    se,
    ci: [Math.max(-100, low), Math.min(100, high)],
    distribution
  };
}

/**
 * The moments of the eNPS scores of a 0–10 question's answers: 100 per promoter (9–10), 0 per
 * passive (7–8), −100 per detractor (0–6).
 *
 * @example
 * enpsMoments(column, tally).centred?.mean // the eNPS
 */
export function enpsMoments(column: AnswerColumn, tally: OptionTally): Moments {
  return momentsOf(
    column.codec.options.flatMap((option, o) => {
      if (option.missing || option.score === null) return [];
      const x = option.score >= 9 ? 100 : option.score >= 7 ? 0 : -100;
      return [{x, count: tally.count[o], w: tally.weight[o], w2: tally.weight2[o]}];
    })
  );
}
