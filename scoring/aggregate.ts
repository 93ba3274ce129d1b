import {cellCountsInMemory, type CellCounts} from "./cellCounts.ts";
import {emptyMoments} from "./estimate.ts";
import type {GroupNode} from "../bundle/groups.ts";
import {moduleLayout, moduleValues, type ModuleLayout} from "./moduleScores.ts";
import {hashSeed} from "./random.ts";
import type {ScoringContext} from "./ScoringContext.ts";
import type {ModuleTotals, OptionTally, SetAggregates} from "./SetAggregates.ts";
import type {UnitTotals} from "./bootstrap.ts";
import {MAX_BOOTSTRAP_UNITS} from "./bootstrapUnit.js";
import {runAggregateJobs} from "./runAggregateJobs.js";
import {plainArray, shared, sharedArray, startWorker, useWorker, type ArrayMaker} from "./jobThreads.ts";
import type {ReliabilitySums} from "./reliability.ts";
import {driverSums} from "./drivers.ts";

/**
 * Respondents split into disjoint sets: the groups of one grouping variable, or the whole
 * organisation as a single set. Rows in no set (no value for the variable) have −1.
 */
export interface Partition {
  /** A stable name per set (the group id, or `organisation`), used to seed the bootstrap. */
  keys: string[];
  ofRow: Int32Array;
}

/**
 * Computes the aggregates of the whole organisation and of the given groups (listed per grouping
 * variable; the groups of one variable are disjoint). The response table's rows may live in
 * memory ({@link aggregateInMemory}) or in a database.
 */
export interface Aggregator {
  (context: ScoringContext, variables: GroupNode[][]): {organisation: SetAggregates; groups: SetAggregates[][]};
  /** The cells of the given groups (all of the bundle's) and their contributors, for the disclosure audit. */
  cells(context: ScoringContext, groups: GroupNode[]): CellCounts;
}

/**
 * The {@link Aggregator} for a response table held in memory: one {@link aggregateSets} pass over
 * the organisation and every variable's groups; its cells by {@link cellCountsInMemory}.
 */
export const aggregateInMemory: Aggregator = Object.assign((context: ScoringContext, variables: GroupNode[][]) => {
  const n = context.table.n;
  const partitions: Partition[] = [
    {keys: ["organisation"], ofRow: new Int32Array(n)},
    ...variables.map((nodes) => {
      const ofRow = new Int32Array(n).fill(-1);
      nodes.forEach(({rows}, k) => {
        for (let i = 0; i < rows.length; ++i) ofRow[rows[i]] = k;
      });
      return {keys: nodes.map((node) => node.id), ofRow};
    })
  ];
  let reliability: ReliabilitySums[] = [];
  let drivers: ReturnType<typeof driverSums> = [];
  const [[organisation], ...groups] = aggregateSets(context, partitions, {
    alongside: () => (drivers = driverSums(context)),
    reliability: (sums) => (reliability = sums)
  });
  organisation.modules.reliability = reliability;
  organisation.modules.drivers = drivers;
  return {organisation, groups};
}, {cells: cellCountsInMemory});

export {bootstrapUnit, MAX_BOOTSTRAP_UNITS} from "./bootstrapUnit.js";

/** The salt of a set's bootstrap blocks. */
export function blockSalt(seed: number, key: string): number {
  return hashSeed(seed, key, "blocks");
}

/**
 * The aggregates of a set of `respondents` before any row is added, as both engines start every
 * set: for each question of the table an empty tally (closed), moments (number), choices (multi)
 * or list of comments (text), and module totals of zero for each of the set's bootstrap units
 * (its respondents, at most {@link MAX_BOOTSTRAP_UNITS}), new or the given `totals`' `num` and `den`
 * (zero). A set without rows keeps them as they are. With `tallies: false` the closed questions'
 * tallies are left out, for a caller that makes them itself; `layout` spares working it out again.
 *
 * @example
 * emptyAggregates(context, 0).tallies.get("bev1") // {count: Float64Array [0, 0, 0, 0, 0], …, blank: 0}
 */
