// The read worker (readWorker.ts) when Peiling runs from its TypeScript sources (tsx, tests): the
// worker registers tsx itself. Compiled, compiled/readWorker.js is loaded instead. Says it has
// started before loading, and that it failed when loading fails, so the reader does not wait.
import {workerData} from "node:worker_threads";

const state = new Int32Array(workerData.flag);
Atomics.store(state, 0, 2);
try {
  const {register} = await import("tsx/esm/api");
  register();
  await import("./readWorker.ts");
} catch {
  Atomics.store(state, 0, 3);
  Atomics.notify(state, 0);
}
