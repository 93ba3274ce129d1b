import {afterEach, describe, expect, test} from "vitest";
import {aggregateSets, cellIndex, type Partition} from "../../scoring/aggregate.ts";
import type {ReliabilitySums} from "../../scoring/reliability.ts";
import type {ScoringContext} from "../../scoring/ScoringContext.ts";
import {contextOf, partitionsOf, reliabilityRowByRow, rowByRow} from "../helpers/aggregateReference.ts";

function expectRowByRow(context: ScoringContext, partitions = partitionsOf(context)) {
  const expected = rowByRow(context, partitions);
  let reliability: ReliabilitySums[] = [];
  const actual = aggregateSets(context, partitions, {reliability: (sums) => (reliability = sums)});
  const wanted = reliabilityRowByRow(context);
  expect(wanted.map((sums) => sums.swx.length)).toEqual([2, 1]);
  expect(wanted[0].n).toBeGreaterThan(2000);
  expect(wanted[0].n).toBeLessThan(2600);
  expect(reliability).toEqual(wanted);
  actual.forEach((sets, p) =>
    sets.forEach((aggregates, s) => {
      const want = expected[p][s];
      expect(aggregates.respondents).toBe(want.respondents);
      expect(aggregates.modules.totals.num).toEqual(want.num);
      expect(aggregates.modules.totals.den).toEqual(want.den);
      expect(aggregates.modules.answered).toEqual(want.answered);
      for (const [id, count] of want.counts) {
        const tally = aggregates.tallies.get(id)!;
        expect([...tally.count, tally.blank]).toEqual(count);
        // Σw and Σw² per option: added per cell first, so equal up to the order of the additions.
        const {weight, weight2} = want.weightSums.get(id)!;
        weight.forEach((sum, o) => expect(tally.weight[o]).toBeCloseTo(sum, 9));
        weight2.forEach((sum, o) => expect(tally.weight2[o]).toBeCloseTo(sum, 9));
      }
    })
  );
  return actual;
}

describe("aggregateSets(context, partitions)", () => {
  afterEach(() => {
    delete process.env.PEILING_THREADS;
  });

  test("aggregateSets adds module totals per bootstrap unit in row order, counts answers and sums each module's answers for Cronbach's α, as one row at a time does (mean-of-questions, weighted)", () => {
    const context = contextOf("  minGroupSize: 5\n  scoring: mean\n  moduleScore: mean-of-questions", true);
    expect(context.table.n).toBe(2600);
    // Stride 12: the eNPS question has 11 options and a slot for blanks.
    expect(cellIndex(partitionsOf(context), 2600, 12).blocks).toBe(2);
    expectRowByRow(context);
  });

  test("aggregateSets adds each respondent's own module mean per bootstrap unit as one row at a time does (mean-of-respondents, percent-positive)", () => {
    expectRowByRow(contextOf("  minGroupSize: 5\n  scoring: percent-positive\n  moduleScore: mean-of-respondents", false));
  });

  test("aggregateSets with partitions whose cells make one block (the tallies' loop without blocks) adds as one row at a time does, weighted and not", () => {
    for (const weighted of [true, false]) {
      const context = contextOf("  minGroupSize: 5\n  scoring: mean\n  moduleScore: mean-of-questions", weighted);
      const partitions = partitionsOf(context).slice(0, 3);
      expect(cellIndex(partitions, 2600, 12).blocks).toBe(1);
      expectRowByRow(context, partitions);
    }
  });

  test("aggregateSets on two threads gives the same aggregates as on one", () => {
    const context = contextOf("  minGroupSize: 5\n  scoring: mean\n  moduleScore: mean-of-questions", true);
    process.env.PEILING_THREADS = "1";
    const single = aggregateSets(context, partitionsOf(context));
    process.env.PEILING_THREADS = "2";
    const double = expectRowByRow(context);
    expect(double).toEqual(single);
  });
});

describe("cellIndex(partitions, rows, stride)", () => {
  const partitions: Partition[] = [
    {keys: ["organisation"], ofRow: new Int32Array(6)},
    {keys: ["A", "B"], ofRow: Int32Array.of(0, 1, 1, -1, 0, 1)},
    {keys: ["x", "y", "z"], ofRow: Int32Array.of(2, 2, 2, 0, 2, 1)}
  ];

  test("cellIndex with room for every cell joins the partitions in one block: rows with the same sets share a cell, which lies in those sets", () => {
    const index = cellIndex(partitions, 6, 0.1);
    expect(index.blocks).toBe(1);
    expect([...index.cellOfRow]).toEqual([0, 1, 1, 2, 0, 3]);
    expect(index.partitions.map(({block, first, sets}) => ({block, first, sets}))).toEqual([
      {block: 0, first: 0, sets: 1},
      {block: 0, first: 1, sets: 2},
      {block: 0, first: 3, sets: 3}
    ]);
    expect(index.partitions.map(({setOfCell}) => [...setOfCell])).toEqual([
      [0, 0, 0, 0],
      [1, 2, -1, 2],
      [5, 5, 3, 4]
    ]);
  });

  test("cellIndex gives a partition a block of its own (a cell per set and one for none) when joining would make too many cells", () => {
    const index = cellIndex(partitions, 6, 6);
    expect(index.blocks).toBe(3);
    expect([...index.blockStart]).toEqual([0, 2, 5, 9]);
    // Row 3: in the organisation, in no department, in set x.
    expect([...index.cellOfRow.subarray(9, 12)]).toEqual([1, 2, 6]);
    expect(index.partitions[1].setOfCell.subarray(2, 5)).toEqual(Int32Array.of(-1, 1, 2));
  });
});