export function emptyAggregates(
  context: ScoringContext,
  respondents: number,
  {layout = moduleLayout(context), totals, tallies = true}: {layout?: ModuleLayout; totals?: Pick<UnitTotals, "num" | "den">; tallies?: boolean} = {}
): SetAggregates {
  const weighted = context.table.weights !== null;
  const aggregates: SetAggregates = {respondents, tallies: new Map(), numbers: new Map(), choices: new Map(), modules: emptyModuleTotals(respondents, layout, totals), texts: new Map()};
  for (const column of context.table.answers.values()) {
    const id = column.question.id;
    const options = column.codec.options.length;
    switch (column.kind) {
      case "codes": {
        if (!tallies) break;
        const count = new Float64Array(options);
        aggregates.tallies.set(id, weighted ? {count, weight: new Float64Array(options), weight2: new Float64Array(options), blank: 0} : {count, weight: count, weight2: count, blank: 0});
        break;
      }
      case "numbers":
        aggregates.numbers.set(id, emptyMoments());
        break;
      case "multi":
        aggregates.choices.set(id, {answered: 0, answeredWeight: 0, count: new Float64Array(options), weight: new Float64Array(options)});
        break;
      case "text":
        aggregates.texts.set(id, []);
        break;
    }
  }
  return aggregates;
}

/** Module totals of zero for a set of `respondents`: one row of the layout's width per bootstrap unit. */
function emptyModuleTotals(respondents: number, {width, slices, cores}: ModuleLayout, totals?: Pick<UnitTotals, "num" | "den">): ModuleTotals {
  const units = Math.min(respondents, MAX_BOOTSTRAP_UNITS);
  const {num, den} = totals ?? {num: new Float64Array(units * width), den: new Float64Array(units * width)};
  return {totals: {units, width, num, den}, slices, answered: new Array(cores.length).fill(0)};
}

/**
 * The cells of some partitions, in blocks: within a block, the rows with the same set in each of
 * its partitions share a cell (numbered by first appearance); a block of one partition has a cell
 * per set and one for rows in none. A row has one cell per block, numbered across all blocks, and
 * a cell lies in at most one set of each partition of its block.
 */
export interface CellIndex {
  rows: number;
  blocks: number;
  /** Cells in all blocks. */
  cells: number;
  /** Per row, its cell in each block (`rows × blocks`). */
  cellOfRow: Int32Array;
  /** Block b's cells are `blockStart[b]` up to `blockStart[b + 1]`. */
  blockStart: Int32Array;
  /** Per partition: its block, its first set (global index) and number of sets, and per cell its set (−1: none). */
  partitions: {block: number; first: number; sets: number; setOfCell: Int32Array}[];
}

/** What the module totals of every set are computed from and written to (see `moduleUnitTotals.js`). */
export interface ModuleWork {
  /** Per row, the option code of every module's core questions (`columns` per row), −1 if blank or "don't know". */
  matrix: Int8Array | Int16Array;
  columns: number;
  /** Module m's core questions are columns `columnStart[m]` up to `columnStart[m + 1]`. */
  columnStart: Int32Array;
  /** The value of option c of column j at `j · valueStride + c`. */
  values: Float64Array;
  valueStride: number;
  byQuestion: boolean;
  width: number;
  /** Per set: respondents, the salt of its blocks, and the first unit of its totals in its partition's `num` and `den`. */
  sizes: Int32Array;
  salts: Float64Array;
  unitStart: Int32Array;
  /** Per partition: its sets' totals, one after another, `width` per unit. */
  num: Float64Array[];
  den: Float64Array[];
  /** Per set and module: respondents with a valid core answer. */
  answered: Int32Array;
}

