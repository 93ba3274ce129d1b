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

/**
 * Linearisation (Taylor) standard errors of {@link meanOfRatios}: √(U/(U−1)·Σᵤψᵤ²) with the
 * influence ψᵤ = (1/K)·Σⱼ(nᵤⱼ − rⱼdᵤⱼ)/Dⱼ over the slice. The bootstrap's large-sample limit, in one pass.
 *
 * @example
 * linearizationStandardErrors(totals, [{offset: 0, width: 3}])
 */
export function linearizationStandardErrors(totals: UnitTotals, slices: Slice[]): (number | null)[] {
  const {units, width, num, den} = totals;
  if (units < 2) return slices.map(() => null);
  const n = new Float64Array(width);
  const d = new Float64Array(width);
  for (let u = 0; u < units; ++u) {
    for (let j = 0; j < width; ++j) {
      n[j] += num[u * width + j];
      d[j] += den[u * width + j];
    }
  }
  return slices.map(({offset, width: k}) => {
    const columns: number[] = [];
    for (let j = offset; j < offset + k; ++j) if (d[j] > 0) columns.push(j);
    if (columns.length === 0) return null;
    let sum = 0;
    for (let u = 0; u < units; ++u) {
      let psi = 0;
      for (const j of columns) psi += (num[u * width + j] - (n[j] / d[j]) * den[u * width + j]) / d[j];
      psi /= columns.length;
      sum += psi * psi;
    }
    return Math.sqrt((units / (units - 1)) * sum);
  });
}
