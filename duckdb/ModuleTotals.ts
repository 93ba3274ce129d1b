/**
 * The module totals per bootstrap unit of every set, and the organisation's sums for Cronbach's α,
 * from the scored rows streamed out of DuckDB a chunk at a time, in file order (`scoredRows.ts`):
 * gathered into batches and added by the in-memory engine's own kernels (`moduleUnitTotals.js`,
 * `reliabilitySumsInto.js`), which take the rows set by set and carry each set's bootstrap units
 * from one batch to the next. The numbers are those of one pass over all the rows. In a large
 * survey a worker thread (`moduleTotalsWorker.js`) adds the batches while this thread streams the
 * rows and tallies the answers; the batches it adds then lie in shared memory.
 */
import {matrixCodes, MAX_BOOTSTRAP_UNITS, moduleWork, reliabilityOf, type CellIndex, type ModuleWork} from "../scoring/aggregate.ts";
import {moduleValues, type ModuleLayout} from "../scoring/moduleScores.ts";
import {Worker} from "node:worker_threads";
import {plainArray, sharedArray, useWorker, type ArrayMaker} from "../scoring/jobThreads.ts";
import type {UnitCarry} from "../scoring/moduleUnitTotals.js";
import type {ReliabilitySums} from "../scoring/reliability.ts";
import {moduleBatchInto} from "./moduleBatch.js";
import type {ScoringContext} from "../scoring/ScoringContext.ts";
import type {SetAggregates} from "../scoring/SetAggregates.ts";
import type {Family, SetToAggregate} from "./aggregateInDatabase.ts";

/** Rows gathered before the kernels add them: enough for each set's totals to stay in the cache while its rows are added. */
const BATCH_ROWS = 32768;

/** Batches a worker thread takes in turn: one it adds, one this thread fills, one to spare. */
const WORKER_BATCHES = 3;

/** A batch of rows: their core answers (row-major), weights and combinations. */
interface Batch {
  matrix: Int8Array | Int16Array;
  weights: Float64Array;
  cellOfRow: Int32Array;
}

/**
 * Adds every scored row's contributions to its sets' module totals (`aggregates[s].modules`), per
 * bootstrap unit, as the in-memory engine does (`moduleUnitTotals.js`): a respondent's unit is its
 * position in the set (in file order), or above {@link MAX_BOOTSTRAP_UNITS} respondents its block;
 * with mean-of-questions a row adds w·x and w per valid core answer, with mean-of-respondents
 * w·(own mean) and w per module it answered; a module counts the respondents who answered at least
 * one of its core questions. {@link finish} returns, per module, the sums of Cronbach's α over the
 * rows that answered all its core questions validly (`reliabilitySumsInto.js`).
 *
 * @example
 * const totals = new ModuleTotals(context, layout, combinations.length, sets, familiesOf(sets, combinations.length));
 * const aggregates = sets.map((set, s) => emptyAggregates(context, set.size, {layout, totals: totals.totalsOf(s)}));
 * await totals.add(codes, chunk.weights, chunk.combination, chunk.rows); // every chunk, in file order; codes of totals.questions
 * aggregates[0].modules.reliability = await totals.finish(aggregates);
 * totals.stop();
 */
export class ModuleTotals {
  /** The question index (`q<k>`) of every core question, modules one after another (a question may come twice). */
  readonly questions: number[];
  /** The sets' totals, as the kernels keep them: a partition per family of disjoint sets, their sets numbered one family after another. */
  private readonly work: ModuleWork;
  /** The cells of a batch's rows (a cell per combination) and their sets, without the rows. */
  private readonly index: CellIndex;
  private readonly batches: Batch[];
  /** The batch being filled, its rows so far, and the batches free to fill next. */
  private batch = 0;
  private rows = 0;
  private readonly free: number[] = [];
  private readonly carry: UnitCarry;
  /** The worker thread that adds the batches, if any; what it failed with; who waits for a free batch. */
  private readonly helper: Worker | null = null;
  private failure: Error | null = null;
  private stopped = false;
  private waiting: (() => void) | null = null;
  /** Per core question, what each option writes into the matrix: its code, or −1 without a value ("don't know"). */
  private readonly kept: Int16Array[];
  /** The sums of Cronbach's α per module, as `reliabilitySumsInto` adds them. */
  private readonly sums: Float64Array[];
  /** Per set of the kernels, its index in the sets given. */
  private readonly setOfWork: number[];

