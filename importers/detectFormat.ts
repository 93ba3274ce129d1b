import {CsvReader} from "../bundle/csv.ts";
import type {Format} from "./ImportedExport.ts";
import {longColumns} from "./readLong.ts";

/** LimeSurvey's own response columns (as codes, or as texts in English), one of which every export has. */
const LIMESURVEY_COLUMNS = new Set(["submitdate", "lastpage", "startlanguage", "seed", "startdate", "datestamp", "date submitted", "last page", "start language"]);

/**
 * Tells an export's format from its contents (and its name): an SPSS system file by its first
 * bytes, a workbook by its zip signature, a Qualtrics CSV by its `{"ImportId": …}` header row, a
 * LimeSurvey CSV by its own columns or `CODE[SUB]` headings, a long export by its respondent,
 * question and answer columns. Null when none fits.
 *
 * @example
 * detectFormat(readFileSync("export.sav"), "export.sav") // "sav"
 */
export function detectFormat(bytes: Uint8Array, file: string): Format | null {
  const start = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4)).toString("latin1");
  if (start === "$FL2" || start === "$FL3") return "sav";
  if (start.startsWith("PK")) return "xlsx";
  if (/\.(sav|zsav|xlsx|xls)$/i.test(file)) return null;
  const reader = new CsvReader(bytes.subarray(0, 1 << 20), file);
  const records: string[][] = [];
  while (records.length < 3 && reader.next()) records.push(reader.fields());
  const [header = [], , third = []] = records;
  if (third.some((f) => f.trim().startsWith('{"ImportId"'))) return "qualtrics";
  const keys = header.map((h) => h.trim().toLowerCase());
  if (keys.some((k) => LIMESURVEY_COLUMNS.has(k)) || keys.some((k) => /^[a-z_][a-z0-9_]*\[[^\]]+\]/i.test(k))) return "limesurvey";
  if (longColumns(header)) return "long";
  return null;
}
