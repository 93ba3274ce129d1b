/**
 * Benjamini–Hochberg adjusted p-values, controlling the false discovery rate over a family of
 * tests (such as the cells of a heatmap): pᵢ·m/rank, made monotone from the largest down and
 * capped at 1. Null p-values stay null and do not count in m.
 *
 * @example
 * benjaminiHochberg([0.01, 0.04, 0.03, null]) // [0.03, 0.04, 0.04, null]
 */
export function benjaminiHochberg(pValues: (number | null)[]): (number | null)[] {
  const tested = pValues.map((p, i) => ({p, i})).filter((x): x is {p: number; i: number} => x.p !== null && !Number.isNaN(x.p));
  tested.sort((a, b) => a.p - b.p || a.i - b.i);
  const m = tested.length;
  const adjusted: (number | null)[] = pValues.map(() => null);
  let running = 1;
  for (let k = m - 1; k >= 0; --k) {
    running = Math.min(running, (tested[k].p * m) / (k + 1));
    adjusted[tested[k].i] = running;
  }
  return adjusted;
}
