/**
 * Answer counts per option of one closed question over a set of respondents: the one pass over
 * the rows from which its score, distribution and eNPS all follow.
 */
export interface OptionTally {
  /** Respondents per option. */
  count: Float64Array;
  /** Σw per option (equal to `count` without weights). */
  weight: Float64Array;
  /** Σw² per option. */
  weight2: Float64Array;
  /** Respondents in the set who left the question blank. */
  blank: number;
}

/**
 * Counts the answers in `codes` (option index per row, −1 for a blank) over the given rows.
 *
 * @example
 * const tally = tallyOptions(column.codes, rows, table.weights, codec.options.length);
 */
export function tallyOptions(codes: Int16Array, rows: Int32Array, weights: Float64Array | null, options: number): OptionTally {
  const count = new Float64Array(options);
  let blank = 0;
  if (weights === null) {
    for (let i = 0; i < rows.length; ++i) {
      const c = codes[rows[i]];
      if (c < 0) ++blank;
      else ++count[c];
    }
    return {count, weight: count, weight2: count, blank};
  }
  const weight = new Float64Array(options);
  const weight2 = new Float64Array(options);
  for (let i = 0; i < rows.length; ++i) {
    const r = rows[i];
    const c = codes[r];
    if (c < 0) {
      ++blank;
      continue;
    }
    const w = weights[r];
    ++count[c];
    weight[c] += w;
    weight2[c] += w * w;
  }
  return {count, weight, weight2, blank};
}
