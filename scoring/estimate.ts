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
  return optionMoments(
    points.map((p) => p.x),
    points.map((_, i) => i),
    {count: points.map((p) => p.count), weight: points.map((p) => p.w), weight2: points.map((p) => p.w2)}
  );
}

/**
 * {@link momentsOf} of the options of a tally, without a point per option: option `options[i]`
 * (its count, Σw and Σw² in `tally`) takes the value `xs[i]`. Scores every set's questions in one
 * tight loop each.
 *
 * @example
 * optionMoments([0, 10], [0, 1], {count: [3, 5], weight: [3, 5], weight2: [3, 5]}) // mean 6.25
 */
export function optionMoments(xs: ArrayLike<number>, options: ArrayLike<number>, tally: {count: ArrayLike<number>; weight: ArrayLike<number>; weight2: ArrayLike<number>}): Moments {
  const {count, weight, weight2} = tally;
  // The sums in locals, one object at the end: every set's every question comes through here.
  let n = 0;
  let sw = 0;
  let swx = 0;
  let swx2 = 0;
  let sw2 = 0;
  let sw2x = 0;
  let sw2x2 = 0;
  let first = -1;
  for (let i = 0; i < options.length; ++i) {
    const o = options[i];
    if (!(count[o] > 0)) continue;
    if (first < 0) first = i;
    const x = xs[i];
    const w = weight[o];
    const w2 = weight2[o];
    n += count[o];
    sw += w;
    swx += w * x;
    swx2 += w * x * x;
    sw2 += w2;
    sw2x += w2 * x;
    sw2x2 += w2 * x * x;
  }
  if (sw <= 0) return {n, sw, swx, swx2, sw2, sw2x, sw2x2};
  // The mean as a shift from the first value: exactly that value when all answers agree.
  const origin = xs[first];
  let shift = 0;
  for (let i = first; i < options.length; ++i) if (count[options[i]] > 0) shift = shift + weight[options[i]] * (xs[i] - origin);
  const mean = origin + shift / sw;
  let ss = 0;
  let ss2 = 0;
  for (let i = first; i < options.length; ++i) {
    const o = options[i];
    if (!(count[o] > 0)) continue;
    const d = xs[i] - mean;
    ss += weight[o] * d * d;
    ss2 += weight2[o] * d * d;
  }
  return {n, sw, swx, swx2, sw2, sw2x, sw2x2, centred: {mean, ss, ss2}};
}

/**
 * The sample a set's estimates are domains of: the smallest enclosing set whose invited headcount
 * is known (the set itself, its parent group, …, the organisation), as R's survey package treats a
 * `subset()` of that set's design. Its respondents give the n/(n − 1) of the variance, its
 * sampling fraction n/N the finite population correction 1 − n/N (0 when no headcount is known
 * or the correction is turned off).
 */
export interface Design {
  respondents: number;
  fraction: number;
}

/**
 * The design of `respondents` out of `invited` (sampling fraction 0 when the headcount is unknown).
 *
 * @example
 * designOf(7, 11) // {respondents: 7, fraction: 0.636}
 */
export function designOf(respondents: number, invited: number | null): Design {
  return {respondents, fraction: invited !== null && invited > 0 ? Math.min(1, respondents / invited) : 0};
}

/**
 * The finite population correction √(1 − n/N) of a standard error, for n respondents of N invited
 * (the unbiased without-replacement form with a sample variance): 1 when the headcount is unknown,
 * 0 when everyone responded.
 *
 * @example
 * finitePopulationCorrection(919, 1388) // 0.581
 */
export function finitePopulationCorrection(n: number, invited: number | null): number {
  return Math.sqrt(1 - designOf(n, invited).fraction);
}

/**
 * The design-based (linearised) variance of a weighted mean over a domain of `design`:
 * (1 − f)·n/(n − 1)·Σw²(x − x̄)²/(Σw)², with n the design's respondents — R's
 * `svymean(~x, subset(design, …))` with `fpc`. Null below two respondents in the design.
 *
 * @example
 * domainVariance(moments, {respondents: 7, fraction: 7 / 11})
 */
export function domainVariance(m: Moments, design: Design): number | null {
  if (m.sw <= 0 || design.respondents < 2) return null;
  const mean = m.centred?.mean ?? m.swx / m.sw;
  return spreadVariance(m.centred?.ss2 ?? onePassSpread2(m.sw2, m.sw2x, m.sw2x2, mean), m.sw, design);
}

