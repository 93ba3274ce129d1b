/**
 * Weighted sums over the respondents who answered every core question of a module validly
 * (listwise): enough for the covariances of its K questions. Unweighted data has w = 1.
 */
export interface ReliabilitySums {
  /** Respondents with every core answer, and their Σw. */
  n: number;
  sw: number;
  /** Σw·xⱼ per core question. */
  swx: Float64Array;
  /** Σw·xⱼ·xₖ, row-major K × K. */
  swxx: Float64Array;
}

/** Empty sums for a module of k core questions. (In memory they are added up by reliabilitySumsInto.js, a job of the aggregation.) */
export function emptyReliabilitySums(k: number): ReliabilitySums {
  return {n: 0, sw: 0, swx: new Float64Array(k), swxx: new Float64Array(k * k)};
}

/**
 * Cronbach's α of a module's K questions: K/(K − 1)·(1 − Σⱼ varⱼ / var(Σⱼ xⱼ)), from the (weighted)
 * covariances over the respondents who answered them all. Below 0.7 the usual reading is that
 * the questions do not measure one thing. Null for fewer than two questions or respondents, or
 * when the sum of the answers does not vary.
 *
 * @example
 * cronbachAlpha(aggregates.modules.reliability![0]) // 0.83
 */
export function cronbachAlpha(sums: ReliabilitySums): number | null {
  const k = sums.swx.length;
  if (k < 2 || sums.n < 2 || !(sums.sw > 0)) return null;
  const mean = Array.from(sums.swx, (s) => s / sums.sw);
  let items = 0;
  let total = 0;
  for (let j = 0; j < k; ++j) {
    for (let l = 0; l < k; ++l) {
      const covariance = sums.swxx[j * k + l] / sums.sw - mean[j] * mean[l];
      total += covariance;
      if (j === l) items += covariance;
    }
  }
  if (!(total > 1e-12 * Math.max(1, items))) return null;
  return (k / (k - 1)) * (1 - items / total);
}
