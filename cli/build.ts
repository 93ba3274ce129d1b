/**
 * `peiling build <bundle> [--out dir]`: builds the static report site for one survey bundle.
 * Also runnable on its own: `tsx cli/build.ts <bundle> [--out dir]` (what `npm run build` does).
 */

import {spawn} from "node:child_process";
import {existsSync, mkdtempSync, readdirSync, writeFileSync} from "node:fs";
import {cp, rm} from "node:fs/promises";
import {tmpdir} from "node:os";
import {basename, delimiter, join, relative, resolve} from "node:path";
import {pathToFileURL} from "node:url";
import {parseArgs} from "node:util";
import {scoreReport} from "../loaders/index.ts";
import {ENGINES, readBundleWithEngine, type Engine} from "../loaders/duckdb/engine.ts";
import {describe, prebuild} from "../scripts/site/prebuild.ts";
import {postbuild, type Language} from "../scripts/site/postbuild.ts";
import {binDir, cacheDir, distDir, repoRoot} from "../scripts/site/paths.ts";
import {accountingLine, fallbackNote} from "./score.ts";

/** Options of {@link build}. */
export interface BuildOptions {
  /** Where the site goes, relative to the working directory; default `dist`. */
  out?: string;
  /** `js`, `duckdb` or `auto` (default), as for `peiling score`. */
  engine?: Engine;
}

/**
 * Builds the report site for the survey bundle in `bundleDir` into `options.out` (default `dist`).
 * Progress and the row accounting go to stderr. Throws a BundleError (file, line, column) for an
 * invalid bundle before building anything, and an Error when a build step fails; either way a
 * folder given as `out` keeps its previous contents.
 *
 * @example
 * await build("data/voorbeeld", {out: "site"});
 */
export async function build(bundleDir: string, options: BuildOptions = {}): Promise<void> {
  const start = performance.now();
  const bundle = resolve(bundleDir);
  const out = resolve(options.out ?? "dist");
  if (out !== distDir) checkOut(out);

  // Checked here before Framework runs, so a defect is reported as `peiling score` reports it
  // (file, line, column) instead of inside the data loader's stack trace, and every row is
  // accounted for. The data loader reads the bundle again (a quarter of a second).
  const checked = await readBundleWithEngine(bundle, {engine: options.engine, onFallback: fallbackNote});
  for (const b of [checked, ...(checked.previous ? [checked.previous] : [])]) console.error(accountingLine(b));
  const language: Language = checked.definition.survey.language;
  log(`bundle ${bundle} (language ${language})`);

  // Framework reuses a cached loader output even when it is older than the loader (and never looks
  // at the bundle), so a build for another bundle, or after a change in loaders/, would ship stale
  // data: every build starts from an empty cache.
  await rm(cacheDir, {recursive: true, force: true});
  console.error(describe(await prebuild()));

  // Score once; every data loader reads the model from this file instead of scoring again.
  log(`scoring ${checked.table.n} respondents in ${checked.groups.length} groups`);
  const scratch = mkdtempSync(join(tmpdir(), "peiling-build-"));
  const reportFile = join(scratch, "report.json");
  writeFileSync(reportFile, JSON.stringify(scoreReport(checked)));

  log("observable build");
  await run(join(binDir, "observable"), ["build"], {
    PEILING_BUNDLE: bundle,
    PEILING_REPORT: reportFile,
    PEILING_LANGUAGE: language,
    OBSERVABLE_TELEMETRY_DISABLE: "true",
    // Framework runs .ts data loaders with tsx, which must be on PATH.
    PATH: `${binDir}${delimiter}${process.env.PATH ?? ""}`
  }).finally(() => rm(scratch, {recursive: true, force: true}));

  const pages = await postbuild(distDir, language);
  log(`postbuild: ${pages} pages mended (lang, zoomable viewport)`);

  if (out !== distDir) {
    await rm(out, {recursive: true, force: true});
    await cp(distDir, out, {recursive: true});
  }
  const shown = relative(process.cwd(), out);
  log(`site in ${shown.startsWith("..") ? out : shown || "."} after ${((performance.now() - start) / 1000).toFixed(1)} s`);
}

function log(message: string): void {
  console.error(`peiling build: ${message}`);
}

/** Refuses an `--out` that would delete something that is not a previous site build. */
function checkOut(out: string): void {
  if (!relative(out, repoRoot).startsWith("..")) {
    throw new Error(`--out ${out} contains the Peiling project itself: choose a folder of its own`);
  }
  if (existsSync(out) && !existsSync(join(out, "index.html")) && !isEmptyDir(out)) {
    throw new Error(`--out ${out} exists and does not hold a site build: refusing to replace it`);
  }
}

function isEmptyDir(path: string): boolean {
  try {
    return readdirSync(path).length === 0;
  } catch {
    return false; // a file, not a folder
  }
}

/** Runs a command in the repository root with extra environment, its output sent to stderr. */
function run(command: string, args: string[], env: Record<string, string>): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, {cwd: repoRoot, env: {...process.env, ...env}, stdio: ["ignore", 2, 2]});
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (code === 0) resolvePromise();
      else reject(new Error(`${[basename(command), ...args].join(" ")} failed (${signal ?? `exit ${code}`}); see the messages above`));
    });
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const {positionals, values} = parseArgs({allowPositionals: true, options: {out: {type: "string"}, engine: {type: "string"}}});
  if (positionals.length !== 1) {
    console.error("usage: tsx cli/build.ts <bundle> [--out dir] [--engine js|duckdb|auto]");
    process.exit(2);
  }
  try {
    if (values.engine !== undefined && !ENGINES.includes(values.engine as Engine)) throw new Error(`--engine must be one of ${ENGINES.join(", ")}`);
    await build(positionals[0], {out: values.out, engine: values.engine as Engine | undefined});
  } catch (error) {
    console.error(`peiling build: ${(error as Error).message}`);
    process.exit(1);
  }
}
