import {spawnSync} from "node:child_process";
import {copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, utimesSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterEach, describe, expect, it} from "vitest";
import {compiledEntry} from "../../bin/compiledEntry.js";
import {repoRoot} from "../../site/paths.ts";
import {compileCommand} from "../../scripts/compile.ts";

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, {recursive: true, force: true});
});

/** A repository in miniature: bin/ as it is, a command that prints which file runs it, the three workers, the packages. */
function miniature(): string {
  const root = mkdtempSync(join(tmpdir(), "peiling-compile-"));
  roots.push(root);
  for (const folder of ["bin", "cli", "scoring", "bundle", "duckdb"]) mkdirSync(join(root, folder));
  for (const file of ["peiling.js", "compiledEntry.js"]) copyFileSync(join(repoRoot, "bin", file), join(root, "bin", file));
  writeFileSync(join(root, "cli/peiling.ts"), 'import {word} from "./word.ts";\nconst from: string = import.meta.url;\nconsole.log(`${word} ${from}`);\n');
  writeFileSync(join(root, "cli/word.ts"), 'export const word: string = "ran";\n');
  writeFileSync(join(root, "scoring/tallyWorker.js"), "export {};\n");
  writeFileSync(join(root, "bundle/readWorker.ts"), "export {};\n");
  writeFileSync(join(root, "duckdb/moduleTotalsWorker.js"), "export {};\n");
  // Written a while ago, not in the millisecond the bundling starts.
  const earlier = new Date(Date.now() - 60_000);
  for (const file of ["cli/peiling.ts", "cli/word.ts", "scoring/tallyWorker.js", "bundle/readWorker.ts", "duckdb/moduleTotalsWorker.js"]) utimesSync(join(root, file), earlier, earlier);
  writeFileSync(join(root, "package.json"), '{"type": "module"}\n');
  symlinkSync(join(repoRoot, "node_modules"), join(root, "node_modules"));
  return root;
}

const run = (root: string) => spawnSync(process.execPath, [join(root, "bin/peiling.js")], {encoding: "utf8"});

describe("compiledEntry", () => {
  it("compiledEntry(root) without compiled/ says it is missing", () => {
    expect(compiledEntry(miniature())).toEqual({file: null, reason: "compiled/ is missing or incomplete"});
  });

  it("compileCommand(root) bundles the command into compiled/, which bin/peiling.js then runs", async () => {
    const root = miniature();
    // The command's two sources and the three workers.
    expect(await compileCommand(root)).toBe(5);
    expect(compiledEntry(root)).toEqual({file: join(root, "compiled/peiling.js"), reason: null});
    const result = run(root);
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe(`ran file://${join(root, "compiled/peiling.js")}\n`);
  });

  it("bin/peiling.js runs the sources with tsx once a bundled source is newer than compiled/", async () => {
    const root = miniature();
    await compileCommand(root);
    const later = new Date(Date.now() + 5_000);
    utimesSync(join(root, "cli/word.ts"), later, later);
    expect(compiledEntry(root)).toEqual({file: null, reason: "cli/word.ts changed since compiled/ was written"});
    expect(run(root).stdout).toBe(`ran file://${join(root, "cli/peiling.ts")}\n`);
  });

  it("compiledEntry(root) refuses compiled/ once a bundled source is gone", async () => {
    const root = miniature();
    await compileCommand(root);
    rmSync(join(root, "cli/word.ts"));
    expect(compiledEntry(root)).toEqual({file: null, reason: "cli/word.ts is gone since compiled/ was written"});
  });
});
