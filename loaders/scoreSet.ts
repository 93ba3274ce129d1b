import {answerDistributions} from "./answerDistributions.ts";
import {commentSummaries} from "./comments.ts";
import {enpsScore} from "./enps.ts";
import {moduleScores} from "./moduleScores.ts";
import {questionScores} from "./questionScores.ts";
import type {RespondentSet, ScoringContext, Tallies} from "./ScoringContext.ts";
import {tallyOptions} from "./tally.ts";
import {topics} from "./topics.ts";
import type {GroupScores} from "./types.ts";

/**
 * Every score of one set of respondents (the organisation or a group): questions, modules, eNPS,
 * answer distributions, topics and comment summaries. The caller decides beforehand whether the
 * set may be shown at all; within a shown set, any single score based on fewer answers than the
 * minimum group size is still withheld.
 *
 * @example
 * scoreSet(context, {key: "organisation", rows, invited: 1388, fpc: 0.58})
 */
export function scoreSet(context: ScoringContext, set: RespondentSet): GroupScores {
  const {table, settings} = context;
  const tallies: Tallies = new Map();
  for (const column of table.answers.values()) {
    if (column.kind === "codes") tallies.set(column.question.id, tallyOptions(column.codes, set.rows, table.weights, column.codec.options.length));
  }
  const questions = questionScores(context, set, tallies);
  const npsColumn = [...table.answers.values()].find((c) => c.codec.type === "nps");
  return {
    questions,
    modules: moduleScores(context, set, questions),
    enps: npsColumn
      ? enpsScore(npsColumn, tallies.get(npsColumn.question.id)!, {fpc: set.fpc, confidence: settings.comparison.confidence, minN: settings.minGroupSize})
      : null,
    distributions: answerDistributions(context, tallies, settings.minGroupSize),
    topics: topics(context, set, settings.minGroupSize),
    comments: commentSummaries(context, set)
  };
}