/** An aggregation's jobs, which one or two threads take in turn (see `runAggregateJobs.js`); the audit's cell counts (cellCounts.ts) have no `index` or `modules`. */
export interface AggregateWork {
  /** The next job to take, a job's outputs complete (1), a job's inputs in place (1). */
  next: Int32Array;
  done: Int32Array;
  ready: Int32Array;
  jobs: ({kind: "tally"; id: string; codes: Int16Array | Int8Array; options: number; count: Float64Array; weight: Float64Array | null; weight2: Float64Array | null} | {kind: "modules"; partition: number} | {kind: "reliability"; sums: Float64Array[]} | {kind: "cells"; codes: Int16Array | Int8Array; cellOfRow: Int32Array; options: number; tally: Int32Array})[];
  index: CellIndex | null;
  modules: ModuleWork | null;
  weights: Float64Array | null;
}

/**
 * The sufficient statistics of every set of every partition — answer tallies, number moments,
 * multi choices, module unit totals and comments — as a GROUP BY over grouping sets. A closed
 * question is tallied per cell of {@link cellIndex} (a row adds to one cell per block instead of
 * to one set per partition) and the cells' tallies are added to their sets; module totals are
 * added set by set. In a large survey a worker thread takes these jobs too, while this thread
 * also runs `alongside` (other work of the aggregation) before taking its share. With
 * `reliability`, the sums of every module's Cronbach's α over all rows are a job too, handed to it
 * at the end.
 *
 * @example
 * const [[organisation], departments] = aggregateSets(context, [{keys: ["organisation"], ofRow: new Int32Array(table.n)}, byDepartment]);
 */
