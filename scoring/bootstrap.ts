/**
 * Totals per resampling unit for statistics that are means of ratios, (1/K)·Σⱼ Nⱼ/Dⱼ over a slice
 * of columns: a module score is the mean of its questions' means (Nⱼ = Σw·x, Dⱼ = Σw over valid
 * answers to question j), or, with a one-column slice, the mean of respondents' own module means.
 * Row u of `num`/`den` holds unit u's totals for every column; each statistic reads its slice.
 */
export interface UnitTotals {
  units: number;
  width: number;
  num: Float64Array;
  den: Float64Array;
}

/** The columns one statistic reads: `width` columns from `offset`. */
export interface Slice {
  offset: number;
  width: number;
}

/** The mean over the slice's columns with a positive denominator of Nⱼ/Dⱼ; NaN when there is none. */
export function meanOfRatios(num: Float64Array, den: Float64Array, {offset, width}: Slice): number {
  let sum = 0;
  let k = 0;
  for (let j = offset; j < offset + width; ++j) {
    if (den[j] > 0) {
      sum += num[j] / den[j];
      ++k;
    }
  }
  return k ? sum / k : NaN;
}

/**
 * Bootstrap standard errors of {@link meanOfRatios} for several slices at once: each of the
 * `replicates` resamples draws the units with replacement (with the given seeded generator), and
 * the same resample serves every slice, as it would when resampling respondents. Returns the
 * standard deviation of each slice's replicate statistics, or null with fewer than two units.
 *
 * @example
 * bootstrapStandardErrors(totals, [{offset: 0, width: 3}], {replicates: 200, random: seededRandom(1)})
 */
export function bootstrapStandardErrors(totals: UnitTotals, slices: Slice[], {replicates, random}: {replicates: number; random: () => number}): (number | null)[] {
  const {units, width, num, den} = totals;
  if (units < 2) return slices.map(() => null);
  const counts = new Uint32Array(units);
  const n = new Float64Array(width);
  const d = new Float64Array(width);
  const count = new Float64Array(slices.length);
  const mean = new Float64Array(slices.length);
  const m2 = new Float64Array(slices.length);
  for (let b = 0; b < replicates; ++b) {
    counts.fill(0);
    for (let k = 0; k < units; ++k) ++counts[Math.floor(random() * units)];
    n.fill(0);
    d.fill(0);
    for (let u = 0; u < units; ++u) {
      const c = counts[u];
      if (c === 0) continue;
      const row = u * width;
      for (let j = 0; j < width; ++j) {
        n[j] += c * num[row + j];
        d[j] += c * den[row + j];
      }
    }
    slices.forEach((slice, s) => {
      const x = meanOfRatios(n, d, slice);
      if (Number.isNaN(x)) return;
      // Welford's update keeps the variance accurate in one pass.
      const delta = x - mean[s];
      mean[s] += delta / ++count[s];
      m2[s] += delta * (x - mean[s]);
    });
  }
  return slices.map((_, s) => (count[s] > 1 ? Math.sqrt(m2[s] / (count[s] - 1)) : null));
}

/** The column totals Nⱼ = Σᵤ nᵤⱼ and Dⱼ = Σᵤ dᵤⱼ over all units. */
export function columnTotals(totals: UnitTotals): {num: Float64Array; den: Float64Array} {
  const {units, width, num, den} = totals;
  const n = new Float64Array(width);
  const d = new Float64Array(width);
  // Column by column, each summed over the units in order (as row by row would): in registers.
  const end = units * width;
  for (let j = 0; j < width; ++j) {
    let sn = 0;
    let sd = 0;
    for (let i = j; i < end; i += width) {
      sn += num[i];
      sd += den[i];
    }
    n[j] = sn;
    d[j] = sd;
  }
  return {num: n, den: d};
}

/** An influence function of {@link meanOfRatios} as coefficients: ψᵤ = Σ_c a_c·nᵤ(columns_c) + b_c·dᵤ(columns_c). */
export interface RatioInfluence {
  columns: Int32Array;
  a: Float64Array;
  b: Float64Array;
}

/**
 * The influence function of {@link meanOfRatios} at column totals N, D over a slice: per unit
 * ψᵤ = (1/K)·Σⱼ(nᵤⱼ − rⱼdᵤⱼ)/Dⱼ with rⱼ = Nⱼ/Dⱼ, over the K columns with Dⱼ > 0, as coefficients
 * (ψᵤ = Σⱼ aⱼnᵤⱼ + bⱼdᵤⱼ). Null when no column has answers.
 *
 * @example
 * ratioInfluence(columnTotals(totals), {offset: 0, width: 3})
 */
