/**
 * Benjamini–Hochberg adjusted p-values, controlling the false discovery rate over a family of
 * tests (such as the cells of a heatmap): pᵢ·m/rank, made monotone from the largest down and
 * capped at 1. Null p-values stay null and do not count in m.
 *
 * @example
 * benjaminiHochberg([0.01, 0.04, 0.03, null]) // [0.03, 0.04, 0.04, null]
 */
export function benjaminiHochberg(pValues: (number | null)[]): (number | null)[] {
  const tested: number[] = [];
  for (let i = 0; i < pValues.length; ++i) if (pValues[i] !== null && !Number.isNaN(pValues[i])) tested.push(i);
  const p = pValues as number[];
  // -1, 1 or the index order (small integers): a difference of two p-values would be a new heap number per comparison.
  tested.sort((a, b) => (p[a] < p[b] ? -1 : p[a] > p[b] ? 1 : a - b));
  const m = tested.length;
  const adjusted: (number | null)[] = new Array(pValues.length).fill(null);
  let running = 1;
  for (let k = m - 1; k >= 0; --k) {
    running = Math.min(running, (p[tested[k]] * m) / (k + 1));
    adjusted[tested[k]] = running;
  }
  return adjusted;
}
