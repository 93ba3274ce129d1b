// A worker thread that runs jobs of the aggregation (closed questions' tallies, partitions' module
// totals) while the main thread runs the others (aggregate.ts). Everything it reads and writes
// lies in shared memory; it says it has started (2), finished (1) or failed (3) through `flag`.
import {workerData} from "node:worker_threads";
import {runAggregateJobs} from "./runAggregateJobs.js";

const {flag: flagBuffer, work} = workerData;
const flag = new Int32Array(flagBuffer);
Atomics.store(flag, 0, 2);
Atomics.notify(flag, 0);
try {
  runAggregateJobs(work);
  Atomics.store(flag, 0, 1);
} catch (error) {
  console.error(`peiling: the tally worker failed (${error?.message ?? error}); the main thread tallies instead`);
  Atomics.store(flag, 0, 3);
}
Atomics.notify(flag, 0);
