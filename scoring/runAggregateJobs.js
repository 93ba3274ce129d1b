// Plain JavaScript, so that the worker thread of tallyWorker.js can run it without a TypeScript
// loader (a loader's hooks would need the main thread, which waits for the worker).
import {moduleUnitTotalsInto} from "./moduleUnitTotals.js";
import {reliabilitySumsInto} from "./reliabilitySumsInto.js";
import {tallyCodesInto} from "./tallyCodes.js";

/**
 * Runs the jobs of an aggregation until none is left: each thread that calls it takes the next
 * job from the shared counter `work.next`, waits until its inputs are in place (`work.ready`),
 * runs it (a closed question's tallies, the module totals of one partition, or one module's sums
 * for Cronbach's α; see aggregate.ts)
 * and marks it in `work.done`. Every job writes only its own outputs, so which thread ran it does
 * not change them.
 *
 * @param {{next: Int32Array, done: Int32Array, ready: Int32Array, jobs: ({kind: "tally", codes: Int16Array | Int8Array, options: number, count: Float64Array, weight: Float64Array | null, weight2: Float64Array | null} | {kind: "modules", partition: number} | {kind: "reliability", module: number, sums: Float64Array})[], index: object, modules: object, weights: Float64Array | null}} work
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
  else reliabilitySumsInto(work.modules, job.module, work.index.rows, work.weights, job.sums);
}
