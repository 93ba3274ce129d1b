import {columnTotalsOf, influenceSquares, meanOfRatios, ownInfluence, ratioInfluence, type Slice, type UnitTotals} from "./bootstrap.ts";
import {domainVariance, onePassSpread2, spreadVariance, type Design, type Moments} from "./estimate.ts";
import {tTestPValue} from "./probability.ts";

/** A score with what is known of its uncertainty. */
export interface ScoreEstimate {
  score: number;
  /** Standard error, or null when unknown (a benchmark given as a score only). */
  se: number | null;
  /** The number of answers behind it, or null when unknown. */
  n: number | null;
  /** For a set of this survey: the sums a test against a whole it is part of needs. */
  sums?: DomainSums;
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
 * What a design-based test of a group against the rest of a whole needs of one item in a set:
 * the moments of its per-respondent values (a question's scores or 0/1 positives, eNPS scores),
 * or a module's per-unit totals with its slice (units are respondents unless the set has more
 * than 1000, then blocks) and the respondents who answered it.
 */
export type DomainSums =
  | {kind: "moments"; moments: Moments}
  | {kind: "ratios"; totals: UnitTotals; slice: Slice; answered: number};

/** A test's p-value with its degrees of freedom. */
export interface TestResult {
  pValue: number;
  df: number;
}

/**
 * The design-based test of a group against the rest of a whole it is part of (a team against the
 * rest of its organisation), both domains of the whole's design: t = (x̄_g − x̄_rest)/√(V_g + V_rest)
 * with each V the linearised domain variance (1 − f)·n/(n − 1)·Σψ², on m − 2 degrees of freedom for
 * the m respondents of the whole with an answer — R's `svyttest(x ~ ingroup, design)`; for a
 * module, the `svycontrast` of the two domains' ratio means. The rest's sums are the whole's minus
 * the group's. Null when the rest is empty or has no spread to estimate.
 *
 * @example
 * groupVersusRestTest(teamSums, organisationSums, {respondents: 919, fraction: 919 / 1388})
 */
export function groupVersusRestTest(group: DomainSums, whole: DomainSums, design: Design): TestResult | null {
  if (group.kind === "moments" && whole.kind === "moments") {
    // The rest's sums, whole minus group, taken one at a time: no object per test.
    const g = group.moments;
    const w = whole.moments;
    const sw = w.sw - g.sw;
    if (w.n - g.n < 1 || !(sw > 0)) return null;
    const vg = domainVariance(g, design);
    if (vg === null) return null;
    const mean = (w.swx - g.swx) / sw;
    const vr = spreadVariance(onePassSpread2(w.sw2 - g.sw2, w.sw2x - g.sw2x, w.sw2x2 - g.sw2x2, mean), sw, design);
    return tTest((g.centred?.mean ?? g.swx / g.sw) - mean, vg + vr, w.n - 2);
  }
  if (group.kind === "ratios" && whole.kind === "ratios") {
    const g = columnTotalsOf(group.totals);
    const r = restTotals(group.totals, whole.totals);
    const own = ownInfluence(group.totals, group.slice);
    const ir = ratioInfluence(r, whole.slice);
    if (own === null || ir === null || design.respondents < 2) return null;
    const factor = ((1 - design.fraction) * design.respondents) / (design.respondents - 1);
    const vg = factor * own.squares;
    const vr = factor * Math.max(0, influenceSquares(whole.totals, ir) - influenceSquares(group.totals, ir));
    const difference = meanOfRatios(g.num, g.den, group.slice) - meanOfRatios(r.num, r.den, whole.slice);
    return tTest(difference, vg + vr, whole.answered - 2);
  }
  return null;
}

// The rest of a whole outside a group serves each of the group's modules: subtracted once per pair.
const restCache = new WeakMap<UnitTotals, WeakMap<UnitTotals, {num: Float64Array; den: Float64Array}>>();
function restTotals(group: UnitTotals, whole: UnitTotals): {num: Float64Array; den: Float64Array} {
  let known = restCache.get(group);
  if (!known) restCache.set(group, (known = new WeakMap()));
  let rest = known.get(whole);
  if (!rest) {
    const g = columnTotalsOf(group);
    const w = columnTotalsOf(whole);
    rest = {num: new Float64Array(w.num.length), den: new Float64Array(w.den.length)};
    for (let j = 0; j < w.num.length; ++j) {
      rest.num[j] = w.num[j] - g.num[j];
      // A column the group answers alone is empty in the rest, not a rounding error above zero.
      rest.den[j] = w.den[j] - g.den[j] > 1e-9 * w.den[j] ? w.den[j] - g.den[j] : 0;
    }
    known.set(whole, rest);
  }
  return rest;
}

function tTest(difference: number, variance: number, df: number): TestResult | null {
  if (!(df >= 1)) return null;
  if (variance <= 0) return {pValue: difference === 0 ? 1 : 0, df};
  return {pValue: tTestPValue(difference / Math.sqrt(variance), df), df};
}
