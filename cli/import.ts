/**
 * `peiling import <file> --out <bundle-dir>`: turns a survey tool's export into a new bundle and
 * reports on stderr how many rows were read, written and set aside.
 */
import {FORMATS, type Format} from "../importers/ImportedExport.ts";
import {importExport} from "../importers/importExport.ts";
import type {ImportAccounting} from "../importers/bundleFromExport.ts";
import {UsageError} from "./UsageError.ts";

export interface ImportCommandOptions {
  /** The bundle folder to write; must not exist yet, or be empty. */
  out?: string;
  /** `sav`, `limesurvey`, `qualtrics`, `xlsx` or `long`; detected from the file when not given. */
  format?: string;
}

/**
 * Runs `peiling import`. Throws a UsageError for a missing `--out` or an unknown `--format`, and an
 * ImportError (a BundleError) for a defect in the export, before writing anything.
 *
 * @example
 * await importCommand("export.sav", {out: "data/medewerkers"});
 */
export async function importCommand(file: string, {out, format}: ImportCommandOptions = {}): Promise<void> {
  if (!out) throw new UsageError("give the bundle folder to write with --out");
  if (format !== undefined && !FORMATS.includes(format as Format)) throw new UsageError(`--format must be one of ${FORMATS.join(", ")}, not "${format}"`);
  const {accounting, format: used} = await importExport(file, out, {format: format as Format | undefined});
  console.error(`peiling: read ${file} as ${used}`);
  console.error(importAccountingLine(accounting));
  console.error(`peiling: wrote ${out}/survey.yaml and ${out}/responses.csv; read the CHECK comments in survey.yaml, then run peiling score ${out}`);
}

/**
 * The row accounting in the form `peiling score` prints it.
 *
 * @example
 * importAccountingLine(accounting) // "export.sav: 120 records read, 118 written, 2 set aside (no answers: 2)"
 */
export function importAccountingLine(a: ImportAccounting): string {
  const reasons = Object.entries(a.reasons).map(([reason, count]) => `${reason}: ${count}`);
  const unit = a.unit === "line" ? "rows" : `${a.unit}s`;
  const read = a.answerRows === undefined ? `${a.read} ${unit} read` : `${a.answerRows} rows read (${a.read} respondents)`;
  return `${a.file}: ${read}, ${a.written} written, ${a.setAside} set aside${reasons.length ? ` (${reasons.join(", ")})` : ""}`;
}
