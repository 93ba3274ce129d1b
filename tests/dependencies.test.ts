import {readdirSync, readFileSync, statSync} from "node:fs";
import {builtinModules} from "node:module";
import {join, relative} from "node:path";
import {describe, expect, it} from "vitest";
import {repoRoot} from "../site/paths.ts";

/** The folders whose code runs for a user (`peiling` and the site it builds), and the config Framework reads. */
const PRODUCT = ["bin", "bundle", "charts", "cli", "duckdb", "importers", "narrative", "scoring", "site", "src", "text", "observablehq.config.ts"];
/** Everything that may import a package: the product, and what only developers run. */
const ALL = [...PRODUCT, "bench", "scripts", "tests", "vitest.config.ts", "vitest.browser.config.ts"];
/** Packages used as a command rather than an import: Framework's `observable build` (site/build.ts runs it), `tsc` (npm run typecheck). */
const RUN_NOT_IMPORTED = new Set(["@observablehq/framework", "typescript"]);

const packageJson = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8"));

function sourceFiles(path: string): string[] {
  const full = join(repoRoot, path);
  if (!statSync(full, {throwIfNoEntry: false})) return [];
  if (!statSync(full).isDirectory()) return [full];
  return readdirSync(full, {withFileTypes: true}).flatMap((entry) => {
    if (entry.name.startsWith(".") || entry.name === "node_modules" || (path === "src" && entry.name === "lib") || entry.name === "output") return [];
    const child = join(path, entry.name);
    return entry.isDirectory() ? sourceFiles(child) : /\.(ts|js|mjs|md)$/.test(entry.name) ? [join(repoRoot, child)] : [];
  });
}

/** The package names a file imports (bare specifiers, `npm:` ones included), without Node's built-ins. */
function importedPackages(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const names = new Set<string>();
  const specifiers = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\)\s*\(\s*)["']((?:npm:)?(?:@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*(?:@[\w.-]+)?(?:\/[\w./-]*)?)["']/g;
  for (const [, specifier] of text.matchAll(specifiers)) {
    const bare = specifier.replace(/^npm:/, "");
    if (bare.startsWith("node:") || builtinModules.includes(bare.split("/")[0]) || /^https?:/.test(bare) || bare.startsWith("$")) continue;
    const parts = bare.split("/");
    const name = bare.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
    names.add(name.replace(/@\d[^/]*$/, ""));
  }
  return [...names];
}

describe("package.json matches the code", () => {
  it("every package a product file imports is a dependency (not a devDependency), so an install without dev dependencies runs peiling", () => {
    const missing: string[] = [];
    for (const file of PRODUCT.flatMap(sourceFiles)) {
      for (const name of importedPackages(file)) {
        // Framework serves its own copies of these to pages (npm:@observablehq/inputs, stdlib).
        if (name.startsWith("@observablehq/") && name !== "@observablehq/plot") continue;
        if (!packageJson.dependencies[name]) missing.push(`${relative(repoRoot, file)} imports ${name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("every dependency and devDependency is imported somewhere (or run as a command)", () => {
    const imported = new Set(ALL.flatMap(sourceFiles).flatMap(importedPackages));
    const declared = [...Object.keys(packageJson.dependencies), ...Object.keys(packageJson.devDependencies)];
    // Type packages serve the packages they type.
    const unused = declared.filter((name) => !imported.has(name) && !RUN_NOT_IMPORTED.has(name) && !name.startsWith("@types/"));
    expect(unused).toEqual([]);
  });
});
