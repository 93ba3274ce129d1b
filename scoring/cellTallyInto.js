// Plain JavaScript, so that the worker thread of tallyWorker.js can run it without a TypeScript
// loader (a loader's hooks would need the main thread, which waits for the worker).

/**
 * Counts one closed question's answers per cell of the disclosure audit and option (cellCounts.ts):
 * `tally[cell · options + option]`, blanks left out.
 *
 * @param {Int16Array | Int8Array} codes the option index per row, −1 for a blank
 * @param {Int32Array} cellOfRow the cell of each row
 * @param {number} options the number of options
 * @param {Int32Array} tally cells × options zeros
 * @example
 * cellTallyInto(Int16Array.of(0, 1, -1), Int32Array.of(0, 0, 1), 2, tally); // tally: [1, 1, 0, 0]
 */
export function cellTallyInto(codes, cellOfRow, options, tally) {
  for (let r = 0; r < cellOfRow.length; ++r) {
    const c = codes[r];
    if (c >= 0) ++tally[cellOfRow[r] * options + c];
  }
}
