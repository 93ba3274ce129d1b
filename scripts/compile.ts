/**
 * Bundles the `peiling` command (cli/ and everything it imports from the repository; packages stay
 * imports) into compiled/ with esbuild, so the command starts without compiling TypeScript.
 * `npm ci` runs it as `prepare`; run `npm run compile` after changing a source, or leave it:
 * bin/peiling.js runs the sources with tsx whenever compiled/ is older than one of them.
 * Written into a new folder and swapped in whole, so a running command never sees half of it.
 */
import {mkdirSync, renameSync, rmSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {fileURLToPath} from "node:url";
import {build} from "esbuild";
import {COMPILED_FOLDER, MANIFEST} from "../bin/compiledEntry.js";

/** Packages left as imports: native code (DuckDB), or one command's only (the site build, pdf, import). */
const EXTERNAL_PACKAGES = ["@duckdb/*", "@observablehq/*", "playwright-core", "pdf-lib", "jszip", "esbuild"];

/**
 * Bundles the command under `root` into `root`/compiled/ and returns the number of sources bundled.
 *
 * @example
 * await compileCommand("/work/peiling"); // compiled/peiling.js, tallyWorker.js, readWorker.js, moduleTotalsWorker.js, chunks, sources.json
 */
export async function compileCommand(root: string): Promise<number> {
  const started = Date.now();
  const fresh = join(root, `${COMPILED_FOLDER}.new-${process.pid}`);
  rmSync(fresh, {recursive: true, force: true});
  mkdirSync(fresh);
  const result = await build({
    absWorkingDir: root,
    // The workers are loaded by URL (`new URL("./tallyWorker.js", import.meta.url)`), so they sit beside the chunks.
    entryPoints: [
      {in: "cli/peiling.ts", out: "peiling"},
      {in: "scoring/tallyWorker.js", out: "tallyWorker"},
      {in: "bundle/readWorker.ts", out: "readWorker"},
      {in: "duckdb/moduleTotalsWorker.js", out: "moduleTotalsWorker"}
    ],
    outdir: fresh,
    bundle: true,
    // Each command's code (build, pdf, import, DuckDB) is loaded only when that command runs.
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    // The plain-JavaScript packages every command loads (zod, yaml, iconv-lite, jstat) are bundled
    // in: Node's module loader then reads a few files instead of hundreds, which was most of the
    // command's start. Those written as CommonJS `require` Node's own modules: the banner gives
    // every output file a `require` for that.
    external: EXTERNAL_PACKAGES,
    banner: {js: `import {createRequire as createRequireForBundle} from "node:module"; const require = createRequireForBundle(import.meta.url);`},
    // One folder below the root, as the sources are: `new URL("../data/voorbeeld", import.meta.url)` still finds the root.
    chunkNames: "chunk-[hash]",
    sourcemap: "linked",
    metafile: true,
    logLevel: "warning"
  });
  const sources = Object.keys(result.metafile.inputs).filter((path) => !path.includes("node_modules/")).sort();
  writeFileSync(join(fresh, MANIFEST), JSON.stringify({entry: "peiling.js", started, sources}, null, 1) + "\n");
  const target = join(root, COMPILED_FOLDER);
  const old = join(root, `${COMPILED_FOLDER}.old-${process.pid}`);
  rmSync(old, {recursive: true, force: true});
  try {
    renameSync(target, old);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  renameSync(fresh, target);
  rmSync(old, {recursive: true, force: true});
  return sources.length;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const count = await compileCommand(fileURLToPath(new URL("../", import.meta.url)));
  console.error(`compiled ${count} sources into ${COMPILED_FOLDER}/`);
}
