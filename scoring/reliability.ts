import {moduleLayout, moduleValues} from "./moduleScores.ts";
import type {ScoringContext} from "./ScoringContext.ts";

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

/** Empty sums for a module of k core questions. */
export function emptyReliabilitySums(k: number): ReliabilitySums {
  return {n: 0, sw: 0, swx: new Float64Array(k), swxx: new Float64Array(k * k)};
}

/**
 * The {@link ReliabilitySums} of every module over the organisation's respondents in memory, on the
 * values its score averages (the questions' scores, or 1/0 for positive with percent positive).
 *
 * @example
 * reliabilitySums(context)[0].n // respondents who answered all of the first module's core questions
 */
export function reliabilitySums(context: ScoringContext): ReliabilitySums[] {
  const {table} = context;
  const layout = moduleLayout(context);
  const values = moduleValues(context, layout);
  return values.map((columns) => {
    const k = columns.length;
    const sums = emptyReliabilitySums(k);
    const x = new Float64Array(k);
    rows: for (let r = 0; r < table.n; ++r) {
      for (let j = 0; j < k; ++j) {
        const c = columns[j].codes[r];
        if (c < 0) continue rows;
        x[j] = columns[j].values[c];
        if (Number.isNaN(x[j])) continue rows;
      }
      const w = table.weights ? table.weights[r] : 1;
      ++sums.n;
      sums.sw += w;
      for (let j = 0; j < k; ++j) {
        sums.swx[j] += w * x[j];
        for (let l = 0; l < k; ++l) sums.swxx[j * k + l] += w * x[j] * x[l];
      }
    }
    return sums;
  });
}

/**
 * Cronbach's α of a module's K questions: K/(K − 1)·(1 − Σⱼ varⱼ / var(Σⱼ xⱼ)), from the (weighted)
 * covariances over the respondents who answered them all. Below 0.7 the usual reading is that
 * the questions do not measure one thing. Null for fewer than two questions or respondents, or
 * when the sum of the answers does not vary.
 *
 * @example
 * cronbachAlpha(reliabilitySums(context)[0]) // 0.83
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
