/** The languages of a report: Dutch (the default) or English, as `survey.language` says. */
export type Language = "nl" | "en";

/** The languages a report can be written in, the default first. */
export const LANGUAGES: readonly Language[] = ["nl", "en"];

/**
 * Makes the one lookup every word of the report goes through: given a dictionary per language
 * (each typed by the same interface), returns a function from a language to its dictionary. The
 * language defaults to Dutch; an unknown language falls back to Dutch too.
 *
 * @example
 * const words = translations<{yes: string}>({nl: {yes: "ja"}, en: {yes: "yes"}});
 * words("en").yes; // "yes"
 */
export function translations<T>(byLanguage: Record<Language, T>): (language?: Language) => T {
  return (language = "nl") => byLanguage[language] ?? byLanguage.nl;
}

/**
 * Whether a value names a report language.
 *
 * @example
 * isLanguage("en"); // true
 */
export function isLanguage(value: unknown): value is Language {
  return value === "nl" || value === "en";
}
