import {BundleError, formatIssue, type BundleIssue} from "../scoring/index.ts";

/**
 * One defect of an export, located as its format counts: a line and column of a text file, a
 * record and variable of an SPSS file, or a row and column of a sheet.
 */
export interface ImportIssue extends BundleIssue {
  /** The record (case) of an SPSS file, from 1, instead of a line. */
  record?: number;
  /** The sheet of a workbook; `line` is then its row. */
  sheet?: string;
}

/**
 * Formats an import defect: `export.csv:12:4 (column "Q1_1"): …` for text files,
 * `export.sav: record 12, variable 4 ("q1"): …` and `export.xlsx: sheet "Blad1", row 12, column D ("Q1"): …`.
 *
 * @example
 * formatImportIssue({file: "a.sav", record: 3, column: 2, columnName: "q1", message: "7 has no value label", kind: "unknown-code"})
 * // 'a.sav: record 3, variable 2 ("q1"): 7 has no value label'
 */
export function formatImportIssue(issue: ImportIssue): string {
  const name = issue.columnName === undefined ? "" : ` (${JSON.stringify(issue.columnName)})`;
  const expected = issue.expected ? `; expected ${issue.expected}` : "";
  if (issue.record !== undefined) {
    const variable = issue.column === undefined ? "" : `, variable ${issue.column}${name}`;
    return `${issue.file}: record ${issue.record}${variable}: ${issue.message}${expected}`;
  }
  if (issue.sheet !== undefined) {
    const row = issue.line === undefined ? "" : `, row ${issue.line}`;
    const column = issue.column === undefined ? "" : `, column ${columnLetters(issue.column)}${name}`;
    return `${issue.file}: sheet ${JSON.stringify(issue.sheet)}${row}${column}: ${issue.message}${expected}`;
  }
  return formatIssue(issue);
}

/** A spreadsheet's column letters for a 1-based column number: 1 → A, 27 → AA. */
function columnLetters(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/**
 * An export that cannot be imported: carries every defect found. It is a {@link BundleError}, so
 * the command line reports it the same way (the message, exit status 1, no stack trace).
 *
 * @example
 * if (issues.length) throw new ImportError(issues);
 */
export class ImportError extends BundleError {
  constructor(issues: ImportIssue[]) {
    super(issues);
    const listed = issues.slice(0, 50).map(formatImportIssue);
    const more = issues.length > 50 ? [`… and ${issues.length - 50} more defects`] : [];
    const count = issues.length === 1 ? "1 defect" : `${issues.length} defects`;
    this.message = [`The import found ${count}; nothing was written:`, ...listed, ...more].join("\n");
    this.name = "ImportError";
  }
}
