/**
 * Where `peiling score` spends its time and memory, on a FEVS bundle of the given size.
 *
 *   npx tsx bench/profile.ts [--size 100000] [--top 25]
 *
 * 1. CPU: runs `node --cpu-prof --import tsx cli/peiling.ts score …` (the sources, so that the
 *    profile names their files) and lists the functions with the most
 *    self time (function, file:line, ms, share), then the same by file.
 * 2. Memory: runs the steps of `peiling score` (readBundle, scoreReport, JSON.stringify) in a child
 *    process with --expose-gc and prints, after each, the peak RSS so far (VmHWM), the heap in use
 *    and the off-heap array buffers (typed arrays) before and after a full GC, plus the live heap
 *    by allocation site (V8's sampling heap profiler) after reading the bundle.
 */
import {spawnSync} from "node:child_process";
import {mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {Session} from "node:inspector";
import {join, relative, resolve} from "node:path";
import {fileURLToPath} from "node:url";
import {parseArgs} from "node:util";
import {fevsBundle, outRoot, repoRoot} from "./fevsBundle.ts";

interface CpuProfileNode {
  id: number;
  callFrame: {functionName: string; url: string; lineNumber: number};
  children?: number[];
}
interface CpuProfile {
  nodes: CpuProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

const shortUrl = (url: string) => {
  if (!url) return "(native)";
  const path = url.startsWith("file://") ? fileURLToPath(url) : url;
  const rel = relative(repoRoot, path);
  return rel.startsWith("..") ? path : rel;
};

const sources = new Map<string, string[]>();

/**
 * The line where a function is defined: tsx hands V8 its code on one line, so the profile's line
 * numbers are all 1; this finds `function name`, `name(` or `name = (` in the source instead.
 */
function definitionLine(url: string, name: string): number | null {
  if (!url.startsWith("file://") || !name || !/^[\w$]+$/.test(name)) return null;
  let lines = sources.get(url);
  if (!lines) {
    try {
      lines = readFileSync(fileURLToPath(url), "utf8").split("\n");
    } catch {
      lines = [];
    }
    sources.set(url, lines);
  }
  const definition = new RegExp(`(function\\*?\\s+${name}\\b|\\b${name}\\s*[:=]\\s*(async\\s*)?(\\(|function|[\\w$]+\\s*=>)|^\\s*(static\\s+|async\\s+|get\\s+|private\\s+|public\\s+)*${name}\\s*[(<])`);
  const index = lines.findIndex((line) => definition.test(line));
  return index < 0 ? null : index + 1;
}

/** Self time per function and per file from a .cpuprofile, in milliseconds. */
export function selfTimes(profile: CpuProfile) {
  const self = new Map<number, number>();
  for (let i = 0; i < profile.samples.length; ++i) {
    const dt = profile.timeDeltas[i + 1] ?? 0;
    self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + dt);
  }
  const byFunction = new Map<string, {name: string; where: string; ms: number}>();
  const byFile = new Map<string, number>();
  for (const node of profile.nodes) {
    const ms = (self.get(node.id) ?? 0) / 1000;
    if (!ms) continue;
    const {functionName, url, lineNumber} = node.callFrame;
    const line = lineNumber === 0 ? definitionLine(url, functionName) : lineNumber + 1;
    const where = url ? `${shortUrl(url)}${line ? `:${line}` : ""}` : "";
    const key = `${functionName}@${where}`;
    const entry = byFunction.get(key) ?? {name: functionName || "(anonymous)", where, ms: 0};
    entry.ms += ms;
    byFunction.set(key, entry);
    const file = url ? shortUrl(url) : functionName;
    byFile.set(file, (byFile.get(file) ?? 0) + ms);
  }
  const total = (profile.endTime - profile.startTime) / 1000;
  return {
    total,
    functions: [...byFunction.values()].sort((a, b) => b.ms - a.ms),
    files: [...byFile.entries()].map(([file, ms]) => ({file, ms})).sort((a, b) => b.ms - a.ms)
  };
}

function cpuProfile(bundleDir: string, top: number): string {
  const dir = join(outRoot, "profiles", `cpu-${process.pid}`);
  mkdirSync(dir, {recursive: true});
  const out = join(outRoot, `profile-report-${process.pid}.json`);
  // The TypeScript sources through tsx, not compiled/: the profile then names source files (compiled, every function sits in a chunk).
  const run = spawnSync(process.execPath, ["--cpu-prof", "--cpu-prof-dir", dir, "--import", "tsx", "cli/peiling.ts", "score", bundleDir, "--out", out], {cwd: repoRoot, encoding: "utf8"});
  rmSync(out, {force: true});
  if (run.status !== 0) throw new Error(`peiling score failed: ${run.stderr}`);
  const file = readdirSync(dir).find((f) => f.endsWith(".cpuprofile"))!;
  const {total, functions, files} = selfTimes(JSON.parse(readFileSync(join(dir, file), "utf8")) as CpuProfile);
  const lines = [`CPU profile of peiling score ${relative(repoRoot, bundleDir)}: ${(total / 1000).toFixed(2)} s sampled (${relative(repoRoot, join(dir, file))})`, ""];
  lines.push("| self (ms) | share | function | where |", "|---:|---:|---|---|");
  for (const f of functions.slice(0, top)) lines.push(`| ${f.ms.toFixed(0)} | ${((100 * f.ms) / total).toFixed(1)} % | ${f.name} | ${f.where} |`);
  lines.push("", "| self (ms) | share | file |", "|---:|---:|---|");
  for (const f of files.slice(0, Math.min(top, 15))) lines.push(`| ${f.ms.toFixed(0)} | ${((100 * f.ms) / total).toFixed(1)} % | ${f.file} |`);
  return lines.join("\n");
}

function memoryProfile(bundleDir: string): string {
  const run = spawnSync(process.execPath, ["--expose-gc", "--import", "tsx", fileURLToPath(import.meta.url), "--phases", bundleDir], {cwd: repoRoot, encoding: "utf8", maxBuffer: 1 << 26});
  if (run.status !== 0) throw new Error(`memory phases failed: ${run.stderr}`);
  return run.stdout.trim();
}

/** In the child: the steps of `peiling score`, measured one by one. */
async function phases(bundleDir: string): Promise<void> {
  const {readBundle, scoreReport} = await import("../scoring/index.ts");
  const gc = (globalThis as {gc?: () => void}).gc;
  if (!gc) throw new Error("run with --expose-gc");
  const mib = (bytes: number) => `${Math.round(bytes / 2 ** 20)}`;
  const hwm = () => Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync("/proc/self/status", "utf8"))![1]) * 1024;
  const rows: string[] = ["| after | seconds | peak RSS so far (MiB) | heap used (MiB) | array buffers (MiB) | heap used after GC | array buffers after GC |", "|---|---:|---:|---:|---:|---:|---:|"];
  const step = <T>(label: string, work: () => T): T => {
    const started = performance.now();
    const result = work();
    const seconds = (performance.now() - started) / 1000;
    const before = process.memoryUsage();
    const peak = hwm();
    gc();
    const after = process.memoryUsage();
    rows.push(`| ${label} | ${seconds.toFixed(2)} | ${mib(peak)} | ${mib(before.heapUsed)} | ${mib(before.arrayBuffers)} | ${mib(after.heapUsed)} | ${mib(after.arrayBuffers)} |`);
    return result;
  };
  gc();
  step("start (modules loaded)", () => null);

  const session = new Session();
  session.connect();
  const post = <T>(method: string, params?: object) =>
    new Promise<T>((resolve, reject) => session.post(method, params ?? {}, (error, result) => (error ? reject(error) : resolve(result as T))));
  await post("HeapProfiler.startSampling", {samplingInterval: 16384});
  const bundle = step("readBundle", () => readBundle(bundleDir));
  const {profile} = await post<{profile: {head: HeapNode}}>("HeapProfiler.getSamplingProfile");
  await post("HeapProfiler.stopSampling");
  session.disconnect();
  const report = step("scoreReport", () => scoreReport(bundle));
  const json = step("JSON.stringify", () => JSON.stringify(report));
  console.log(rows.join("\n"));
  console.log(`\nreport JSON: ${mib(json.length)} MiB; table: ${bundle.table.n} rows × ${bundle.table.answers.size} questions`);

  // Live heap after readBundle by allocation site (sampled; typed array contents are off-heap).
  const sites = new Map<string, number>();
  const walk = (node: HeapNode) => {
    if (node.selfSize) {
      const {functionName, url, lineNumber} = node.callFrame;
      const line = lineNumber === 0 ? definitionLine(url, functionName) : lineNumber + 1;
      const key = `${functionName || "(anonymous)"} ${url ? `${shortUrl(url)}${line ? `:${line}` : ""}` : ""}`.trim();
      sites.set(key, (sites.get(key) ?? 0) + node.selfSize);
    }
    for (const child of node.children) walk(child);
  };
  walk(profile.head);
  console.log("\nLive heap after readBundle, by allocation site (sampled):\n\n| MiB | allocated in |\n|---:|---|");
  for (const [site, bytes] of [...sites.entries()].sort((a, b) => b[1] - a[1]).slice(0, 10)) console.log(`| ${(bytes / 2 ** 20).toFixed(1)} | ${site} |`);
}

interface HeapNode {
  callFrame: {functionName: string; url: string; lineNumber: number};
  selfSize: number;
  children: HeapNode[];
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const {values, positionals} = parseArgs({
    allowPositionals: true,
    options: {size: {type: "string", default: "100000"}, top: {type: "string", default: "25"}, phases: {type: "boolean", default: false}}
  });
  if (values.phases) {
    await phases(positionals[0]);
  } else {
    const {dir} = await fevsBundle({size: Number(values.size)});
    const text = `${cpuProfile(dir, Number(values.top))}\n\nMemory, step by step (readBundle, scoreReport, JSON.stringify as in cli/score.ts):\n\n${memoryProfile(dir)}\n`;
    console.log(text);
    writeFileSync(join(outRoot, `profile-${values.size}.md`), text);
  }
}
