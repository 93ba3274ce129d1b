import {describe, expect, it} from "vitest";
import {enpsScore} from "../../scoring/enps.ts";
import {finitePopulationCorrection, meanEstimate, momentsOf, proportionEstimate, wilsonInterval} from "../../scoring/estimate.ts";
import {tCritical, zCritical} from "../../scoring/probability.ts";
import {scoreBundle} from "../../scoring/index.ts";
import {scaleCodec} from "../../bundle/scaleCodec.ts";
import type {AnswerColumn} from "../../bundle/ResponseTable.ts";
import type {OptionTally} from "../../scoring/SetAggregates.ts";
import {writeBundle} from "../helpers/bundle.ts";

/** The arithmetic the reference reports and the statistics notes show, reproduced. */

const npsColumn = (): AnswerColumn => {
  const codec = scaleCodec({type: "nps", missing: []});
  return {kind: "codes", question: {id: "enps", text: "Aanbevelen", scale: "nps", reverse: false}, codec, reverse: false, codes: new Int16Array(0)};
};

function npsTally(counts: number[]): OptionTally {
  const count = Float64Array.from(counts);
  return {count, weight: count, weight2: count, blank: 0};
}

/** Counts 0–10 with the given numbers of detractors (as 5s), passives (as 8s) and promoters (as 10s). */
function split(detractors: number, passives: number, promoters: number): number[] {
  const counts = new Array(11).fill(0);
  counts[5] = detractors;
  counts[8] = passives;
  counts[10] = promoters;
  return counts;
}

describe("the reference reports' arithmetic", () => {
  it("enpsScore: 21.78 % detractors, 64.77 % passives, 13.44 % promoters give −8.3", () => {
    const enps = enpsScore(npsColumn(), npsTally(split(2178, 6478, 1344)), {design: {respondents: 10000, fraction: 0}, confidence: 0.95})!;
    expect(enps.score.toFixed(1)).toBe("-8.3");
    expect(enps.detractors).toBeCloseTo(0.2178, 4);
    expect(enps.promoters).toBeCloseTo(0.1344, 4);
  });

  it("enpsScore: p_P .25, p_D .35 and n 919 give a standard error of about 2.5", () => {
    // 919 answers: 230 promoters (.25), 322 detractors (.35), the rest passives.
    const enps = enpsScore(npsColumn(), npsTally(split(322, 367, 230)), {design: {respondents: 919, fraction: 0}, confidence: 0.95})!;
    expect(enps.se).toBeCloseTo(2.53, 1);
    expect((enps.ci[1] - enps.ci[0]) / 2 / enps.se).toBeCloseTo(1.963, 2);
  });

  it("enpsScore: the variance is 100²·[p_P + p_D − (p_P − p_D)²]/(n − 1) times 1 − n/N", () => {
    const enps = enpsScore(npsColumn(), npsTally(split(3, 2, 2)), {design: {respondents: 7, fraction: 7 / 11}, confidence: 0.95})!;
    const [pP, pD] = [2 / 7, 3 / 7];
    expect(enps.se).toBeCloseTo(100 * Math.sqrt(((pP + pD - (pP - pD) ** 2) / 6) * (1 - 7 / 11)), 12);
  });

  it("meanEstimate: 5 valid answers in a team of 7 of 11 invited have SE √((1 − 7/11)·7/6·Σ(x − x̄)²/5²), the domain estimator", () => {
    // Scores 0, 5, 5, 10, 10 (mean 6): Σ(x − x̄)² = 36 + 1 + 1 + 16 + 16 = 70.
    const moments = momentsOf([{x: 0, count: 1, w: 1, w2: 1}, {x: 5, count: 2, w: 2, w2: 2}, {x: 10, count: 2, w: 2, w2: 2}]);
    const estimate = meanEstimate(moments, {design: {respondents: 7, fraction: 7 / 11}, confidence: 0.95})!;
    expect(estimate.se).toBeCloseTo(Math.sqrt(((4 / 11) * (7 / 6) * 70) / 25), 14);
    expect(estimate.ci![1] - estimate.value).toBeCloseTo(tCritical(0.95, 4) * estimate.se!, 14);
  });

  it("proportionEstimate: Wilson's interval on the design-based n = p(1 − p)/SE²", () => {
    const moments = momentsOf([{x: 0, count: 3, w: 6, w2: 12}, {x: 1, count: 5, w: 5, w2: 5}]);
    const estimate = proportionEstimate(moments, {design: {respondents: 20, fraction: 0.25}, confidence: 0.95})!;
    expect(estimate.ci).toEqual(wilsonInterval(estimate.value, (estimate.value * (1 - estimate.value)) / estimate.se! ** 2, zCritical(0.95)));
    // Not Kish's (Σw)²/Σw² = 121/17 divided by 1 − f: the weights go with the answers here.
    expect(estimate.ci).not.toEqual(wilsonInterval(estimate.value, 121 / 17 / 0.75, zCritical(0.95)));
  });

  it("finitePopulationCorrection: 919 of 1388 shrinks the standard error by about 42 %", () => {
    expect(1 - finitePopulationCorrection(919, 1388)).toBeCloseTo(0.42, 2);
    expect(finitePopulationCorrection(10, null)).toBe(1);
    expect(finitePopulationCorrection(50, 50)).toBe(0);
  });

  it("question score = mean of the answers: 5 and 10 give 7.5; theme score = mean of question scores: 7.5 and 8.5 give 8", async () => {
    // Question 1: two participants answering 5 and 10 (codes 3 and 5) → 7.5.
    // Question 2: 8.5 needs answers averaging 8.5: 10, 10, 7.5, 7.5, 7.5 → 8.5.
    const dir = writeBundle({
      "survey.yaml": likertSurvey(["v1", "v2"]),
      "responses.csv": "id,v1,v2\na,3,5\nb,5,5\nc,,4\nd,,4\ne,,4\n"
    });
    const report = await scoreBundle(dir);
    expect(report.questions.map((q) => q.score)).toEqual([7.5, 8.5]);
    expect(report.modules[0].score).toBe(8);
  });

  it("theme score 7.1 from question scores 7.4, 7.6 and 6.3 (Bevlogenheid)", async () => {
    // 25 respondents; code sums (code − 1) of 74, 76 and 63 give means 7.4, 7.6 and 6.3.
    const levels = (sum: number) => Array.from({length: 25}, (_, i) => Math.floor(sum / 25) + (i < sum % 25 ? 1 : 0));
    const [a, b, c] = [levels(74), levels(76), levels(63)];
    const rows = a.map((_, i) => `r${i},${a[i] + 1},${b[i] + 1},${c[i] + 1}`);
    const dir = writeBundle({"survey.yaml": likertSurvey(["v1", "v2", "v3"]), "responses.csv": ["id,v1,v2,v3", ...rows].join("\n")});
    const report = await scoreBundle(dir);
    expect(report.questions.map((q) => q.score)).toEqual([7.4, 7.6, 6.3].map((x) => expect.closeTo(x, 12)));
    expect(report.modules[0].score!.toFixed(1)).toBe("7.1");
  });
});

function likertSurvey(questions: string[]): string {
  return `title: T
organisation: O
period: {start: 2025-01-01, end: 2025-01-31}
scales:
  eens5: {type: likert, missing: [9]}
modules:
  - {id: m, name: M}
questions:
${questions.map((q) => `  - {id: ${q}, text: Vraag ${q}, scale: eens5, module: m}`).join("\n")}
settings: {minGroupSize: 1}
`;
}
