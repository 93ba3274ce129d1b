import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {readBundle} from "../../../bundle/readBundle.ts";
import {scoreReport} from "../../../scoring/scoreReport.ts";
import type {Distribution} from "../../../scoring/types.ts";
import {qualityView, wholeGrades} from "../../../site/views/qualityView.ts";
import {report} from "../../charts/fixtures.ts";

describe("wholeGrades", () => {
  it("wholeGrades(distribution) counts a grade with a decimal at the nearest whole grade, halves up, and skips no-opinion", () => {
    const option = (code: string, count: number, missing = false) => ({code, label: code, count, share: null, missing, score: missing ? null : Number(code)});
    const distribution: Distribution = {question: "cijfer", type: "grade", n: 6, dontKnow: 2, options: [option("1", 1), option("5.4", 1), option("5.5", 1), option("7.5", 2), option("10", 1), option("9", 2, true)]};
    expect(wholeGrades(distribution)).toEqual({n: 6, counts: [1, 0, 0, 0, 1, 1, 0, 2, 0, 1]});
  });
});

describe("qualityView", () => {
  it("qualityView(report) is null without a norm", () => {
    expect(qualityView(report)).toBeNull();
  });

  it("qualityView(keurmerk) has the grades and recommendation per population and the relatively strong aspects", () => {
    const view = qualityView(scoreReport(readBundle(join(import.meta.dirname, "../../../data/keurmerk"))))!;
    expect(view.variableName).toBe("Dienst");
    expect(view.populations.map((p) => [p.label, p.grades!.n, p.grades!.counts.reduce((a, b) => a + b, 0), p.recommended!.n])).toEqual([
      ["Cliënten", 97, 97, 97],
      ["Opdrachtgevers", 11, 11, 11]
    ]);
    expect(view.strengths.map((s) => s.item)).toEqual(["kantoor2", "kantoor1", "contact1", "contact3"]);
    expect(view.pages.map((p) => p.path)).toEqual(["/keurmerk", "/leeswijzer", "/modules", "/vragen", "/verdelingen", "/groepen"]);
  });
});
