/**
 * The reference implementation of the bench: the same per-question aggregates Peiling reports —
 * weighted percent positive, weighted mean on 0–10, and the number of valid answers — for the
 * organisation, every AGENCY, every AGENCY × LEVEL1 and every demographic group, computed with
 * DuckDB straight from responses.csv. Written from the method (docs/method.md) and OPM's
 * conventions, not from Peiling's code: codes 1–5 score (code − 1) · 2.5, codes 4 and 5 are
 * positive, "Do Not Know" (X) and blanks are left out, every sum is weighted with POSTWT.
 *
 * Run as a child process by bench/run.ts, so its wall time and peak memory are measured like
 * `peiling score`'s:
 *   node --import tsx bench/duckdbAggregates.ts <bundle>/responses.csv --out aggregates.json
 */
import {writeFileSync} from "node:fs";
import {resolve} from "node:path";
import {fileURLToPath} from "node:url";
import {parseArgs} from "node:util";
import {DuckDBInstance} from "@duckdb/node-api";
import {DEMOGRAPHICS, DONT_KNOW, QUESTION_IDS, RESPONSE_COLUMNS} from "./fevsBundle.ts";

export interface QuestionAggregate {
  /** Valid answers (codes 1–5). */
  n: number;
  /** Σw over codes 4–5 / Σw over codes 1–5; null without valid answers. */
  positive: number | null;
  /** Σw·(code − 1)·2.5 / Σw over codes 1–5; null without valid answers. */
  mean: number | null;
}

export interface GroupAggregate {
  /** Respondents (rows) in the group. */
  n: number;
  questions: Record<string, QuestionAggregate>;
}

export interface Aggregates {
  engine: string;
  threads: number;
  /** Seconds for reading the CSV and aggregating (inside DuckDB, after start-up). */
  seconds: number;
  /** By Peiling's group id (`AGENCY=AR`, `AGENCY=AR|LEVEL1=ARCE`, `DSEX=Male`), plus `organisation`. */
  groups: Record<string, GroupAggregate>;
}

/** The key columns of the grouping sets, in the order of GROUPING()'s bits (most significant first). */
const KEYS = ["AGENCY", "LEVEL1", ...DEMOGRAPHICS];
const GROUPING_SETS = ["()", "(AGENCY)", "(AGENCY, LEVEL1)", ...DEMOGRAPHICS.map((d) => `(${d})`)];

/** SQL string literal. */
const literal = (s: string) => `'${s.replace(/'/g, "''")}'`;

/**
 * Reads responses.csv with DuckDB and aggregates every question over every grouping set in one query.
 *
 * @example
 * const aggregates = await duckdbAggregates("bench/.out/fevs-100000/responses.csv");
 * aggregates.groups["AGENCY=AR"].questions.Q1.positive
 */
export async function duckdbAggregates(csvFile: string): Promise<Aggregates> {
  const started = performance.now();
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  const columns = RESPONSE_COLUMNS.map((c) => `${literal(c)}: ${literal(c === "POSTWT" ? "DOUBLE" : QUESTION_IDS.includes(c) ? "INTEGER" : "VARCHAR")}`);
  // CASE, not FILTER: with GROUPING SETS, DuckDB 1.5 takes 25 times as long over 213 FILTER aggregates.
  const perQuestion = QUESTION_IDS.map((q) => {
    const valid = `sum(CASE WHEN ${q} BETWEEN 1 AND 5 THEN POSTWT END)`;
    return [
      `count(CASE WHEN ${q} BETWEEN 1 AND 5 THEN 1 END)::DOUBLE AS "${q}_n"`,
      `sum(CASE WHEN ${q} IN (4, 5) THEN POSTWT ELSE 0 END) / ${valid} AS "${q}_positive"`,
      `sum(CASE WHEN ${q} BETWEEN 1 AND 5 THEN POSTWT * (${q} - 1) * 2.5::DOUBLE END) / ${valid} AS "${q}_mean"`
    ].join(",\n  ");
  });
  const sql = `
SELECT GROUPING(${KEYS.join(", ")}) AS grouping_id, ${KEYS.join(", ")}, count(*)::DOUBLE AS n,
  ${perQuestion.join(",\n  ")}
FROM read_csv(${literal(resolve(csvFile))}, header = true, delim = ',', quote = '"',
  nullstr = ['', ${literal(DONT_KNOW)}], columns = {${columns.join(", ")}})
GROUP BY GROUPING SETS (${GROUPING_SETS.join(", ")})`;
  const reader = await connection.runAndReadAll(sql);
  const rows = reader.getRowObjectsJS() as Record<string, unknown>[];
  const version = (await connection.runAndReadAll("SELECT version() AS v, current_setting('threads') AS t")).getRowObjectsJS()[0];
  const seconds = (performance.now() - started) / 1000;
  connection.closeSync();
  instance.closeSync();

  const groups: Record<string, GroupAggregate> = {};
  for (const row of rows) {
    const grouping = Number(row.grouping_id);
    // A key is in the grouping set when its bit in GROUPING() is 0.
    const present = KEYS.filter((_, i) => ((grouping >> (KEYS.length - 1 - i)) & 1) === 0);
    const id = present.length === 0 ? "organisation" : present.map((k) => `${k}=${row[k]}`).join("|");
    const questions: Record<string, QuestionAggregate> = {};
    for (const q of QUESTION_IDS) {
      questions[q] = {n: Number(row[`${q}_n`]), positive: row[`${q}_positive`] as number | null, mean: row[`${q}_mean`] as number | null};
    }
    if (groups[id]) throw new Error(`DuckDB returned the group ${id} twice`);
    groups[id] = {n: Number(row.n), questions};
  }
  return {engine: `DuckDB ${String(version.v)}`, threads: Number(version.t), seconds, groups};
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const {positionals, values} = parseArgs({allowPositionals: true, options: {out: {type: "string"}}});
  if (positionals.length !== 1) throw new Error("usage: duckdbAggregates.ts <responses.csv> [--out aggregates.json]");
  const aggregates = await duckdbAggregates(positionals[0]);
  const json = JSON.stringify(aggregates);
  if (values.out) writeFileSync(values.out, json);
  else process.stdout.write(json);
  console.error(`${aggregates.engine}, ${aggregates.threads} threads: ${Object.keys(aggregates.groups).length} groups in ${aggregates.seconds.toFixed(2)} s`);
}
