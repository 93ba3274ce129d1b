import {availableParallelism} from "node:os";
import {MessageChannel, Worker} from "node:worker_threads";
import type {AggregateWork} from "./aggregate.ts";
import {resetAggregateJob, runAggregateJob} from "./runAggregateJobs.js";

/**
 * The second thread of the aggregation and of the disclosure audit's cell counts: when to use it,
 * how to start it, and the typed arrays both threads can see. The jobs themselves are in plain
 * JavaScript (`runAggregateJobs.js`), so that the worker `tallyWorker.js` needs no TypeScript loader.
 */

/** Makes a zero-filled typed array of `length`, in memory of this thread or shared with a worker. */
export type ArrayMaker = <T extends Int8Array | Int16Array | Int32Array | Uint32Array | Float64Array>(type: {new (buffer: ArrayBuffer | SharedArrayBuffer, offset: number, length: number): T; BYTES_PER_ELEMENT: number}, length: number) => T;

/** An {@link ArrayMaker} in this thread's memory. */
export const plainArray: ArrayMaker = (type, length) => new type(new ArrayBuffer(length * type.BYTES_PER_ELEMENT), 0, length);

/** An {@link ArrayMaker} in memory shared with a worker. */
export const sharedArray: ArrayMaker = (type, length) => new type(new SharedArrayBuffer(Math.max(1, length) * type.BYTES_PER_ELEMENT), 0, length);

/** Whether an array lies in memory shared with a worker already (as a table read in halves does: readInHalves.ts). */
export const shared = (array: ArrayBufferView): boolean => array.buffer instanceof SharedArrayBuffer;

/** Below this many row-set-question visits a worker thread costs more than it saves. */
const PARALLEL_WORK = 50_000_000;

/**
 * Whether a worker thread takes jobs too: when the survey is large enough and a second core is
 * there (`PEILING_THREADS=1` keeps everything on this thread, `PEILING_THREADS=2` uses the worker
 * whatever the size).
 *
 * @example
 * useWorker(1_000_000, 7, 71) // true on a machine with two cores
 */
export function useWorker(rows: number, parts: number, closed: number): boolean {
  const threads = process.env.PEILING_THREADS;
  if (threads === "1" || availableParallelism() < 2 || closed < 1) return false;
  return threads === "2" || rows * parts * closed >= PARALLEL_WORK;
}

/**
 * Starts a worker thread, which waits for its work: `post` hands it the jobs (in shared memory),
 * `finish` waits for the worker when it still runs a job and runs here whatever job it took but
 * could not finish, `stop` ends it.
 *
 * @example
 * const helper = startWorker();
 * helper.post(work); runAggregateJobs(work); helper.finish(work); helper.stop();
 */
export function startWorker() {
  // [0]: started (2) or not yet (0), then done (1) or failed (3); [1]: work posted (1).
  const flag = new Int32Array(new SharedArrayBuffer(8));
  const {port1, port2} = new MessageChannel();
  const worker = new Worker(new URL("./tallyWorker.js", import.meta.url), {
    workerData: {flag: flag.buffer, port: port2},
    transferList: [port2],
    // No TypeScript loader: its hooks would wait for this thread, which waits for the worker.
    execArgv: []
  });
  worker.unref();
  return {
    post(work: AggregateWork): void {
      port1.postMessage(work);
      Atomics.store(flag, 1, 1);
      Atomics.notify(flag, 1);
    },
    finish(work: AggregateWork): void {
      const undone = () => work.jobs.filter((_, j) => Atomics.load(work.done, j) === 0);
      if (undone().length === 0) return;
      for (let state = Atomics.load(flag, 0); state === 0 || state === 2; state = Atomics.load(flag, 0)) Atomics.wait(flag, 0, state, 1_000);
      for (const job of undone()) {
        resetAggregateJob(work, job);
        runAggregateJob(work, job);
      }
    },
    stop(): void {
      port1.close();
      void worker.terminate();
    }
  };
}
