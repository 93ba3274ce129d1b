import {existsSync, mkdirSync, readdirSync, renameSync, rmdirSync, rmSync, statSync, writeFileSync} from "node:fs";
import {basename, dirname, join, resolve} from "node:path";
import {BundleError, readBundle, type Bundle} from "../scoring/index.ts";
import {ImportError} from "./ImportError.ts";
import type {ImportedBundle} from "./bundleFromExport.ts";

/**
 * Why a bundle folder cannot be written to, or null when it can: a folder that does not exist
 * yet, or an empty one.
 *
 * @example
 * refusedTarget("data/nieuw") // null
 */
export function refusedTarget(dir: string): string | null {
  if (!existsSync(dir)) return null;
  if (!statSync(dir).isDirectory()) return `${dir} exists and is not a folder`;
  if (readdirSync(dir).length) return `${dir} is not empty; give a new or empty folder so that nothing is overwritten`;
  return null;
}

/**
 * Writes a bundle's survey.yaml and responses.csv into a temporary folder beside `dir`, reads it
 * back with the loaders (so that `peiling score` accepts it), and only then renames it to `dir`:
 * on any failure nothing is left behind. Refuses a `dir` that exists and is not empty.
 *
 * @example
 * const bundle = writeBundleFolder(bundleFromExport(exported), "data/medewerkers-2025");
 */
export function writeBundleFolder(files: ImportedBundle, dir: string): Bundle {
  const refused = refusedTarget(dir);
  if (refused) throw new ImportError([{file: dir, message: refused, expected: "a new or empty folder", kind: "target-not-empty"}]);
  const target = resolve(dir);
  if (!existsSync(dirname(target))) throw new ImportError([{file: dir, message: `the folder ${dirname(dir)} does not exist`, expected: "an --out folder inside an existing folder", kind: "missing-file"}]);
  const temporary = join(dirname(target), `.${basename(target)}.import-${process.pid}.tmp`);
  rmSync(temporary, {recursive: true, force: true});
  try {
    mkdirSync(temporary);
    writeFileSync(join(temporary, "survey.yaml"), files.survey);
    writeFileSync(join(temporary, "responses.csv"), files.responses);
    let bundle: Bundle;
    try {
      bundle = readBundle(temporary);
    } catch (error) {
      if (!(error instanceof BundleError)) throw error;
      // Not the export's fault: the bundle made from it fails the loaders' checks.
      const issues = error.issues.map((issue) => ({...issue, message: `${issue.message} (in the bundle peiling import made; please report this with the export's header)`}));
      throw new ImportError(issues);
    }
    if (existsSync(target)) rmdirSync(target);
    renameSync(temporary, target);
    bundle.dir = target;
    return bundle;
  } catch (error) {
    rmSync(temporary, {recursive: true, force: true});
    if (typeof (error as NodeJS.ErrnoException).code === "string" && !(error instanceof BundleError)) {
      throw new ImportError([{file: dir, message: `the bundle cannot be written there (${(error as Error).message})`, expected: "a folder you may write in", kind: "write"}]);
    }
    throw error;
  }
}
