import {describe, expect, it} from "vitest";
import {scoreBundle} from "../../scoring/index.ts";
import {cronbachAlpha, type ReliabilitySums} from "../../scoring/reliability.ts";
import {responsesCsv, SURVEY_YAML, writeBundle, type Row} from "../helpers/bundle.ts";

/** The sums of reliability.ts for unweighted answers (one array of K values per respondent). */
function sumsOf(rows: number[][]): ReliabilitySums {
  const k = rows[0].length;
  const sums: ReliabilitySums = {n: rows.length, sw: rows.length, swx: new Float64Array(k), swxx: new Float64Array(k * k)};
  for (const x of rows) {
    x.forEach((a, j) => {
      sums.swx[j] += a;
      x.forEach((b, l) => (sums.swxx[j * k + l] += a * b));
    });
  }
  return sums;
}

describe("cronbachAlpha", () => {
  it("cronbachAlpha of 0/5/10 and 0/10/5 is 2·(1 − (50/3 + 50/3)/50) = 2/3", () => {
    expect(cronbachAlpha(sumsOf([[0, 0], [5, 10], [10, 5]]))).toBeCloseTo(2 / 3, 12);
  });
  it("cronbachAlpha of identical questions is 1, of unrelated ones about 0", () => {
    expect(cronbachAlpha(sumsOf([[0, 0], [5, 5], [10, 10]]))).toBeCloseTo(1, 12);
    expect(cronbachAlpha(sumsOf([[0, 0], [10, 0], [0, 10], [10, 10]]))).toBeCloseTo(0, 12);
  });
  it("cronbachAlpha is null for one question, one respondent, or answers that do not vary", () => {
    expect(cronbachAlpha(sumsOf([[1], [2]]))).toBeNull();
    expect(cronbachAlpha(sumsOf([[1, 2]]))).toBeNull();
    expect(cronbachAlpha(sumsOf([[5, 5], [5, 5]]))).toBeNull();
  });
});

describe("modules[].alpha", () => {
  it("scoreBundle gives the organisation's modules an α over respondents with every core answer, and groups none", async () => {
    const rows: Row[] = Array.from({length: 40}, (_, i) => ({
      id: `r${i}`,
      afdeling: i < 20 ? "A" : "B",
      bev1: String((i % 5) + 1),
      bev2: i === 3 ? "9" : String((i % 5) + 1),
      wd1: String(((i * 3) % 5) + 1),
      enps: String(i % 11)
    }));
    const report = await scoreBundle(writeBundle({"survey.yaml": SURVEY_YAML, "responses.csv": responsesCsv(rows)}));
    const bevlogenheid = report.modules.find((m) => m.questions.includes("bev1"))!;
    // bev1 and bev2 agree on every respondent who answered both: α = 1 despite the "don't know".
    expect(bevlogenheid.alpha).toBeCloseTo(1, 12);
    expect(report.groups.flatMap((g) => g.modules ?? []).every((m) => m.alpha === null)).toBe(true);
  });
});
