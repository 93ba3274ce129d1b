/**
 * Benjamini–Hochberg adjusted p-values, controlling the false discovery rate over a family of
 * tests (such as the cells of a heatmap): pᵢ·m/rank, made monotone from the largest down and
 * capped at 1. Null p-values stay null and do not count in m. Equal p-values take their ranks in
 * the order given.
 *
 * @example
 * benjaminiHochberg([0.01, 0.04, 0.03, null]) // [0.03, 0.04, 0.04, null]
 */
export function benjaminiHochberg(pValues: (number | null)[]): (number | null)[] {
  const tested = (p: number | null): p is number => p !== null && !Number.isNaN(p);
  let m = 0;
  for (const p of pValues) if (tested(p)) ++m;
  // The p-values in order (a typed array sorts numerically, without a comparison function), each
  // rank's adjusted value from the largest down, then each p-value's rank by binary search.
  const sorted = new Float64Array(m);
  let k = 0;
  for (const p of pValues) if (tested(p)) sorted[k++] = p;
  sorted.sort();
  const byRank = new Float64Array(m);
  let running = 1;
  for (let r = m - 1; r >= 0; --r) {
    running = Math.min(running, (sorted[r] * m) / (r + 1));
    byRank[r] = running;
  }
  const taken = new Int32Array(m);
  const adjusted: (number | null)[] = new Array(pValues.length).fill(null);
  for (let i = 0; i < pValues.length; ++i) {
    const p = pValues[i];
    if (!tested(p)) continue;
    let low = 0;
    let high = m;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (sorted[middle] < p) low = middle + 1;
      else high = middle;
    }
    adjusted[i] = byRank[low + taken[low]++];
  }
  return adjusted;
}
