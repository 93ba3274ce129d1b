// Plain JavaScript, so that Framework runs the site's loaders (src/data/*.js, src/organisaties.md.js)
// with Node alone: no TypeScript loader to start in a `peiling build`.
import {createReadStream} from "node:fs";
import {join} from "node:path";
import {pipeline} from "node:stream/promises";

/**
 * Writes the output of the loader that makes `file` (its path below `src/`, as in
 * `site/loaderOutputs.ts`) to stdout, for Framework: in a `peiling build` the file the build wrote
 * beforehand into the folder `PEILING_LOADED` names; else (`npm run dev`) the output computed here
 * from the report model (`site/reportSource.ts`), with the TypeScript sources run through tsx.
 *
 * @param {string} file
 * @returns {Promise<void>}
 * @example
 * await serveLoaderOutput("data/overview.json");
 */
export async function serveLoaderOutput(file) {
  const dir = process.env.PEILING_LOADED;
  if (dir) {
    await pipeline(createReadStream(join(dir, file)), process.stdout);
    return;
  }
  const {register} = await import("tsx/esm/api");
  register();
  const {loaderOutput} = await import("./loaderOutputs.ts");
  const {loadReport} = await import("./reportSource.ts");
  const output = loaderOutput(file, await loadReport());
  await new Promise((resolve, reject) => process.stdout.write(output, (error) => (error ? reject(error) : resolve(undefined))));
}
