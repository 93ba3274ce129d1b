// Whether the compiled command (`compiled/`, written by `npm run compile`) may run: it must exist and
// be newer than every source file it was bundled from. Plain JavaScript, so it costs no compiler.
import {readFileSync, statSync} from "node:fs";
import {join} from "node:path";
import {fileURLToPath} from "node:url";

/** The git-ignored folder the compiled command is written to (one level below the repository root, as `cli/` is). */
export const COMPILED_FOLDER = "compiled";

/** The file in {@link COMPILED_FOLDER} that lists the sources bundled and when the bundling started. */
export const MANIFEST = "sources.json";

/**
 * The compiled entry of the `peiling` command under `root` (the repository root), or why it cannot
 * be used: it is missing, or a source it was bundled from changed (or vanished) since. Stats each
 * source once (a few milliseconds).
 *
 * @example
 * const entry = compiledEntry("/work/peiling");
 * if (entry.file) await import(pathToFileURL(entry.file).href);
 * else console.error(entry.reason);
 */
export function compiledEntry(root = fileURLToPath(new URL("../", import.meta.url))) {
  const folder = join(root, COMPILED_FOLDER);
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(join(folder, MANIFEST), "utf8"));
  } catch {
    return {file: null, reason: `${COMPILED_FOLDER}/ is missing or incomplete`};
  }
  for (const source of manifest.sources) {
    const stat = statSync(join(root, source), {throwIfNoEntry: false});
    if (!stat) return {file: null, reason: `${source} is gone since ${COMPILED_FOLDER}/ was written`};
    if (stat.mtimeMs > manifest.started) return {file: null, reason: `${source} changed since ${COMPILED_FOLDER}/ was written`};
  }
  return {file: join(folder, manifest.entry), reason: null};
}
