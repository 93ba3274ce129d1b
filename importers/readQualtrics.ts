import {ImportError} from "./ImportError.ts";
import type {ImportedExport, ImportedVariable} from "./ImportedExport.ts";
import {readCsvRecords} from "./readCsvRecords.ts";

/** Qualtrics' `Status` values of responses that are not real ones: as text, or as the numeric values of a numeric export. */
const NOT_REAL = /preview|test|spam/i;
const NOT_REAL_CODES = new Set(["1", "2", "8", "9", "12", "17"]);

/**
 * Reads a Qualtrics CSV export ("Use choice text") into the shared import model: the first header
 * row holds the column ids (`Q1_1` for a matrix statement), the second the question texts, the
 * third `{"ImportId": …}`; multiple choice answers are the chosen choices separated by commas, a
 * `_TEXT` column is open text. Survey previews, tests and spam (by `Status`) are set aside.
 *
 * @example
 * const exported = readQualtrics(readFileSync("export.csv"), "export.csv");
 */
export function readQualtrics(bytes: Uint8Array, file: string): ImportedExport {
  const records = readCsvRecords(bytes, file);
  const [ids, texts, importIds] = records;
  if (!texts || !importIds || !importIds.fields.some((f) => f.trim().startsWith("{"))) {
    throw new ImportError([{file, line: importIds?.line ?? records.length + 1, message: "the export does not have Qualtrics' three header rows", expected: 'column ids, question texts, and {"ImportId": …} rows', kind: "format"}]);
  }
  const variables: ImportedVariable[] = ids.fields.map((name, c) => ({
    name: name.trim(),
    // A multiple choice question with an "other" box has its choices under "… - Selected Choice".
    text: texts.fields[c]?.trim().replace(/ - Selected Choice$/, "") || name.trim(),
    column: c + 1,
    ...(/_TEXT$/i.test(name.trim()) ? {kind: "text" as const} : {})
  }));
  const status = variables.findIndex((v) => v.name === "Status");
  const setAside: Record<string, number> = {};
  const rows = records.slice(3).filter((record) => {
    const value = (record.fields[status] ?? "").trim();
    if (status >= 0 && (NOT_REAL.test(value) || NOT_REAL_CODES.has(value))) {
      setAside["preview, test or spam"] = (setAside["preview, test or spam"] ?? 0) + 1;
      return false;
    }
    return true;
  });
  return {
    file,
    format: "qualtrics",
    unit: "line",
    variables,
    rows: rows.map((r) => ({at: r.line, values: variables.map((_, c) => r.fields[c] ?? "")})),
    multiSeparator: ",",
    setAside
  };
}
