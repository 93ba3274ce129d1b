// Plain JavaScript, so that the worker thread of tallyWorker.js can run it without a TypeScript
// loader (a loader's hooks would need the main thread, which waits for the worker).

/**
 * Adds the answers of one closed question to per-set option tallies, through the cells of
 * `index` (see `cellIndex` in aggregate.ts): each row adds one count, its weight and its weight
 * squared to its cell in every block ({@link tallyCellsInto}); then each cell's tally is added to
 * every set that contains it, cells in ascending order, at `set · (options + 1) + option` (the last
 * slot counts blanks; {@link addCells}). Counts are exact; a weighted sum is added up per cell first.
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
  const sums = new Float64Array(index.cells * stride * (weights ? 3 : 1));
  tallyCellsInto(codes, options, index, weights, sums);
  if (!weights) {
    addCells(index, stride, sums, 1, 0, count);
    return;
  }
  addCells(index, stride, sums, 3, 0, count);
  addCells(index, stride, sums, 3, 1, weight);
  addCells(index, stride, sums, 3, 2, weight2);
}

/**
 * Adds each row's answer to one closed question to its cell in every block of `index`, rows in
 * order: per cell and option (`cell · (options + 1) + option`, the last slot for blanks) a count,
 * or with weights a count, Σw and Σw² side by side, so that a row's update touches one place.
 * `sums` may already hold earlier rows' (the DuckDB engine adds its rows a chunk at a time).
 *
 * @param {ArrayLike<number>} codes the option index per row, −1 for a blank
 * @param {number} options the number of options
 * @param {{rows: number, blocks: number, cellOfRow: Int32Array}} index
 * @param {ArrayLike<number> | null} weights per row, or null when unweighted
 * @param {Float64Array} sums per cell and option: 1 number, or 3 with weights
 * @example
 * tallyCellsInto(codes, 5, index, weights, new Float64Array(index.cells * 6 * 3));
 */
export function tallyCellsInto(codes, options, index, weights, sums) {
  const stride = options + 1;
  const {rows, blocks, cellOfRow} = index;
  // One block (a large survey's usual index) in a loop without the loop over blocks, which costs
  // half as much again; the same additions in the same order.
  if (!weights) {
    if (blocks === 1) {
      for (let r = 0; r < rows; ++r) {
        const c = codes[r];
        ++sums[cellOfRow[r] * stride + (c < 0 ? options : c)];
      }
    } else {
      for (let r = 0, at = 0; r < rows; ++r, at += blocks) {
        const c = codes[r];
        const k = c < 0 ? options : c;
        for (let b = 0; b < blocks; ++b) ++sums[cellOfRow[at + b] * stride + k];
      }
    }
    return;
  }
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
}

/**
 * Adds each cell's tally (`sums`, `step` numbers per option, this one at `offset`) to every set
 * that contains the cell, cells in ascending order: `into` holds `stride` numbers per set.
 *
 * @param {{blockStart: Int32Array, partitions: {block: number, setOfCell: Int32Array}[]}} index
 * @param {number} stride the options and the blank slot
 * @param {Float64Array} sums per cell and option, as {@link tallyCellsInto} adds them
 * @param {number} step numbers per cell and option in `sums`: 1, or 3 with weights
 * @param {number} offset which of them: 0 count, 1 Σw, 2 Σw²
 * @param {Float64Array} into per set and option
 * @example
 * addCells(index, 6, sums, 3, 1, weight); // Σw per set and option
 */
export function addCells(index, stride, sums, step, offset, into) {
  for (const {block, setOfCell} of index.partitions) {
    for (let cell = index.blockStart[block], end = index.blockStart[block + 1]; cell < end; ++cell) {
      const g = setOfCell[cell];
      if (g < 0) continue;
      const to = g * stride;
      for (let k = 0, from = cell * stride * step + offset; k < stride; ++k, from += step) into[to + k] += sums[from];
    }
  }
}
