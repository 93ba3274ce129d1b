import {translations, type Language} from "./translations.ts";

/** The words the report model itself carries (not the site's), in one language. */
export interface ReportText {
  /** The previous survey's label when the bundle gives none. */
  previous: string;
}

/**
 * Returns the words the scoring writes into the report model, in Dutch (the default) or English:
 * so far only the previous survey's default label.
 *
 * @example
 * reportText("en").previous; // "Previous survey"
 */
export const reportText: (language?: Language) => ReportText = translations({nl: {previous: "Vorig onderzoek"}, en: {previous: "Previous survey"}});
