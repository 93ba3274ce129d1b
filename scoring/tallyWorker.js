// A worker thread that tallies some closed questions while the main thread does the rest of the
// aggregation (aggregate.ts). Everything it reads and writes lies in shared memory; it says it has
// started (2), finished (1) or failed (3) through `flag`.
import {workerData} from "node:worker_threads";
import {tallyCodesInto} from "./tallyCodes.js";

const {flag: flagBuffer, membership, parts, weights, jobs} = workerData;
const flag = new Int32Array(flagBuffer);
Atomics.store(flag, 0, 2);
Atomics.notify(flag, 0);
try {
  for (const job of jobs) tallyCodesInto(job.codes, job.options, membership, parts, weights, job.count, job.weight, job.weight2);
  Atomics.store(flag, 0, 1);
} catch (error) {
  console.error(`peiling: the tally worker failed (${error?.message ?? error}); the main thread tallies instead`);
  Atomics.store(flag, 0, 3);
}
Atomics.notify(flag, 0);
