import {CsvReader, fieldCountIssue} from "../bundle/csv.ts";
import {ImportError, type ImportIssue} from "./ImportError.ts";

/** One record of a CSV export: the line it starts on (the first line is 1) and its fields. */
export interface CsvRecord {
  line: number;
  fields: string[];
}

/**
 * Reads every record of a CSV export with the loaders' reader (`,`, `;` or tab; UTF-8 with or
 * without byte-order mark, or Windows-1252; quoted fields with line breaks). A field count that
 * differs from the first record's (beyond trailing empty fields) or a quote never closed (a file
 * cut off inside a quoted field) is an {@link ImportError} with line and column.
 *
 * @example
 * const [header, ...rows] = readCsvRecords(readFileSync("export.csv"), "export.csv");
 */
export function readCsvRecords(bytes: Uint8Array, file: string): CsvRecord[] {
  const reader = new CsvReader(bytes, file);
  const records: CsvRecord[] = [];
  const issues: ImportIssue[] = [];
  let columns = -1;
  while (reader.next()) {
    if (columns < 0) columns = reader.length;
    else {
      const issue = fieldCountIssue(reader, columns);
      if (issue) issues.push(issue);
    }
    records.push({line: reader.line, fields: reader.fields().slice(0, Math.max(columns, 0))});
  }
  // An unclosed quote makes the rest of the file one field, so it is the defect to report.
  if (reader.issues.length) throw new ImportError(reader.issues);
  if (issues.length) throw new ImportError(issues);
  if (!records.length) throw new ImportError([{file, line: 1, message: "the file is empty", expected: "a header row naming the columns", kind: "empty"}]);
  return records;
}