/**
 * Σw²(x − x̄)² from the one-pass sums Σw², Σw²x, Σw²x² about the mean x̄ (never below 0), for
 * {@link domainVariance} where no centred sums are known.
 *
 * @example
 * onePassSpread2(m.sw2, m.sw2x, m.sw2x2, m.swx / m.sw)
 */
export function onePassSpread2(sw2: number, sw2x: number, sw2x2: number, mean: number): number {
  return Math.max(0, sw2x2 - 2 * mean * sw2x + mean * mean * sw2);
}

/**
 * {@link domainVariance} from its parts: (1 − f)·n/(n − 1)·`spread2`/(Σw)², with `spread2` the
 * Σw²(x − x̄)² and n the design's respondents (at least two).
 *
 * @example
 * spreadVariance(12.5, 7, {respondents: 7, fraction: 7 / 11})
 */
export function spreadVariance(spread2: number, sw: number, design: Design): number {
  return ((1 - design.fraction) * design.respondents * spread2) / ((design.respondents - 1) * sw * sw);
}

/** A mean with its uncertainty. */
export interface Estimate {
  value: number;
  sd: number | null;
  se: number | null;
  ci: Interval | null;
}

/**
 * The weighted mean of the values behind `m`, its standard deviation, and its design-based standard
 * error ({@link domainVariance}), with a t interval on n − 1 degrees of freedom for the n values
 * (the domain's degrees of freedom in R: `confint(est, df = degf(subset(design, …)))`).
 *
 * @example
 * meanEstimate(moments, {design: {respondents: 919, fraction: 919 / 1388}, confidence: 0.95})
 */
export function meanEstimate(m: Moments, {design, confidence}: {design: Design; confidence: number}): Estimate | null {
  const estimate = meanWithError(m, design);
  if (estimate === null || estimate.se === null) return estimate;
  const half = tCritical(confidence, m.n - 1) * estimate.se;
  estimate.ci = [estimate.value - half, estimate.value + half];
  return estimate;
}

/**
 * {@link meanEstimate} without its interval (`ci` null): for a caller that needs only the mean, its
 * standard deviation or its standard error, which then costs no inverted t distribution.
 *
 * @example
 * meanWithError(moments, {respondents: 919, fraction: 919 / 1388})?.se
 */
export function meanWithError(m: Moments, design: Design): Estimate | null {
  if (m.n === 0 || m.sw <= 0) return null;
  const mean = m.centred?.mean ?? m.swx / m.sw;
  if (m.n < 2) return {value: mean, sd: null, se: null, ci: null};
  const spread = m.centred?.ss ?? Math.max(0, m.swx2 - mean * m.swx);
  const sd = Math.sqrt(((spread / m.sw) * m.n) / (m.n - 1));
  const variance = domainVariance(m, design);
  return {value: mean, sd, se: variance === null ? null : Math.sqrt(variance), ci: null};
}

/**
 * A weighted share (the mean of a 0/1 variable) with a Wilson score interval on the design-based
 * effective sample size p(1 − p)/SE², so that the interval agrees with the share's own standard
 * error (weights, domain and finite population correction included); it stays inside 0–1. A
 * share of exactly 0 or 1 has no spread to measure it by: there Kish's (Σw)²/Σw², divided by
 * 1 − f, stands in.
 *
 * @example
 * proportionEstimate(moments, {design: {respondents: 40, fraction: 0}, confidence: 0.95})
 */
export function proportionEstimate(m: Moments, {design, confidence}: {design: Design; confidence: number}): Estimate | null {
  const linear = meanWithError(m, design);
  if (!linear || linear.se === null) return linear;
  const p = linear.value;
  if (design.fraction >= 1) {
    linear.ci = [p, p];
    return linear;
  }
  const n = linear.se > 0 ? (p * (1 - p)) / (linear.se * linear.se) : effectiveN(m) / (1 - design.fraction);
  linear.ci = wilsonInterval(p, n, zCritical(confidence));
  return linear;
}

/**
 * The Wilson score interval of a share p on n (effective) observations with critical value z.
 *
 * @example
 * wilsonInterval(0.5, 100, 1.96) // [0.404, 0.596]
 */
export function wilsonInterval(p: number, n: number, z: number): Interval {
  const z2n = (z * z) / n;
  const centre = (p + z2n / 2) / (1 + z2n);
  const half = (z / (1 + z2n)) * Math.sqrt((p * (1 - p)) / n + z2n / (4 * n));
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

/** Kish's effective sample size (Σw)²/Σw²: n for unweighted data. */
export function effectiveN(m: Moments): number {
  return m.sw2 > 0 ? (m.sw * m.sw) / m.sw2 : 0;
}
