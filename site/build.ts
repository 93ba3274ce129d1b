/**
 * `peiling build <bundle> [--out dir]`: builds the static report site for one survey bundle.
 */

import {spawn} from "node:child_process";
import {mkdtempSync, readFileSync, rmSync} from "node:fs";
import {rm} from "node:fs/promises";
import {tmpdir} from "node:os";
import {basename, delimiter, join, relative, resolve} from "node:path";
import {scoreReport} from "../scoring/index.ts";
import {readBundleWithEngine, type Engine} from "../duckdb/engine.ts";
import {describe, prebuild} from "./prebuild.ts";
import {postbuild, removePages} from "./postbuild.ts";
import {headSource} from "./pageParts.ts";
import type {Language} from "../text/translations.ts";
import {absentPages} from "./views/reportPages.ts";
import {binDir, buildLock, cacheDir, distDir, repoRoot} from "./paths.ts";
import {CommandError} from "./CommandError.ts";
import {onInterrupt} from "./onInterrupt.ts";
import {checkSiteOut, publishSite} from "./publishSite.ts";
import {accountingLine} from "../bundle/accountingLine.ts";
import {surveysOf} from "../bundle/readBundle.ts";
import {fallbackNote} from "../duckdb/fallbackNote.ts";
import {withBuildLock} from "./withBuildLock.ts";
import {jsonChunks} from "./jsonChunks.ts";
import {writeWhole} from "./writeWhole.ts";
import {writeLoaderOutputs} from "./loaderOutputs.ts";

/** Options of {@link build}. */
export interface BuildOptions {
  /** Where the site goes, relative to the working directory; default `dist`. */
  out?: string;
  /** `js`, `duckdb` or `auto` (default), as for `peiling score`. */
  engine?: Engine;
}

/**
 * Builds the report site for the survey bundle in `bundleDir` into `options.out` (default `dist`).
 * Progress and the row accounting go to stderr. `out` must be a new or empty folder, or hold a
 * site Peiling wrote (its `.peiling-site` marker), else a CommandError says why before anything
 * is read. The site is built beside `out` and swapped in whole; an invalid bundle (a BundleError
 * naming file, line and column), a failed build step or an interruption leaves `out` as it was.
 * Builds that run at once take turns for the Framework step, which uses the project's shared cache.
 *
 * @example
 * await build("data/voorbeeld", {out: "site"});
 */
export async function build(bundleDir: string, options: BuildOptions = {}): Promise<void> {
  const start = performance.now();
  const bundle = resolve(bundleDir);
  const out = resolve(options.out ?? "dist");
  checkSiteOut(out, {project: repoRoot, ownDist: distDir, bundle});

  // Checked here before Framework runs, so a defect is reported as `peiling score` reports it
  // (file, line, column) instead of inside the data loader's stack trace, and every row is
  // accounted for.
  const checked = await readBundleWithEngine(bundle, {engine: options.engine, onFallback: fallbackNote});
  for (const b of surveysOf(checked)) console.error(accountingLine(b));
  const language: Language = checked.definition.survey.language;
  log(`bundle ${bundle} (language ${language})`);

  // Score once, and make every loader's output here: each loader then hands Framework its file
  // (PEILING_LOADED); the site's configuration reads the model (PEILING_REPORT) for its pages.
  log(`scoring ${checked.table.n} respondents in ${checked.groups.length} groups`);
  const scratch = mkdtempSync(join(tmpdir(), "peiling-build-"));
  const scratchDone = onInterrupt(() => rmSync(scratch, {recursive: true, force: true}));
  const reportFile = join(scratch, "report.json");
  const loaded = join(scratch, "loaded");
  try {
    const report = scoreReport(checked);
    await writeWhole(reportFile, jsonChunks(report));
    await writeLoaderOutputs(report, loaded);
    await publishSite(out, {tool: "peiling", version: peilingVersion(), bundle: basename(bundle)}, async (site) => {
      await withBuildLock(buildLock, () => frameworkBuild(site, {PEILING_BUNDLE: bundle, PEILING_REPORT: reportFile, PEILING_LOADED: loaded, PEILING_LANGUAGE: language}), {onWait: log});
      const pages = await postbuild(site, language, headSource(report, language));
      log(`postbuild: ${pages} pages mended (lang, zoomable viewport)`);
      const absent = absentPages(report);
      if (absent.length) log(`postbuild: ${await removePages(site, absent)} pages the report has nothing for removed (${absent.join(", ")})`);
    });
  } finally {
    await rm(scratch, {recursive: true, force: true});
    scratchDone();
  }
  const shown = relative(process.cwd(), out);
  log(`site in ${shown.startsWith("..") ? out : shown || "."} after ${((performance.now() - start) / 1000).toFixed(1)} s`);
}

/**
 * The steps that use the project's shared Framework folders: clear the cache, prebuild, and
 * `observable build` with its output in `site`.
 */
async function frameworkBuild(site: string, env: Record<string, string>): Promise<void> {
  // Framework reuses a cached loader output even when it is older than the loader (and never looks
  // at the bundle), so a build for another bundle, or after a change in scoring/, would ship stale
  // data: every build starts from an empty cache.
  await rm(cacheDir, {recursive: true, force: true});
  console.error(describe(await prebuild()));
  log("observable build");
  await run(join(binDir, "observable"), ["build"], {
    ...env,
    PEILING_OUTPUT: site,
    OBSERVABLE_TELEMETRY_DISABLE: "true",
    // Framework runs .ts data loaders with tsx, which must be on PATH.
    PATH: `${binDir}${delimiter}${process.env.PATH ?? ""}`
  });
}

/** Peiling's version, from its package.json, for the site marker. */
function peilingVersion(): string {
  return (JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf-8")) as {version: string}).version;
}

function log(message: string): void {
  console.error(`peiling build: ${message}`);
}

/**
 * Framework warns that an output folder outside the project "will not be cleared": it is the fresh
 * folder the build made, empty, so the warning would only alarm.
 */
const NOT_CLEARED = /the output root .* will not be cleared/;

/**
 * Runs a command in the repository root with extra environment, its output sent to stderr (but
 * for {@link NOT_CLEARED}). The command is stopped when this process is interrupted.
 */
function run(command: string, args: string[], env: Record<string, string>): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, {cwd: repoRoot, env: {...process.env, ...env}, stdio: ["ignore", "pipe", "pipe"]});
    const done = onInterrupt(() => child.kill("SIGTERM"));
    for (const stream of [child.stdout, child.stderr]) {
      let rest = "";
      stream.setEncoding("utf-8");
      stream.on("data", (text: string) => {
        const lines = (rest + text).split("\n");
        rest = lines.pop()!;
        for (const line of lines) if (!NOT_CLEARED.test(line)) process.stderr.write(`${line}\n`);
      });
      stream.on("end", () => rest && !NOT_CLEARED.test(rest) && process.stderr.write(rest));
    }
    child.on("error", (error) => {
      done();
      reject(new CommandError(`${basename(command)} could not be started: ${error.message}`));
    });
    child.on("close", (code, signal) => {
      done();
      if (code === 0) resolvePromise();
      else reject(new CommandError(`${[basename(command), ...args].join(" ")} failed (${signal ?? `exit ${code}`}); see the messages above`));
    });
  });
}
