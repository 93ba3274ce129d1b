import {answerDistributions} from "./answerDistributions.ts";
import {commentSummaries} from "./comments.ts";
import {enpsScore} from "./enps.ts";
import {moduleScores} from "./moduleScores.ts";
import {questionScores} from "./questionScores.ts";
import type {RespondentSet, ScoringContext} from "./ScoringContext.ts";
import type {SetAggregates} from "./SetAggregates.ts";
import {topics} from "./topics.ts";
import type {GroupScores} from "./types.ts";

/**
 * Every score of one set of respondents (the organisation or a group) from its aggregates:
 * questions, modules, eNPS, answer distributions, topics and comment summaries. The caller decides
 * beforehand whether the set may be shown at all and, by the disclosure audit, which of its items
 * are withheld (`set.withheld`): a withheld item carries no numbers.
 *
 * @example
 * scoreSet(context, {key: "organisation", invited: 1388, design: {respondents: 919, fraction: 919 / 1388}, withheld: new Set()}, aggregates)
 */
export function scoreSet(context: ScoringContext, set: RespondentSet, aggregates: SetAggregates): GroupScores {
  const {table, settings} = context;
  const questions = questionScores(context, set, aggregates);
  const npsColumn = [...table.answers.values()].find((c) => c.codec.type === "nps");
  return {
    questions,
    modules: moduleScores(context, set, questions, aggregates.modules, aggregates.respondents),
    enps:
      npsColumn && !set.withheld.has(npsColumn.question.id)
        ? enpsScore(npsColumn, aggregates.tallies.get(npsColumn.question.id)!, {design: set.design, confidence: settings.comparison.confidence})
        : null,
    distributions: answerDistributions(context, aggregates, set.withheld),
    topics: topics(context, aggregates, set.withheld),
    comments: commentSummaries(context, aggregates, set.withheld)
  };
}
