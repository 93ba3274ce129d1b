import jStat from "jstat";

/**
 * Probability functions for intervals and tests, from jStat (a maintained statistics library)
 * rather than our own numerical code.
 */

/**
 * The two-sided critical value of Student's t for a confidence level: t(1 − (1 − c)/2, df).
 * Falls back to the normal quantile for df = Infinity, and is NaN for df < 1.
 *
 * @example
 * tCritical(0.95, 918) // 1.9626
 */
export function tCritical(confidence: number, df: number): number {
  const p = 1 - (1 - confidence) / 2;
  if (!(df >= 1)) return NaN;
  // Every set's every question asks for one of a few (confidence, df): each is inverted once.
  let known = criticalValues.get(confidence);
  if (!known) criticalValues.set(confidence, (known = new Map()));
  let t = known.get(df);
  if (t === undefined) {
    if (known.size >= 100_000) known.clear();
    known.set(df, (t = Number.isFinite(df) ? jStat.studentt.inv(p, df) : jStat.normal.inv(p, 0, 1)));
  }
  return t;
}

const criticalValues = new Map<number, Map<number, number>>();

/**
 * The two-sided p-value of a t statistic with df degrees of freedom (normal when df = Infinity).
 *
 * @example
 * tTestPValue(2, 10) // 0.0734
 */
export function tTestPValue(t: number, df: number): number {
  if (!Number.isFinite(t)) return Number.isNaN(t) ? NaN : 0;
  const tail = Number.isFinite(df) ? jStat.studentt.cdf(-Math.abs(t), df) : jStat.normal.cdf(-Math.abs(t), 0, 1);
  return Math.min(1, 2 * tail);
}

/**
 * The two-sided critical value of the standard normal distribution.
 *
 * @example
 * zCritical(0.95) // 1.96
 */
export function zCritical(confidence: number): number {
  return tCritical(confidence, Infinity);
}

/**
 * The upper tail of the χ² distribution: P(X ≥ x) for df degrees of freedom (R's
 * `pchisq(x, df, lower.tail = FALSE)`).
 *
 * @example
 * chiSquareUpperTail(3.84, 1) // 0.05
 */
export function chiSquareUpperTail(x: number, df: number): number {
  if (!(df > 0) || Number.isNaN(x)) return NaN;
  return x <= 0 ? 1 : Math.max(0, 1 - jStat.chisquare.cdf(x, df));
}
