// Plain JavaScript, so that the worker thread of tallyWorker.js can run it without a TypeScript
// loader (a loader's hooks would need the main thread, which waits for the worker).

/**
 * Adds the answers of one closed question to per-set option tallies, through the cells of
 * `index` (see `cellIndex` in aggregate.ts): each row adds one count, its weight and its weight
 * squared to its cell in every block, at `cell · (options + 1) + option` (the last slot counts
 * blanks); then each cell's tally is added to every set that contains it, cells in ascending
 * order. Counts are exact; a weighted sum is added up per cell first.
 *
 * @param {Int16Array | Int8Array} codes the option index per row, −1 for a blank
 * @param {number} options the number of options
 * @param {{rows: number, blocks: number, cells: number, cellOfRow: Int32Array, blockStart: Int32Array, partitions: {block: number, setOfCell: Int32Array}[]}} index
 * @param {Float64Array | null} weights per row, or null when unweighted
 * @param {Float64Array} count per set and option
 * @param {Float64Array | null} weight null when unweighted
 * @param {Float64Array | null} weight2 null when unweighted
 * @example
 * tallyCodesInto(codes, 5, index, null, new Float64Array(sets * 6), null, null);
 */
export function tallyCodesInto(codes, options, index, weights, count, weight, weight2) {
  const stride = options + 1;
  const {rows, blocks, cellOfRow} = index;
  const size = index.cells * stride;
  const cellCount = new Float64Array(size);
  const cellWeight = weights ? new Float64Array(size) : null;
  const cellWeight2 = weights ? new Float64Array(size) : null;
  for (let r = 0, at = 0; r < rows; ++r, at += blocks) {
    const c = codes[r];
    const k = c < 0 ? options : c;
    if (weights) {
      const w = weights[r];
      const w2 = w * w;
      for (let b = 0; b < blocks; ++b) {
        const i = cellOfRow[at + b] * stride + k;
        ++cellCount[i];
        cellWeight[i] += w;
        cellWeight2[i] += w2;
      }
    } else {
      for (let b = 0; b < blocks; ++b) ++cellCount[cellOfRow[at + b] * stride + k];
    }
  }
  for (const {block, setOfCell} of index.partitions) {
    for (let cell = index.blockStart[block], end = index.blockStart[block + 1]; cell < end; ++cell) {
      const g = setOfCell[cell];
      if (g < 0) continue;
      const from = cell * stride;
      const to = g * stride;
      for (let k = 0; k < stride; ++k) count[to + k] += cellCount[from + k];
      if (weights) {
        for (let k = 0; k < stride; ++k) {
          weight[to + k] += cellWeight[from + k];
          weight2[to + k] += cellWeight2[from + k];
        }
      }
    }
  }
}
