// Plain JavaScript, so that the worker thread of tallyWorker.js can run it without a TypeScript
// loader (a loader's hooks would need the main thread, which waits for the worker).
import {MAX_BOOTSTRAP_UNITS} from "./bootstrapUnit.js";

/**
 * Adds to the module totals of every set of partition `p` (`modules.num[p]` and `modules.den[p]`,
 * the partition's sets one after another from `modules.unitStart`) the contributions of its rows,
 * per bootstrap unit: with mean-of-questions w·x and w per core question, with mean-of-respondents
 * w·(own mean) and w per module; and counts per set and module the respondents with a valid core
 * answer (`modules.answered`). The rows are visited set by set, each set's in ascending order, so
 * that only one set's totals are in use at a time while every (set, unit, column) still adds its
 * rows in row order. Each row's core answers come from `modules.matrix` (row-major, `columns` per
 * row, −1 where the answer is blank or "don't know") and their values from `modules.values`.
 *
 * The rows may also come in batches (the database engine streams them), each batch's in file
 * order: `carry` then holds, per set, the position of its next respondent and the Weyl sequence's
 * value for it, which each call takes up and leaves for the next, so that the totals are those of
 * one call over all the rows.
 *
 * @param {{rows: number, blocks: number, cellOfRow: Int32Array, partitions: {block: number, first: number, sets: number, setOfCell: Int32Array}[]}} index the cells of the partitions (see `cellIndex` in aggregate.ts)
 * @param {number} p the partition
 * @param {{matrix: Int8Array | Int16Array, columns: number, columnStart: Int32Array, values: Float64Array, valueStride: number, byQuestion: boolean, width: number, sizes: Int32Array, salts: Float64Array, unitStart: Int32Array, num: Float64Array[], den: Float64Array[], answered: Int32Array}} modules
 * @param {Float64Array | null} weights per row, or null when unweighted
 * @param {{position: Int32Array, weyl: Uint32Array} | null} [carry] per set, for rows in batches; without it the rows are all the set's
 * @example
 * moduleUnitTotalsInto(index, 0, modules, null); // the organisation's totals
 */
export function moduleUnitTotalsInto(index, p, modules, weights, carry = null) {
  const {rows, blocks, cellOfRow} = index;
  const {block, first, sets, setOfCell} = index.partitions[p];
  const {matrix, columns, columnStart, values, valueStride, byQuestion, width, sizes, salts, unitStart, answered} = modules;
  const num = modules.num[p];
  const den = modules.den[p];
  const moduleCount = columnStart.length - 1;
  // The partition's rows, set by set, in ascending order within each set (a counting sort). All
  // the rows of a set are its respondents; of a batch, they are counted.
  const start = new Int32Array(sets + 1);
  if (carry) {
    for (let r = 0; r < rows; ++r) {
      const g = setOfCell[cellOfRow[r * blocks + block]];
      if (g >= 0) ++start[g - first + 1];
    }
    for (let s = 0; s < sets; ++s) start[s + 1] += start[s];
  } else {
    for (let s = 0; s < sets; ++s) start[s + 1] = start[s] + sizes[first + s];
  }
  const fill = start.slice(0, sets);
  const order = new Int32Array(start[sets]);
  for (let r = 0; r < rows; ++r) {
    const g = setOfCell[cellOfRow[r * blocks + block]];
    if (g >= 0) order[fill[g - first]++] = r;
  }
  for (let s = 0; s < sets; ++s) {
    const g = first + s;
    const size = sizes[g];
    const base = unitStart[g];
    const counted = g * moduleCount;
    // bootstrapUnit(k, size, salt) step by step: the Weyl sequence (k · 2654435761 + salt) mod 2³².
    const blocked = size > MAX_BOOTSTRAP_UNITS;
    const from = carry ? carry.position[g] : 0;
    const to = from + start[s + 1] - start[s];
    let weyl = carry ? carry.weyl[g] : salts[g] >>> 0;
    for (let k = from, i = start[s]; k < to; ++k, ++i) {
      const r = order[i];
      const row = (base + (blocked ? weyl % MAX_BOOTSTRAP_UNITS : k)) * width;
      weyl = (weyl + 0x9e3779b1) >>> 0;
      const w = weights ? weights[r] : 1;
      const at = r * columns;
      if (byQuestion) {
        // No test of w per answer: the rows read have weights above 0 (readResponses.ts), and a
        // weight of 0 would add 0 anyway.
        for (let m = 0, j = 0, v = 0; m < moduleCount; ++m) {
          let valid = 0;
          for (const end = columnStart[m + 1]; j < end; ++j, v += valueStride) {
            const c = matrix[at + j];
            if (c < 0) continue;
            ++valid;
            num[row + j] += w * values[v + c];
            den[row + j] += w;
          }
          if (valid > 0) ++answered[counted + m];
        }
      } else {
        for (let m = 0; m < moduleCount; ++m) {
          let valid = 0;
          let own = 0;
          for (let j = columnStart[m], end = columnStart[m + 1]; j < end; ++j) {
            const c = matrix[at + j];
            if (c < 0) continue;
            ++valid;
            own += values[j * valueStride + c];
          }
          if (valid === 0) continue;
          ++answered[counted + m];
          if (w !== 0) {
            num[row + m] += (w * own) / valid;
            den[row + m] += w;
          }
        }
      }
    }
    if (carry) {
      carry.position[g] = to;
      carry.weyl[g] = weyl;
    }
  }
}
