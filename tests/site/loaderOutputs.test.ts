/**
 * The site's loaders and what they serve: every loader file in `src/` serves one output of
 * `site/loaderOutputs.ts` and every output has its loader; in a build a loader hands over the
 * file `peiling build` wrote (PEILING_LOADED), and without one it computes the same bytes itself.
 */
import {spawnSync} from "node:child_process";
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, describe, expect, it} from "vitest";
import {scoreBundle} from "../../scoring/index.ts";
import {EXAMPLE_BUNDLE} from "../../site/reportSource.ts";
import {LOADER_OUTPUTS, writeLoaderOutputs} from "../../site/loaderOutputs.ts";
import {overviewView} from "../../site/views/overviewView.ts";
import {productFiles, root} from "../helpers/productFiles.ts";

const work = mkdtempSync(join(tmpdir(), "peiling-loaders-"));
afterAll(() => rmSync(work, {recursive: true, force: true}));

/** Runs a loader as Framework does (`node <loader>` in the root) and returns what it wrote. */
function runLoader(file: string, env: Record<string, string>): Buffer {
  const run = spawnSync(process.execPath, [file], {cwd: root, env: {...process.env, PEILING_LOADED: "", PEILING_REPORT: "", ...env}});
  expect(run.status, run.stderr.toString()).toBe(0);
  return run.stdout;
}

describe("site loaders", () => {
  it("every loader in src/ serves one output of LOADER_OUTPUTS, by the file it makes, and every output has its loader", () => {
    const loaders = productFiles(["src"]).filter((file) => /^src\/(data\/[^/]+|[^/]+\.md)\.js$/.test(file));
    expect(loaders.map((file) => file.replace(/^src\//, "").replace(/\.js$/, "")).sort()).toEqual(Object.keys(LOADER_OUTPUTS).sort());
    for (const file of loaders) expect(readFileSync(join(root, file), "utf8")).toContain(`await serveLoaderOutput("${file.replace(/^src\//, "").replace(/\.js$/, "")}");`);
  });

  it("in a build a loader hands over the file written for it; without one it computes the same bytes from the model", async () => {
    const report = await scoreBundle(EXAMPLE_BUNDLE);
    const loaded = join(work, "loaded");
    await writeLoaderOutputs(report, loaded);
    const written = readFileSync(join(loaded, "data/overview.json"));
    expect(JSON.parse(written.toString())).toEqual(JSON.parse(JSON.stringify(overviewView(report))));
    expect(runLoader("src/data/overview.json.js", {PEILING_LOADED: loaded}).equals(written)).toBe(true);
    // The file as it is, not the view made again.
    writeFileSync(join(loaded, "data/quality.json"), "written by the build");
    expect(runLoader("src/data/quality.json.js", {PEILING_LOADED: loaded}).toString()).toBe("written by the build");
    const reportFile = join(work, "report.json");
    writeFileSync(reportFile, JSON.stringify(report));
    expect(runLoader("src/data/overview.json.js", {PEILING_REPORT: reportFile}).equals(written)).toBe(true);
  }, 60_000);
});
