/**
 * The database engine's module totals per bootstrap unit and sums for Cronbach's α, added by the
 * in-memory engine's kernels to batches of the streamed rows, each set's positions and blocks
 * carried from batch to batch: the numbers one row at a time gives, whatever the batches and
 * chunks, and whether this thread or a worker thread adds them.
 */
import {afterEach, describe, expect, test} from "vitest";
import {familiesOf, type SetToAggregate} from "../../duckdb/aggregateInDatabase.ts";
import {ModuleTotals} from "../../duckdb/ModuleTotals.ts";
import {emptyAggregates, type Partition} from "../../scoring/aggregate.ts";
import {moduleLayout} from "../../scoring/moduleScores.ts";
import type {ScoringContext} from "../../scoring/ScoringContext.ts";
import {contextOf, partitionsOf, reliabilityRowByRow, rowByRow} from "../helpers/aggregateReference.ts";

/** The partitions as the database engine's sets: a combination per row, a set's combinations its rows, a family per partition. */
function setsOf(partitions: Partition[]): SetToAggregate[] {
  return partitions.flatMap(({keys, ofRow}, p) =>
    keys.map((key, s) => {
      const combinations = [...ofRow.keys()].filter((r) => ofRow[r] === s);
      return {key, family: String(p), size: combinations.length, combinations};
    })
  );
}

/** Every row handed to ModuleTotals in chunks of `chunkRows`, added in batches of `batchRows`. */
async function streamed(context: ScoringContext, batchRows: number, chunkRows: number) {
  const layout = moduleLayout(context);
  const sets = setsOf(partitionsOf(context));
  const n = context.table.n;
  const totals = new ModuleTotals(context, layout, n, sets, familiesOf(sets, n), batchRows);
  const aggregates = sets.map((set, s) => emptyAggregates(context, set.size, {layout, totals: totals.totalsOf(s)}));
  const columns = [...context.table.answers.values()];
  const codes = totals.questions.map((k) => {
    const column = columns[k];
    if (column.kind !== "codes") throw new Error("a core question without codes");
    return column.codes;
  });
  const weights = context.table.weights ?? new Float64Array(n).fill(1);
  for (let from = 0; from < n; from += chunkRows) {
    const to = Math.min(n, from + chunkRows);
    await totals.add(
      codes.map((c) => c.subarray(from, to)),
      weights.subarray(from, to),
      Int32Array.from({length: to - from}, (_, r) => from + r),
      to - from
    );
  }
  const reliability = await totals.finish(aggregates);
  return {aggregates, reliability};
}

async function expectRowByRow(context: ScoringContext, batchRows: number, chunkRows: number) {
  const expected = rowByRow(context, partitionsOf(context)).flat();
  const {aggregates, reliability} = await streamed(context, batchRows, chunkRows);
  expect(aggregates).toHaveLength(expected.length);
  // The organisation and a department have more than 1000 respondents: their units are blocks.
  expect(aggregates[0].modules.totals.units).toBe(1000);
  aggregates.forEach((aggregate, s) => {
    expect(aggregate.modules.totals.num).toEqual(expected[s].num);
    expect(aggregate.modules.totals.den).toEqual(expected[s].den);
    expect(aggregate.modules.answered).toEqual(expected[s].answered);
  });
  expect(reliability).toEqual(reliabilityRowByRow(context));
}

describe("ModuleTotals (database engine)", () => {
  afterEach(() => {
    delete process.env.PEILING_THREADS;
  });

  test("rows in chunks of 1000, added in batches of 700 (a chunk across two batches): the totals, module respondents and sums for α of one row at a time (mean-of-questions, weighted)", async () => {
    process.env.PEILING_THREADS = "1";
    await expectRowByRow(contextOf("  minGroupSize: 5\n  scoring: mean\n  moduleScore: mean-of-questions", true), 700, 1000);
  });

  test("rows in chunks of 333, added a row at a time and all in one batch: the same as one row at a time (mean-of-respondents, percent-positive)", async () => {
    process.env.PEILING_THREADS = "1";
    const context = contextOf("  minGroupSize: 5\n  scoring: percent-positive\n  moduleScore: mean-of-respondents", false);
    await expectRowByRow(context, 1, 333);
    await expectRowByRow(context, 4096, 333);
  });

  test("on a worker thread, which takes the batches in turn while this thread fills the next: the same as one row at a time, weighted and not", async () => {
    process.env.PEILING_THREADS = "2";
    await expectRowByRow(contextOf("  minGroupSize: 5\n  scoring: mean\n  moduleScore: mean-of-questions", true), 300, 1000);
    await expectRowByRow(contextOf("  minGroupSize: 5\n  scoring: percent-positive\n  moduleScore: mean-of-respondents", false), 97, 64);
  });
});
