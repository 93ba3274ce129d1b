import {availableParallelism} from "node:os";
import {Worker} from "node:worker_threads";
import {cellCountsInMemory, type CellCounts} from "./cellCounts.ts";
import {emptyMoments} from "./estimate.ts";
import type {GroupNode} from "../bundle/groups.ts";
import {moduleLayout, moduleValues, type ModuleLayout} from "./moduleScores.ts";
import {hashSeed} from "./random.ts";
import type {ScoringContext} from "./ScoringContext.ts";
import type {AnswerColumn} from "../bundle/ResponseTable.ts";
import type {ModuleTotals, OptionTally, SetAggregates} from "./SetAggregates.ts";
import {tallyCodesInto} from "./tallyCodes.js";
import {reliabilitySums} from "./reliability.ts";
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
      nodes.forEach((node, k) => node.rows.forEach((r) => (ofRow[r] = k)));
      return {keys: nodes.map((node) => node.id), ofRow};
    })
  ];
  const [[organisation], ...groups] = aggregateSets(context, partitions);
  organisation.modules.reliability = reliabilitySums(context);
  organisation.modules.drivers = driverSums(context);
  return {organisation, groups};
}, {cells: cellCountsInMemory});

/**
 * Above this many respondents a set's module totals are kept for random blocks of respondents
 * rather than for each respondent, which bounds their size; below it, the respondent bootstrap
 * resamples single respondents.
 */
export const MAX_BOOTSTRAP_UNITS = 1000;

/**
 * The bootstrap unit of the respondent at `position` (0, 1, … in row order) of a set of `size`:
 * the respondent itself, or for a large set one of {@link MAX_BOOTSTRAP_UNITS} blocks, by a Weyl
 * sequence ((position · 2654435761 + salt) mod 2³²) mod 1000, which spreads neighbouring rows over
 * the blocks and is computed the same in SQL:
 * `((position * 2654435761) % 4294967296 + salt) % 4294967296 % 1000`.
 */
export function bootstrapUnit(position: number, size: number, salt: number): number {
  if (size <= MAX_BOOTSTRAP_UNITS) return position;
  return (((Math.imul(position, 0x9e3779b1) >>> 0) + salt) % 4294967296) % MAX_BOOTSTRAP_UNITS;
}

/** The salt of a set's bootstrap blocks. */
export function blockSalt(seed: number, key: string): number {
  return hashSeed(seed, key, "blocks");
}

/**
 * The aggregates of a set of `respondents` before any row is added, as both engines start every
 * set: for each question of the table an empty tally (closed), moments (number), choices (multi)
 * or list of comments (text), and module totals of zero for each of the set's bootstrap units
 * (its respondents, at most {@link MAX_BOOTSTRAP_UNITS}). A set without rows keeps them as they are.
 *
 * @example
 * emptyAggregates(context, 0).tallies.get("bev1") // {count: Float64Array [0, 0, 0, 0, 0], …, blank: 0}
 */
