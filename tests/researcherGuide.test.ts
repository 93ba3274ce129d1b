/**
 * docs/researcher-guide.md, followed literally: its fenced blocks are taken in order and carried
 * out on a fresh copy of the project — `sh` blocks run in the project folder, `file=` blocks are
 * written as files, the `r` block runs in R (jsonlite is installed by .ci/run; the test fails, not
 * skips, without it) — except the first block (clone and `npm ci`), for which the copy stands in. The page must build, and its data must hold the
 * correlation computed here from report.json on its own.
 */

import {execFileSync, spawnSync} from "node:child_process";
import {cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {dirname, join} from "node:path";
import {afterAll, describe, expect, it} from "vitest";
import {repoRoot} from "../site/paths.ts";

/** A fenced block of a Markdown text: its language, the file it names (`file=…`) and its text. */
interface Block {
  lang: string;
  file: string | null;
  body: string;
  line: number;
}

/** The fenced blocks of a Markdown text, outermost only; a fence of N backticks closes at a line of exactly N. */
function fencedBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  const lines = markdown.split("\n");
  for (let i = 0; i < lines.length; ++i) {
    const open = /^(`{3,})(\S*)\s*(.*)$/.exec(lines[i]);
    if (!open) continue;
    const [, fence, lang, rest] = open;
    const end = lines.findIndex((l, j) => j > i && l === fence);
    if (end < 0) throw new Error(`docs/researcher-guide.md:${i + 1}: a block that never closes`);
    blocks.push({lang, file: /file=(\S+)/.exec(rest)?.[1] ?? null, body: lines.slice(i + 1, end).join("\n") + "\n", line: i + 1});
    i = end;
  }
  return blocks;
}

const guide = readFileSync(join(repoRoot, "docs/researcher-guide.md"), "utf8");
const blocks = fencedBlocks(guide);
const work = mkdtempSync(join(tmpdir(), "peiling-guide-"));
afterAll(() => rmSync(work, {recursive: true, force: true}));

describe("docs/researcher-guide.md", () => {
  it("is a clone step, shell steps, the view, loader and page files and an R check, in that order", () => {
    expect(blocks.map((b) => b.file ?? b.lang)).toEqual(["sh", "sh", "site/views/roleWorkloadView.ts", "src/data/rollen-en-werkdruk.json.ts", "src/rollen-en-werkdruk.md", "r", "sh"]);
    expect(blocks[0].body).toMatch(/^git clone .* peiling\ncd peiling\nnpm ci\n$/);
  });

  it("followed step by step on a copy of the project, builds a site with the page and its numbers", () => {
    // The first block: a copy of the project (its files as git sees them, node_modules shared).
    const project = join(work, "peiling");
    const files = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard", "-z"], {cwd: repoRoot, encoding: "utf8"}).split("\0").filter((f) => f && existsSync(join(repoRoot, f)));
    for (const file of files) {
      mkdirSync(dirname(join(project, file)), {recursive: true});
      cpSync(join(repoRoot, file), join(project, file));
    }
    symlinkSync(join(repoRoot, "node_modules"), join(project, "node_modules"), "dir");

    let rOutput = "";
    for (const block of blocks.slice(1)) {
      if (block.file) {
        mkdirSync(dirname(join(project, block.file)), {recursive: true});
        writeFileSync(join(project, block.file), block.body);
      } else if (block.lang === "sh") {
        // npm's cache in the test's folder: `npx peiling` in a new copy would leave an entry in the user's ~/.npm/_npx at every run.
        const env = {...process.env, PEILING_REPORT: "", PEILING_BUNDLE: "", npm_config_cache: join(work, "npm-cache")};
        const run = spawnSync("bash", ["-e", "-c", block.body], {cwd: project, encoding: "utf8", env});
        expect(run.status, `the block at docs/researcher-guide.md:${block.line} failed:\n${run.stderr}`).toBe(0);
      } else if (block.lang === "r") {
        rOutput = execFileSync("Rscript", ["-e", block.body], {cwd: project, encoding: "utf8"});
      }
    }

    const site = join(work, "rapport");
    expect(readFileSync(join(site, "rollen-en-werkdruk.html"), "utf8")).toContain("Hebben teams met duidelijke rollen minder werkdruk?");
    const dataFile = readdirSync(join(site, "_file/data")).find((f) => f.startsWith("rollen-en-werkdruk.") && f.endsWith(".json"));
    const data = JSON.parse(readFileSync(join(site, "_file/data", dataFile!), "utf8"));

    // The same correlation from report.json (written by the guide's score step), computed here.
    const report = JSON.parse(readFileSync(join(project, "report.json"), "utf8"));
    const score = (g: {modules?: {id: string; score: number | null}[]}, id: string) => g.modules?.find((m) => m.id === id)?.score ?? null;
    const pairs = report.groups
      .filter((g: {variable: string; suppressed: boolean}) => g.variable === "team" && !g.suppressed)
      .map((g: never) => [score(g, "rolduidelijkheid"), score(g, "werkdruk")])
      .filter(([x, y]: (number | null)[]) => x !== null && y !== null) as [number, number][];
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const mx = mean(pairs.map(([x]) => x));
    const my = mean(pairs.map(([, y]) => y));
    const r = pairs.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0) / Math.sqrt(pairs.reduce((s, [x]) => s + (x - mx) ** 2, 0) * pairs.reduce((s, [, y]) => s + (y - my) ** 2, 0));
    expect(pairs.length).toBeGreaterThanOrEqual(10);
    expect(data.teams).toHaveLength(pairs.length);
    expect(data.correlation.n).toBe(pairs.length);
    expect(data.correlation.r).toBeCloseTo(r, 10);
    const half = 1.959963984540054 / Math.sqrt(pairs.length - 3);
    expect(data.correlation.ci[0]).toBeCloseTo(Math.tanh(Math.atanh(r) - half), 10);
    expect(rOutput).toContain(r.toFixed(4).slice(0, 5));
  }, 600_000);
});
