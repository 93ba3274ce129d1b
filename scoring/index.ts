/**
 * Peiling's scoring library: reads a survey bundle and computes its report model. Pure functions
 * with no side effects on import; `readBundle` and `scoreBundle` read the bundle's files.
 */
import {readBundle, type ReadBundleOptions} from "../bundle/readBundle.ts";
import {scoreReport} from "./scoreReport.ts";
import type {Report} from "./types.ts";

export {BundleError, formatIssue, type BundleIssue} from "../bundle/BundleError.ts";
export {readBundle, type Bundle, type ReadBundleOptions} from "../bundle/readBundle.ts";
export {scoreReport} from "./scoreReport.ts";
export {surveySchema} from "../bundle/surveySchema.ts";
export type * from "./types.ts";

/**
 * Reads the bundle in `dir` and computes its report model; throws a BundleError naming every
 * defect (file, line, column) when the bundle is invalid.
 *
 * @example
 * const report = await scoreBundle("data/voorbeeld");
 */
export async function scoreBundle(dir: string, options: ReadBundleOptions = {}): Promise<Report> {
  return scoreReport(readBundle(dir, options));
}
