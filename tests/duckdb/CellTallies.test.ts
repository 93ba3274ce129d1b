/**
 * The closed questions' answer counts of the DuckDB engine, tallied in JS per cell of the
 * in-memory engine's cell index (made from the combinations of group values) from the scored rows
 * streamed once (`scoredRows.ts`) and then added to the sets: the counts, Σw and Σw² a row-by-row
 * tally of each set gives, and bit for bit the in-memory engine's.
 */
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {CellTallies} from "../../duckdb/CellTallies.ts";
import {cellIndex, type Partition} from "../../scoring/aggregate.ts";
import {tallyCodesInto} from "../../scoring/tallyCodes.js";
import {familiesOf, type Combination, type SetToAggregate} from "../../duckdb/aggregateInDatabase.ts";
import {Database} from "../../duckdb/dialect.ts";
import {streamScoredRows} from "../../duckdb/scoredRows.ts";
import {Fallback} from "../../duckdb/loadResponses.ts";
import type {SetAggregates} from "../../scoring/SetAggregates.ts";

/** Two closed questions: q0 with 3 options, q1 with 2. */
const QUESTIONS = [
  {k: 0, id: "q0", options: 3},
  {k: 1, id: "q1", options: 2}
];

/** Rows: combination key, weight, q0's code, q1's code (−1 blank). The combinations' index is their key / 10 − 1. */
const ROWS: [number, number, number, number][] = [
  [10, 1, 0, 1],
  [20, 2, 2, -1],
  [10, 0.5, 0, 0],
  [30, 4, -1, 1],
  [20, 1.5, 1, 1]
];

const COMBINATIONS: Combination[] = [10, 20, 30].map((key) => ({key: [key], groups: [], respondents: ROWS.filter((row) => row[0] === key).length}));

/** The organisation (every combination), a set of combinations 0 and 2, and one of combination 1. */
const SETS: SetToAggregate[] = [
  {key: "organisation", family: "", size: 5, combinations: [0, 1, 2]},
  {key: "a", family: "g", size: 3, combinations: [0, 2]},
  {key: "b", family: "g", size: 2, combinations: [1]}
];

function emptyTallies(weighted: boolean): SetAggregates {
  const tallies = new Map(
    QUESTIONS.map(({id, options}) => {
      const count = new Float64Array(options);
      return [id, weighted ? {count, weight: new Float64Array(options), weight2: new Float64Array(options), blank: 0} : {count, weight: count, weight2: count, blank: 0}];
    })
  );
  return {tallies} as unknown as SetAggregates;
}

/** Each set's tallies as plain numbers, counted row by row. */
function rowByRow(weighted: boolean) {
  return SETS.map((set) => {
    const keys = new Set(set.combinations.map((c) => COMBINATIONS[c].key[0]));
    const rows = ROWS.filter((row) => keys.has(row[0]));
    return Object.fromEntries(
      QUESTIONS.map(({id, options}, t) => {
        const answered = (o: number) => rows.filter((row) => row[2 + t] === o);
        const count = Array.from({length: options}, (_, o) => answered(o).length);
        const sum = (o: number, f: (w: number) => number) => answered(o).reduce((s, row) => s + f(row[1]), 0);
        const weight = weighted ? Array.from({length: options}, (_, o) => sum(o, (w) => w)) : count;
        const weight2 = weighted ? Array.from({length: options}, (_, o) => sum(o, (w) => w * w)) : count;
        return [id, {count, weight, weight2, blank: rows.filter((row) => row[2 + t] === -1).length}];
      })
    );
  });
}

function plain(aggregates: SetAggregates[]) {
  return aggregates.map((a) => Object.fromEntries([...a.tallies].map(([id, t]) => [id, {count: [...t.count], weight: [...t.weight], weight2: [...t.weight2], blank: t.blank}])));
}