export function aggregateSets(context: ScoringContext, partitions: Partition[], {alongside, reliability}: {alongside?: () => void; reliability?: (sums: ReliabilitySums[]) => void} = {}): SetAggregates[][] {
  const {table} = context;
  const n = table.n;
  const weights = table.weights;
  const closed = [...table.answers.values()].filter((c) => c.kind === "codes");
  // The worker starts first: it boots while this thread prepares its work.
  const helper = useWorker(n, partitions.length, closed.length) ? startWorker() : null;
  try {
    const array = helper ? sharedArray : plainArray;
    const first: number[] = [];
    let sets = 0;
    for (const {keys} of partitions) {
      first.push(sets);
      sets += keys.length;
    }
    const keys = partitions.flatMap((p) => p.keys);
    const layout = moduleLayout(context);
    const stride = Math.max(2, ...closed.map((c) => c.codec.options.length + 1));
    const index = cellIndex(partitions, n, stride, array);
    const sizes = setSizes(index, sets, array);
    const modules = moduleWork(context, layout, keys, sizes, index, array);
    const tallies = closed.map((column) => {
      const options = column.codec.options.length;
      const size = sets * (options + 1);
      const codes = !helper || shared(column.codes) ? column.codes : options <= 127 ? array(Int8Array, n) : array(Int16Array, n);
      return {kind: "tally" as const, id: column.question.id, codes, options, count: array(Float64Array, size), weight: weights ? array(Float64Array, size) : null, weight2: weights ? array(Float64Array, size) : null};
    });
    // The longest jobs, the module totals, go first so that the threads finish together; a few
    // questions before them keep the worker busy while this thread writes the module matrix.
    const lead = layout.cores.length > 0 ? Math.min(tallies.length, Math.ceil(modules.columns / 2)) : tallies.length;
    const moduleJobs: AggregateWork["jobs"] = layout.cores.length > 0 ? partitions.map((_, partition) => ({kind: "modules" as const, partition})) : [];
    const reliabilityJob = reliability && layout.cores.length > 0 ? {kind: "reliability" as const, sums: layout.cores.map((core) => array(Float64Array, 2 + core.length + core.length ** 2))} : null;
    if (reliabilityJob) moduleJobs.push(reliabilityJob);
    const jobs: AggregateWork["jobs"] = [...tallies.slice(0, lead), ...moduleJobs, ...tallies.slice(lead)];
    const ready = array(Int32Array, jobs.length);
    const shareWeights = helper && weights && !shared(weights) ? array(Float64Array, n) : null;
    shareWeights?.set(weights!);
    const work: AggregateWork = {next: array(Int32Array, 1), done: array(Int32Array, jobs.length), ready, jobs, index, modules, weights: shareWeights ?? weights};
    // The worker takes each job as soon as its inputs are in place: a question once its answers
    // are in shared memory (copied there unless the table lies there already), the module totals
    // and sums for α once the matrix is written.
    helper?.post(work);
    const inPlace = (job: AggregateWork["jobs"][number]) => {
      const j = jobs.indexOf(job);
      Atomics.store(ready, j, 1);
      Atomics.notify(ready, j);
    };
    const copy = (t: number) => {
      if (tallies[t].codes !== closed[t].codes) tallies[t].codes.set(closed[t].codes);
      inPlace(tallies[t]);
    };
    for (let t = 0; t < lead; ++t) copy(t);
    fillModuleMatrix(context, layout, modules);
    moduleJobs.forEach(inPlace);
    for (let t = lead; t < tallies.length; ++t) copy(t);
    const aggregates = keys.map((_, g) => {
      const p = index.partitions.findIndex((part) => g < part.first + part.sets);
      const units = Math.min(sizes[g], MAX_BOOTSTRAP_UNITS);
      const at = modules.unitStart[g] * layout.width;
      const totals = {num: modules.num[p].subarray(at, at + units * layout.width), den: modules.den[p].subarray(at, at + units * layout.width)};
      return emptyAggregates(context, sizes[g], {layout, totals, tallies: false});
    });
    alongside?.();
    otherKinds(context, partitions, first, aggregates);
    runAggregateJobs(work);
    // Questions are handed to their sets in order; those done already while the worker finishes its last job.
    const split = (job: (typeof tallies)[number]) => splitTallies(job.options, sets, job.count, job.weight, job.weight2).forEach((tally, g) => aggregates[g].tallies.set(job.id, tally));
    let t = 0;
    for (; t < tallies.length && Atomics.load(work.done, jobs.indexOf(tallies[t])) === 1; ++t) split(tallies[t]);
    helper?.finish(work);
    for (; t < tallies.length; ++t) split(tallies[t]);
    reliability?.((reliabilityJob?.sums ?? []).map((sums, m) => reliabilityOf(sums, layout.cores[m].length)));
    const moduleCount = layout.cores.length;
    aggregates.forEach((aggregate, g) => (aggregate.modules.answered = Array.from(modules.answered.subarray(g * moduleCount, (g + 1) * moduleCount))));
    return partitions.map((p, i) => aggregates.slice(first[i], first[i] + p.keys.length));
  } finally {
    helper?.stop();
  }
}

/** The sums of Cronbach's α of a module of `k` core questions, from those `reliabilitySumsInto.js` adds up (n, Σw, Σw·xⱼ, Σw·xⱼ·xₗ). */
export function reliabilityOf(sums: Float64Array, k: number): ReliabilitySums {
  return {n: sums[0], sw: sums[1], swx: sums.slice(2, 2 + k), swxx: sums.slice(2 + k)};
}

/** The respondents of each set: the rows of each cell, added to the sets that contain it. */
function setSizes({rows, blocks, cells, cellOfRow, partitions}: CellIndex, sets: number, array: ArrayMaker): Int32Array {
  const rowsOfCell = new Int32Array(cells);
  for (let i = 0; i < rows * blocks; ++i) ++rowsOfCell[cellOfRow[i]];
  const sizes = array(Int32Array, sets);
  for (const {setOfCell} of partitions) {
    for (let cell = 0; cell < cells; ++cell) if (setOfCell[cell] >= 0) sizes[setOfCell[cell]] += rowsOfCell[cell];
  }
  return sizes;
}

