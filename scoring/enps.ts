import {zCritical} from "./probability.ts";
import type {AnswerColumn} from "../bundle/ResponseTable.ts";
import type {OptionTally} from "./SetAggregates.ts";
import type {Enps} from "./types.ts";

/**
 * The employee Net Promoter Score of a 0–10 recommendation question: promoters answer 9–10,
 * passives 7–8, detractors 0–6, and eNPS = 100·(p_promoters − p_detractors). Its variance is
 * 100²·[p_P + p_D − (p_P − p_D)²]/n (effective n when weighted) times the finite population
 * correction squared; the interval is normal and kept within −100..100. Null without answers (or
 * weight); whether it may be published at all is the disclosure audit's decision, made by the caller.
 *
 * @example
 * enpsScore(column, tally, {fpc: 0.58, confidence: 0.95}).score // e.g. −8.3
 */
export function enpsScore(column: AnswerColumn, tally: OptionTally, {fpc, confidence}: {fpc: number; confidence: number}): Enps | null {
  const distribution = new Array<number>(11).fill(0);
  let promoters = 0;
  let passives = 0;
  let detractors = 0;
  let sw2 = 0;
  column.codec.options.forEach((option, o) => {
    if (option.missing || option.score === null) return;
    const x = option.score;
    distribution[x] = tally.count[o];
    if (x >= 9) promoters += tally.weight[o];
    else if (x >= 7) passives += tally.weight[o];
    else detractors += tally.weight[o];
    sw2 += tally.weight2[o];
  });
  const n = distribution.reduce((a, b) => a + b, 0);
  const total = promoters + passives + detractors;
  if (n === 0 || total <= 0) return null;
  const pP = promoters / total;
  const pD = detractors / total;
  const score = 100 * (pP - pD);
  const nEffective = (total * total) / sw2;
  const se = 100 * Math.sqrt(Math.max(0, pP + pD - (pP - pD) ** 2) / nEffective) * fpc;
  const half = zCritical(confidence) * se;
  return {
    question: column.question.id,
    score,
    promoters: pP,
    passives: passives / total,
    detractors: pD,
    n,
    se,
    ci: [Math.max(-100, score - half), Math.min(100, score + half)],
    distribution
  };
}
