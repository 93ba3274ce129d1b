/**
 * Totals per resampling unit for a statistic that is a mean of ratios, (1/K)·Σⱼ Nⱼ/Dⱼ: a module
 * score is the mean of its questions' means (Nⱼ = Σw·x, Dⱼ = Σw over valid answers to question j),
 * or, with one column, the mean of respondents' own module means. Row u of `num`/`den` holds unit
 * u's K totals.
 */
export interface UnitTotals {
  units: number;
  width: number;
  num: Float64Array;
  den: Float64Array;
}

/** The mean over columns with a positive denominator of Nⱼ/Dⱼ; NaN when there is none. */
export function meanOfRatios(num: Float64Array, den: Float64Array): number {
  let sum = 0;
  let k = 0;
  for (let j = 0; j < num.length; ++j) {
    if (den[j] > 0) {
      sum += num[j] / den[j];
      ++k;
    }
  }
  return k ? sum / k : NaN;
}

/**
 * The bootstrap standard error of {@link meanOfRatios}: resamples the units with replacement
 * `replicates` times (with the given seeded generator) and returns the standard deviation of the
 * replicate statistics, or null with fewer than two units.
 *
 * @example
 * bootstrapStandardError(totals, {replicates: 1000, random: seededRandom(1)})
 */
export function bootstrapStandardError(totals: UnitTotals, {replicates, random}: {replicates: number; random: () => number}): number | null {
  const {units, width, num, den} = totals;
  if (units < 2) return null;
  const n = new Float64Array(width);
  const d = new Float64Array(width);
  let count = 0;
  let mean = 0;
  let m2 = 0;
  for (let b = 0; b < replicates; ++b) {
    n.fill(0);
    d.fill(0);
    for (let k = 0; k < units; ++k) {
      const offset = Math.floor(random() * units) * width;
      for (let j = 0; j < width; ++j) {
        n[j] += num[offset + j];
        d[j] += den[offset + j];
      }
    }
    const x = meanOfRatios(n, d);
    if (Number.isNaN(x)) continue;
    // Welford's update keeps the variance exact to the last digits.
    const delta = x - mean;
    mean += delta / ++count;
    m2 += delta * (x - mean);
  }
  return count > 1 ? Math.sqrt(m2 / (count - 1)) : null;
}

/**
 * The linearisation (Taylor) standard error of {@link meanOfRatios}: √(U/(U−1)·Σᵤψᵤ²) with the
 * influence ψᵤ = (1/K)·Σⱼ(nᵤⱼ − rⱼdᵤⱼ)/Dⱼ. The bootstrap's large-sample limit, at the cost of one pass.
 *
 * @example
 * linearizationStandardError(totals)
 */
export function linearizationStandardError(totals: UnitTotals): number | null {
  const {units, width, num, den} = totals;
  if (units < 2) return null;
  const n = new Float64Array(width);
  const d = new Float64Array(width);
  for (let u = 0; u < units; ++u) {
    for (let j = 0; j < width; ++j) {
      n[j] += num[u * width + j];
      d[j] += den[u * width + j];
    }
  }
  const columns: number[] = [];
  for (let j = 0; j < width; ++j) if (d[j] > 0) columns.push(j);
  if (columns.length === 0) return null;
  let sum = 0;
  for (let u = 0; u < units; ++u) {
    let psi = 0;
    for (const j of columns) psi += (num[u * width + j] - (n[j] / d[j]) * den[u * width + j]) / d[j];
    psi /= columns.length;
    sum += psi * psi;
  }
  return Math.sqrt((units / (units - 1)) * sum);
}
