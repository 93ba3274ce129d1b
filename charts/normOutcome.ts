import type {NormRow} from "../scoring/types.ts";
import {chartText} from "../text/chartText.ts";
import type {Language} from "../text/translations.ts";

/**
 * The outcome of one row of the norm check as a table cell says it: met by the mean, met by the
 * corrected (robust) mean, not met, or not judged (no mean to judge). Dutch by default.
 *
 * @example
 * normOutcome({pass: true, passedBy: "robust"}, "nl") // "gehaald (gecorrigeerd)"
 */
export function normOutcome(row: Pick<NormRow, "pass" | "passedBy">, language: Language = "nl"): string {
  const words = chartText(language).outcome;
  if (row.pass === null) return words.none;
  return row.pass ? (row.passedBy === "robust" ? words.robust : words.mean) : words.fail;
}
