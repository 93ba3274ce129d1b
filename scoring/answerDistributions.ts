import {optionScore} from "./questionScores.ts";
import type {ScoringContext} from "./ScoringContext.ts";
import type {SetAggregates} from "./SetAggregates.ts";
import type {AnswerColumn} from "../bundle/ResponseTable.ts";
import type {Distribution, DistributionOption} from "./types.ts";

/**
 * How the answers to every closed single-answer question (likert, nps, grade, choice) are spread
 * over its options: counts, the share of valid answers (weighted where weights are given), and
 * "don't know" apart. A question the disclosure audit withholds (`withheld` has its id, or
 * `dontKnow:<id>` for the answers with "don't know") gets no distribution.
 *
 * @example
 * answerDistributions(context, aggregates, new Set(["bev1"])) // every closed question but bev1
 */
export function answerDistributions(context: ScoringContext, {tallies}: SetAggregates, withheld: ReadonlySet<string>): Distribution[] {
  const distributions: Distribution[] = [];
  for (const column of context.table.answers.values()) {
    if (column.kind !== "codes") continue;
    if (withheld.has(column.question.id) || withheld.has(`dontKnow:${column.question.id}`)) continue;
    const tally = tallies.get(column.question.id)!;
    const options = column.codec.options;
    const scores = optionScores(column);
    let n = 0;
    let valid = 0;
    let dontKnow = 0;
    for (let o = 0; o < options.length; ++o) {
      if (options[o].missing) dontKnow += tally.count[o];
      else {
        n += tally.count[o];
        valid += tally.weight[o];
      }
    }
    // Object literals with their keys in report order: one per set, question and option.
    const shares: DistributionOption[] = [];
    for (let o = 0; o < options.length; ++o) {
      const {code, label, missing} = options[o];
      shares.push({code, label, count: tally.count[o], share: missing ? null : tally.weight[o] / valid, missing, score: scores[o]});
    }
    distributions.push({question: column.question.id, type: column.codec.type, n, dontKnow, options: shares});
  }
  return distributions;
}

// The same for every set of respondents: each question's option scores, worked out once.
const optionScoresCache = new WeakMap<AnswerColumn, (number | null)[]>();
function optionScores(column: AnswerColumn): (number | null)[] {
  let scores = optionScoresCache.get(column);
  if (!scores) optionScoresCache.set(column, (scores = column.codec.options.map((option) => optionScore(option, column))));
  return scores;
}
