/**
 * `peiling score <bundle>`: computes the report model and writes it as JSON, to a file (written
 * whole or not at all) or to stdout; reports on stderr how many rows were read, accepted and set aside.
 */
import {scoreReport, type Bundle} from "../scoring/index.ts";
import {accountingLine} from "../bundle/accountingLine.ts";
import {surveysOf} from "../bundle/readBundle.ts";
import {readBundleWithEngine, type Engine} from "../duckdb/engine.ts";
import {fallbackNote} from "../duckdb/fallbackNote.ts";
import {checkFileOut, writeWhole} from "../site/writeWhole.ts";
import {jsonChunks} from "../site/jsonChunks.ts";

export interface ScoreOptions {
  /** Write the report model here instead of stdout. */
  out?: string;
  /** Set rows with defects aside instead of failing. */
  setAside?: boolean;
  /** Write the rows set aside to this CSV file, with a reason column. */
  rejects?: string;
  /** `js` (in memory), `duckdb` (out of core), or `auto` (default: DuckDB for Parquet or a responses.csv too large for memory). */
  engine?: Engine;
  /** Print how long reading, aggregating, scoring and writing took. */
  timings?: boolean;
}

/**
 * Runs `peiling score`. Throws a CommandError for an `out` or `rejects` that is a folder (or in a
 * folder that does not exist) and a BundleError for an invalid bundle, before writing anything.
 *
 * @example
 * await score("data/voorbeeld", {out: "report.json"});
 */
export async function score(bundleDir: string, {out, setAside = false, rejects, engine, timings = false}: ScoreOptions = {}): Promise<void> {
  if (out) checkFileOut(out, "--out");
  if (rejects) checkFileOut(rejects, "--rejects");
  const clock = stopwatch();
  progress(`reading ${bundleDir}`);
  const onProgress = process.stderr.isTTY ? (file: string, rows: number) => progress(`${file}: ${rows.toLocaleString("en")} rows read`) : undefined;
  const bundle = await readBundleWithEngine(bundleDir, {setAside, engine, onFallback: fallbackNote, onProgress});
  const read = clock();
  for (const b of surveysOf(bundle)) console.error(accountingLine(b));
  progress(`scoring ${bundle.table.n} respondents in ${bundle.groups.length} groups`);
  // Time the aggregation apart from the scoring it feeds: the passes over the rows, for the sums
  // per set and for the disclosure audit's counts per cell.
  let aggregate = 0;
  const timed = <A extends unknown[], R>(pass: (...args: A) => R) => (...args: A): R => {
    const start = performance.now();
    const result = pass(...args);
    aggregate += performance.now() - start;
    return result;
  };
  for (const b of new Set([bundle, ...(bundle.previous ? [bundle.previous] : []), ...bundle.waves.map((w) => w.bundle)])) {
    const inner = b.aggregate;
    b.aggregate = Object.assign(timed(inner), {cells: timed(inner.cells)});
  }
  const report = scoreReport(bundle);
  const scored = clock() - aggregate;
  if (rejects) await writeWhole(rejects, rejectedCsv(bundle));
  // The report as text piece by piece, each written while the next is made (29 MB at FEVS size).
  if (out) await writeWhole(out, jsonChunks(report));
  else for (const piece of jsonChunks(report)) process.stdout.write(piece);
  const written = clock();
  const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  if (timings) console.error(`peiling: timings: read ${seconds(read)}, aggregate ${seconds(aggregate)}, score ${seconds(scored)}, write ${seconds(written)}`);
  progress(`done${out ? `: ${out}` : ""}`);
}

/** A function that returns the milliseconds since it was last called (or created). */
function stopwatch(): () => number {
  let last = performance.now();
  return () => {
    const now = performance.now();
    const elapsed = now - last;
    last = now;
    return elapsed;
  };
}

/**
 * The rows set aside in their original columns, with the line and the reason first. A cell a
 * spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage
 * return) gets a `'` in front, so it shows as text (OWASP's rule against CSV injection).
 *
 * @example
 * rejectedCsv(bundle) // "line,reason,id,bev1\n12,bev1: \"=1+2\" is not an answer …,r7,'=1+2\n"
 */
export function rejectedCsv(bundle: Pick<Bundle, "header" | "rejected">): string {
  const lines = [["line", "reason", ...bundle.header].map(csvCell).join(",")];
  for (const row of bundle.rejected) {
    const reason = row.issues.length ? row.issues.map((i) => `${i.columnName ?? ""}: ${i.message}`).join("; ") : row.reason;
    lines.push([String(row.line), reason, ...row.fields].map(csvCell).join(","));
  }
  return lines.join("\n") + "\n";
}

/** One cell of a CSV file a spreadsheet may open: defused when it could start a formula, quoted when needed. */
export function csvCell(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r;\t]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function progress(message: string): void {
  if (process.stderr.isTTY) console.error(`peiling: ${message}`);
}