/** Adds the number moments, multi choices and comments of every row to each set it belongs to, in row order. */
function otherKinds(context: ScoringContext, partitions: Partition[], first: number[], aggregates: SetAggregates[]): void {
  const {table} = context;
  const n = table.n;
  const weights = table.weights;
  const ofRows = partitions.map((p) => p.ofRow);
  const parts = partitions.length;
  for (const column of table.answers.values()) {
    const id = column.question.id;
    switch (column.kind) {
      case "numbers": {
        const moments = aggregates.map((aggregate) => aggregate.numbers.get(id)!);
        for (let r = 0; r < n; ++r) {
          const x = column.values[r];
          if (Number.isNaN(x)) continue;
          const w = weights ? weights[r] : 1;
          for (let p = 0; p < parts; ++p) {
            const s = ofRows[p][r];
            if (s < 0) continue;
            const m = moments[first[p] + s];
            m.n += 1;
            m.sw += w;
            m.swx += w * x;
            m.swx2 += w * x * x;
            m.sw2 += w * w;
            m.sw2x += w * w * x;
            m.sw2x2 += w * w * x * x;
          }
        }
        break;
      }
      case "multi": {
        const options = column.codec.options.length;
        const choices = aggregates.map((aggregate) => aggregate.choices.get(id)!);
        for (let r = 0; r < n; ++r) {
          if (!column.answered[r]) continue;
          const w = weights ? weights[r] : 1;
          for (let p = 0; p < parts; ++p) {
            const s = ofRows[p][r];
            if (s < 0) continue;
            const tally = choices[first[p] + s];
            ++tally.answered;
            tally.answeredWeight += w;
            for (let o = 0; o < options; ++o) {
              if (column.chosen[o][r]) {
                ++tally.count[o];
                tally.weight[o] += w;
              }
            }
          }
        }
        break;
      }
      case "text": {
        const texts = aggregates.map((aggregate) => aggregate.texts.get(id)!);
        for (let r = 0; r < n; ++r) {
          const text = column.texts[r];
          if (text === undefined) continue;
          for (let p = 0; p < parts; ++p) {
            const s = ofRows[p][r];
            if (s >= 0) texts[first[p] + s].push(text);
          }
        }
        break;
      }
    }
  }
}

/** Per set, the tally of each option, blanks counted apart (the tables' last slot). */
function splitTallies(options: number, sets: number, count: Float64Array, weight: Float64Array | null, weight2: Float64Array | null): OptionTally[] {
  const stride = options + 1;
  return Array.from({length: sets}, (_, g) => {
    const at = g * stride;
    const counts = count.slice(at, at + options);
    return {
      count: counts,
      weight: weight ? weight.slice(at, at + options) : counts,
      weight2: weight2 ? weight2.slice(at, at + options) : counts,
      blank: count[at + options]
    };
  });
}

/** At most this many cells in a block, so that a question's tallies per cell stay in the processor's cache. */
const MAX_CELLS = 8192;

/**
 * The {@link CellIndex} of `partitions`: taken from fewest sets to most, a partition joins the
 * block before it while the block's cells stay few enough that adding their tallies to the sets
 * (cells × partitions × `stride` per question) costs less than half a pass over the `tallied`
 * rows, and starts a block of its own otherwise. The DuckDB engine passes its combinations of
 * group values as the rows (each standing for its rows, in the order of their first rows) and the
 * number of rows as `tallied`: the same blocks and cells, numbered alike.
 *
 * @example
 * cellIndex([{keys: ["organisation"], ofRow: new Int32Array(4)}, {keys: ["A", "B"], ofRow: Int32Array.of(0, 1, 1, -1)}], 4, 6, plainArray)
 * // one block of 3 cells (A, B, none); each row's cell: [0, 1, 1, 2]
 */
