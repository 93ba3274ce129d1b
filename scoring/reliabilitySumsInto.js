// Plain JavaScript, so that the worker thread of tallyWorker.js can run it without a TypeScript
// loader (a loader's hooks would need the main thread, which waits for the worker).

/**
 * Adds to `out` the sums Cronbach's α of module `m` needs (`ReliabilitySums` in reliability.ts),
 * over the rows that answered every one of its core questions validly, in row order: `out[0]` the
 * respondents, `out[1]` Σw, then Σw·xⱼ (K), then Σw·xⱼ·xₗ (K × K, row-major). Each row's core
 * answers come from `modules.matrix` (row-major, `columns` per row, −1 where the answer is blank
 * or "don't know") and their values from `modules.values`, as the module totals' do.
 *
 * @param {{matrix: Int8Array | Int16Array, columns: number, columnStart: Int32Array, values: Float64Array, valueStride: number}} modules
 * @param {number} m the module
 * @param {number} rows the rows of the matrix
 * @param {Float64Array | null} weights per row, or null when unweighted
 * @param {Float64Array} out 2 + K + K² zeros
 * @example
 * reliabilitySumsInto(modules, 0, rows, null, new Float64Array(2 + 3 + 9)); // out[0]: respondents with all 3 core answers
 */
export function reliabilitySumsInto(modules, m, rows, weights, out) {
  const {matrix, columns, columnStart, values, valueStride} = modules;
  const first = columnStart[m];
  const k = columnStart[m + 1] - first;
  const swx = out.subarray(2, 2 + k);
  const swxx = out.subarray(2 + k, 2 + k + k * k);
  const x = new Float64Array(k);
  let n = 0;
  let sw = 0;
  rows: for (let r = 0, at = first; r < rows; ++r, at += columns) {
    for (let j = 0; j < k; ++j) {
      const c = matrix[at + j];
      if (c < 0) continue rows;
      x[j] = values[(first + j) * valueStride + c];
    }
    const w = weights ? weights[r] : 1;
    ++n;
    sw += w;
    for (let j = 0; j < k; ++j) {
      const wx = w * x[j];
      swx[j] += wx;
      for (let l = 0, at2 = j * k; l < k; ++l) swxx[at2 + l] += wx * x[l];
    }
  }
  out[0] += n;
  out[1] += sw;
}
