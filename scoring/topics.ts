import type {ScoringContext} from "./ScoringContext.ts";
import type {SetAggregates} from "./SetAggregates.ts";
import type {Topic} from "./types.ts";

/**
 * The options of every `multi` question (e.g. what employees are proud of, what can be better),
 * ranked by the share of respondents who chose them among those who answered the question
 * (weighted where weights are given). A question the disclosure audit withholds gets no topics.
 *
 * @example
 * topics(context, aggregates, new Set()) // [{question: "trots", option: "Collega's", share: 0.65, rank: 1, …}, …]
 */
export function topics(context: ScoringContext, aggregates: SetAggregates, withheld: ReadonlySet<string>): Topic[] {
  const result: Topic[] = [];
  for (const column of context.table.answers.values()) {
    if (column.kind !== "multi") continue;
    const {answered, answeredWeight, count, weight} = aggregates.choices.get(column.question.id)!;
    if (withheld.has(column.question.id)) continue;
    const ranked = column.codec.options
      .map((option, o) => ({question: column.question.id, option: option.code, label: option.label, count: count[o], answered, share: weight[o] / answeredWeight, rank: 0}))
      .sort((a, b) => b.share - a.share || b.count - a.count);
    ranked.forEach((topic, i) => (topic.rank = i + 1));
    result.push(...ranked);
  }
  return result;
}
