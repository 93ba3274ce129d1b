/**
 * `peiling build --out` run for real: a folder of the user's own survives untouched, and a real
 * build writes a marked site and replaces it whole on the next build.
 */
import {spawnSync} from "node:child_process";
import {mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, test} from "vitest";
import {readMarker} from "../../site/publishSite.ts";
import {distDir, exampleBundle} from "../../site/paths.ts";
import {responsesCsv, SURVEY_YAML, writeBundle, type Row} from "../helpers/bundle.ts";

const peiling = (...args: string[]) => spawnSync(process.execPath, ["bin/peiling.js", ...args], {encoding: "utf8"});

describe("peiling build --out", () => {
  test("build --out a folder holding index.html, thesis.docx and photos/ is refused and every file survives", () => {
    const home = mkdtempSync(join(tmpdir(), "peiling-home-"));
    writeFileSync(join(home, "index.html"), "<p>my home page</p>");
    writeFileSync(join(home, "thesis.docx"), "years of work");
    mkdirSync(join(home, "photos"));
    writeFileSync(join(home, "photos", "holiday.jpg"), "jpeg");
    const result = peiling("build", exampleBundle, "--out", home);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`peiling build: --out ${home}: this folder is not empty and holds no site Peiling wrote`);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(home).sort()).toEqual(["index.html", "photos", "thesis.docx"]);
    expect(readFileSync(join(home, "thesis.docx"), "utf8")).toBe("years of work");
    expect(readdirSync(join(home, "photos"))).toEqual(["holiday.jpg"]);
  });

  test("build --out dist/sub is a message, not a stack trace", () => {
    const result = peiling("build", exampleBundle, "--out", join(distDir, "sub"));
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`peiling build: --out ${join(distDir, "sub")}: this folder is inside the Peiling project (${join(distDir, "..")}): choose a folder outside it, or leave out --out to build into ${distDir}; nothing was written\n`);
  });

  test("build --out the bundle itself is refused", () => {
    const dir = writeBundle({"survey.yaml": SURVEY_YAML, "responses.csv": "id\n"});
    const result = peiling("build", dir, "--out", dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("this folder holds the survey bundle");
    expect(readdirSync(dir).sort()).toEqual(["responses.csv", "survey.yaml"]);
  });

  test("a real build over a previous site replaces it whole and writes its marker", () => {
    const rows: Row[] = Array.from({length: 12}, (_, i) => ({id: `r${i}`, afdeling: "A", team: "A1", bev1: String(1 + (i % 5)), bev2: "4", wd1: "2", enps: String(i % 11)}));
    const bundle = writeBundle({"survey.yaml": SURVEY_YAML, "responses.csv": responsesCsv(rows)});
    const parent = mkdtempSync(join(tmpdir(), "peiling-site-"));
    const out = join(parent, "rapport");
    // A previous site, as publishSite marks it.
    mkdirSync(out);
    writeFileSync(join(out, ".peiling-site"), JSON.stringify({tool: "peiling", version: "0.0.1", bundle: "ouder"}));
    writeFileSync(join(out, "stale.html"), "from an older build");
    const result = peiling("build", bundle, "--out", out);
    expect(result.status, result.stderr).toBe(0);
    expect(readMarker(out)).toEqual({tool: "peiling", version: "0.1.0", bundle: bundle.split("/").pop()});
    expect(readFileSync(join(out, "index.html"), "utf8")).toContain('<html lang="nl"');
    expect(readdirSync(out)).not.toContain("stale.html");
    expect(readdirSync(parent)).toEqual(["rapport"]);
    // Every link of every page resolves (Framework's check once read `href=${…}` in static HTML as a path).
    expect(result.stdout + result.stderr).not.toMatch(/broken links?/i);
  }, 240_000);
});