describe("CellTallies", () => {
  test("tallies.add(chunk) then addToSets(sets): each set's counts, Σw and Σw², blanks apart, as counted row by row", () => {
    for (const weighted of [true, false]) {
      const tallies = new CellTallies(QUESTIONS, weighted, familiesOf(SETS, COMBINATIONS.length), ROWS.length);
      // Two chunks: a combination's rows may come in both.
      for (const chunk of [ROWS.slice(0, 2), ROWS.slice(2)]) {
        tallies.add(
          [Int16Array.from(chunk, (row) => row[2]), Int16Array.from(chunk, (row) => row[3])],
          Float64Array.from(chunk, (row) => row[1]),
          Int32Array.from(chunk, (row) => row[0] / 10 - 1),
          chunk.length
        );
      }
      const aggregates = SETS.map(() => emptyTallies(weighted));
      tallies.addToSets(aggregates);
      expect(plain(aggregates)).toEqual(rowByRow(weighted));
    }
  });

  test("tallies.add(chunk) then addToSets(sets): bit for bit the in-memory engine's tallies (cellIndex over the rows, tallyCodesInto)", () => {
    // 20,000 rows with weights that are not exact in binary, in four grouping variables (one with
    // rows in none of its groups), each value seen first in a different row.
    const n = 20_000;
    const values = [3, 5, 20, 2];
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const groupOf = values.map((count, v) => Int32Array.from({length: n}, () => (v === 1 && random() < 0.1 ? -1 : Math.floor(random() * count))));
    const weights = Float64Array.from({length: n}, () => 0.3 + random() * 2.7);
    const codes = QUESTIONS.map(({options}) => Int16Array.from({length: n}, () => Math.floor(random() * (options + 1)) - 1));
    // The in-memory engine: the organisation and each variable a partition of the rows.
    const partitions: Partition[] = [{keys: ["organisation"], ofRow: new Int32Array(n)}, ...values.map((count, v) => ({keys: Array.from({length: count}, (_, k) => `v${v}=${k}`), ofRow: groupOf[v]}))];
    const index = cellIndex(partitions, n, 4);
    expect(index.blocks).toBeGreaterThan(1);
    expect(index.partitions.filter((p) => p.block === 0).length).toBeGreaterThan(1);
    const setCount = partitions.reduce((sum, p) => sum + p.keys.length, 0);
    const inMemory = QUESTIONS.map(({options}, t) => {
      const [count, weight, weight2] = [0, 1, 2].map(() => new Float64Array(setCount * (options + 1)));
      tallyCodesInto(codes[t], options, index, weights, count, weight, weight2);
      return {count, weight, weight2};
    });
    // The DuckDB engine: the combinations in the order of their first rows, a set per group.
    const combinationOf = new Map<string, number>();
    const combination = Int32Array.from({length: n}, (_, r) => {
      const key = groupOf.map((g) => g[r]).join(",");
      if (!combinationOf.has(key)) combinationOf.set(key, combinationOf.size);
      return combinationOf.get(key)!;
    });
    const keys = [...combinationOf.keys()].map((key) => key.split(",").map(Number));
    const sets: SetToAggregate[] = [
      {key: "organisation", family: "", size: n, combinations: keys.map((_, c) => c)},
      ...values.flatMap((count, v) => Array.from({length: count}, (_, k) => ({key: `v${v}=${k}`, family: `v${v}`, size: 0, combinations: keys.flatMap((key, c) => (key[v] === k ? [c] : []))})))
    ];
    const tallies = new CellTallies(QUESTIONS, true, familiesOf(sets, keys.length), n);
    for (let from = 0; from < n; from += 2048) {
      const to = Math.min(n, from + 2048);
      tallies.add(codes.map((c) => c.subarray(from, to)), weights.subarray(from, to), combination.subarray(from, to), to - from);
    }
    const aggregates = sets.map(() => emptyTallies(true));
    tallies.addToSets(aggregates);
    QUESTIONS.forEach(({id, options}, t) => {
      const stride = options + 1;
      aggregates.forEach((aggregate, g) => {
        const at = g * stride;
        const tally = aggregate.tallies.get(id)!;
        expect([...tally.count, tally.blank]).toEqual([...inMemory[t].count.subarray(at, at + stride)]);
        expect([...tally.weight]).toEqual([...inMemory[t].weight.subarray(at, at + options)]);
        expect([...tally.weight2]).toEqual([...inMemory[t].weight2.subarray(at, at + options)]);
      });
    });
  });

  test("tallies.add(chunk) refuses an answer code outside the question's options", () => {
    const tallies = new CellTallies(QUESTIONS, false, familiesOf(SETS, COMBINATIONS.length), ROWS.length);
    expect(() => tallies.add([Int16Array.of(3), Int16Array.of(0)], Float64Array.of(1), Int32Array.of(0), 1)).toThrow(/outside the options of q0/);
    expect(() => tallies.add([Int16Array.of(0), Int16Array.of(-2)], Float64Array.of(1), Int32Array.of(0), 1)).toThrow(/outside the options of q1/);
  });

  test("familiesOf(sets) gives each family's sets and every combination's set in it, and refuses a combination in two sets of one family", () => {
    expect(familiesOf(SETS, COMBINATIONS.length)).toEqual([
      {sets: [0], setOf: Int32Array.of(0, 0, 0)},
      {sets: [1, 2], setOf: Int32Array.of(1, 2, 1)}
    ]);
    expect(() => familiesOf([...SETS, {key: "c", family: "g", size: 1, combinations: [2]}], COMBINATIONS.length)).toThrow("The combination 2 is in two sets of the family g");
  });

  test("addToSets(sets) with a combination no row had adds nothing for it", () => {
    const tallies = new CellTallies(QUESTIONS, false, familiesOf(SETS, COMBINATIONS.length), ROWS.length);
    tallies.add([Int16Array.of(1), Int16Array.of(-1)], Float64Array.of(1), Int32Array.of(0), 1);
    const aggregates = SETS.map(() => emptyTallies(false));
    tallies.addToSets(aggregates);
    expect(plain(aggregates)[2]).toEqual({q0: {count: [0, 0, 0], weight: [0, 0, 0], weight2: [0, 0, 0], blank: 0}, q1: {count: [0, 0], weight: [0, 0], weight2: [0, 0], blank: 0}});
    expect(plain(aggregates)[0].q0.count).toEqual([0, 1, 0]);
  });
});