export function cellIndex(partitions: Partition[], rows: number, stride: number, array: ArrayMaker = plainArray, tallied = rows): CellIndex {
  const order = partitions.map((_, p) => p).sort((a, b) => partitions[a].keys.length - partitions[b].keys.length);
  // A block's cells, each with a row that lies in it (-1 for a set without rows); a join writes
  // into the block's spare array, which then changes places with its cells.
  const blocks: {parts: number[]; cellOfRow: Int32Array; spare: Int32Array | null; cells: number; rowOf: Int32Array}[] = [];
  for (const p of order) {
    const {keys, ofRow} = partitions[p];
    const last = blocks.at(-1);
    if (last) {
      const limit = Math.min(MAX_CELLS, Math.floor(tallied / 2 / ((last.parts.length + 1) * stride)));
      const joined = joinCells(last.cellOfRow, last.cells, ofRow, keys.length, limit, (last.spare ??= array(Int32Array, rows)));
      if (joined) {
        last.parts.push(p);
        last.spare = last.cellOfRow;
        last.cellOfRow = joined.cellOfRow;
        last.cells = joined.cells;
        last.rowOf = joined.rowOf;
        continue;
      }
    }
    const cellOfRow = array(Int32Array, rows);
    const rowOf = new Int32Array(keys.length + 1).fill(-1);
    for (let r = 0; r < rows; ++r) {
      const cell = ofRow[r] + 1;
      cellOfRow[r] = cell;
      if (rowOf[cell] < 0) rowOf[cell] = r;
    }
    blocks.push({parts: [p], cellOfRow, spare: null, cells: keys.length + 1, rowOf});
  }
  const blockStart = array(Int32Array, blocks.length + 1);
  blocks.forEach((block, b) => (blockStart[b + 1] = blockStart[b] + block.cells));
  const cells = blockStart[blocks.length];
  let cellOfRow = blocks[0]?.cellOfRow ?? array(Int32Array, 0);
  if (blocks.length > 1) {
    cellOfRow = array(Int32Array, rows * blocks.length);
    blocks.forEach((block, b) => {
      for (let r = 0, at = b; r < rows; ++r, at += blocks.length) cellOfRow[at] = blockStart[b] + block.cellOfRow[r];
    });
  }
  const first: number[] = [];
  partitions.reduce((sets, {keys}) => (first.push(sets), sets + keys.length), 0);
  const byPartition: CellIndex["partitions"] = partitions.map((_, p) => ({block: -1, first: first[p], sets: partitions[p].keys.length, setOfCell: array(Int32Array, cells).fill(-1)}));
  blocks.forEach((block, b) => {
    for (const p of block.parts) {
      const {ofRow, keys} = partitions[p];
      const {setOfCell} = byPartition[p];
      byPartition[p].block = b;
      for (let cell = 0; cell < block.cells; ++cell) {
        const r = block.rowOf[cell];
        // A block of one partition has a cell per set, rows or not; a joined block's cells all have rows.
        const s = block.parts.length === 1 ? (cell > 0 && cell <= keys.length ? cell - 1 : -1) : ofRow[r];
        setOfCell[blockStart[b] + cell] = s < 0 ? -1 : first[p] + s;
      }
    }
  });
  return {rows, blocks: blocks.length, cells, cellOfRow, blockStart, partitions: byPartition};
}

/** The cells of a block joined with a partition of `sets` sets (into `joined`), numbered by first appearance; null above `limit` cells. */
function joinCells(cellOfRow: Int32Array, cells: number, ofRow: Int32Array, sets: number, limit: number, joined: Int32Array): {cellOfRow: Int32Array; cells: number; rowOf: Int32Array} | null {
  const width = sets + 1;
  if (cells * width > 1 << 22) return null;
  const index = new Int32Array(cells * width).fill(-1);
  const rowOf = new Int32Array(limit);
  let next = 0;
  for (let r = 0; r < cellOfRow.length; ++r) {
    const key = cellOfRow[r] * width + ofRow[r] + 1;
    let cell = index[key];
    if (cell < 0) {
      if (next === limit) return null;
      rowOf[next] = r;
      index[key] = cell = next++;
    }
    joined[r] = cell;
  }
  return {cellOfRow: joined, cells: next, rowOf: rowOf.subarray(0, next)};
}

