/**
 * Builds the browser tests' own sites before they run: the example into {@link exampleSite}, the
 * quality-mark example into {@link qualitySite} and the FEVS 2018 study (its bundle written by
 * scripts/fevsStudySite.ts from ../shared/data/fevs2018/) into {@link studySite}, each when missing
 * or older than anything it is built from. `PEILING_REBUILD=1` forces the builds. The project's
 * `dist/` is never read.
 */

import {spawnSync} from "node:child_process";
import {mkdirSync, readdirSync, statSync} from "node:fs";
import {dirname, join} from "node:path";
import {binDir, exampleBundle, qualityBundle, repoRoot} from "../../site/paths.ts";
import {exampleSite, qualitySite, studySite} from "./harness.ts";
import {fevsStudyBundle} from "../../scripts/fevsStudySite.ts";

/** What the sites are built from (besides their bundles), relative to the repository root. */
const SOURCES = ["src", "bundle", "scoring", "duckdb", "text", "narrative", "charts", "site", "cli", "observablehq.config.ts", "package-lock.json"];

/** The newest modification time below `path` (skipping dot-folders and the generated src/lib), or 0. */
function newest(path: string): number {
  let info;
  try {
    info = statSync(path);
  } catch {
    return 0;
  }
  if (!info.isDirectory()) return info.mtimeMs;
  let time = 0;
  for (const entry of readdirSync(path)) {
    if (entry.startsWith(".") || join(path, entry) === join(repoRoot, "src/lib")) continue;
    time = Math.max(time, newest(join(path, entry)));
  }
  return time;
}

export default async function setup(): Promise<void> {
  buildWhenStale(exampleBundle, exampleSite);
  buildWhenStale(qualityBundle, qualitySite);
  buildWhenStale((await fevsStudyBundle()).dir, studySite);
}

/** Builds the site of `bundle` into `out` unless it is newer than the bundle and everything else it is built from. */
function buildWhenStale(bundle: string, out: string): void {
  const built = newest(join(out, "index.html"));
  const sources = Math.max(newest(bundle), ...SOURCES.map((source) => newest(join(repoRoot, source))));
  if (built > sources && !process.env.PEILING_REBUILD) return;
  console.error(built ? `browser tests: ${out} is older than its sources; rebuilding` : `browser tests: building the site of ${bundle}`);
  mkdirSync(dirname(out), {recursive: true});
  const {status} = spawnSync(join(binDir, "tsx"), ["cli/peiling.ts", "build", bundle, "--out", out], {cwd: repoRoot, stdio: "inherit"});
  if (status !== 0) throw new Error(`building the site of ${bundle} failed (exit ${status})`);
}