/** The tallies of every row the stream hands over, for the questions of `QUESTIONS`. */
async function streamedTallies(db: Database, layout: {prefix: string; groups: number; key: string[]}, combinations: Combination[], sets: SetToAggregate[], weighted: boolean): Promise<CellTallies> {
  const tallies = new CellTallies(QUESTIONS, weighted, familiesOf(sets, combinations.length), sets[0].size);
  await streamScoredRows(db, layout, combinations, [0, 1], ({rows, combination, weights, codes}) => tallies.add(codes, weights, combination, rows));
  return tallies;
}

describe("streamScoredRows, into CellTallies", () => {
  let db: Database;
  beforeAll(async () => {
    db = await Database.open({threads: 1});
  });
  afterAll(() => db.close());

  test("streamScoredRows(db, layout) hands over every scored row, over several chunks, tallied as the rows counted one by one", async () => {
    // 5,000 rows (more than one chunk) in three combinations.
    await db.run(
      "CREATE TABLE t_accepted AS SELECT CAST(i AS BIGINT) AS row, CAST(i % 3 AS BIGINT) AS combination, CAST(1 + i % 4 AS DOUBLE) / 2 AS w, " +
        "CAST(i % 4 - 1 AS SMALLINT) AS q0, CAST(i % 3 - 1 AS SMALLINT) AS q1 FROM range(5000) r(i)"
    );
    // Keys in another order than the combinations' indices.
    const combinations: Combination[] = [2, 0, 1].map((key) => ({key: [key], groups: [], respondents: 0}));
    const sets: SetToAggregate[] = [{key: "organisation", family: "", size: 5000, combinations: [0, 1, 2]}];
    const tallies = await streamedTallies(db, {prefix: "t", groups: 0, key: ["combination"]}, combinations, sets, true);
    const aggregates = [emptyTallies(true)];
    tallies.addToSets(aggregates);
    const expected = {count: [0, 0, 0], weight: [0, 0, 0], weight2: [0, 0, 0], blank: 0};
    for (let i = 0; i < 5000; ++i) {
      const code = (i % 4) - 1;
      const w = (1 + (i % 4)) / 2;
      if (code < 0) ++expected.blank;
      else {
        ++expected.count[code];
        expected.weight[code] += w;
        expected.weight2[code] += w * w;
      }
    }
    expect(plain(aggregates)[0].q0).toEqual(expected);
    expect(plain(aggregates)[0].q1.blank).toBe(Math.ceil(5000 / 3));
  });

  test("streamScoredRows(db, layout) with a key of several columns (g0, g1) finds each combination of them apart", async () => {
    await db.run(
      "CREATE TABLE u_accepted AS SELECT CAST(i AS BIGINT) AS row, CAST(i % 2 AS INTEGER) AS g0, CAST(i % 3 - 1 AS INTEGER) AS g1, CAST(1 AS DOUBLE) AS w, " +
        "CAST(i % 4 - 1 AS SMALLINT) AS q0, CAST(-1 AS SMALLINT) AS q1 FROM range(3000) r(i)"
    );
    const keys = [0, 1].flatMap((g0) => [-1, 0, 1].map((g1) => [g0, g1]));
    const combinations: Combination[] = keys.map((key) => ({key, groups: key, respondents: 0}));
    // The organisation, and one set per combination: each gets only its own rows.
    const sets: SetToAggregate[] = [
      {key: "organisation", family: "", size: 3000, combinations: combinations.map((_, c) => c)},
      ...combinations.map((_, c) => ({key: `c${c}`, family: "g", size: 0, combinations: [c]}))
    ];
    const tallies = await streamedTallies(db, {prefix: "u", groups: 2, key: ["g0", "g1"]}, combinations, sets, false);
    const aggregates = sets.map(() => emptyTallies(false));
    tallies.addToSets(aggregates);
    aggregates.shift();
    const expected = keys.map(([g0, g1]) => {
      const count = [0, 0, 0];
      let blank = 0;
      for (let i = 0; i < 3000; ++i) {
        if (i % 2 !== g0 || (i % 3) - 1 !== g1) continue;
        const code = (i % 4) - 1;
        if (code < 0) ++blank;
        else ++count[code];
      }
      return {count, blank};
    });
    expect(plain(aggregates).map((a) => ({count: a.q0.count, blank: a.q0.blank}))).toEqual(expected);
    expect(plain(aggregates).map((a) => a.q1.blank)).toEqual(expected.map((e) => e.blank + e.count.reduce((x, y) => x + y, 0)));
  });

  test("streamScoredRows(db, layout) refuses rows out of the file's order (a Fallback) and a row whose key is not among the combinations", async () => {
    await db.run("CREATE TABLE v_accepted AS SELECT * FROM (VALUES (CAST(0 AS BIGINT), CAST(0 AS BIGINT), 1.0, CAST(0 AS SMALLINT)), (2, 0, 1.0, 1), (1, 0, 1.0, 1)) t(row, combination, w, q0)");
    const one: Combination[] = [{key: [0], groups: [], respondents: 3}];
    await expect(streamScoredRows(db, {prefix: "v", groups: 0, key: ["combination"]}, one, [0], () => undefined)).rejects.toThrow(Fallback);
    await db.run("CREATE TABLE x_accepted AS SELECT * FROM (VALUES (CAST(0 AS BIGINT), CAST(0 AS BIGINT), 1.0, CAST(0 AS SMALLINT)), (1, 7, 1.0, 1)) t(row, combination, w, q0)");
    await expect(streamScoredRows(db, {prefix: "x", groups: 0, key: ["combination"]}, one, [0], () => undefined)).rejects.toThrow(/not among the combinations \(row 1\)/);
  });
});
