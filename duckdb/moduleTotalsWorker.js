// A worker thread that adds the batches of streamed rows to the module totals and the sums for
// Cronbach's α (ModuleTotals.ts) while the main thread streams the rows and tallies the answers.
// Everything it reads and writes lies in shared memory: `workerData` holds the totals, the sums,
// each set's carry and the batches; a message names the batch to add and its rows, and the
// worker answers with the batch's number once it is added, so the main thread can fill it again.
import {parentPort, workerData} from "node:worker_threads";
import {moduleBatchInto} from "./moduleBatch.js";

const {index, modules, carry, sums, batches} = workerData;
parentPort.on("message", ({batch, rows}) => {
  const {matrix, weights, cellOfRow} = batches[batch];
  moduleBatchInto({...index, rows, cellOfRow}, {...modules, matrix}, weights.subarray(0, rows), carry, sums);
  parentPort.postMessage(batch);
});
