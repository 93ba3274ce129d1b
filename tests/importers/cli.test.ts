import {spawnSync} from "node:child_process";
import {mkdtempSync, readdirSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";

const peiling = (...args: string[]) => spawnSync(process.execPath, ["bin/peiling.js", ...args], {encoding: "utf8"});

const LONG = ["respondent;afdeling;vraag;antwoord", "r1;A;bev1;Mee eens", "r1;A;bev2;Helemaal mee eens", "r2;B;bev1;Mee oneens", "r2;B;bev2;Weet niet", "r3;A;bev1;;", "r3;A;bev2;"].join("\n") + "\n";

describe("peiling import", () => {
  it("peiling import <long csv> --out writes a bundle that peiling score accepts, and prints the row accounting", () => {
    const dir = mkdtempSync(join(tmpdir(), "peiling-cli-"));
    writeFileSync(join(dir, "antwoorden.csv"), LONG);
    const imported = peiling("import", join(dir, "antwoorden.csv"), "--out", join(dir, "bundle"));
    expect(imported.status).toBe(0);
    expect(imported.stderr).toContain("read " + join(dir, "antwoorden.csv") + " as long");
    expect(imported.stderr).toContain("antwoorden.csv: 6 rows read (3 respondents), 2 written, 1 set aside (no answers: 1)");
    const scored = peiling("score", join(dir, "bundle"));
    expect(scored.status).toBe(0);
    expect(scored.stderr).toContain("responses.csv: 2 rows read, 2 accepted, 0 set aside");
    expect(JSON.parse(scored.stdout).respondents).toBe(2);
  });

  it("peiling import of a broken export exits 1 with the located defect, no stack trace, nothing written", () => {
    const dir = mkdtempSync(join(tmpdir(), "peiling-cli-"));
    writeFileSync(join(dir, "antwoorden.csv"), LONG + 'r4;A;bev1;"Mee ee');
    const result = peiling("import", join(dir, "antwoorden.csv"), "--out", join(dir, "bundle"));
    expect(result.status).toBe(1);
    expect(result.stderr).toBe("The import found 1 defect; nothing was written:\nantwoorden.csv:8:4: a quoted field is never closed; expected a closing \"\n");
    expect(readdirSync(dir)).toEqual(["antwoorden.csv"]);
  });

  it("peiling import without --out, or with an unknown --format, is a usage error (exit 2)", () => {
    expect(peiling("import", "export.sav").stderr).toContain("peiling: give the bundle folder to write with --out");
    const unknown = peiling("import", "export.sav", "--out", "x", "--format", "spss");
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('--format must be one of sav, limesurvey, qualtrics, xlsx, long, not "spss"');
  });

  it("peiling import of a file whose format cannot be told asks for --format", () => {
    const dir = mkdtempSync(join(tmpdir(), "peiling-cli-"));
    writeFileSync(join(dir, "lijst.csv"), "a,b\n1,2\n");
    const result = peiling("import", join(dir, "lijst.csv"), "--out", join(dir, "bundle"));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("lijst.csv: the format of this .csv export cannot be told from its contents; expected --format sav, limesurvey, qualtrics, xlsx or long");
  });
});
