// Plain JavaScript, so that the worker thread of tallyWorker.js can run it without a TypeScript
// loader (a loader's hooks would need the main thread, which waits for the worker).
import {moduleUnitTotalsInto} from "./moduleUnitTotals.js";
import {reliabilitySumsInto} from "./reliabilitySumsInto.js";
import {cellTallyInto} from "./cellTallyInto.js";
import {tallyCodesInto} from "./tallyCodes.js";

/**
 * Runs the jobs of an aggregation until none is left: each thread that calls it takes the next
 * job from the shared counter `work.next`, waits until its inputs are in place (`work.ready`),
 * runs it (a closed question's tallies, the module totals of one partition, or the sums of every
 * module's Cronbach's α, see aggregate.ts; or a closed question's counts per cell of the disclosure
 * audit, see cellCounts.ts)
 * and marks it in `work.done`. Every job writes only its own outputs, so which thread ran it does
 * not change them.
 *
 * @param {{next: Int32Array, done: Int32Array, ready: Int32Array, jobs: ({kind: "tally", codes: Int16Array | Int8Array, options: number, count: Float64Array, weight: Float64Array | null, weight2: Float64Array | null} | {kind: "modules", partition: number} | {kind: "reliability", sums: Float64Array[]} | {kind: "cells", codes: Int16Array | Int8Array, cellOfRow: Int32Array, options: number, tally: Int32Array})[], index: object, modules: object, weights: Float64Array | null}} work
 * @example
 * runAggregateJobs(work); // on this thread, while a worker runs it too
 */
export function runAggregateJobs(work) {
  for (;;) {
    const j = Atomics.add(work.next, 0, 1);
    if (j >= work.jobs.length) return;
    while (Atomics.load(work.ready, j) === 0) Atomics.wait(work.ready, j, 0);
    runAggregateJob(work, work.jobs[j]);
    Atomics.store(work.done, j, 1);
  }
}

/** Runs one job of `work` into its outputs, which must be zero. */
export function runAggregateJob(work, job) {
  if (job.kind === "tally") tallyCodesInto(job.codes, job.options, work.index, work.weights, job.count, job.weight, job.weight2);
  else if (job.kind === "modules") moduleUnitTotalsInto(work.index, job.partition, work.modules, work.weights);
  else if (job.kind === "reliability") reliabilitySumsInto(work.modules, work.index.rows, work.weights, job.sums);
  else cellTallyInto(job.codes, job.cellOfRow, job.options, job.tally);
}

/** Sets the outputs of one job of `work` back to zero, for a job a thread took but did not finish. */
export function resetAggregateJob(work, job) {
  if (job.kind === "tally") {
    job.count.fill(0);
    job.weight?.fill(0);
    job.weight2?.fill(0);
  } else if (job.kind === "reliability") {
    for (const sums of job.sums) sums.fill(0);
  } else if (job.kind === "cells") {
    job.tally.fill(0);
  } else {
    const {first, sets} = work.index.partitions[job.partition];
    const modules = work.modules.columnStart.length - 1;
    work.modules.num[job.partition].fill(0);
    work.modules.den[job.partition].fill(0);
    work.modules.answered.fill(0, first * modules, (first + sets) * modules);
  }
}
