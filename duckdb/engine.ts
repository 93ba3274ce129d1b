/**
 * Which engine reads a bundle: the in-memory JS engine (`readBundle`) or the database engine
 * (`readBundleInDatabase`, DuckDB, out of core). Importing this file does not load DuckDB.
 */
import {existsSync, readdirSync, statSync} from "node:fs";
import os from "node:os";
import {join} from "node:path";
import {readBundle, type Bundle, type ReadBundleOptions} from "../bundle/readBundle.ts";
import type {Engine} from "./ENGINES.ts";

export {ENGINES, type Engine} from "./ENGINES.ts";

/**
 * What the JS engine needs to hold a bundle in memory, per byte of responses.csv and at least:
 * measured on FEVS, peak memory grows by about 1.25 bytes per byte of CSV (340 MiB per million
 * respondents) above about 300 MiB; the estimate leaves room on both.
 */
export const JS_ENGINE_MEMORY = {perCsvByte: 2, base: 400 * 2 ** 20};

/**
 * The memory Peiling may count on: the cgroup's limit where one is set (a container), else the
 * machine's memory.
 *
 * @example
 * availableMemory() // 25232932864 on a 23.5 GiB machine
 */
export function availableMemory(): number {
  const total = os.totalmem();
  const limit = typeof process.constrainedMemory === "function" ? process.constrainedMemory() : 0;
  return limit > 0 && limit < total ? limit : total;
}

/**
 * The engine `auto` stands for: DuckDB when the bundle (or its previous/, or a wave in waves/) has responses.parquet,
 * or when its responses.csv files would not fit in memory as the JS engine holds them (its
 * estimate by {@link JS_ENGINE_MEMORY} above half of `memory`, by default {@link availableMemory});
 * the JS engine otherwise.
 *
 * @example
 * chooseEngine("data/voorbeeld", "auto") // "js"
 * chooseEngine("bench/.out/fevs-4000000", "auto", 2 ** 31) // "duckdb": 1 GB of CSV, 2 GiB of memory
 */
export function chooseEngine(dir: string, engine: Engine, memory = availableMemory()): "js" | "duckdb" {
  if (engine !== "auto") return engine;
  const waves = join(dir, "waves");
  const folders = [dir, join(dir, "previous"), ...(existsSync(waves) && statSync(waves).isDirectory() ? readdirSync(waves).map((name) => join(waves, name)) : [])];
  let needed = JS_ENGINE_MEMORY.base;
  for (const folder of folders) {
    if (existsSync(join(folder, "responses.parquet"))) return "duckdb";
    const csv = join(folder, "responses.csv");
    if (existsSync(csv)) needed += statSync(csv).size * JS_ENGINE_MEMORY.perCsvByte;
  }
  return needed > memory / 2 ? "duckdb" : "js";
}

export interface ReadWithEngineOptions extends ReadBundleOptions {
  engine?: Engine;
  /** Told why, when the DuckDB engine hands a bundle with a defect to the JS reader. */
  onFallback?: (reason: string) => void;
}

/**
 * Reads a bundle with the chosen engine (default `auto`); DuckDB is loaded only when it is used.
 *
 * @example
 * const bundle = await readBundleWithEngine("bench/.out/fevs-1000000", {engine: "duckdb"});
 */
export async function readBundleWithEngine(dir: string, {engine = "auto", onFallback, ...options}: ReadWithEngineOptions = {}): Promise<Bundle> {
  // The JS engine refuses responses.parquet itself (readBundle).
  if (chooseEngine(dir, engine) === "js") return readBundle(dir, options);
  const {readBundleInDatabase} = await import("./readBundleInDatabase.ts");
  return readBundleInDatabase(dir, {...options, onFallback});
}
