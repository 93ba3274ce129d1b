import {describe, expect, it} from "vitest";
import {heterogeneity, spread} from "../../scoring/spread.ts";
import {chiSquareUpperTail} from "../../scoring/probability.ts";
import type {GroupReport} from "../../scoring/types.ts";

/** Cochran's Q, τ² (DerSimonian–Laird) and I² written out the long way, for comparison. */
function byHand(points: {score: number; se: number}[]) {
  let sw = 0;
  let swy = 0;
  let sw2 = 0;
  for (const p of points) {
    const w = 1 / p.se ** 2;
    sw += w;
    swy += w * p.score;
    sw2 += w * w;
  }
  const mean = swy / sw;
  let q = 0;
  for (const p of points) q += ((p.score - mean) / p.se) ** 2;
  const df = points.length - 1;
  const c = sw - sw2 / sw;
  return {q, df, tau: Math.sqrt(Math.max(0, (q - df) / c)), i2: Math.max(0, (q - df) / q)};
}

describe("heterogeneity", () => {
  it("heterogeneity(points) gives Cochran's Q, its χ² p-value, τ and I² as the formulas written out do", () => {
    const points = [
      {score: 0.61, se: 0.012},
      {score: 0.7, se: 0.03},
      {score: 0.55, se: 0.02},
      {score: 0.66, se: 0.008},
      {score: 0.58, se: 0.05}
    ];
    const h = heterogeneity(points)!;
    const expected = byHand(points);
    expect(h.q).toBeCloseTo(expected.q, 9);
    expect(h.df).toBe(4);
    expect(h.tau).toBeCloseTo(expected.tau, 12);
    expect(h.i2).toBeCloseTo(expected.i2, 12);
    expect(h.pValue).toBeCloseTo(chiSquareUpperTail(expected.q, 4), 12);
    expect(h.pValue).toBeLessThan(0.001);
  });

  it("heterogeneity(points) of equal scores is Q 0, p 1, τ 0 and I² 0; below two points or with a zero standard error it is null", () => {
    expect(heterogeneity([{score: 0.6, se: 0.01}, {score: 0.6, se: 0.02}, {score: 0.6, se: 0.03}])).toEqual({q: 0, df: 2, pValue: 1, tau: 0, i2: 0});
    expect(heterogeneity([{score: 0.6, se: 0.01}])).toBe(null);
    expect(heterogeneity([{score: 0.6, se: 0.01}, {score: 0.7, se: 0}])).toBe(null);
  });

  it("chiSquareUpperTail(x, df) is R's pchisq(x, df, lower.tail = FALSE) at known points", () => {
    expect(chiSquareUpperTail(3.841458820694124, 1)).toBeCloseTo(0.05, 10);
    expect(chiSquareUpperTail(9.487729036781154, 4)).toBeCloseTo(0.05, 10);
    expect(chiSquareUpperTail(0, 3)).toBe(1);
  });

  it("spread(organisations, modules) carries the heterogeneity of the organisations with a standard error", () => {
    const org = (value: string, score: number, se: number, n: number): GroupReport =>
      ({id: `org=${value}`, variable: "org", value, parent: null, n, invited: null, responseRate: null, suppressed: false, modules: [{id: "m", score, se, n, ci: [score - 2 * se, score + 2 * se]}]}) as unknown as GroupReport;
    const groups = [org("A", 0.6, 0.02, 100), org("B", 0.72, 0.025, 80), org("C", 0.5, 0.03, 60)];
    const [s] = spread(groups, ["m"]);
    const expected = byHand([{score: 0.6, se: 0.02}, {score: 0.72, se: 0.025}, {score: 0.5, se: 0.03}]);
    expect(s.heterogeneity!.q).toBeCloseTo(expected.q, 9);
    expect(s.heterogeneity!.tau).toBeCloseTo(expected.tau, 12);
  });

  it("spread(organisations, modules) widens the funnel's limits by τ: mean ± z·√(σ²/n + τ²), wider than the limits, and none without a heterogeneity", () => {
    const org = (value: string, score: number, se: number, n: number): GroupReport =>
      ({id: `org=${value}`, variable: "org", value, parent: null, n, invited: null, responseRate: null, suppressed: false, modules: [{id: "m", score, se, n, ci: [score - 2 * se, score + 2 * se]}]}) as unknown as GroupReport;
    const groups = [org("A", 0.6, 0.02, 100), org("B", 0.72, 0.025, 80), org("C", 0.5, 0.03, 60)];
    const [s] = spread(groups, ["m"]);
    const tau = byHand([{score: 0.6, se: 0.02}, {score: 0.72, se: 0.025}, {score: 0.5, se: 0.03}]).tau;
    expect(tau).toBeGreaterThan(0.05);
    const mean = (0.6 + 0.72 + 0.5) / 3;
    const sigma2 = (100 * 100 * 0.02 ** 2 + 80 * 80 * 0.025 ** 2 + 60 * 60 * 0.03 ** 2) / (100 + 80 + 60);
    for (const p of s.organisations) {
      for (const [limit, z] of [["p95", 1.959963984540054], ["p998", 3.090232306167813]] as const) {
        const half = z * Math.sqrt(sigma2 / p.n + tau * tau);
        expect(p.widened![limit][0]).toBeCloseTo(mean - half, 12);
        expect(p.widened![limit][1]).toBeCloseTo(mean + half, 12);
        expect(p.widened![limit][1] - p.widened![limit][0]).toBeGreaterThan(p.limits![limit][1] - p.limits![limit][0]);
      }
    }
    // One organisation: no heterogeneity, no widened limits (its plain limits remain).
    const [alone] = spread([groups[0]], ["m"]);
    expect(alone.heterogeneity).toBe(null);
    expect(alone.organisations[0].limits).not.toBe(null);
    expect(alone.organisations[0].widened).toBe(null);
  });
});