  constructor(
    context: ScoringContext,
    private readonly layout: ModuleLayout,
    combinations: number,
    sets: SetToAggregate[],
    families: Family[],
    private readonly batchRows = BATCH_ROWS
  ) {
    const questionIds = [...context.table.answers.keys()];
    this.questions = layout.cores.flatMap((core) => core.map((id) => questionIds.indexOf(id)));
    // What each option writes into the matrix (the codes the stream hands over are options').
    this.kept = moduleValues(context, layout).flat().map(({values}) => matrixCodes(values));
    const columns = this.kept.length;
    // Sets numbered a family after another, as the kernels' partitions need them.
    this.setOfWork = families.flatMap((family) => family.sets);
    const threaded = useWorker(context.table.n, families.length, columns);
    const array: ArrayMaker = threaded ? sharedArray : plainArray;
    const workOf = new Int32Array(sets.length);
    this.setOfWork.forEach((s, g) => (workOf[s] = g));
    let first = 0;
    const partitions: CellIndex["partitions"] = families.map((family) => {
      const setOfCell = array(Int32Array, combinations);
      family.setOf.forEach((s, c) => (setOfCell[c] = s < 0 ? -1 : workOf[s]));
      first += family.sets.length;
      return {block: 0, first: first - family.sets.length, sets: family.sets.length, setOfCell};
    });
    const keys = this.setOfWork.map((s) => sets[s].key);
    const sizes = array(Int32Array, keys.length);
    this.setOfWork.forEach((s, g) => (sizes[g] = sets[s].size));
    // The totals, and the matrix of the first batch; the other batches' matrices of the same type.
    this.work = moduleWork(context, layout, keys, sizes, {partitions}, array, batchRows);
    const {matrix} = this.work;
    this.batches = Array.from({length: threaded ? WORKER_BATCHES : 1}, (_, b) => ({
      matrix: b === 0 ? matrix : matrix instanceof Int8Array ? array(Int8Array, batchRows * columns) : array(Int16Array, batchRows * columns),
      weights: array(Float64Array, batchRows),
      cellOfRow: array(Int32Array, batchRows)
    }));
    this.free = this.batches.map((_, b) => b).slice(1);
    const {cellOfRow} = this.batches[0];
    this.index = {rows: 0, blocks: 1, cells: combinations, cellOfRow, blockStart: Int32Array.of(0, combinations), partitions};
    const weyl = array(Uint32Array, keys.length);
    this.work.salts.forEach((salt, g) => (weyl[g] = salt >>> 0));
    this.carry = {position: array(Int32Array, keys.length), weyl};
    this.sums = layout.cores.map((core) => array(Float64Array, 2 + core.length + core.length ** 2));
    if (threaded) this.helper = this.startWorker();
  }

  /** The totals per unit of set `s` (of the sets given), where the rows are added: `emptyAggregates`' `totals`. */
  totalsOf(s: number): {num: Float64Array; den: Float64Array} {
    const g = this.setOfWork.indexOf(s);
    const p = this.index.partitions.findIndex(({first, sets}) => g < first + sets);
    const {width} = this.layout;
    const at = this.work.unitStart[g] * width;
    const end = at + Math.min(this.work.sizes[g], MAX_BOOTSTRAP_UNITS) * width;
    return {num: this.work.num[p].subarray(at, end), den: this.work.den[p].subarray(at, end)};
  }

