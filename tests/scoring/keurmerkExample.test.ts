import {mkdtempSync, readFileSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {readBundle} from "../../bundle/readBundle.ts";
import {scoreReport} from "../../scoring/scoreReport.ts";
import type {NormRow} from "../../scoring/types.ts";
import {generateKeurmerk} from "../../scripts/keurmerk/generate.ts";

const bundle = join(import.meta.dirname, "../../data/keurmerk");

/** A norm row as table 1.1 prints it: net sample, completed, response % and grade to one decimal, publication. */
const asPrinted = (row: NormRow) => [row.invited, row.n, Number((row.responseRate! * 100).toFixed(1)), Number(row.mean!.toFixed(1)), row.published ? "ja" : "nee"];

describe("data/keurmerk", () => {
  const report = scoreReport(readBundle(bundle));
  const norm = report.norm!;

  it("scoreReport(keurmerk).norm reproduces table 1.1 of the published report", () => {
    expect(norm.groups.map((g) => [g.value, ...asPrinted(g)])).toEqual([
      ["Outplacement", 6, 4, 66.7, 8.1, "ja"],
      ["Toeleiden van werk naar werk (eerste en tweede spoor)", 428, 81, 18.9, 7.6, "ja"],
      ["Toeleiden naar werk vanuit situatie geen werk", 26, 12, 46.2, 7.7, "ja"]
    ]);
    expect(asPrinted(norm.total)).toEqual([460, 97, 21.1, 7.6, "ja"]);
    expect(norm.populations.map((p) => [p.value, ...asPrinted(p)])).toEqual([
      ["Cliënten", 460, 97, 21.1, 7.6, "ja"],
      ["Opdrachtgevers", 58, 11, 19.0, 7.6, "ja"]
    ]);
  });

  it("passes the norm by the mean everywhere, and marks the service of four clients as resting on few answers", () => {
    expect(norm.pass).toBe(true);
    expect([norm.total, ...norm.groups].map((row) => row.passedBy)).toEqual(["mean", "mean", "mean", "mean"]);
    expect(norm.groups.map((g) => g.few)).toEqual([true, false, false]);
  });

  it("holds commissioners' grades with a decimal", () => {
    const commissioners = report.groups.find((g) => g.id === "populatie=Opdrachtgevers")!;
    const grades = commissioners.distributions!.find((d) => d.question === "cijfer")!;
    expect(grades.options.some((o) => !Number.isInteger(Number(o.code)) && o.count > 0)).toBe(true);
  });

  it("generateKeurmerk(dir) writes the committed data/keurmerk byte for byte", () => {
    const tmp = mkdtempSync(join(tmpdir(), "peiling-keurmerk-"));
    generateKeurmerk(tmp);
    for (const file of ["survey.yaml", "responses.csv", "population.csv", "benchmarks.csv"]) {
      const same = readFileSync(join(tmp, file), "utf-8") === readFileSync(join(bundle, file), "utf-8");
      expect(same, `${file} differs from a fresh generation: run npx tsx scripts/keurmerk/generate.ts`).toBe(true);
    }
    rmSync(tmp, {recursive: true, force: true});
  });
});
