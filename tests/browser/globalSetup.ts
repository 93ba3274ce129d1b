/**
 * Builds the example site once before the browser tests when `dist/` is missing or older than
 * anything it is built from. `PEILING_REBUILD=1` forces a build (e.g. when `dist/` holds another
 * bundle's site).
 */

import {spawnSync} from "node:child_process";
import {readdirSync, statSync} from "node:fs";
import {join} from "node:path";
import {binDir, distDir, exampleBundle, repoRoot} from "../../site/paths.ts";

/** What the site is built from, relative to the repository root. */
const SOURCES = ["src", "components", "loaders", "data/voorbeeld", "scripts/site", "cli", "observablehq.config.ts", "package-lock.json"];

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

export default function setup(): void {
  const built = newest(join(distDir, "index.html"));
  const sources = Math.max(...SOURCES.map((source) => newest(join(repoRoot, source))));
  if (built > sources && !process.env.PEILING_REBUILD) return;
  console.error(built ? "browser tests: dist/ is older than its sources; rebuilding" : "browser tests: building the example site");
  const {status} = spawnSync(join(binDir, "tsx"), ["site/build.ts", exampleBundle], {cwd: repoRoot, stdio: "inherit"});
  if (status !== 0) throw new Error(`building the example site failed (exit ${status})`);
}