  /**
   * Adds a chunk of rows, in file order: `codes[j]` the option index of core question j
   * (`questions[j]`) in each row, −1 for none; `weights` each row's weight, `combination` each
   * row's combination. The codes are those of options (CellTallies checks them first).
   * Waits only when every batch is still with the worker thread.
   */
  async add(codes: ArrayLike<number>[], weights: ArrayLike<number>, combination: Int32Array, rows: number): Promise<void> {
    const {columns} = this.work;
    for (let from = 0; from < rows; ) {
      const {matrix, weights: batchWeights, cellOfRow} = this.batches[this.batch];
      const take = Math.min(rows - from, this.batchRows - this.rows);
      const at = this.rows;
      cellOfRow.set(combination.subarray(from, from + take), at);
      for (let r = 0; r < take; ++r) batchWeights[at + r] = weights[from + r];
      for (let j = 0; j < columns; ++j) {
        const column = codes[j];
        const keep = this.kept[j];
        for (let r = 0, i = at * columns + j; r < take; ++r, i += columns) {
          const c = column[from + r];
          matrix[i] = c < 0 ? -1 : keep[c];
        }
      }
      this.rows += take;
      from += take;
      if (this.rows === this.batchRows) await this.hand();
    }
  }

  /**
   * Adds the rows still gathered and waits for the worker thread to add its last batches; then
   * puts the respondents of every module into the sets' aggregates (`aggregates[s]` for the sets
   * given) and returns the sums of Cronbach's α per module.
   */
  async finish(aggregates: SetAggregates[]): Promise<ReliabilitySums[]> {
    if (this.rows > 0) await this.hand();
    while (this.free.length < this.batches.length - 1) await this.returned();
    this.stop();
    const {cores} = this.layout;
    this.setOfWork.forEach((s, g) => (aggregates[s].modules.answered = Array.from(this.work.answered.subarray(g * cores.length, (g + 1) * cores.length))));
    return this.sums.map((sums, m) => reliabilityOf(sums, cores[m].length));
  }

  /** Ends the worker thread, if any (at once: after {@link finish}, or when the stream failed). */
  stop(): void {
    this.stopped = true;
    void this.helper?.terminate();
  }

  /** Adds the batch being filled (here, or hands it to the worker thread) and starts on a free one. */
  private async hand(): Promise<void> {
    const rows = this.rows;
    this.rows = 0;
    if (!this.helper) {
      const {matrix, weights, cellOfRow} = this.batches[this.batch];
      moduleBatchInto({...this.index, rows, cellOfRow}, {...this.work, matrix}, weights.subarray(0, rows), this.carry, this.sums);
      return;
    }
    this.helper.postMessage({batch: this.batch, rows});
    while (this.free.length === 0) await this.returned();
    this.batch = this.free.shift()!;
  }

  /** Resolves when the worker thread gives a batch back; rejects if it failed. */
  private returned(): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve) => (this.waiting = resolve));
  }

  /** Starts the worker thread with the shared totals, sums, carry and batches. */
  private startWorker(): Worker {
    const worker = new Worker(new URL("./moduleTotalsWorker.js", import.meta.url), {
      workerData: {index: this.index, modules: this.work, carry: this.carry, sums: this.sums, batches: this.batches},
      // No TypeScript loader: the worker's code is plain JavaScript.
      execArgv: []
    });
    worker.unref();
    const wake = () => {
      const waiting = this.waiting;
      this.waiting = null;
      waiting?.();
    };
    worker.on("message", (batch: number) => {
      this.free.push(batch);
      wake();
    });
    worker.on("error", (error) => {
      this.failure = new Error(`the module totals' worker thread failed: ${error.message}`);
      wake();
    });
    // Ended without an error before it was stopped (it cannot, but then nobody would wake the stream).
    worker.on("exit", (code) => {
      if (this.stopped || this.failure) return;
      this.failure = new Error(`the module totals' worker thread ended (exit code ${code})`);
      wake();
    });
    return worker;
  }
}
