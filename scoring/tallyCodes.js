// Plain JavaScript, so that the worker thread of tallyWorker.js can run it without a TypeScript
// loader (a loader's hooks would need the main thread, which waits for the worker).

/**
 * Adds the answers of one closed question to per-set option tallies, through the cells of
 * `index` (see `cellIndex` in aggregate.ts): each row adds one count, its weight and its weight
 * squared to its cell in every block; then each cell's tally is added to every set that contains
 * it, cells in ascending order, at `set · (options + 1) + option` (the last slot counts blanks).
 * Counts are exact; a weighted sum is added up per cell first.
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
  // One block (a large survey's usual index) in a loop without the loop over blocks, which costs
  // half as much again; the same additions in the same order.
  if (!weights) {
    const cellCount = new Float64Array(index.cells * stride);
    if (blocks === 1) {
      for (let r = 0; r < rows; ++r) {
        const c = codes[r];
        ++cellCount[cellOfRow[r] * stride + (c < 0 ? options : c)];
      }
    } else {
      for (let r = 0, at = 0; r < rows; ++r, at += blocks) {
        const c = codes[r];
        const k = c < 0 ? options : c;
        for (let b = 0; b < blocks; ++b) ++cellCount[cellOfRow[at + b] * stride + k];
      }
    }
    addCells(index, stride, cellCount, 1, 0, count);
    return;
  }
  // Count, Σw and Σw² side by side, so that a row's update touches one place.
  const sums = new Float64Array(index.cells * stride * 3);
  if (blocks === 1) {
    for (let r = 0; r < rows; ++r) {
      const c = codes[r];
      const i = cellOfRow[r] * stride * 3 + (c < 0 ? options : c) * 3;
      const w = weights[r];
      ++sums[i];
      sums[i + 1] += w;
      sums[i + 2] += w * w;
    }
  } else {
    for (let r = 0, at = 0; r < rows; ++r, at += blocks) {
      const c = codes[r];
      const k = (c < 0 ? options : c) * 3;
      const w = weights[r];
      const w2 = w * w;
      for (let b = 0; b < blocks; ++b) {
        const i = cellOfRow[at + b] * stride * 3 + k;
        ++sums[i];
        sums[i + 1] += w;
        sums[i + 2] += w2;
      }
    }
  }
  addCells(index, stride, sums, 3, 0, count);
  addCells(index, stride, sums, 3, 1, weight);
  addCells(index, stride, sums, 3, 2, weight2);
}

/** Adds each cell's tally (`sums`, `step` numbers per option, this one at `offset`) to every set that contains the cell. */
function addCells(index, stride, sums, step, offset, into) {
  for (const {block, setOfCell} of index.partitions) {
    for (let cell = index.blockStart[block], end = index.blockStart[block + 1]; cell < end; ++cell) {
      const g = setOfCell[cell];
      if (g < 0) continue;
      const to = g * stride;
      for (let k = 0, from = cell * stride * step + offset; k < stride; ++k, from += step) into[to + k] += sums[from];
    }
  }
}
