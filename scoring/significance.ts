import {tTestPValue} from "./probability.ts";

/** A score with what is known of its uncertainty. */
export interface ScoreEstimate {
  score: number;
  /** Standard error, or null when unknown (a benchmark given as a score only). */
  se: number | null;
  /** The number of answers behind it, or null when unknown. */
  n: number | null;
}

/**
 * The two-sided p-value for the difference between two independent scores (this survey against
 * the previous one, or against a benchmark with a known n and sd): Welch's t = (x̄₁ − x̄₂)/√(SE₁² + SE₂²)
 * with Welch–Satterthwaite degrees of freedom, or a z-test when `normal` (shares, eNPS).
 * Null when either standard error is unknown.
 *
 * @example
 * independentPValue({score: 7.4, se: 0.05, n: 919}, {score: 7.2, se: 0.06, n: 865}, {normal: false})
 */
export function independentPValue(a: ScoreEstimate, b: ScoreEstimate, {normal}: {normal: boolean}): number | null {
  if (a.se === null || b.se === null) return null;
  const va = a.se * a.se;
  const vb = b.se * b.se;
  const difference = a.score - b.score;
  if (va + vb === 0) return difference === 0 ? 1 : 0;
  const t = difference / Math.sqrt(va + vb);
  if (normal || a.n === null || b.n === null || a.n < 2 || b.n < 2) return tTestPValue(t, Infinity);
  const df = (va + vb) ** 2 / (va * va / (a.n - 1) + vb * vb / (b.n - 1));
  return tTestPValue(t, df);
}

/**
 * The two-sided p-value for a group against the whole it is part of (a team against its
 * organisation): t = (x̄_g − x̄_T)/√((1 − 2p)·SE_g² + SE_T²) with p = n_g/n_T, the variance of the
 * difference when the group's answers also count in the whole; t on n_g − 1 degrees of freedom, or
 * z when `normal`.
 *
 * @example
 * partOfWholePValue({score: 6.8, se: 0.2, n: 40}, {score: 7.3, se: 0.05, n: 919}, {normal: false})
 */
export function partOfWholePValue(group: ScoreEstimate, whole: ScoreEstimate, {normal}: {normal: boolean}): number | null {
  if (group.se === null || whole.se === null || group.n === null || whole.n === null || whole.n === 0) return null;
  const p = Math.min(1, group.n / whole.n);
  const variance = Math.max(0, (1 - 2 * p) * group.se * group.se + whole.se * whole.se);
  const difference = group.score - whole.score;
  if (variance === 0) return difference === 0 ? 1 : 0;
  const t = difference / Math.sqrt(variance);
  return tTestPValue(t, normal || group.n < 2 ? Infinity : group.n - 1);
}
