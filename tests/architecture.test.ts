import {dirname, join, normalize} from "node:path";
import {describe, expect, it} from "vitest";
import {productFiles, readProduct} from "./helpers/productFiles.ts";

/**
 * Which product folders (or files) each may import, besides itself: the direction of the house.
 * `text/` is the bottom; `cli/` the top; nothing imports `scripts/` (dev only). A target given as a
 * file (`scoring/types.ts`) allows that file only. The most specific source rule applies.
 */
const ALLOWED: Record<string, string[]> = {
  "text": [],
  "bundle": [],
  // The report model carries a few words (the previous survey's default label): text/ imports nothing of ours.
  "scoring": ["bundle", "text"],
  "duckdb": ["bundle", "scoring"],
  "importers": ["bundle", "scoring"],
  // The report model's types, and the default thresholds a chart falls back to without a survey (one source).
  "charts": ["text", "scoring/types.ts", "scoring/resolveSettings.ts"],
  "site/pages.ts": ["text"],
  "narrative": ["text", "scoring/types.ts", "charts/types.ts", "site/pages.ts"],
  "site": ["text", "bundle", "scoring", "duckdb", "charts", "narrative"],
  "src": ["text", "bundle", "scoring", "duckdb", "charts", "narrative", "site"],
  "cli": ["text", "bundle", "scoring", "duckdb", "importers", "charts", "narrative", "site"],
  "bin": ["cli"]
};

/**
 * Imports against the direction that exist today, each with the reason it is left: the list may
 * only shrink (a test fails when one of them is gone, so it is taken off).
 */
const KNOWN: Record<string, string> = {
  "bundle -> scoring": "readBundle hands the JS engine's aggregator (scoring/aggregate.ts) to the bundle it reads; readSurvey checks study.outcome against the driver model (scoring/study.ts); readSurvey and waves.ts read an agenda's themes as modules (scoring/agenda.ts)"
};

/** The product files an import specifier of `file` reaches inside the repository, or null for a package. */
function target(file: string, specifier: string): string | null {
  if (!specifier.startsWith(".")) return null;
  return normalize(join(dirname(file), specifier)).split("\\").join("/");
}

/** The relative import specifiers of a source text: static, re-exports and dynamic. */
export function importSpecifiers(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/(?:^|[\s;])(?:import|export)\s+(?:type\s+)?(?:[^'"`;]*?\s+from\s+)?["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g)) out.push(m[1] ?? m[2]);
  return out;
}

/** The rule that applies to a file: the longest key of {@link ALLOWED} that is its path or a folder of it. */
function ruleOf(file: string): string | null {
  const keys = Object.keys(ALLOWED).filter((k) => file === k || file.startsWith(`${k}/`));
  return keys.sort((a, b) => b.length - a.length)[0] ?? null;
}

/** Whether `to` is inside the place an allowance names (a folder, or exactly a file). */
const within = (to: string, place: string) => to === place || to.startsWith(`${place}/`);

/** Every import against the direction, as `rule -> folder` (the key of {@link KNOWN}) with the file imported. */
function violations(): {key: string; detail: string}[] {
  const found: {key: string; detail: string}[] = [];
  for (const file of productFiles()) {
    const rule = ruleOf(file);
    if (rule == null) continue;
    // A file rule (site/pages.ts) allows the file itself only, not its folder.
    const own = rule;
    for (const specifier of importSpecifiers(readProduct(file))) {
      const to = target(file, specifier);
      if (to == null || within(to, own) || to.startsWith("node_modules/")) continue;
      if (ALLOWED[rule].some((place) => within(to, place))) continue;
      found.push({key: `${rule} -> ${to.split("/")[0]}`, detail: `${file} imports ${to}`});
    }
  }
  return found;
}

describe("architecture", () => {
  it("importSpecifiers reads imports, type imports, re-exports and dynamic imports", () => {
    expect(importSpecifiers('import {a} from "./a.ts";\nimport type {B} from "../b.ts";\nexport * from "./c.ts";\nconst d = await import("./d.ts");\nimport "./e.css";')).toEqual([
      "./a.ts",
      "../b.ts",
      "./c.ts",
      "./d.ts",
      "./e.css"
    ]);
  });

  it("every product file imports only along the direction (text ← bundle ← scoring ← … ← cli), apart from the known exceptions", () => {
    const unknown = violations().filter((v) => !(v.key in KNOWN));
    expect(unknown.map((v) => v.detail)).toEqual([]);
  });

  it("every known exception still exists (take it off the list once it is fixed)", () => {
    const keys = new Set(violations().map((v) => v.key));
    expect(Object.keys(KNOWN).filter((k) => !keys.has(k))).toEqual([]);
  });

  it("nothing in the product imports scripts/", () => {
    const found = productFiles().flatMap((file) =>
      importSpecifiers(readProduct(file))
        .map((s) => target(file, s))
        .filter((to): to is string => to != null && within(to, "scripts"))
        .map((to) => `${file} imports ${to}`)
    );
    expect(found).toEqual([]);
  });
});
