/** `peiling score`: refusals before any work, no leftovers, and rejects a spreadsheet cannot run. */
import {spawn, spawnSync} from "node:child_process";
import {existsSync, mkdirSync, readdirSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, test} from "vitest";
import {csvCell, rejectedCsv} from "../../cli/score.ts";
import {responsesCsv, SURVEY_YAML, writeBundle, type Row} from "../helpers/bundle.ts";

const good: Row[] = Array.from({length: 8}, (_, i) => ({id: `r${i}`, afdeling: "A", team: "A1", bev1: String(1 + (i % 5)), bev2: "5", wd1: "2", enps: "8"}));
const peiling = (...args: string[]) => spawnSync(process.execPath, ["bin/peiling.js", ...args], {encoding: "utf8"});

describe("--rejects and CSV injection", () => {
  test("csvCell prefixes cells starting with =, +, -, @, tab or CR with a quote", () => {
    expect(["=1+2", "+31 6", "-5", "@SUM(A1)", "\tx", "\rx"].map(csvCell)).toEqual(["'=1+2", "'+31 6", "'-5", "'@SUM(A1)", "\"'\tx\"", "\"'\rx\""]);
    expect(["7", "a=b", "", "Ja, graag"].map(csvCell)).toEqual(["7", "a=b", "", '"Ja, graag"']);
  });

  test("rejectedCsv writes a formula cell of a rejected row as text", () => {
    const csv = rejectedCsv({header: ["id", "bev1"], rejected: [{line: 3, fields: ["=HYPERLINK(\"http://x\")", "@1"], reason: "no answers", issues: []}]});
    expect(csv).toBe(`line,reason,id,bev1\n3,no answers,"'=HYPERLINK(""http://x"")",'@1\n`);
  });

  test("peiling score --rejects writes an answer =1+2 as '=1+2", () => {
    const dir = writeBundle({"survey.yaml": SURVEY_YAML, "responses.csv": responsesCsv([...good, {...good[0], id: "r9", bev1: "=1+2"}])});
    const rejects = join(dir, "rejects.csv");
    const result = peiling("score", dir, "--set-aside", "--rejects", rejects, "--out", join(dir, "report.json"));
    expect(result.status).toBe(0);
    const row = readFileSync(rejects, "utf8").split("\n")[1];
    expect(row).toContain(",r9,A,A1,'=1+2,");
  });
});

describe("peiling score --out", () => {
  test("score --out onto an existing folder is refused with a message, nothing written", () => {
    const dir = writeBundle({"survey.yaml": SURVEY_YAML, "responses.csv": responsesCsv(good)});
    mkdirSync(join(dir, "map"));
    const result = peiling("score", dir, "--out", join(dir, "map"));
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`peiling score: --out ${join(dir, "map")} is a folder: give the name of a file to write\n`);
    expect(readdirSync(join(dir, "map"))).toEqual([]);
  });

  test("score --out into a folder that does not exist is refused with a message", () => {
    const dir = writeBundle({"survey.yaml": SURVEY_YAML, "responses.csv": responsesCsv(good)});
    const result = peiling("score", dir, "--out", join(dir, "nergens", "report.json"));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`the folder ${join(dir, "nergens")} does not exist`);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  test("an interrupted score --out (SIGINT while writing) leaves no *.tmp", () => {
    const dir = writeBundle({});
    const out = join(dir, "report.json");
    // Writes 200 MB through writeWhole and interrupts itself as soon as the temporary file exists.
    const script = `
      import {existsSync} from "node:fs";
      const {writeWhole} = await import(${JSON.stringify(new URL("../../site/writeWhole.ts", import.meta.url).pathname)});
      const temporary = ${JSON.stringify(out)} + "." + process.pid + ".tmp";
      const watch = () => (existsSync(temporary) ? process.kill(process.pid, "SIGINT") : setImmediate(watch));
      watch();
      await writeWhole(${JSON.stringify(out)}, "x".repeat(200_000_000));
      console.log("finished");`;
    const result = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {encoding: "utf8"});
    expect(result.stdout).toBe("");
    expect(result.status).toBe(130);
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    expect(existsSync(out)).toBe(false);
  });
});

describe("peiling score to stdout", () => {
  test("a reader that stops early (| head) ends the command quietly: status 0, no stack trace", async () => {
    // The example's report, some megabytes: written in many pieces, most after the pipe is closed.
    const child = spawn(process.execPath, ["bin/peiling.js", "score", "data/voorbeeld"], {stdio: ["ignore", "pipe", "pipe"]});
    let stderr = "";
    child.stderr.on("data", (data) => (stderr += data));
    // Read the first piece, then close the pipe, as `head -c 10` does.
    await new Promise((resolve) => child.stdout.once("data", resolve));
    child.stdout.destroy();
    const status = await new Promise((resolve) => child.on("close", resolve));
    expect(status).toBe(0);
    expect(stderr).not.toContain("EPIPE");
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
