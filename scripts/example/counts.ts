/**
 * Exact answer counts for the example generator: how many respondents give each answer so that
 * a question's mean or an option's share lands on its target.
 */

/**
 * Splits n into integer counts proportional to the weights (largest remainder; ties go to the
 * earlier option), so the counts always add up to n.
 *
 * @example
 * shareCounts([75, 15, 10], 919); // [689, 138, 92]
 */
export function shareCounts(weights: readonly number[], n: number): number[] {
  const total = weights.reduce((sum, w) => sum + w, 0);
  if (total <= 0 || n <= 0) return weights.map(() => 0);
  const exact = weights.map((w) => (w / total) * n);
  const counts = exact.map(Math.floor);
  let left = n - counts.reduce((sum, c) => sum + c, 0);
  const order = exact.map((x, i) => ({i, rest: x - Math.floor(x)})).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const {i} of order) {
    if (left <= 0) break;
    counts[i]++;
    left--;
  }
  return counts;
}

/**
 * The probabilities of the codes 1–5 of a discretised normal distribution with the given spread
 * (in codes) whose mean is `codeMean`: unimodal, and skewed near the ends of the scale.
 */
export function likertShape(codeMean: number, spread = 1): number[] {
  const probabilities = (mu: number): number[] => {
    const weights = [1, 2, 3, 4, 5].map((k) => Math.exp(-((k - mu) ** 2) / (2 * spread * spread)));
    const total = weights.reduce((sum, w) => sum + w, 0);
    return weights.map((w) => w / total);
  };
  const meanOf = (p: number[]): number => p.reduce((sum, pk, k) => sum + pk * (k + 1), 0);
  let low = -20;
  let high = 26;
  for (let i = 0; i < 100; i++) {
    const mid = (low + high) / 2;
    if (meanOf(probabilities(mid)) < codeMean) low = mid;
    else high = mid;
  }
  return probabilities((low + high) / 2);
}

/**
 * Counts of the codes 1–5 for n valid answers whose mean score (codes 1–5 → 0, 2.5, 5, 7.5, 10)
 * is as close to `scoreMean` as n answers allow (within 1.25/n), in a unimodal shape.
 *
 * @example
 * likertCounts(7.4, 900); // counts for codes 1..5, mean score 7.4 ± 0.0014
 */
export function likertCounts(scoreMean: number, n: number, spread = 1): number[] {
  if (n <= 0) return [0, 0, 0, 0, 0];
  const codeMean = Math.min(5, Math.max(1, scoreMean / 2.5 + 1));
  const shape = likertShape(codeMean, spread);
  const counts = shareCounts(shape, n);
  const targetSum = Math.round(codeMean * n);
  const codeSum = (): number => counts.reduce((sum, c, k) => sum + c * (k + 1), 0);
  // Move single answers one code up or down, where the counts exceed their expected share most,
  // until the sum of codes (and so the mean) is exact.
  const excess = (k: number): number => counts[k] - n * shape[k];
  let sum = codeSum();
  while (sum !== targetSum) {
    const up = sum < targetSum;
    let best = -1;
    let bestGain = -Infinity;
    for (let k = 0; k < 4; k++) {
      const from = up ? k : k + 1;
      const to = up ? k + 1 : k;
      if (counts[from] === 0) continue;
      const gain = excess(from) - excess(to);
      if (gain > bestGain) {
        bestGain = gain;
        best = k;
      }
    }
    if (best < 0) break;
    const from = up ? best : best + 1;
    const to = up ? best + 1 : best;
    counts[from]--;
    counts[to]++;
    sum += up ? 1 : -1;
  }
  return counts;
}
