import {createRequire} from "node:module";
import type {ScoringContext} from "./ScoringContext.ts";
import type {SetAggregates} from "./SetAggregates.ts";
import type {CommentSummary} from "./types.ts";

/** Dutch and English stopword lists from the maintained stopwords-iso package. */
const stopwordLists = createRequire(import.meta.url)("stopwords-iso") as Record<string, string[]>;
const stopwords = new Map<string, Set<string>>();

function stopwordsFor(language: "nl" | "en"): Set<string> {
  let set = stopwords.get(language);
  if (!set) stopwords.set(language, (set = new Set(stopwordLists[language].map((w) => w.replace(/’/g, "'")))));
  return set;
}

/** The words of a comment in lower case: letters with inner apostrophes and hyphens (collega's, werk-privé). */
export function words(text: string): string[] {
  const found = text.toLowerCase().replace(/’/g, "'").match(/\p{L}[\p{L}\p{M}'-]*/gu) ?? [];
  return found.map((w) => w.replace(/['-]+$/, ""));
}

/**
 * What the open answers of a set say without quoting anyone: per text question the number of
 * comments and the most used words, counted once per comment, stopwords of the survey's language
 * and words shorter than three letters left out. A word must occur in at least two comments, so no
 * single respondent's word (a name, say) is shown. Everything is suppressed where the disclosure
 * audit withholds the question (`withheld` has its id: the set has fewer respondents than the
 * comment threshold, fewer writers than the minimum group size, or a combination of sets would
 * isolate fewer). Raw comments are added only when the survey opts in with `publishComments` and
 * the audit does not withhold them (`comments:<id>`: no combination of published lists isolates
 * fewer writers than the comment threshold), sorted so their order says nothing about the rows.
 *
 * @example
 * commentSummaries(context, aggregates, new Set()) // [{question: "verbeter", n: 412, topWords: [{word: "werkdruk", count: 61}, …]}]
 */
export function commentSummaries(context: ScoringContext, aggregates: SetAggregates, withheld: ReadonlySet<string>): CommentSummary[] {
  const {settings, definition, table} = context;
  const stop = stopwordsFor(definition.survey.language);
  const summaries: CommentSummary[] = [];
  for (const column of table.answers.values()) {
    if (column.kind !== "text") continue;
    const texts = aggregates.texts.get(column.question.id)!;
    if (withheld.has(column.question.id)) {
      summaries.push({question: column.question.id, n: null, topWords: [], suppressed: true});
      continue;
    }
    const counts = new Map<string, number>();
    for (const text of texts) {
      for (const word of new Set(words(text))) {
        if (word.length < 3 || stop.has(word)) continue;
        counts.set(word, (counts.get(word) ?? 0) + 1);
      }
    }
    const topWords = [...counts]
      .filter(([, count]) => count >= 2)
      .sort(([a, x], [b, y]) => y - x || a.localeCompare(b, definition.survey.language))
      .slice(0, settings.topWords)
      .map(([word, count]) => ({word, count}));
    summaries.push({
      question: column.question.id,
      n: texts.length,
      topWords,
      ...(settings.publishComments && !withheld.has(`comments:${column.question.id}`) ? {comments: [...texts].sort((a, b) => a.localeCompare(b, definition.survey.language))} : {}),
      suppressed: false
    });
  }
  return summaries;
}
