/**
 * The Shapley / LMG decomposition of R² against an independent computation: every regression
 * fitted on the respondents' values by a small normal-equations solver written here, and each
 * driver's importance averaged over every order in which the drivers can enter.
 */
import {describe, expect, it} from "vitest";
import {drivers, lmg, rSquared, type DriverSums} from "../../scoring/drivers.ts";
import {seededRandom as random} from "../../scoring/random.ts";
import {fittedR2, importancesByOrders} from "../helpers/ols.ts";

/** The sums drivers.ts keeps, from rows of values (drivers first, the outcome last). */
function sumsOf(rows: number[][], outcome = "y"): DriverSums {
  const k = rows[0].length;
  const sums: DriverSums = {outcome, variables: [...Array.from({length: k - 1}, (_, j) => `x${j}`), outcome], n: rows.length, sum: new Float64Array(k), cross: new Float64Array(k * k)};
  for (const x of rows) x.forEach((a, i) => ((sums.sum[i] += a), x.forEach((b, j) => (sums.cross[i * k + j] += a * b))));
  return sums;
}

/** Respondents' values on 0–10: three correlated drivers and an outcome that depends on them. */
function respondents(n: number, seed: number, p = 3): number[][] {
  const next = random(seed);
  return Array.from({length: n}, () => {
    const common = next() * 10;
    const x = Array.from({length: p}, (_, j) => (common * (j + 1) + next() * 10 * (p - j)) / (p + 1));
    return [...x, x.reduce((s, v, j) => s + v * (j + 1) * 0.3, 0) + next() * 6];
  });
}

describe("lmg", () => {
  it("lmg of two drivers equals the mean of each one's R² increment over both orders, from separately fitted regressions", () => {
    const rows = respondents(200, 1, 2);
    const fit = lmg(sumsOf(rows))!;
    expect(fit.r2).toBeCloseTo(fittedR2(rows, [0, 1]), 12);
    expect(fit.importance[0]).toBeCloseTo((fittedR2(rows, [0]) + fittedR2(rows, [0, 1]) - fittedR2(rows, [1])) / 2, 12);
    expect(fit.importance[1]).toBeCloseTo((fittedR2(rows, [1]) + fittedR2(rows, [0, 1]) - fittedR2(rows, [0])) / 2, 12);
  });

  it("lmg of three and of four drivers equals the average over every order of entry, and its importances add up to R²", () => {
    for (const p of [3, 4]) {
      const rows = respondents(300, 10 + p, p);
      const fit = lmg(sumsOf(rows))!;
      const expected = importancesByOrders(rows, p);
      fit.importance.forEach((v, j) => expect(v).toBeCloseTo(expected[j], 10));
      expect(fit.importance.reduce((a, b) => a + b, 0)).toBeCloseTo(fit.r2, 12);
      expect(fit.r2).toBeCloseTo(fittedR2(rows, Array.from({length: p}, (_, j) => j)), 10);
    }
  });

  it("lmg splits a driver given twice equally between the two copies, and still adds up to R²", () => {
    const rows = respondents(150, 5, 2).map(([a, b, y]) => [a, b, b, y]);
    const fit = lmg(sumsOf(rows))!;
    expect(fit.importance[1]).toBeCloseTo(fit.importance[2], 12);
    expect(fit.importance.reduce((a, b) => a + b, 0)).toBeCloseTo(fit.r2, 12);
    expect(fit.r2).toBeCloseTo(fittedR2(rows.map(([a, b, , y]) => [a, b, y]), [0, 1]), 10);
  });

  it("lmg is null for an outcome that does not vary or a single respondent", () => {
    expect(lmg(sumsOf([[1, 5], [2, 5], [3, 5]]))).toBeNull();
    expect(lmg(sumsOf([[1, 5]]))).toBeNull();
  });

  it("lmg refuses more than 12 drivers", () => {
    const rows = respondents(30, 2, 13);
    expect(() => lmg(sumsOf(rows))).toThrow("13 drivers of y: at most 12");
  });
});

describe("rSquared", () => {
  it("rSquared of one driver is the squared correlation, of no driver 0", () => {
    expect(rSquared([[1, 0.5], [0.5, 1]], 0b1)).toBeCloseTo(0.25, 15);
    expect(rSquared([[1, 0.5], [0.5, 1]], 0)).toBe(0);
  });
});

describe("drivers", () => {
  it("drivers(sums, {minGroupSize}) gives one row per driver with the model's R² and n", () => {
    const rows = respondents(50, 3, 2);
    const fit = lmg(sumsOf(rows, "tevredenheid"))!;
    expect(drivers([sumsOf(rows, "tevredenheid")], {minGroupSize: 5})).toEqual([
      {outcome: "tevredenheid", item: "x0", importance: fit.importance[0], r2: fit.r2, n: 50},
      {outcome: "tevredenheid", item: "x1", importance: fit.importance[1], r2: fit.r2, n: 50}
    ]);
  });

  it("drivers(sums, {minGroupSize}) gives no number below the minimum group size", () => {
    expect(drivers([sumsOf(respondents(4, 3, 2))], {minGroupSize: 5})).toEqual([
      {outcome: "y", item: "x0", importance: null, r2: null, n: null},
      {outcome: "y", item: "x1", importance: null, r2: null, n: null}
    ]);
  });
});
