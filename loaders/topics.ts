import type {RespondentSet, ScoringContext} from "./ScoringContext.ts";
import type {Topic} from "./types.ts";

/**
 * The options of every `multi` question (e.g. what employees are proud of, what can be better),
 * ranked by the share of respondents who chose them among those who answered the question
 * (weighted where weights are given). A question answered by fewer than `minN` gets no topics.
 *
 * @example
 * topics(context, organisation, 5) // [{question: "trots", option: "Collega's", share: 0.65, rank: 1, …}, …]
 */
export function topics(context: ScoringContext, set: RespondentSet, minN: number): Topic[] {
  const {table} = context;
  const result: Topic[] = [];
  for (const column of table.answers.values()) {
    if (column.kind !== "multi") continue;
    const options = column.codec.options;
    const count = new Float64Array(options.length);
    const weight = new Float64Array(options.length);
    let answered = 0;
    let answeredWeight = 0;
    for (let i = 0; i < set.rows.length; ++i) {
      const r = set.rows[i];
      if (!column.answered[r]) continue;
      const w = table.weights ? table.weights[r] : 1;
      ++answered;
      answeredWeight += w;
      for (let o = 0; o < options.length; ++o) {
        if (column.chosen[o][r]) {
          ++count[o];
          weight[o] += w;
        }
      }
    }
    if (answered < minN) continue;
    const ranked = options
      .map((option, o) => ({question: column.question.id, option: option.code, label: option.label, count: count[o], share: weight[o] / answeredWeight, rank: 0}))
      .sort((a, b) => b.share - a.share || b.count - a.count);
    ranked.forEach((topic, i) => (topic.rank = i + 1));
    result.push(...ranked);
  }
  return result;
}