export function emptyAggregates(context: ScoringContext, respondents: number, layout: ModuleLayout = moduleLayout(context)): SetAggregates {
  const weighted = context.table.weights !== null;
  const aggregates: SetAggregates = {respondents, tallies: new Map(), numbers: new Map(), choices: new Map(), modules: emptyModuleTotals(respondents, layout), texts: new Map()};
  for (const column of context.table.answers.values()) {
    const id = column.question.id;
    const options = column.codec.options.length;
    switch (column.kind) {
      case "codes": {
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
function emptyModuleTotals(respondents: number, {width, slices, cores}: ModuleLayout): ModuleTotals {
  const units = Math.min(respondents, MAX_BOOTSTRAP_UNITS);
  return {totals: {units, width, num: new Float64Array(units * width), den: new Float64Array(units * width)}, slices, answered: new Array(cores.length).fill(0)};
}

/**
 * The sufficient statistics of every set of every partition — answer tallies, number moments,
 * multi choices, module unit totals and comments — in one pass over the rows per question, each
 * row adding to every set it belongs to (a GROUP BY over grouping sets).
 *
 * @example
 * const [[organisation], departments] = aggregateSets(context, [{keys: ["organisation"], ofRow: new Int32Array(table.n)}, byDepartment]);
 */
export function aggregateSets(context: ScoringContext, partitions: Partition[]): SetAggregates[][] {
  const {table} = context;
  const n = table.n;
  const parts = partitions.length;
  // Each row's sets as global set indices, row by row: one sequential stream for every pass.
  const base: number[] = [];
  let sets = 0;
  for (const {keys} of partitions) {
    base.push(sets);
    sets += keys.length;
  }
  const membership = new Int32Array(new SharedArrayBuffer(Math.max(4, n * parts * 4)));
  const sizes = new Int32Array(sets);
  for (let p = 0; p < parts; ++p) {
    const {ofRow} = partitions[p];
    for (let r = 0; r < n; ++r) {
      const s = ofRow[r];
      const g = s < 0 ? -1 : base[p] + s;
      membership[r * parts + p] = g;
      if (g >= 0) ++sizes[g];
    }
  }
  const keys = partitions.flatMap((p) => p.keys);
  const layout = moduleLayout(context);
  const aggregates = keys.map((_, g) => emptyAggregates(context, sizes[g], layout));
  const weights = table.weights;
  // Closed questions are nearly all the work: in a large survey a worker thread tallies most of
  // them while this thread does the rest, the other kinds and the module totals.
  const closed = [...table.answers.values()].filter((c) => c.kind === "codes");
  const helper = startTallyWorker(closed, membership, parts, sets, weights);
  for (const column of closed) {
    if (helper?.tallies.has(column.question.id)) continue;
    const {count, weight, weight2} = tallyTables(column.codec.options.length, sets, weights !== null, false);
    tallyCodesInto(column.codes, column.codec.options.length, membership, parts, weights, count, weight, weight2);
    splitTallies(column.codec.options.length, sets, count, weight, weight2).forEach((tally, g) => aggregates[g].tallies.set(column.question.id, tally));
  }
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
            const g = membership[r * parts + p];
            if (g < 0) continue;
            const m = moments[g];
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
            const g = membership[r * parts + p];
            if (g < 0) continue;
            const tally = choices[g];
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
            const g = membership[r * parts + p];
            if (g >= 0) texts[g].push(text);
          }
        }
        break;
      }
    }
  }
  moduleTotals(context, layout, keys, membership, parts, sizes, aggregates.map((aggregate) => aggregate.modules));
  if (helper) {
    for (const [id, tables] of helper.finish()) {
      const options = closed.find((c) => c.question.id === id)!.codec.options.length;
      splitTallies(options, sets, tables.count, tables.weight, tables.weight2).forEach((tally, g) => aggregates[g].tallies.set(id, tally));
    }
  }
  return partitions.map((p, i) => aggregates.slice(base[i], base[i] + p.keys.length));
}

/** The tally tables of one closed question for every set: count, and Σw and Σw² when weighted. */
interface TallyTables {
  count: Float64Array;
  weight: Float64Array | null;
  weight2: Float64Array | null;
}

