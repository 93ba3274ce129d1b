/**
 * Says on stderr why the DuckDB engine left a bundle to the JS reader: the `onFallback` that
 * `peiling score` and `peiling build` give `readBundleWithEngine`.
 *
 * @example
 * readBundleWithEngine(dir, {engine: "auto", onFallback: fallbackNote});
 */
export function fallbackNote(reason: string): void {
  console.error(`peiling: reading with the JS engine instead of DuckDB (${reason})`);
}
