/** Where the site build reads and writes, as absolute paths from the repository root. */

import {fileURLToPath} from "node:url";

/** The repository root (the folder holding package.json and observablehq.config.ts). */
export const repoRoot = fileURLToPath(new URL("../", import.meta.url));

/** Framework's source root. */
export const srcDir = `${repoRoot}src`;

/** Framework's cache: data-loader outputs, `_npm` and `_node` bundles. */
export const cacheDir = `${srcDir}/.observablehq/cache`;

/** Framework's output folder (`output` in observablehq.config.ts is left at its default). */
export const distDir = `${repoRoot}dist`;

/**
 * The libraries the prebuild bundles into `src/lib/<name>.js`, each from its entry: the chart
 * library with its words (`components`, which pages and embeds import) and the narrative with the
 * site's texts and page registry (`narrative`, which only pages import), so an embed downloads no
 * narrative.
 */
export const libraries = [
  {name: "components", entry: `${repoRoot}charts/index.ts`},
  {name: "narrative", entry: `${repoRoot}narrative/index.ts`}
] as const;

/** Where the bundled libraries go: Framework serves `src/lib/*.js` that pages and embeds import. */
export const libDir = `${srcDir}/lib`;

/** The example bundle `npm run build` and the browser tests use. */
export const exampleBundle = `${repoRoot}data/voorbeeld`;

/** The quality-mark example (clients and commissioners, a norm), whose site the browser tests check too. */
export const qualityBundle = `${repoRoot}data/keurmerk`;

/** Local binaries, so a build never depends on a global install. */
export const binDir = `${repoRoot}node_modules/.bin`;

/**
 * The lock `peiling build` holds while it uses the shared Framework folders (`site/withBuildLock.ts`).
 * Git-ignored.
 */
export const buildLock = `${repoRoot}.peiling-build.lock`;
