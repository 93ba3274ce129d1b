import type {DifferenceFact} from "../site/views/types.ts";
import {format, type Formatter, type Scoring} from "../text/format.ts";
import type {Language} from "../text/translations.ts";
import type {NarrativePart, Sentence} from "./NarrativeList.ts";

/** The words sentences share, in one language. */
export interface SentenceWords {
  and: string;
  or: string;
  against: string;
  /** "relevant hoger", "zeer relevant lager", by level and direction. */
  higherLower: (level: DifferenceFact["level"], better: boolean) => string;
  /** "een relevante stijging", "geen relevant verschil": a change over time. */
  change: (level: DifferenceFact["level"], better: boolean) => string;
  /** "geen relevant verschil" / "een relevant verschil" against a benchmark. */
  differs: (level: DifferenceFact["level"], better: boolean) => string;
  fromTo: string[];
  quote: (text: string) => string;
}

const nl: SentenceWords = {
  and: "en",
  or: "of",
  against: "tegen",
  higherLower: (level, better) => `${level === "veryRelevant" ? "zeer relevant" : "relevant"} ${better ? "hoger" : "lager"}`,
  change: (level, better) =>
    level === "none" ? "geen relevant verschil" : `een ${level === "veryRelevant" ? "zeer relevante" : "relevante"} ${better ? "stijging" : "daling"}`,
  differs: (level, better) => (level === "none" ? "geen relevant verschil" : `${level === "veryRelevant" ? "zeer relevant" : "relevant"} ${better ? "hoger" : "lager"}`),
  fromTo: ["van ", " naar "],
  quote: (text) => `‘${text}’`
};

const en: SentenceWords = {
  and: "and",
  or: "or",
  against: "against",
  higherLower: (level, better) => `${level === "veryRelevant" ? "very relevantly" : "relevantly"} ${better ? "higher" : "lower"}`,
  change: (level, better) => (level === "none" ? "no relevant difference" : `a ${level === "veryRelevant" ? "very relevant" : "relevant"} ${better ? "rise" : "fall"}`),
  differs: (level, better) => (level === "none" ? "no relevant difference" : `${level === "veryRelevant" ? "very relevantly" : "relevantly"} ${better ? "higher" : "lower"}`),
  fromTo: ["from ", " to "],
  quote: (text) => `‘${text}’`
};

/**
 * The words sentences share (and, against, "relevant hoger", "een relevante stijging", …) in
 * Dutch (the default) or English.
 *
 * @example
 * sentenceWords("en").change("relevant", true); // "a relevant rise"
 */
export function sentenceWords(locale: Language = "nl"): SentenceWords {
  return locale === "en" ? en : nl;
}

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
 * groupedDifferences(facts, w, false, (d) => [" (", d.score.toFixed(1), ")"]);
 */
export function groupedDifferences(differences: DifferenceFact[], w: SentenceWords, en: boolean, pair: (d: DifferenceFact) => Sentence): Sentence {
  const groups = new Map<string, DifferenceFact[]>();
  for (const d of differences) {
    const key = w.higherLower(d.level, d.difference > 0);
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  const name = (d: DifferenceFact) => (d.kind === "enps" ? (en ? "the eNPS" : "de eNPS") : d.kind === "question" ? w.quote(d.name) : d.name);
  return joinParts(
    [...groups].map(([words, items]) => [words, en ? " on " : " op ", ...joinParts(items.map((d) => [name(d), ...pair(d)]), w.and)]),
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
 * The formatter and words for a language and scoring method.
 *
 * @example
 * const {f, w} = sentenceKit("nl", "mean");
 */
export function sentenceKit(locale: Language, scoring: Scoring): {f: Formatter; w: SentenceWords} {
  return {f: format({locale, scoring}), w: sentenceWords(locale)};
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
