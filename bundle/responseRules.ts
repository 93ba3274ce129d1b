/**
 * The rules of responses.csv (or responses.parquet) that both engines check: which columns the
 * header must have, which defects a row can have and how each is named and described, when a row
 * is set aside without a defect, and the checks on the whole file. The JS reader
 * (`readResponses.ts`) checks them cell by cell; the DuckDB engine (`duckdb/loadResponses.ts`)
 * checks the same rules in SQL and names them with the same kinds and messages.
 */
import type {BundleIssue} from "./BundleError.ts";
import type {Scale, Survey} from "./surveySchema.ts";

/** Reasons for rows set aside that are not defects, as `accounting.reasons` counts them. */
export const EMPTY_ROW = "empty row";
export const NO_ANSWERS = "no answers";
export const TOO_FEW_ANSWERS = "too few answers";

/**
 * Why a row without a defect is not scored: it is empty, or has fewer than `minAnswers` answers
 * (no answers at all, or too few); null when it is scored.
 *
 * @example
 * setAsideReason(false, 0, 1) // "no answers"
 */
export function setAsideReason(empty: boolean, answered: number, minAnswers: number): string | null {
  if (empty) return EMPTY_ROW;
  if (answered < minAnswers) return answered === 0 ? NO_ANSWERS : TOO_FEW_ANSWERS;
  return null;
}

/**
 * The range a number question's answers must lie in: its scale's `min` and `max`, unbounded where
 * not given (and for any other scale).
 *
 * @example
 * numberBounds({type: "number", min: 0}) // {min: 0, max: Infinity}
 */
export function numberBounds(scale: Scale): {min: number; max: number} {
  return scale.type === "number" ? {min: scale.min ?? -Infinity, max: scale.max ?? Infinity} : {min: -Infinity, max: Infinity};
}

/**
 * The options chosen in a multi question's cell, as written: the parts between the separator
 * ({@link multiSeparator}) that are not blank, untrimmed (the scale's lookup trims them).
 *
 * @example
 * choiceParts("Collega's; ;Samenwerking", ";") // ["Collega's", "Samenwerking"]
 */
export function choiceParts(text: string, separator: string): string[] {
  return text.split(separator).filter((part) => part.trim() !== "");
}

/** The separator of a multi question's options: its scale's, `;` by default. */
export function multiSeparator(scale: Scale): string {
  return scale.type === "multi" ? scale.separator : ";";
}

/**
 * The kinds of defect of a row, the names a row set aside with `--set-aside` is counted under.
 * A DuckDB check names the kind it stands for.
 */
export const DEFECT = {
  unnamedColumn: "unnamed-column",
  missingId: "missing-id",
  duplicateId: "duplicate-id",
  invalidWeight: "invalid-weight",
  missingParent: "missing-parent",
  unknownAnswer: "unknown-answer",
  notANumber: "not-a-number",
  outOfRange: "out-of-range"
} as const;

/** A defect of one cell, without its place: what is wrong, what was expected and its kind. */
export type CellDefect = Pick<BundleIssue, "message" | "expected" | "kind">;

/**
 * The defects a row's cells can have, each with its message and what was expected, written once
 * for both engines.
 *
 * @example
 * cellDefects.duplicateId("r1", 4) // {message: "the respondent id \"r1\" was used before, on line 4", expected: "a unique id for every row", kind: "duplicate-id"}
 */
export const cellDefects = {
  unnamedColumn: (text: string): CellDefect => ({message: `a column without a name in the header holds "${text}"`, expected: "a name for this column in the header, or an empty cell", kind: DEFECT.unnamedColumn}),
  missingId: (): CellDefect => ({message: "the respondent id is empty", expected: "a unique id for every row", kind: DEFECT.missingId}),
  duplicateId: (id: string, firstLine: number): CellDefect => ({message: `the respondent id "${id}" was used before, on line ${firstLine}`, expected: "a unique id for every row", kind: DEFECT.duplicateId}),
  invalidWeight: (text: string): CellDefect => ({message: `the weight "${text}" is not a positive number`, expected: "a number above 0", kind: DEFECT.invalidWeight}),
  missingParent: (value: string, variable: string, parent: string): CellDefect => ({
    message: `"${value}" is given for ${variable} but ${parent} is empty`,
    expected: `a value for ${parent}, which ${variable} lies within`,
    kind: DEFECT.missingParent
  }),
  /** A closed question's cell that is not an answer of its scale; `expected` lists the scale's answers. */
  unknownAnswer: (text: string, scale: string, expected: string): CellDefect => ({message: `"${text}" is not an answer of the scale "${scale}"`, expected, kind: DEFECT.unknownAnswer}),
  /** One part of a multi question's cell that is not an option of its scale. */
  unknownOption: (part: string, scale: string, separator: string, expected: string): CellDefect => ({
    message: `"${part}" is not an option of "${scale}"`,
    expected: `options separated by "${separator}": ${expected}`,
    kind: DEFECT.unknownAnswer
  }),
  notANumber: (text: string, expected: string): CellDefect => ({message: `"${text}" is not a number`, expected, kind: DEFECT.notANumber}),
  outOfRange: (text: string, expected: string): CellDefect => ({message: `${text} is out of range`, expected, kind: DEFECT.outOfRange})
};

