import {existsSync, readFileSync} from "node:fs";
import {fileURLToPath} from "node:url";
import type {Report} from "../scoring/types.ts";

/** The example bundle, used when no bundle is named (e.g. `npm run dev`). */
export const EXAMPLE_BUNDLE = fileURLToPath(new URL("../data/voorbeeld", import.meta.url));

/**
 * The report model for the site's data loaders: read from the file in `PEILING_REPORT` when
 * `peiling build` has scored the bundle once already (every loader would otherwise score it
 * again), else scored from the bundle in `PEILING_BUNDLE`, else from the example bundle.
 *
 * @example
 * const report = await loadReport();
 */
export async function loadReport(): Promise<Report> {
  const file = process.env.PEILING_REPORT;
  if (file && existsSync(file)) return JSON.parse(readFileSync(file, "utf8")) as Report;
  // The scoring engine only when it is needed: a loader or the site's configuration that reads the file starts sooner.
  const {scoreBundle} = await import("../scoring/index.ts");
  return scoreBundle(process.env.PEILING_BUNDLE ?? EXAMPLE_BUNDLE);
}