/**
 * The {@link ModuleWork} of the sets: room for every module's core answers as a row-major matrix
 * of option codes for `rows` rows (bytes when every core question has at most 127 options; see
 * {@link fillModuleMatrix}), their values, and zero totals and counts for the sets (`keys`, of
 * `sizes` respondents) of `index`'s partitions. The database engine makes it for a batch of rows
 * (`duckdb/ModuleTotals.ts`).
 */
export function moduleWork(context: ScoringContext, layout: ModuleLayout, keys: string[], sizes: Int32Array, index: Pick<CellIndex, "partitions">, array: ArrayMaker, rows = context.table.n): ModuleWork {
  const {settings} = context;
  const cores = moduleValues(context, layout).flat();
  const columns = cores.length;
  const columnStart = array(Int32Array, layout.cores.length + 1);
  layout.cores.forEach((core, m) => (columnStart[m + 1] = columnStart[m] + core.length));
  const valueStride = Math.max(1, ...cores.map((core) => core.values.length));
  const values = array(Float64Array, columns * valueStride);
  cores.forEach((core, j) => values.set(core.values, j * valueStride));
  const matrix = valueStride <= 127 ? array(Int8Array, rows * columns) : array(Int16Array, rows * columns);
  const sets = keys.length;
  const salts = array(Float64Array, sets);
  keys.forEach((key, g) => (salts[g] = blockSalt(settings.interval.seed, key)));
  const unitStart = array(Int32Array, sets);
  const num: Float64Array[] = [];
  const den: Float64Array[] = [];
  for (const {first, sets: count} of index.partitions) {
    let units = 0;
    for (let g = first; g < first + count; ++g) {
      unitStart[g] = units;
      units += Math.min(sizes[g], MAX_BOOTSTRAP_UNITS);
    }
    num.push(array(Float64Array, units * layout.width));
    den.push(array(Float64Array, units * layout.width));
  }
  const byQuestion = settings.moduleScore === "mean-of-questions";
  return {matrix, columns, columnStart, values, valueStride, byQuestion, width: layout.width, sizes, salts, unitStart, num, den, answered: array(Int32Array, sets * layout.cores.length)};
}

/**
 * Writes every row's core answers into `modules.matrix`: the option code, or −1 when blank or
 * "don't know". Block by block of rows, so that the rows a block writes stay in the cache while
 * each column is copied in.
 */
function fillModuleMatrix(context: ScoringContext, layout: ModuleLayout, {matrix, columns}: ModuleWork): void {
  const rows = context.table.n;
  const cores = moduleValues(context, layout).flat();
  const kept = cores.map(({values}) => matrixCodes(values));
  for (let start = 0; start < rows; start += FILL_BLOCK) {
    const end = Math.min(rows, start + FILL_BLOCK);
    for (let j = 0; j < columns; ++j) {
      const codes = cores[j].codes;
      const keep = kept[j];
      for (let r = start, at = start * columns + j; r < end; ++r, at += columns) {
        const c = codes[r];
        matrix[at] = c < 0 ? -1 : keep[c];
      }
    }
  }
}

/**
 * What each option of a core question writes into the module matrix, from its values: its code, or
 * −1 for an option without a value ("don't know"), as for a blank.
 *
 * @example
 * matrixCodes(Float64Array.of(0, 2.5, NaN)) // Int16Array [0, 1, -1]
 */
export function matrixCodes(values: Float64Array): Int16Array {
  return Int16Array.from(values, (value, c) => (Number.isNaN(value) ? -1 : c));
}

/** Rows per block of {@link fillModuleMatrix}: 4096 rows of 71 columns are under 300 kB. */
const FILL_BLOCK = 4096;