/**
 * The columns responses.csv must have: `id`, every grouping variable, the weight (when the survey
 * has one) and every question, in that order.
 *
 * @example
 * requiredColumns(survey) // ["id", "afdeling", "team", "bev1", …]
 */
export function requiredColumns(survey: Survey): string[] {
  return ["id", ...survey.groups.map((g) => g.id), ...(survey.weight ? [survey.weight] : []), ...survey.questions.map((q) => q.id)];
}

/**
 * The column names of a header row as both engines read them: each field trimmed.
 *
 * @example
 * columnNames([" id", "bev1 "]) // ["id", "bev1"]
 */
export function columnNames(fields: string[]): string[] {
  return fields.map((name) => name.trim());
}

/**
 * Checks a header (its trimmed column names) against the survey: not empty, no name twice, every
 * required column ({@link requiredColumns}) there, and no other column than those and the survey's
 * `ignore`. Returns the defects, in that order, with line 1 and the column, and the place of
 * each named column (the first, for a name given twice).
 *
 * @example
 * headerIssues(["id", "bev1", "bev1"], survey, "responses.csv").issues[0].message
 * // 'the column "bev1" appears twice (also column 2)'
 */
export function headerIssues(header: string[], survey: Survey, file: string): {issues: BundleIssue[]; columnOf: Map<string, number>} {
  const issues: BundleIssue[] = [];
  const columnOf = new Map<string, number>();
  header.forEach((name, i) => {
    if (name === "") return;
    if (columnOf.has(name)) {
      issues.push({file, line: 1, column: i + 1, columnName: name, message: `the column "${name}" appears twice (also column ${columnOf.get(name)! + 1})`, kind: "duplicate-column"});
    } else columnOf.set(name, i);
  });
  const required = requiredColumns(survey);
  const missing = required.filter((name) => !columnOf.has(name));
  if (header.length === 0) {
    issues.push({file, line: 1, message: "the file is empty", expected: "a header row naming the columns", kind: "missing-column"});
  } else if (missing.length) {
    issues.push({
      file,
      line: 1,
      message: `the header lacks ${missing.length === 1 ? "the column" : "the columns"} ${missing.map((m) => `"${m}"`).join(", ")}`,
      expected: `a column for the respondent id, every grouping variable${survey.weight ? ", the weight" : ""} and every question in survey.yaml`,
      kind: "missing-column"
    });
  }
  const known = new Set([...required, ...survey.ignore]);
  header.forEach((name, i) => {
    if (name !== "" && !known.has(name)) {
      issues.push({
        file,
        line: 1,
        column: i + 1,
        columnName: name,
        message: `"${name}" is not a question, grouping variable or weight in survey.yaml`,
        expected: `a question id, or the column listed under \`ignore\` to leave it out on purpose`,
        kind: "unknown-column"
      });
    }
  });
  return {issues, columnOf};
}

/**
 * The defect of a responses file with a header and no rows below it.
 *
 * @example
 * noRespondents("responses.csv").message // "the file has a header but no respondents"
 */
export function noRespondents(file: string): BundleIssue {
  return {file, line: 2, message: "the file has a header but no respondents", expected: "one row per respondent below the header", kind: "no-respondents"};
}

/**
 * The defect of weights whose sum, or the sum of their squares, is not a finite number; `at` is
 * the row where the sum overflows, where it is known.
 *
 * @example
 * weightsTooLarge("responses.csv", "gewicht", {line: 12, column: 2}).kind // "invalid-weight"
 */
export function weightsTooLarge(file: string, weight: string, at?: {line: number; column: number}): BundleIssue {
  return {
    file,
    ...(at ? {line: at.line, column: at.column, columnName: weight} : {columnName: weight}),
    message: "the weights are too large: from this row on their sum (or the sum of their squares) is more than the largest number a computer holds (about 1.8e308)",
    expected: "weights of a usual size, such as relative weights around 1",
    kind: DEFECT.invalidWeight
  };
}
