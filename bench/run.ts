/**
 * `npm run bench [-- --sizes 100000,500000,1000000] [--repeat n] [--no-site] [--tolerance 1e-9]`
 *
 * First bundles the command (`npm run compile`) and times its start (`peiling --help`, directly and
 * through npx). For every size: builds (or reuses) a FEVS 2018 bundle of that many respondents, runs
 * `npx peiling score` on it as a user does, as a child process (wall time, peak memory, rows per
 * second, the phases `--timings` prints), with the JS engine and with the DuckDB engine
 * (`--engine duckdb`), computes
 * the same per-question aggregates with DuckDB from the same CSV (also a child process), prints the
 * time ratio Peiling / DuckDB, and checks that both give the same numbers: weighted percent
 * positive, weighted mean 0–10 and valid n per question, for the organisation, every AGENCY,
 * every AGENCY × LEVEL1 and every demographic group. Any mismatch makes the bench exit with
 * status 1. Then it times two site builds (the example bundle and the 100k FEVS bundle), measures
 * their pages in headless Chromium (bytes loaded, gzipped, time until the last chart is drawn; see
 * bench/site.ts), and prints a markdown table of everything with the machine it ran on; the table and the raw numbers are
 * also written to bench/.out/results.md and results.json.
 */
import {execFileSync, spawn} from "node:child_process";
import {existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from "node:fs";
import os from "node:os";
import {join, relative} from "node:path";
import {parseArgs} from "node:util";
import {measureSite, siteTable, type PageMeasure} from "./site.ts";
import {fevsBundle, outRoot, repoRoot} from "./fevsBundle.ts";
import type {Aggregates} from "./duckdbAggregates.ts";
import {compareWithReference, type Check, type ReportModel} from "./compare.ts";
import {compileCommand} from "../scripts/compile.ts";

const DEFAULT_SIZES = [100_000, 500_000, 1_000_000];
const TIME = "/usr/bin/time";

// ---------------------------------------------------------------------------------------------
// Measuring a child process

export interface Measurement {
  /** Wall-clock seconds. */
  seconds: number;
  /** Peak resident set size in bytes (of the process and its waited-for children), or null if unknown. */
  peakBytes: number | null;
  exitCode: number;
  stderr: string;
}

/**
 * Runs a command and measures its wall time and peak memory: with GNU time (`/usr/bin/time`,
 * maximum resident set size) when present, else by polling VmHWM in /proc/<pid>/status.
 */
export async function measure(command: string, args: string[], {cwd = repoRoot, env = process.env} = {}): Promise<Measurement> {
  const useTime = existsSync(TIME);
  const timeFile = join(outRoot, `time-${process.pid}.txt`);
  const [file, argv] = useTime ? [TIME, ["-f", "%e %M", "-o", timeFile, command, ...args]] : [command, args];
  const started = performance.now();
  const child = spawn(file, argv, {cwd, env, stdio: ["ignore", "ignore", "pipe"]});
  let stderr = "";
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
    stderr += chunk;
    if (stderr.length > 1e6) stderr = stderr.slice(-5e5);
  });
  let polledKB = 0;
  const poll = useTime
    ? null
    : setInterval(() => {
        try {
          const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"));
          if (match) polledKB = Math.max(polledKB, Number(match[1]));
        } catch {
          // The process has ended.
        }
      }, 20);
  const exitCode = await new Promise<number>((resolve, reject) => {
    child.once("error", reject);
    child.once("close", (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
  if (poll) clearInterval(poll);
  let seconds = (performance.now() - started) / 1000;
  let peakBytes: number | null = polledKB ? polledKB * 1024 : null;
  if (useTime && existsSync(timeFile)) {
    // GNU time prints "Command exited with non-zero status n" first when the command fails.
    const last = readFileSync(timeFile, "utf8").trim().split("\n").pop()!;
    const [elapsed, maxKB] = last.split(" ").map(Number);
    if (Number.isFinite(elapsed)) seconds = elapsed;
    if (Number.isFinite(maxKB)) peakBytes = maxKB * 1024;
    rmSync(timeFile, {force: true});
  }
  return {seconds, peakBytes, exitCode, stderr};
}

// ---------------------------------------------------------------------------------------------
// The machine

export interface Machine {
  cpu: string;
  cores: number;
  memory: string;
  node: string;
  os: string;
  commit: string;
}

export function machine(): Machine {
  let cpu = os.cpus()[0]?.model ?? "unknown";
  try {
    cpu = /^model name\s*:\s*(.+)$/m.exec(readFileSync("/proc/cpuinfo", "utf8"))?.[1] ?? cpu;
  } catch {
    // Not Linux.
  }
  let commit = "unknown";
  try {
    const git = (args: string[]) => execFileSync("git", args, {cwd: repoRoot, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"]}).trim();
    commit = git(["rev-parse", "--short", "HEAD"]) + (git(["status", "--porcelain", "--untracked-files=no", "--", "bundle", "scoring", "duckdb", "cli"]) ? " + uncommitted changes in bundle/, scoring/, duckdb/ or cli/" : "");
  } catch {
    // Not a git checkout.
  }
  return {
    cpu,
    cores: os.availableParallelism(),
    memory: `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    commit
  };
}


// ---------------------------------------------------------------------------------------------
// The bench

/** The phases `peiling score --timings` prints, in seconds. */
type Phases = {read: number; aggregate: number; score: number; write: number};

interface SizeResult {
  size: number;
  csvMB: number;
  generated: string;
  peiling: Measurement & {rowsPerSecond: number; phases: Phases | null};
  duckdb: (Measurement & {querySeconds: number | null; engine: string | null; threads: number | null}) | null;
  ratio: number | null;
  check: Check | null;
  error: string | null;
  /** `peiling score --engine duckdb` on the same bundle, its report checked against the reference like the JS engine's. */
  engineDuckdb: (Measurement & {rowsPerSecond: number; phases: Phases | null; check: Check | null}) | null;
}

/** How long the command takes to start: `peiling --help`, run directly and through npx (fastest of several runs). */
interface StartUp {
  node: number;
  npx: number;
}

interface BuildResult {
  bundle: string;
  seconds: number | null;
  peakBytes: number | null;
  /** Bytes of the built site, and of its largest file (the report data). */
  siteBytes: number | null;
  largestFile: {path: string; bytes: number} | null;
  /** Weight and drawing time of the report pages (and the first three group pages). */
  pages: PageMeasure[];
  ok: boolean;
  note: string;
}

function parseSize(text: string): number {
  const match = /^(\d+(?:\.\d+)?)([kKmM]?)$/.exec(text.trim());
  if (!match) throw new Error(`--sizes: "${text}" is not a number of respondents (e.g. 100000, 500k, 1M)`);
  const factor = match[2] === "" ? 1 : match[2].toLowerCase() === "k" ? 1e3 : 1e6;
  return Math.round(Number(match[1]) * factor);
}

const mb = (bytes: number | null) => (bytes === null ? "–" : `${Math.round(bytes / 2 ** 20)}`);
const s = (seconds: number | null) => (seconds === null ? "–" : seconds.toFixed(1));
const thousands = (n: number) => n.toLocaleString("en-US");
const log = (message: string) => console.error(`bench: ${message}`);

/** The phases in a `peiling score --timings` stderr, or null. */
function phasesOf(stderr: string): Phases | null {
  const match = /timings: read ([\d.]+) s, aggregate ([\d.]+) s, score ([\d.]+) s, write ([\d.]+) s/.exec(stderr);
  return match ? {read: Number(match[1]), aggregate: Number(match[2]), score: Number(match[3]), write: Number(match[4])} : null;
}

/** `npx peiling score …`, as a user runs it (npx resolves the repository's own bin/peiling.js). */
const scoreCommand = (bundleDir: string, engine: string, out: string): [string, string[]] => ["npx", ["--no-install", "peiling", "score", bundleDir, "--engine", engine, "--out", out, "--timings"]];

/** The start of the command, fastest of `runs`: `node bin/peiling.js --help` and `npx peiling --help`. */
async function startUp(runs = 5): Promise<StartUp> {
  const fastest = async (command: string, args: string[]) => {
    let best = Infinity;
    for (let i = 0; i < runs; ++i) {
      const m = await measure(command, args);
      if (m.exitCode !== 0) throw new Error(`${command} ${args.join(" ")} exited with status ${m.exitCode}:\n${tail(m.stderr)}`);
      best = Math.min(best, m.seconds);
    }
    return best;
  };
  return {node: await fastest(process.execPath, ["bin/peiling.js", "--help"]), npx: await fastest("npx", ["--no-install", "peiling", "--help"])};
}

/** The last lines of a child's stderr, for a failure message; stack frames left out. */
const tail = (text: string, lines = 8) =>
  text
    .trim()
    .split("\n")
    .filter((line) => !/^\s+at /.test(line) && line.trim() !== "")
    .slice(-lines)
    .join("\n");

async function benchSize(size: number, repeat: number, tolerance: number): Promise<SizeResult> {
  const bundle = await fevsBundle({size});
  const generated = bundle.reused ? "reused" : `${bundle.seconds.toFixed(1)} s`;
  log(`${thousands(size)} respondents: bundle ${relative(repoRoot, bundle.dir)} (${(bundle.bytes / 1e6).toFixed(0)} MB, ${bundle.reused ? "reused" : `written in ${generated}`})`);

  const reportFile = join(outRoot, `report-${size}.json`);
  /** Runs a command `repeat` times: the fastest run's time (and what `collect` read after it), the largest run's memory. */
  const best = async <T>(command: string, args: string[], collect: () => T) => {
    let result: (Measurement & {collected: T | null}) | null = null;
    for (let i = 0; i < repeat; ++i) {
      const m = await measure(command, args);
      if (m.exitCode !== 0) return {...m, collected: null};
      const run = {...m, collected: collect()};
      if (!result) result = run;
      else result = {...(run.seconds < result.seconds ? run : result), peakBytes: Math.max(run.peakBytes ?? 0, result.peakBytes ?? 0) || null};
    }
    return result!;
  };
  const {collected: _, ...peiling} = await best(...scoreCommand(bundle.dir, "js", reportFile), () => null);
  const result: SizeResult = {
    size,
    csvMB: bundle.bytes / 1e6,
    generated,
    peiling: {...peiling, rowsPerSecond: size / peiling.seconds, phases: phasesOf(peiling.stderr)},
    duckdb: null,
    ratio: null,
    check: null,
    error: null,
    engineDuckdb: null
  };
  if (peiling.exitCode !== 0) {
    result.error = `peiling score exited with status ${peiling.exitCode}:\n${tail(peiling.stderr)}`;
    log(result.error);
    return result;
  }
  log(`  npx peiling score: ${s(peiling.seconds)} s, peak ${mb(peiling.peakBytes)} MiB, ${thousands(Math.round(size / peiling.seconds))} rows/s; ${phaseText(result.peiling.phases)}`);

  const aggregatesFile = join(outRoot, `duckdb-${size}.json`);
  const {collected: aggregates, ...duck} = await best(
    process.execPath,
    ["--import", "tsx", "bench/duckdbAggregates.ts", join(bundle.dir, "responses.csv"), "--out", aggregatesFile],
    () => JSON.parse(readFileSync(aggregatesFile, "utf8")) as Aggregates
  );
  if (duck.exitCode !== 0 || !aggregates) {
    result.error = `DuckDB exited with status ${duck.exitCode}:\n${tail(duck.stderr)}`;
    log(result.error);
    return result;
  }
  result.duckdb = {...duck, querySeconds: aggregates.seconds, engine: aggregates.engine, threads: aggregates.threads};
  result.ratio = peiling.seconds / duck.seconds;
  log(`  ${aggregates.engine} (${aggregates.threads} threads): ${s(duck.seconds)} s (${s(aggregates.seconds)} s reading and aggregating), peak ${mb(duck.peakBytes)} MiB; Peiling / DuckDB = ${result.ratio.toFixed(2)}`);

  const report = JSON.parse(readFileSync(reportFile, "utf8")) as ReportModel;
  result.check = compareWithReference(report, aggregates, tolerance);
  const c = result.check;
  log(
    `  check: ${c.ok ? "same numbers" : `${c.mismatches} MISMATCHES`} — ${thousands(c.values)} values in ${c.groups} groups, ` +
      `max |Δ| positive ${c.maxDifference.positive.toExponential(1)}, mean ${c.maxDifference.mean.toExponential(1)}, index ${c.maxDifference.index.toExponential(1)}; ` +
      `${c.suppressed.size} groups suppressed below the minimum, ${c.suppressed.secondary} by the audit, ${c.withheld} scores withheld`
  );
  for (const message of c.messages) log(`    ${message}`);

  // The DuckDB engine (out of core) on the same bundle, checked the same way.
  const engineReportFile = join(outRoot, `report-${size}-duckdb.json`);
  const {collected: __, ...engine} = await best(...scoreCommand(bundle.dir, "duckdb", engineReportFile), () => null);
  const engineCheck = engine.exitCode === 0 ? compareWithReference(JSON.parse(readFileSync(engineReportFile, "utf8")) as ReportModel, aggregates, tolerance) : null;
  result.engineDuckdb = {...engine, rowsPerSecond: size / engine.seconds, phases: phasesOf(engine.stderr), check: engineCheck};
  log(
    engine.exitCode === 0
      ? `  npx peiling score --engine duckdb: ${s(engine.seconds)} s, peak ${mb(engine.peakBytes)} MiB; ${phaseText(result.engineDuckdb.phases)}; check: ${engineCheck!.ok ? "same numbers" : `${engineCheck!.mismatches} MISMATCHES`}`
      : `  peiling score --engine duckdb exited with status ${engine.exitCode}:\n${tail(engine.stderr)}`
  );
  for (const message of engineCheck?.messages ?? []) log(`    ${message}`);
  return result;
}

const phaseText = (p: Phases | null) => (p ? `read ${p.read.toFixed(2)} s, aggregate ${p.aggregate.toFixed(2)} s, score ${p.score.toFixed(2)} s, write ${p.write.toFixed(2)} s` : "no timings");

async function benchBuild(label: string, bundleDir: string): Promise<BuildResult> {
  const out = join(os.tmpdir(), `peiling-bench-site-${label}`);
  log(`site build of ${label}: peiling build ${relative(repoRoot, bundleDir) || bundleDir} --out ${out}`);
  // The build writes through the repository's dist/ and src/.observablehq/cache, so a build someone
  // else runs at the same time can break it: one retry.
  let m = await measure(process.execPath, ["bin/peiling.js", "build", bundleDir, "--out", out]);
  let retried = false;
  if (m.exitCode !== 0) {
    writeFileSync(join(outRoot, `build-${label}-1.log`), m.stderr);
    log(`  failed (status ${m.exitCode}), trying once more; messages in bench/.out/build-${label}-1.log`);
    m = await measure(process.execPath, ["bin/peiling.js", "build", bundleDir, "--out", out]);
    retried = true;
  }
  if (m.exitCode !== 0) {
    const logFile = `bench/.out/build-${label}.log`;
    writeFileSync(join(repoRoot, logFile), m.stderr);
    const errors = m.stderr.split("\n").filter((line) => /^\s*\w*Error\b/.test(line));
    const note = `failed (status ${m.exitCode}${retried ? ", twice" : ""}): ${(errors.length ? errors.slice(-1).join(" ") : tail(m.stderr, 2)).replace(/\s+/g, " ").slice(0, 200)} (${logFile})`;
    log(`  ${note}`);
    return {bundle: label, seconds: m.seconds, peakBytes: m.peakBytes, siteBytes: null, largestFile: null, pages: [], ok: false, note};
  }
  let siteBytes = 0;
  let largestFile: BuildResult["largestFile"] = null;
  for (const entry of readdirSync(out, {recursive: true, withFileTypes: true})) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const bytes = statSync(path).size;
    siteBytes += bytes;
    if (!largestFile || bytes > largestFile.bytes) largestFile = {path: relative(out, path), bytes};
  }
  log(`  measuring pages in Chromium`);
  const pages = await measureSite(out, {groupPages: 3});
  rmSync(out, {recursive: true, force: true});
  log(`  built in ${s(m.seconds)} s, peak ${mb(m.peakBytes)} MiB; site ${(siteBytes / 1e6).toFixed(1)} MB, largest file ${largestFile?.path} (${((largestFile?.bytes ?? 0) / 1e6).toFixed(1)} MB)`);
  return {bundle: label, seconds: m.seconds, peakBytes: m.peakBytes, siteBytes, largestFile, pages, ok: true, note: retried ? "ok (second attempt)" : "ok"};
}

function markdown(results: SizeResult[], builds: BuildResult[], host: Machine, tolerance: number, start: StartUp, load: [number, number]): string {
  const lines: string[] = [];
  lines.push(`Machine: ${host.cpu}, ${host.cores} cores (nproc), ${host.memory}; Node ${host.node}; ${host.os}; Peiling at ${host.commit}; load average ${load[0].toFixed(1)} at the start, ${load[1].toFixed(1)} at the end.`);
  const engine = results.find((r) => r.duckdb)?.duckdb;
  if (engine) lines.push(`Reference: ${engine.engine}, ${engine.threads} threads, computing the checked aggregates from the same CSV in the same run (the ratio's denominator: its whole process).`);
  lines.push(`Start-up (\`peiling --help\`, fastest of 5): ${Math.round(start.node * 1000)} ms as \`node bin/peiling.js\`, ${Math.round(start.npx * 1000)} ms as \`npx peiling\`.`);
  lines.push("");
  lines.push("| respondents | CSV (MB) | engine | `npx peiling score` (s) | DuckDB (s) | ratio | peak memory (MiB) | DuckDB peak (MiB) | rows/s | check |");
  lines.push("|---:|---:|---|---:|---:|---:|---:|---:|---:|---|");
  const checkText = (check: Check | null | undefined, exitCode: number) =>
    exitCode !== 0 || !check ? `exit ${exitCode}` : check.ok ? `same (${thousands(check.values)} values, max Δ ${Math.max(...Object.values(check.maxDifference)).toExponential(0)})` : `**${check.mismatches} mismatches**`;
  for (const r of results) {
    if (r.error && !r.duckdb) {
      lines.push(`| ${thousands(r.size)} | ${r.csvMB.toFixed(0)} | js | ${s(r.peiling.seconds)} | – | – | ${mb(r.peiling.peakBytes)} | – | – | error: ${r.error.split("\n")[0]} |`);
      continue;
    }
    const duck = r.duckdb ? `${s(r.duckdb.seconds)} (${s(r.duckdb.querySeconds)} in query)` : "–";
    const runs: [string, (Measurement & {rowsPerSecond: number}) | null, Check | null | undefined][] = [
      ["js", r.peiling, r.check],
      ["duckdb", r.engineDuckdb, r.engineDuckdb?.check]
    ];
    for (const [name, run, check] of runs) {
      if (!run) continue;
      const ratio = r.duckdb && run.exitCode === 0 ? (run.seconds / r.duckdb.seconds).toFixed(2) : "–";
      lines.push(
        `| ${thousands(r.size)} | ${r.csvMB.toFixed(0)} | ${name} | ${s(run.seconds)} | ${duck} | ${ratio} | ${mb(run.peakBytes)} | ${mb(r.duckdb?.peakBytes ?? null)} | ` +
          `${run.exitCode === 0 ? thousands(Math.round(run.rowsPerSecond)) : "–"} | ${checkText(check, run.exitCode)} |`
      );
    }
  }
  lines.push("");
  lines.push(
    `Check: per question, weighted percent positive and weighted mean 0–10 within ${tolerance} and valid n exactly, and OPM's indices (mean of their items' percent positive) within ${tolerance}, ` +
      "for the organisation and every AGENCY, AGENCY × LEVEL1 and demographic group that is not suppressed; suppressed groups and withheld scores must carry no numbers."
  );
  lines.push("");
  lines.push("Phases (`--timings`, seconds):");
  lines.push("");
  lines.push("| respondents | engine | read | aggregate | score | write |");
  lines.push("|---:|---|---:|---:|---:|---:|");
  for (const r of results) {
    for (const [name, phases] of [["js", r.peiling.phases], ["duckdb", r.engineDuckdb?.phases ?? null]] as const) {
      if (phases) lines.push(`| ${thousands(r.size)} | ${name} | ${phases.read.toFixed(2)} | ${phases.aggregate.toFixed(2)} | ${phases.score.toFixed(2)} | ${phases.write.toFixed(2)} |`);
    }
  }
  if (builds.length) {
    lines.push("");
    lines.push("| site build | wall (s) | peak RSS (MiB) | site (MB) | largest file (MB) | result |");
    lines.push("|---|---:|---:|---:|---|---|");
    for (const b of builds) {
      const largest = b.largestFile ? `${b.largestFile.path} (${(b.largestFile.bytes / 1e6).toFixed(1)})` : "–";
      lines.push(`| ${b.bundle} | ${s(b.seconds)} | ${mb(b.peakBytes)} | ${b.siteBytes === null ? "–" : (b.siteBytes / 1e6).toFixed(1)} | ${largest} | ${b.note} |`);
    }
    for (const b of builds) {
      if (!b.pages.length) continue;
      lines.push("", `Pages of the ${b.bundle} site in headless Chromium (fresh cache; gzipped = what a compressing server transfers):`, "", siteTable(b.pages));
    }
  }
  return lines.join("\n");
}

async function main(): Promise<number> {
  const {values} = parseArgs({
    options: {
      sizes: {type: "string"},
      repeat: {type: "string", default: "1"},
      tolerance: {type: "string", default: "1e-9"},
      "no-site": {type: "boolean", default: false}
    }
  });
  const sizes = values.sizes ? values.sizes.split(",").map(parseSize) : DEFAULT_SIZES;
  const repeat = Math.max(1, Number(values.repeat));
  const tolerance = Number(values.tolerance);
  mkdirSync(outRoot, {recursive: true});
  const host = machine();
  const loadAtStart = os.loadavg()[0];
  log(`${host.cpu}, ${host.cores} cores, ${host.memory}, Node ${host.node}; sizes ${sizes.map(thousands).join(", ")}`);
  // What a user runs: the compiled command, current with the sources.
  log(`compiled ${await compileCommand(repoRoot)} sources into compiled/`);
  const start = await startUp();
  log(`start-up (peiling --help): ${Math.round(start.node * 1000)} ms as node bin/peiling.js, ${Math.round(start.npx * 1000)} ms as npx peiling`);

  const results: SizeResult[] = [];
  for (const size of sizes) results.push(await benchSize(size, repeat, tolerance));

  const builds: BuildResult[] = [];
  if (!values["no-site"]) {
    builds.push(await benchBuild("voorbeeld", join(repoRoot, "data", "voorbeeld")));
    const fevs = await fevsBundle({size: 100_000});
    builds.push(await benchBuild("fevs-100000", fevs.dir));
  }

  const table = markdown(results, builds, host, tolerance, start, [loadAtStart, os.loadavg()[0]]);
  console.log(table);
  writeFileSync(join(outRoot, "results.md"), table + "\n");
  writeFileSync(
    join(outRoot, "results.json"),
    JSON.stringify({machine: host, tolerance, startUp: start, results: results.map((r) => ({...r, peiling: {...r.peiling, stderr: undefined}, duckdb: r.duckdb && {...r.duckdb, stderr: undefined}, engineDuckdb: r.engineDuckdb && {...r.engineDuckdb, stderr: undefined}})), builds}, null, 1)
  );

  const failed = results.filter((r) => r.error || !r.check?.ok || (r.engineDuckdb && !r.engineDuckdb.check?.ok));
  if (failed.length) {
    console.error(`\nbench: FAILED for ${failed.map((r) => thousands(r.size)).join(", ")} respondents:`);
    for (const r of failed) {
      const check = r.check?.ok ? r.engineDuckdb?.check : r.check;
      const which = r.check?.ok ? "Peiling's DuckDB engine" : "Peiling";
      console.error(`  ${thousands(r.size)}: ${r.error ?? (check ? `${check.mismatches} numbers differ between ${which} and DuckDB, e.g.\n    ${check.messages.slice(0, 5).join("\n    ")}` : "peiling score --engine duckdb failed")}`);
    }
    return 1;
  }
  return 0;
}

process.exitCode = await main();
