// Plain JavaScript, so that the worker thread of tallyWorker.js can run it without a TypeScript
// loader (a loader's hooks would need the main thread, which waits for the worker).

/**
 * Adds the answers of one closed question to per-set option tallies: for every row, to each set
 * it belongs to (its `parts` entries in `membership`), one count, its weight and its weight
 * squared at `set · (options + 1) + option`; the last slot of a set counts blanks.
 *
 * @param {Int16Array} codes the option index per row, −1 for a blank
 * @param {number} options the number of options
 * @param {Int32Array} membership per row, `parts` global set indices (−1: none)
 * @param {number} parts
 * @param {Float64Array | null} weights per row, or null when unweighted
 * @param {Float64Array} count
 * @param {Float64Array | null} weight null when unweighted
 * @param {Float64Array | null} weight2 null when unweighted
 * @example
 * tallyCodesInto(codes, 5, membership, 3, null, new Float64Array(sets * 6), null, null);
 */
export function tallyCodesInto(codes, options, membership, parts, weights, count, weight, weight2) {
  const stride = options + 1;
  const n = codes.length;
  for (let r = 0, at = 0; r < n; ++r, at += parts) {
    const c = codes[r];
    const k = c < 0 ? options : c;
    if (weights) {
      const w = weights[r];
      const w2 = w * w;
      for (let p = 0; p < parts; ++p) {
        const g = membership[at + p];
        if (g < 0) continue;
        const i = g * stride + k;
        ++count[i];
        weight[i] += w;
        weight2[i] += w2;
      }
    } else {
      for (let p = 0; p < parts; ++p) {
        const g = membership[at + p];
        if (g >= 0) ++count[g * stride + k];
      }
    }
  }
}
