// A worker thread that runs jobs of the aggregation (closed questions' tallies, partitions' module
// totals) while the main thread runs the others (aggregate.ts). Everything it reads and writes
// lies in shared memory; it says it has started (2), finished (1) or failed (3) through `flag[0]`.
// It is started before its work is ready, and waits for `flag[1]` to find the work on `port`.
import {receiveMessageOnPort, workerData} from "node:worker_threads";
import {runAggregateJobs} from "./runAggregateJobs.js";

const {flag: flagBuffer, port} = workerData;
const flag = new Int32Array(flagBuffer);
Atomics.store(flag, 0, 2);
Atomics.notify(flag, 0);
try {
  Atomics.wait(flag, 1, 0);
  runAggregateJobs(receiveMessageOnPort(port).message);
  Atomics.store(flag, 0, 1);
} catch (error) {
  console.error(`peiling: the tally worker failed (${error?.message ?? error}); the main thread tallies instead`);
  Atomics.store(flag, 0, 3);
}
Atomics.notify(flag, 0);
