import {tCritical, zCritical} from "./probability.ts";
import type {Interval} from "./types.ts";

/**
 * Weighted sums of one variable over a set of respondents: enough for the mean, its standard
 * deviation and the standard error of a weighted mean, in a single pass. Unweighted data has w = 1.
 */
export interface Moments {
  /** Count of values. */
  n: number;
  /** Σw, Σw·x, Σw·x². */
  sw: number;
  swx: number;
  swx2: number;
  /** Σw², Σw²·x, Σw²·x²: for the standard error of a weighted mean. */
  sw2: number;
  sw2x: number;
  sw2x2: number;
  /**
   * Σw·(x − x̄)² and Σw²·(x − x̄)², when they could be summed about the mean itself (answers with few
   * distinct values): more exact than the one-pass sums, which lose digits to cancellation.
   */
  centred?: {mean: number; ss: number; ss2: number};
}

/** Moments with every sum zero. */
export function emptyMoments(): Moments {
  return {n: 0, sw: 0, swx: 0, swx2: 0, sw2: 0, sw2x: 0, sw2x2: 0};
}

/**
 * Moments of values taken by groups of answers — a count, Σw and Σw² per distinct value x, such as
 * the options of a closed question — with the sums about the mean computed directly, so that, for
 * example, identical answers have a spread of exactly zero.
 *
 * @example
 * momentsOf([{x: 0, count: 3, w: 3, w2: 3}, {x: 10, count: 5, w: 5, w2: 5}]) // mean 6.25
 */
export function momentsOf(points: {x: number; count: number; w: number; w2: number}[]): Moments {
  const m = emptyMoments();
  for (const p of points) if (p.count > 0) addMoments(m, p.x, p.count, p.w, p.w2);
  if (m.sw <= 0) return m;
  // The mean as a shift from the first value: exactly that value when all answers agree.
  const present = points.filter((p) => p.count > 0);
  const origin = present[0].x;
  const mean = origin + present.reduce((sum, p) => sum + p.w * (p.x - origin), 0) / m.sw;
  let ss = 0;
  let ss2 = 0;
  for (const p of present) {
    const d = p.x - mean;
    ss += p.w * d * d;
    ss2 += p.w2 * d * d;
  }
  return {...m, centred: {mean, ss, ss2}};
}

/** Adds `count` values x, each of weight w (w² summed as `w2`). */
export function addMoments(m: Moments, x: number, count: number, w: number, w2: number): void {
  m.n += count;
  m.sw += w;
  m.swx += w * x;
  m.swx2 += w * x * x;
  m.sw2 += w2;
  m.sw2x += w2 * x;
  m.sw2x2 += w2 * x * x;
}

/**
 * The finite population correction √((N − n)/(N − 1)) for n respondents of N invited: 1 when the
 * headcount is unknown, 0 when everyone responded.
 *
 * @example
 * finitePopulationCorrection(919, 1388) // 0.581
 */
export function finitePopulationCorrection(n: number, invited: number | null): number {
  if (invited === null || invited <= 1 || n <= 0) return 1;
  if (n >= invited) return 0;
  return Math.sqrt((invited - n) / (invited - 1));
}

/** A mean with its uncertainty. */
export interface Estimate {
  value: number;
  sd: number | null;
  se: number | null;
  ci: Interval | null;
}

/**
 * The weighted mean of the values behind `m`, its standard deviation, and the standard error
 * n/(n−1)·Σw²(x − x̄)²/(Σw)² (the linearised variance of a ratio mean; s²/n without weights) times
 * the finite population correction `fpc`, with a t interval on effective n − 1 degrees of freedom.
 *
 * @example
 * meanEstimate(moments, {fpc: 0.58, confidence: 0.95})
 */
export function meanEstimate(m: Moments, {fpc, confidence}: {fpc: number; confidence: number}): Estimate | null {
  if (m.n === 0 || m.sw <= 0) return null;
  const mean = m.centred?.mean ?? m.swx / m.sw;
  const df = effectiveN(m) - 1;
  if (m.n < 2) return {value: mean, sd: null, se: null, ci: null};
  const correction = m.n / (m.n - 1);
  const spread = m.centred?.ss ?? Math.max(0, m.swx2 - mean * m.swx);
  const spread2 = m.centred?.ss2 ?? Math.max(0, m.sw2x2 - 2 * mean * m.sw2x + mean * mean * m.sw2);
  const sd = Math.sqrt((spread / m.sw) * correction);
  const se = Math.sqrt((correction * spread2) / (m.sw * m.sw)) * fpc;
  const half = tCritical(confidence, Math.max(1, df)) * se;
  return {value: mean, sd, se, ci: [mean - half, mean + half]};
}

/**
 * A weighted share (the mean of a 0/1 variable) with a Wilson score interval, which stays inside
 * 0–1 and behaves for shares near 0 or 1; the effective sample size is divided by fpc².
 *
 * @example
 * proportionEstimate(moments, {fpc: 1, confidence: 0.95})
 */
export function proportionEstimate(m: Moments, {fpc, confidence}: {fpc: number; confidence: number}): Estimate | null {
  const linear = meanEstimate(m, {fpc, confidence});
  if (!linear) return null;
  const p = linear.value;
  if (m.n < 2) return linear;
  if (fpc === 0) return {...linear, ci: [p, p]};
  const n = effectiveN(m) / (fpc * fpc);
  const z = zCritical(confidence);
  const z2n = (z * z) / n;
  const centre = (p + z2n / 2) / (1 + z2n);
  const half = (z / (1 + z2n)) * Math.sqrt((p * (1 - p)) / n + z2n / (4 * n));
  return {...linear, ci: [Math.max(0, centre - half), Math.min(1, centre + half)]};
}

/** Kish's effective sample size (Σw)²/Σw²: n for unweighted data. */
export function effectiveN(m: Moments): number {
  return m.sw2 > 0 ? (m.sw * m.sw) / m.sw2 : 0;
}
