import type {DifferenceFact} from "../charts/types.ts";
import {format, type Formatter, type Scoring} from "../text/format.ts";
import type {Language} from "../text/translations.ts";
import {narrativeText, type NarrativeText, type SentenceWords} from "../text/narrativeText.ts";
import type {NarrativePart, Sentence} from "./NarrativeList.ts";

/**
 * Joins sentence fragments as a list: "A, B en C" ("A, B and C"), or with "of"/"or".
 *
 * @example
 * joinParts([["A"], ["B"], ["C"]], "en"); // ["A", ", ", "B", " en ", "C"]
 */
export function joinParts(items: Sentence[], word: string): Sentence {
  const out: Sentence = [];
  items.forEach((item, i) => {
    if (i > 0) out.push(i === items.length - 1 ? ` ${word} ` : ", ");
    out.push(...item);
  });
  return out;
}

/**
 * Lists differences grouped by their wording, in the order each wording first appears: "relevant
 * hoger op A (…) en B (…) en relevant lager op C (…)" rather than repeating the words per item.
 *
 * @example
 * groupedDifferences(facts, w, (d) => [" (", d.score.toFixed(1), ")"]);
 */
export function groupedDifferences(differences: DifferenceFact[], w: SentenceWords, pair: (d: DifferenceFact) => Sentence): Sentence {
  const groups = new Map<string, DifferenceFact[]>();
  for (const d of differences) {
    const key = w.higherLower(d.level, d.difference > 0);
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  const name = (d: DifferenceFact) => (d.kind === "enps" ? w.theEnps : d.kind === "question" ? w.quote(d.name) : d.name);
  return joinParts(
    [...groups].map(([words, items]) => [words, w.on, ...joinParts(items.map((d) => [name(d), ...pair(d)]), w.and)]),
    w.and
  );
}

/**
 * Joins sentence fragments with one separator throughout: "A; B; C".
 *
 * @example
 * joinAll([["A"], ["B"]], "; "); // ["A", "; ", "B"]
 */
export function joinAll(items: Sentence[], separator: string): Sentence {
  return items.flatMap((item, i) => (i > 0 ? [separator, ...item] : item));
}

/**
 * A linked number, or plain text when there is no link.
 *
 * @example
 * linked("7,4", "#modules"); // {text: "7,4", href: "#modules"}
 */
export function linked(text: string, href: string | null | undefined): NarrativePart {
  return href ? {text, href} : text;
}

/** A formatter for the values of one kind of item: scores, or eNPS points. */
export function valueFormat(f: Formatter, kind: DifferenceFact["kind"]): (x: number) => string {
  return kind === "enps" ? (x) => f.enps(x) : (x) => f.score(x);
}

/**
 * The formatter, the shared words and all fixed words of the sentences for a language and scoring method.
 *
 * @example
 * const {f, w, t} = sentenceKit("nl", "mean");
 */
export function sentenceKit(language: Language, scoring: Scoring): {f: Formatter; w: SentenceWords; t: NarrativeText} {
  const t = narrativeText(language);
  return {f: format({locale: language, scoring}), w: t.words, t};
}

/**
 * A key point: a bold lead-in ("Respons.") followed by one or more sentences; null when there
 * are no sentences.
 *
 * @example
 * point("Respons", [["919 medewerkers vulden de vragenlijst in."]]);
 */
export function point(lead: string, sentences: Sentence[]): Sentence | null {
  const filled = sentences.filter((s) => s.length);
  if (!filled.length) return null;
  return [{text: `${lead}.`, strong: true}, " ", ...joinAll(filled, " ")];
}

/**
 * Merges adjacent text parts of a sentence, so tests and readers see whole strings.
 *
 * @example
 * tidy(["a", "b", {text: "1", href: "#x"}]); // ["ab", {text: "1", href: "#x"}]
 */
export function tidy(sentence: Sentence): Sentence {
  const out: Sentence = [];
  for (const part of sentence) {
    if (part === "") continue;
    const last = out[out.length - 1];
    if (typeof part === "string" && typeof last === "string") out[out.length - 1] = last + part;
    else out.push(part);
  }
  return out;
}
