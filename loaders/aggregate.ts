import {emptyMoments} from "./estimate.ts";
import type {GroupNode} from "./groups.ts";
import {moduleLayout, moduleValues} from "./moduleScores.ts";
import {hashSeed} from "./random.ts";
import type {ScoringContext} from "./ScoringContext.ts";
import type {ChoiceTally, ModuleTotals, SetAggregates} from "./SetAggregates.ts";

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
export type Aggregator = (context: ScoringContext, variables: GroupNode[][]) => {organisation: SetAggregates; groups: SetAggregates[][]};

/**
 * The {@link Aggregator} for a response table held in memory: one {@link aggregateSets} pass over
 * the organisation and every variable's groups.
 */
export const aggregateInMemory: Aggregator = (context, variables) => {
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
  return {organisation, groups};
};

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
  const membership = new Int32Array(n * parts);
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
  const aggregates: SetAggregates[] = keys.map((_, g) => ({
    respondents: sizes[g],
    tallies: new Map(),
    numbers: new Map(),
    choices: new Map(),
    modules: undefined as unknown as ModuleTotals,
    texts: new Map()
  }));
  const weights = table.weights;
  for (const column of table.answers.values()) {
    const id = column.question.id;
    switch (column.kind) {
      case "codes":
        tallyCodes(column.codes, column.codec.options.length, membership, parts, sets, weights).forEach((tally, g) => aggregates[g].tallies.set(id, tally));
        break;
      case "numbers": {
        const moments = aggregates.map(() => emptyMoments());
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
        moments.forEach((m, g) => aggregates[g].numbers.set(id, m));
        break;
      }
      case "multi": {
        const options = column.codec.options.length;
        const choices: ChoiceTally[] = aggregates.map(() => ({answered: 0, answeredWeight: 0, count: new Float64Array(options), weight: new Float64Array(options)}));
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
        choices.forEach((tally, g) => aggregates[g].choices.set(id, tally));
        break;
      }
      case "text": {
        const texts = aggregates.map((): string[] => []);
        for (let r = 0; r < n; ++r) {
          const text = column.texts[r];
          if (text === undefined) continue;
          for (let p = 0; p < parts; ++p) {
            const g = membership[r * parts + p];
            if (g >= 0) texts[g].push(text);
          }
        }
        texts.forEach((list, g) => aggregates[g].texts.set(id, list));
        break;
      }
    }
  }
  moduleTotals(context, keys, membership, parts, sizes).forEach((totals, g) => (aggregates[g].modules = totals));
  return partitions.map((p, i) => aggregates.slice(base[i], base[i] + p.keys.length));
}

/** Answer counts per set and option (Σw and Σw² too when weighted), blanks counted apart. */
function tallyCodes(codes: Int16Array, options: number, membership: Int32Array, parts: number, sets: number, weights: Float64Array | null) {
  const stride = options + 1; // the last slot counts blanks
  const count = new Float64Array(sets * stride);
  const weight = weights ? new Float64Array(sets * stride) : count;
  const weight2 = weights ? new Float64Array(sets * stride) : count;
  const n = codes.length;
  for (let r = 0, at = 0; r < n; ++r, at += parts) {
    const c = codes[r];
    const k = c < 0 ? options : c;
    if (weights) {
      const w = weights[r];
      const w2 = w * w;
      for (let p = 0; p < parts; ++p) {
        const g = membership[at + p];
        if (g < 0) continue;
        const i = g * stride + k;
        ++count[i];
        weight[i] += w;
        weight2[i] += w2;
      }
    } else {
      for (let p = 0; p < parts; ++p) {
        const g = membership[at + p];
        if (g >= 0) ++count[g * stride + k];
      }
    }
  }
  return Array.from({length: sets}, (_, g) => {
    const at = g * stride;
    const counts = count.slice(at, at + options);
    return {
      count: counts,
      weight: weights ? weight.slice(at, at + options) : counts,
      weight2: weights ? weight2.slice(at, at + options) : counts,
      blank: count[at + options]
    };
  });
}

/**
 * Per set, the totals of every module's core answers per bootstrap unit (see {@link bootstrapUnit}):
 * with mean-of-questions Σw·x and Σw per core question, with mean-of-respondents Σw·(own mean) and
 * Σw. A row's contributions are worked out once and added to each set it belongs to.
 */
function moduleTotals(context: ScoringContext, keys: string[], membership: Int32Array, parts: number, sizes: Int32Array): ModuleTotals[] {
  const {settings, table} = context;
  const layout = moduleLayout(context);
  const {width, slices} = layout;
  const byQuestion = settings.moduleScore === "mean-of-questions";
  const values = moduleValues(context, layout);
  const modules = layout.cores.length;
  const result: ModuleTotals[] = keys.map((_, g) => {
    const units = Math.min(sizes[g], MAX_BOOTSTRAP_UNITS);
    return {totals: {units, width, num: new Float64Array(units * width), den: new Float64Array(units * width)}, slices, answered: new Array(modules).fill(0)};
  });
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
  return result;
}
