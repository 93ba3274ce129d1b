import {readFileSync} from "node:fs";
import {basename, extname} from "node:path";
import type {Bundle} from "../scoring/index.ts";
import {bundleFromExport, type ImportAccounting} from "./bundleFromExport.ts";
import {detectFormat} from "./detectFormat.ts";
import {ImportError} from "./ImportError.ts";
import type {Format, ImportedExport} from "./ImportedExport.ts";
import {readLimeSurvey} from "./readLimeSurvey.ts";
import {readLong} from "./readLong.ts";
import {readQualtrics} from "./readQualtrics.ts";
import {readSav} from "./readSav.ts";
import {readWorkbook} from "./readWorkbook.ts";
import {refusedTarget, writeBundleFolder} from "./writeBundleFolder.ts";

export interface ImportOptions {
  /** The export's format; detected from the file when not given. */
  format?: Format;
  /** The date to fall back on for the survey's period when the export holds none (default today). */
  today?: string;
}

/** The readers, one per format: the export's bytes and name in, the shared model out. */
const READERS: Record<Format, (bytes: Uint8Array, file: string) => ImportedExport | Promise<ImportedExport>> = {
  sav: readSav,
  limesurvey: readLimeSurvey,
  qualtrics: readQualtrics,
  xlsx: readWorkbook,
  long: readLong
};

/**
 * Imports a survey tool's export into a new bundle folder: reads it (the format detected when not
 * given), decides what every column is, writes survey.yaml and responses.csv through a temporary
 * folder and checks the result with the loaders. Throws an {@link ImportError} naming the file,
 * line (or record) and column of a defect; nothing is written then, and a non-empty `out` is
 * refused before the export is read.
 *
 * @example
 * const {accounting} = await importExport("medewerkers.sav", "data/medewerkers");
 */
export async function importExport(path: string, out: string, {format, today}: ImportOptions = {}): Promise<{bundle: Bundle; accounting: ImportAccounting; format: Format}> {
  const refused = refusedTarget(out);
  if (refused) throw new ImportError([{file: out, message: refused, expected: "a new or empty folder", kind: "target-not-empty"}]);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch {
    throw new ImportError([{file: path, message: "the export cannot be read (does the file exist?)", expected: "a readable file", kind: "missing-file"}]);
  }
  const file = basename(path);
  const chosen = format ?? detectFormat(bytes, file);
  if (!chosen) {
    throw new ImportError([{file, message: `the format of this ${extname(file) || "file"} export cannot be told from its contents`, expected: "--format sav, limesurvey, qualtrics, xlsx or long", kind: "format"}]);
  }
  let exported: ImportedExport;
  try {
    exported = await READERS[chosen](bytes, file);
  } catch (error) {
    if (error instanceof ImportError) throw error;
    // A damaged file can break a reader in ways it does not name; still no stack trace for the user.
    throw new ImportError([{file, message: `the file cannot be read as ${chosen}: ${(error as Error).message}`, expected: `an undamaged ${chosen} export`, kind: "format"}]);
  }
  const files = bundleFromExport(exported, {today});
  const bundle = writeBundleFolder(files, out);
  return {bundle, accounting: files.accounting, format: chosen};
}
