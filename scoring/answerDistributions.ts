import {optionScore} from "./questionScores.ts";
import type {ScoringContext} from "./ScoringContext.ts";
import type {SetAggregates} from "./SetAggregates.ts";
import type {Distribution} from "./types.ts";

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
    let n = 0;
    let valid = 0;
    let dontKnow = 0;
    options.forEach((option, o) => {
      if (option.missing) dontKnow += tally.count[o];
      else {
        n += tally.count[o];
        valid += tally.weight[o];
      }
    });
    distributions.push({
      question: column.question.id,
      type: column.codec.type,
      n,
      dontKnow,
      options: options.map((option, o) => ({
        code: option.code,
        label: option.label,
        count: tally.count[o],
        share: option.missing ? null : tally.weight[o] / valid,
        missing: option.missing,
        score: optionScore(option, column)
      }))
    });
  }
  return distributions;
}