function tallyTables(options: number, sets: number, weighted: boolean, shared: boolean): TallyTables {
  const size = sets * (options + 1);
  const make = () => (shared ? new Float64Array(new SharedArrayBuffer(Math.max(8, size * 8))) : new Float64Array(size));
  return {count: make(), weight: weighted ? make() : null, weight2: weighted ? make() : null};
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

/** Below this many row-set-question visits a worker thread costs more than it saves. */
const PARALLEL_WORK = 50_000_000;
/** The share of the closed questions the worker takes: the main thread also has the module totals. */
const WORKER_SHARE = 0.7;

/**
 * Starts a worker thread on part of the closed questions, when the survey is large enough and a
 * second core is there (`PEILING_THREADS=1` keeps everything on this thread, `PEILING_THREADS=2`
 * uses the worker whatever the size). Returns the
 * questions it took and a `finish` that waits for its tallies; any failure of the worker is
 * made good by tallying its questions here.
 */
function startTallyWorker(closed: Extract<AnswerColumn, {kind: "codes"}>[], membership: Int32Array, parts: number, sets: number, weights: Float64Array | null) {
  const n = weights?.length ?? closed[0]?.codes.length ?? 0;
  const threads = process.env.PEILING_THREADS;
  if (threads === "1" || availableParallelism() < 2 || closed.length < 2) return null;
  if (threads !== "2" && n * parts * closed.length < PARALLEL_WORK) return null;
  const taken = closed.slice(0, Math.round(closed.length * WORKER_SHARE));
  const sharedWeights = weights ? new Float64Array(new SharedArrayBuffer(weights.length * 8)) : null;
  sharedWeights?.set(weights!);
  const jobs = taken.map((column) => {
    const codes = new Int16Array(new SharedArrayBuffer(Math.max(2, column.codes.length * 2)));
    codes.set(column.codes);
    return {id: column.question.id, codes, options: column.codec.options.length, ...tallyTables(column.codec.options.length, sets, weights !== null, true)};
  });
  const flag = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(new URL("./tallyWorker.js", import.meta.url), {
    workerData: {flag: flag.buffer, membership, parts, weights: sharedWeights, jobs},
    // No TypeScript loader: its hooks would wait for this thread, which waits for the worker.
    execArgv: []
  });
  worker.unref();
  const tallies = new Map(jobs.map((job) => [job.id, job]));
  return {
    tallies,
    /** Waits for the worker and returns its tables, tallying here whatever it could not. */
    finish(): Map<string, TallyTables> {
      // Started (2) within a few seconds, then done (1) or failed (3).
      if (Atomics.load(flag, 0) === 0) Atomics.wait(flag, 0, 0, 10_000);
      while (Atomics.load(flag, 0) === 2) Atomics.wait(flag, 0, 2, 1_000);
      const state = Atomics.load(flag, 0);
      void worker.terminate();
      if (state !== 1) {
        for (const job of jobs) {
          job.count.fill(0);
          job.weight?.fill(0);
          job.weight2?.fill(0);
          tallyCodesInto(job.codes, job.options, membership, parts, sharedWeights, job.count, job.weight, job.weight2);
        }
      }
      return tallies;
    }
  };
}

/**
 * Adds to each set's module totals (`result`, empty) the totals of every module's core answers per
 * bootstrap unit (see {@link bootstrapUnit}): with mean-of-questions Σw·x and Σw per core question,
 * with mean-of-respondents Σw·(own mean) and Σw. A row's contributions are worked out once and
 * added to each set it belongs to.
 */
function moduleTotals(context: ScoringContext, layout: ModuleLayout, keys: string[], membership: Int32Array, parts: number, sizes: Int32Array, result: ModuleTotals[]): void {
  const {settings, table} = context;
  const {width, slices} = layout;
  const byQuestion = settings.moduleScore === "mean-of-questions";
  const values = moduleValues(context, layout);
  const modules = layout.cores.length;
  const salts = keys.map((key) => blockSalt(settings.interval.seed, key));
  const position = new Int32Array(keys.length);
  // One row's contributions: value and weight per column, and whether it answered each module.
  const num = new Float64Array(width);
  const den = new Float64Array(width);
  const answered = new Uint8Array(modules);
  for (let r = 0; r < table.n; ++r) {
    const w = table.weights ? table.weights[r] : 1;
    num.fill(0);
    den.fill(0);
    let any = false;
    for (let m = 0; m < modules; ++m) {
      const {offset} = slices[m];
      const columns = values[m];
      let own = 0;
      let valid = 0;
      for (let j = 0; j < columns.length; ++j) {
        const c = columns[j].codes[r];
        if (c < 0) continue;
        const x = columns[j].values[c];
        if (Number.isNaN(x)) continue;
        ++valid;
        if (byQuestion) {
          num[offset + j] = w * x;
          den[offset + j] = w;
        } else own += x;
      }
      answered[m] = valid > 0 ? 1 : 0;
      if (valid > 0) any = true;
      if (valid > 0 && !byQuestion) {
        num[offset] = (w * own) / valid;
        den[offset] = w;
      }
    }
    for (let p = 0; p < parts; ++p) {
      const g = membership[r * parts + p];
      if (g < 0) continue;
      const unit = bootstrapUnit(position[g]++, sizes[g], salts[g]);
      if (!any) continue;
      const target = result[g];
      const row = unit * width;
      const totals = target.totals;
      for (let j = 0; j < width; ++j) {
        if (den[j] === 0) continue;
        totals.num[row + j] += num[j];
        totals.den[row + j] += den[j];
      }
      for (let m = 0; m < modules; ++m) target.answered[m] += answered[m];
    }
  }
}
