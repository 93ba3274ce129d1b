// Plain JavaScript, so that the worker thread of tallyWorker.js can run it without a TypeScript
// loader (a loader's hooks would need the main thread, which waits for the worker).

/**
 * Adds to `out[m]` the sums Cronbach's α of module m needs (`ReliabilitySums` in reliability.ts),
 * over the rows that answered every one of its core questions validly, in row order: `out[m][0]`
 * the respondents, `out[m][1]` Σw, then Σw·xⱼ (K), then Σw·xⱼ·xₗ (K × K, row-major). Every module
 * in one pass over the rows; rows handed over in batches, one call each, add up as one pass over
 * them all. Each row's core answers come from `modules.matrix` (row-major, `columns` per row, −1
 * where the answer is blank or "don't know") and their values from `modules.values`, as the
 * module totals' do.
 *
 * @param {{matrix: Int8Array | Int16Array, columns: number, columnStart: Int32Array, values: Float64Array, valueStride: number}} modules
 * @param {number} rows the rows of the matrix
 * @param {Float64Array | null} weights per row, or null when unweighted
 * @param {Float64Array[]} out per module, 2 + K + K² zeros
 * @example
 * reliabilitySumsInto(modules, rows, null, [new Float64Array(2 + 3 + 9)]); // out[0][0]: respondents with all 3 core answers
 */
export function reliabilitySumsInto(modules, rows, weights, out) {
  const {matrix, columns, columnStart, values, valueStride} = modules;
  const x = new Float64Array(columns);
  for (let r = 0, row = 0; r < rows; ++r, row += columns) {
    const w = weights ? weights[r] : 1;
    modules: for (let m = 0; m < out.length; ++m) {
      const first = columnStart[m];
      const k = columnStart[m + 1] - first;
      for (let j = 0; j < k; ++j) {
        const c = matrix[row + first + j];
        if (c < 0) continue modules;
        x[j] = values[(first + j) * valueStride + c];
      }
      const sums = out[m];
      ++sums[0];
      sums[1] += w;
      for (let j = 0; j < k; ++j) {
        const wx = w * x[j];
        sums[2 + j] += wx;
        for (let l = 0, at = 2 + k + j * k; l < k; ++l) sums[at + l] += wx * x[l];
      }
    }
  }
}
