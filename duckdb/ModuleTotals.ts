/**
 * The module totals per bootstrap unit of every set, and the organisation's sums for Cronbach's α,
 * from the scored rows streamed out of DuckDB a chunk at a time, in file order (`scoredRows.ts`):
 * gathered into batches and added by the in-memory engine's own kernels (`moduleUnitTotals.js`,
 * `reliabilitySumsInto.js`), which take the rows set by set and carry each set's bootstrap units
 * from one batch to the next. The numbers are those of one pass over all the rows.
 */
import {blockSalt, MAX_BOOTSTRAP_UNITS, reliabilityOf, type CellIndex, type ModuleWork} from "../scoring/aggregate.ts";
import {moduleValues, type ModuleLayout} from "../scoring/moduleScores.ts";
import {moduleUnitTotalsInto, type UnitCarry} from "../scoring/moduleUnitTotals.js";
import type {ReliabilitySums} from "../scoring/reliability.ts";
import {reliabilitySumsInto} from "../scoring/reliabilitySumsInto.js";
import type {ScoringContext} from "../scoring/ScoringContext.ts";
import type {SetAggregates} from "../scoring/SetAggregates.ts";
import type {SetToAggregate} from "./aggregateInDatabase.ts";

/** Rows gathered before the kernels add them: enough for each set's totals to stay in the cache while its rows are added. */
const BATCH_ROWS = 32768;

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
 * const totals = new ModuleTotals(context, layout, combinations.length, sets);
 * const aggregates = sets.map((set, s) => emptyAggregates(context, set.size, {layout, totals: totals.totalsOf(s)}));
 * totals.add(codes, chunk.weights, chunk.combination, chunk.rows); // every chunk, in file order; codes of totals.questions
 * aggregates[0].modules.reliability = totals.finish(aggregates);
 */
export class ModuleTotals {
  /** The question index (`q<k>`) of every core question, modules one after another (a question may come twice). */
  readonly questions: number[];
  /** The sets' totals, as the kernels keep them: a partition per family of disjoint sets, their sets numbered one family after another. */
  private readonly work: ModuleWork;
  /** A batch's rows: their combination (a cell per combination), weights, and core answers in `work.matrix`. */
  private readonly index: CellIndex;
  private readonly weights: Float64Array;
  private readonly carry: UnitCarry;
  /** Per core question, what each option writes into the matrix: its code, or −1 without a value ("don't know"). */
  private readonly kept: Int16Array[];
  /** The sums of Cronbach's α per module, as `reliabilitySumsInto` adds them. */
  private readonly sums: Float64Array[];
  /** Per set of the kernels, its index in the sets given. */
  private readonly setOfWork: number[];
  private rows = 0;

