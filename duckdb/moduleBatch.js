// Plain JavaScript, so that the worker thread of moduleTotalsWorker.js can run it without a
// TypeScript loader.
import {moduleUnitTotalsInto} from "../scoring/moduleUnitTotals.js";
import {reliabilitySumsInto} from "../scoring/reliabilitySumsInto.js";

/**
 * Adds a batch of rows (`index.rows` of them, in file order, their core answers in
 * `modules.matrix`) to the module totals of every partition's sets and to the sums of every
 * module's Cronbach's α, taking up each set's positions from `carry` and leaving them there for
 * the next batch (see moduleUnitTotals.js and reliabilitySumsInto.js).
 *
 * @param {{rows: number, blocks: number, cells: number, cellOfRow: Int32Array, blockStart: Int32Array, partitions: {block: number, first: number, sets: number, setOfCell: Int32Array}[]}} index
 * @param {object} modules the ModuleWork of aggregate.ts
 * @param {Float64Array} weights per row of the batch
 * @param {{position: Int32Array, weyl: Uint32Array}} carry
 * @param {Float64Array[]} sums per module, as reliabilitySumsInto adds them
 * @example
 * moduleBatchInto({...index, rows: 32768}, modules, weights, carry, sums);
 */
export function moduleBatchInto(index, modules, weights, carry, sums) {
  for (let p = 0; p < index.partitions.length; ++p) moduleUnitTotalsInto(index, p, modules, weights, carry);
  reliabilitySumsInto(modules, index.rows, weights, sums);
}
