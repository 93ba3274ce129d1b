/**
 * The engines that can read a bundle, apart from duckdb/engine.ts so the command line checks
 * `--engine` without loading a reader.
 */

/** `js` (in memory), `duckdb` (out of core) or `auto` (chosen by the bundle's files, see duckdb/engine.ts). */
export type Engine = "js" | "duckdb" | "auto";

/**
 * Every engine name `--engine` accepts.
 *
 * @example
 * ENGINES.includes("duckdb") // true
 */
export const ENGINES: readonly Engine[] = ["js", "duckdb", "auto"];