  constructor(
    context: ScoringContext,
    private readonly layout: ModuleLayout,
    combinations: number,
    sets: SetToAggregate[],
    private readonly batchRows = BATCH_ROWS
  ) {
    const questionIds = [...context.table.answers.keys()];
    this.questions = layout.cores.flatMap((core) => core.map((id) => questionIds.indexOf(id)));
    const cores = moduleValues(context, layout).flat();
    const columns = cores.length;
    const valueStride = Math.max(1, ...cores.map((core) => core.values.length));
    const values = new Float64Array(columns * valueStride);
    cores.forEach((core, j) => values.set(core.values, j * valueStride));
    this.kept = cores.map(({values}) => Int16Array.from(values, (value, c) => (Number.isNaN(value) ? -1 : c)));
    const columnStart = new Int32Array(layout.cores.length + 1);
    layout.cores.forEach((core, m) => (columnStart[m + 1] = columnStart[m] + core.length));

    // Sets numbered a family after another, as the kernels' partitions need them.
    const families = [...new Set(sets.map((set) => set.family))];
    this.setOfWork = families.flatMap((family) => sets.flatMap((set, s) => (set.family === family ? [s] : [])));
    const count = this.setOfWork.length;
    const sizes = Int32Array.from(this.setOfWork, (s) => sets[s].size);
    const salts = Float64Array.from(this.setOfWork, (s) => blockSalt(context.settings.interval.seed, sets[s].key));
    const unitStart = new Int32Array(count);
    const num: Float64Array[] = [];
    const den: Float64Array[] = [];
    const partitions: CellIndex["partitions"] = [];
    for (let g = 0; g < count; ) {
      const first = g;
      const family = sets[this.setOfWork[g]].family;
      const setOfCell = new Int32Array(combinations).fill(-1);
      let units = 0;
      for (; g < count && sets[this.setOfWork[g]].family === family; ++g) {
        for (const c of sets[this.setOfWork[g]].combinations) setOfCell[c] = g;
        unitStart[g] = units;
        units += Math.min(sizes[g], MAX_BOOTSTRAP_UNITS);
      }
      partitions.push({block: 0, first, sets: g - first, setOfCell});
      num.push(new Float64Array(units * layout.width));
      den.push(new Float64Array(units * layout.width));
    }
    const matrix = valueStride <= 127 ? new Int8Array(batchRows * columns) : new Int16Array(batchRows * columns);
    const byQuestion = context.settings.moduleScore === "mean-of-questions";
    this.work = {matrix, columns, columnStart, values, valueStride, byQuestion, width: layout.width, sizes, salts, unitStart, num, den, answered: new Int32Array(count * layout.cores.length)};
    this.index = {rows: 0, blocks: 1, cells: combinations, cellOfRow: new Int32Array(batchRows), blockStart: Int32Array.of(0, combinations), partitions};
    this.weights = new Float64Array(batchRows);
    this.carry = {position: new Int32Array(count), weyl: Uint32Array.from(salts, (salt) => salt >>> 0)};
    this.sums = layout.cores.map((core) => new Float64Array(2 + core.length + core.length ** 2));
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
   * row's combination. The codes are those of options (CombinationTallies checks them first).
   */
  add(codes: ArrayLike<number>[], weights: ArrayLike<number>, combination: Int32Array, rows: number): void {
    const {matrix, columns} = this.work;
    for (let from = 0; from < rows; ) {
      const take = Math.min(rows - from, this.batchRows - this.rows);
      const at = this.rows;
      this.index.cellOfRow.set(combination.subarray(from, from + take), at);
      for (let r = 0; r < take; ++r) this.weights[at + r] = weights[from + r];
      for (let j = 0; j < columns; ++j) {
        const column = codes[j];
        const keep = this.kept[j];
        for (let r = 0, i = (at * columns) + j; r < take; ++r, i += columns) {
          const c = column[from + r];
          matrix[i] = c < 0 ? -1 : keep[c];
        }
      }
      this.rows += take;
      from += take;
      if (this.rows === this.batchRows) this.flush();
    }
  }

  /**
   * Adds the rows still gathered and the respondents of every module to the sets' aggregates
   * (`aggregates[s]` for the sets given), and returns the sums of Cronbach's α per module.
   */
  finish(aggregates: SetAggregates[]): ReliabilitySums[] {
    this.flush();
    const {cores} = this.layout;
    this.setOfWork.forEach((s, g) => (aggregates[s].modules.answered = Array.from(this.work.answered.subarray(g * cores.length, (g + 1) * cores.length))));
    return this.sums.map((sums, m) => reliabilityOf(sums, cores[m].length));
  }

  /** Adds the gathered rows: every partition's totals, then the sums for α. */
  private flush(): void {
    if (this.rows === 0) return;
    const weights = this.weights.subarray(0, this.rows);
    const index = {...this.index, rows: this.rows};
    index.partitions.forEach((_, p) => moduleUnitTotalsInto(index, p, this.work, weights, this.carry));
    reliabilitySumsInto(this.work, this.rows, weights, this.sums);
    this.rows = 0;
  }
}
