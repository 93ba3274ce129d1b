/**
 * Which engine reads a bundle: the in-memory JS engine (`readBundle`) or the database engine
 * (`readBundleInDatabase`, DuckDB, out of core). Importing this file does not load DuckDB.
 */
import {existsSync, statSync} from "node:fs";
import {join} from "node:path";
import {readBundle, type Bundle, type ReadBundleOptions} from "../bundle/readBundle.ts";
import type {Engine} from "./ENGINES.ts";

export {ENGINES, type Engine} from "./ENGINES.ts";

/** Above this size of responses.csv, `auto` aggregates in DuckDB: about where the JS engine needs several GB. */
export const AUTO_DUCKDB_BYTES = 1e9;

/**
 * The engine `auto` stands for: DuckDB when the bundle (or its previous/) has responses.parquet,
 * or a responses.csv above {@link AUTO_DUCKDB_BYTES}; the JS engine otherwise.
 *
 * @example
 * chooseEngine("data/voorbeeld", "auto") // "js"
 */
export function chooseEngine(dir: string, engine: Engine): "js" | "duckdb" {
  if (engine !== "auto") return engine;
  const folders = [dir, join(dir, "previous")];
  for (const folder of folders) {
    if (existsSync(join(folder, "responses.parquet"))) return "duckdb";
    const csv = join(folder, "responses.csv");
    if (existsSync(csv) && statSync(csv).size > AUTO_DUCKDB_BYTES) return "duckdb";
  }
  return "js";
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
