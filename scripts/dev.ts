/**
 * `npm run dev`: the report site in `observable preview` with live edits. Bundles and primes like a
 * build, then rebundles `charts/` on every change (esbuild watch) while Framework reloads pages.
 * Arguments go to `observable preview` (e.g. `npm run dev -- --port 4000`); PEILING_BUNDLE picks
 * another bundle than the example.
 */

import {spawn} from "node:child_process";
import {rm} from "node:fs/promises";
import {delimiter, join, resolve} from "node:path";
import {describe, prebuild, watchComponents} from "../site/prebuild.ts";
import {binDir, cacheDir, repoRoot} from "../site/paths.ts";

// A loader output cached for another bundle or older scoring/ would be served as fresh.
await rm(cacheDir, {recursive: true, force: true});
const result = await prebuild();
console.error(describe(result));
const watcher = await watchComponents(new Set(result.primed));

const preview = spawn(join(binDir, "observable"), ["preview", ...process.argv.slice(2)], {
  cwd: repoRoot,
  stdio: "inherit",
  env: {
    ...process.env,
    ...(process.env.PEILING_BUNDLE && {PEILING_BUNDLE: resolve(process.env.PEILING_BUNDLE)}),
    OBSERVABLE_TELEMETRY_DISABLE: "true",
    PATH: `${binDir}${delimiter}${process.env.PATH ?? ""}`
  }
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => preview.kill(signal));
preview.on("exit", async (code) => {
  await watcher.dispose();
  process.exit(code ?? 1);
});
