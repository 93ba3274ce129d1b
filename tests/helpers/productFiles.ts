import {readdirSync, readFileSync} from "node:fs";
import {join, relative} from "node:path";
import {fileURLToPath} from "node:url";

/** The repository root. */
export const root = fileURLToPath(new URL("../../", import.meta.url));

/** The folders that hold the product (everything but tests, benchmarks and dev scripts). */
export const PRODUCT_FOLDERS = ["text", "bundle", "scoring", "duckdb", "charts", "narrative", "site", "cli", "importers", "src", "bin"];

/**
 * Every product source file (`.ts`, `.js`, `.md`) under the product folders, plus the site's
 * config, as paths from the repository root; Framework's cache and build output left out.
 */
export function productFiles(folders = PRODUCT_FOLDERS): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(join(root, dir), {withFileTypes: true})) {
      if (entry.name.startsWith(".") || entry.name === "node_modules" || entry.name === "lib") continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(ts|js|md)$/.test(entry.name)) out.push(path);
    }
  };
  for (const folder of folders) walk(folder);
  if (folders === PRODUCT_FOLDERS) out.push("observablehq.config.ts");
  return out.sort();
}

/** A product file's text. */
export function readProduct(path: string): string {
  return readFileSync(join(root, path), "utf-8");
}

/** The path of a file relative to the root, with forward slashes. */
export function fromRoot(path: string): string {
  return relative(root, path).split("\\").join("/");
}