export function ratioInfluence(at: {num: ArrayLike<number>; den: ArrayLike<number>}, {offset, width}: Slice): RatioInfluence | null {
  let k = 0;
  for (let j = offset; j < offset + width; ++j) if (at.den[j] > 0) ++k;
  if (k === 0) return null;
  const columns = new Int32Array(k);
  const a = new Float64Array(k);
  const b = new Float64Array(k);
  for (let j = offset, c = 0; j < offset + width; ++j) {
    if (!(at.den[j] > 0)) continue;
    columns[c] = j;
    a[c] = 1 / (k * at.den[j]);
    b[c] = -at.num[j] / (at.den[j] * at.den[j] * k);
    ++c;
  }
  return {columns, a, b};
}

/**
 * Σᵤψᵤ² over the units of `totals` for an influence function from {@link ratioInfluence}, which may
 * belong to another set (the rest of an organisation, evaluated on the whole and on one group).
 *
 * @example
 * influenceSquares(totals, ratioInfluence(columnTotals(totals), slice)!)
 */
export function influenceSquares(totals: UnitTotals, {columns, a, b}: RatioInfluence): number {
  const {units, width, num, den} = totals;
  // Column by column into every unit's ψ (each ψ summed over the columns in order, as unit by unit
  // would), so a column's coefficients stay in registers; then Σψ² over the units in order.
  if (psiScratch.length < units) psiScratch = new Float64Array(units);
  const psi = psiScratch;
  psi.fill(0, 0, units);
  for (let c = 0; c < columns.length; ++c) {
    const ac = a[c];
    const bc = b[c];
    for (let u = 0, j = columns[c]; u < units; ++u, j += width) psi[u] += ac * num[j] + bc * den[j];
  }
  let sum = 0;
  for (let u = 0; u < units; ++u) sum += psi[u] * psi[u];
  return sum;
}

// Every unit's ψ while influenceSquares sums them (it never runs twice at once): grown, never shrunk.
let psiScratch = new Float64Array(1000);

/** A set's own influence function for a slice, at its column totals, with its Σᵤψᵤ²; null when no column has answers. */
export interface OwnInfluence {
  influence: RatioInfluence;
  squares: number;
}

// A set's totals serve its module scores and every test of it against a whole: summed once.
const columnTotalsCache = new WeakMap<UnitTotals, {num: Float64Array; den: Float64Array}>();
const ownInfluenceCache = new WeakMap<UnitTotals, Map<Slice, OwnInfluence | null>>();

/**
 * {@link columnTotals}, computed once per totals (which are never changed once aggregated).
 *
 * @example
 * columnTotalsOf(aggregates.modules.totals).num[0] // Σ over units of the first column
 */
export function columnTotalsOf(totals: UnitTotals): {num: Float64Array; den: Float64Array} {
  let at = columnTotalsCache.get(totals);
  if (!at) columnTotalsCache.set(totals, (at = columnTotals(totals)));
  return at;
}

/**
 * A set's own {@link ratioInfluence} over a slice at its {@link columnTotalsOf}, with its
 * {@link influenceSquares} on the set's units: computed once per totals and slice, for the set's
 * standard error and every test of the set against a whole it is part of.
 *
 * @example
 * ownInfluence(totals, slices[0])?.squares // Σᵤψᵤ² of the first module
 */
export function ownInfluence(totals: UnitTotals, slice: Slice): OwnInfluence | null {
  let known = ownInfluenceCache.get(totals);
  if (!known) ownInfluenceCache.set(totals, (known = new Map()));
  let own = known.get(slice);
  if (own === undefined) {
    const influence = ratioInfluence(columnTotalsOf(totals), slice);
    own = influence === null ? null : {influence, squares: influenceSquares(totals, influence)};
    known.set(slice, own);
  }
  return own;
}

/**
 * Linearisation (Taylor) standard errors of {@link meanOfRatios}: √(factor·Σᵤψᵤ²) with the influence
 * ψᵤ of {@link ratioInfluence}; `factor` is U/(U − 1) by default, or the design's
 * (1 − f)·n/(n − 1) — which makes it R's `svycontrast` of the ratio means' `svytotal`s. The
 * bootstrap's large-sample limit, in one pass.
 *
 * @example
 * linearizationStandardErrors(totals, [{offset: 0, width: 3}])
 */
export function linearizationStandardErrors(totals: UnitTotals, slices: Slice[], {factor = totals.units / (totals.units - 1)}: {factor?: number} = {}): (number | null)[] {
  if (totals.units < 2) return slices.map(() => null);
  return slices.map((slice) => {
    const own = ownInfluence(totals, slice);
    return own === null ? null : Math.sqrt(factor * own.squares);
  });
}
