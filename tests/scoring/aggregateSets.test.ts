import {afterEach, describe, expect, test} from "vitest";
import {aggregateSets, blockSalt, bootstrapUnit, cellIndex, type Partition} from "../../scoring/aggregate.ts";
import {moduleLayout, moduleValues} from "../../scoring/moduleScores.ts";
import {resolveSettings} from "../../scoring/resolveSettings.ts";
import {readBundle} from "../../scoring/index.ts";
import type {ReliabilitySums} from "../../scoring/reliability.ts";
import type {ScoringContext} from "../../scoring/ScoringContext.ts";
import {responsesCsv, SURVEY_YAML, writeBundle, type Row} from "../helpers/bundle.ts";

/** 2,600 rows (so that the organisation and department A have more than 1000, in blocks), with blanks and "don't know". */
const ROWS: Row[] = Array.from({length: 2600}, (_, i) => ({
  id: `r${i}`,
  afdeling: i % 13 === 0 ? "" : i % 5 < 3 ? "A" : i % 5 < 4 ? "B" : "C",
  team: i % 3 === 0 || i % 13 === 0 ? "" : `T${i % 4}`,
  bev1: i % 17 === 0 ? "" : String(1 + ((i * 7) % 5)),
  bev2: i % 11 === 0 ? "9" : String(1 + ((i * 3) % 5)),
  wd1: i % 19 === 0 ? "" : String(1 + (i % 5)),
  enps: String(i % 11)
}));

function contextOf(settings: string, weighted: boolean): ScoringContext {
  let yaml = SURVEY_YAML.replace(/settings:[\s\S]*$/, `settings:\n${settings}\n`);
  let csv = responsesCsv(ROWS);
  if (weighted) {
    yaml = yaml.replace("settings:", "weight: gewicht\nsettings:");
    csv = csv.replace(/^id,/, "gewicht,id,").replace(/\n(r(\d+))/g, (_, id, i) => `\n${(0.5 + (Number(i) % 7) / 3).toFixed(4)},${id}`);
  }
  const bundle = readBundle(writeBundle({"survey.yaml": yaml, "responses.csv": csv}));
  return {definition: bundle.definition, table: bundle.table, settings: resolveSettings(bundle.definition.survey.settings)};
}

/**
 * The organisation, the departments (rows without one in none), seven sets by row number (every
 * seventh row in none), and 400 small sets by row number, too many to join the others' cells.
 */
function partitionsOf(context: ScoringContext): Partition[] {
  const n = context.table.n;
  const afdeling = context.table.groups.get("afdeling")!;
  return [
    {keys: ["organisation"], ofRow: new Int32Array(n)},
    {keys: afdeling.values.map((v) => `afdeling=${v}`), ofRow: Int32Array.from(afdeling.codes)},
    {keys: Array.from({length: 7}, (_, k) => `k${k}`), ofRow: Int32Array.from({length: n}, (_, r) => (r % 7 === 6 ? -1 : (r * 5) % 7))},
    {keys: Array.from({length: 400}, (_, k) => `small${k}`), ofRow: Int32Array.from({length: n}, (_, r) => (r * 13) % 400)}
  ];
}

/** One row at a time, each to its sets in row order: what the aggregation must equal. */
function rowByRow(context: ScoringContext, partitions: Partition[]) {
  const layout = moduleLayout(context);
  const values = moduleValues(context, layout);
  const byQuestion = context.settings.moduleScore === "mean-of-questions";
  const weights = context.table.weights;
  return partitions.map(({keys, ofRow}) =>
    keys.map((key, s) => {
      const rows = [...ofRow.keys()].filter((r) => ofRow[r] === s);
      const units = Math.min(rows.length, 1000);
      const num = new Float64Array(units * layout.width);
      const den = new Float64Array(units * layout.width);
      const answered = layout.cores.map(() => 0);
      const counts = new Map<string, number[]>();
      const weightSums = new Map<string, {weight: number[]; weight2: number[]}>();
      for (const column of context.table.answers.values()) {
        if (column.kind !== "codes") continue;
        const options = column.codec.options.length;
        const count = new Array(options + 1).fill(0);
        const sums = {weight: new Array(options).fill(0), weight2: new Array(options).fill(0)};
        for (const r of rows) {
          const c = column.codes[r];
          ++count[c < 0 ? options : c];
          if (c < 0) continue;
          const w = weights ? weights[r] : 1;
          sums.weight[c] += w;
          sums.weight2[c] += w * w;
        }
        counts.set(column.question.id, count);
        weightSums.set(column.question.id, sums);
      }
      rows.forEach((r, position) => {
        const at = bootstrapUnit(position, rows.length, blockSalt(context.settings.interval.seed, key)) * layout.width;
        const w = weights ? weights[r] : 1;
        layout.slices.forEach(({offset}, m) => {
          const xs = values[m].map(({codes, values: value}) => (codes[r] < 0 ? NaN : value[codes[r]]));
          const valid = xs.filter((x) => !Number.isNaN(x));
          if (valid.length === 0) return;
          ++answered[m];
          if (w === 0) return;
          if (byQuestion) {
            xs.forEach((x, j) => {
              if (Number.isNaN(x)) return;
              num[at + offset + j] += w * x;
              den[at + offset + j] += w;
            });
          } else {
            num[at + offset] += (w * valid.reduce((a, b) => a + b, 0)) / valid.length;
            den[at + offset] += w;
          }
        });
      });
      return {respondents: rows.length, num, den, answered, counts, weightSums};
    })
  );
}

/** Per module, over every row with all core answers valid, in row order: the sums Cronbach's α needs. */
function reliabilityRowByRow(context: ScoringContext): ReliabilitySums[] {
  const weights = context.table.weights;
  return moduleValues(context, moduleLayout(context)).map((columns) => {
    const k = columns.length;
    const sums: ReliabilitySums = {n: 0, sw: 0, swx: new Float64Array(k), swxx: new Float64Array(k * k)};
    for (let r = 0; r < context.table.n; ++r) {
      const x = columns.map(({codes, values}) => (codes[r] < 0 ? NaN : values[codes[r]]));
      if (x.some(Number.isNaN)) continue;
      const w = weights ? weights[r] : 1;
      ++sums.n;
      sums.sw += w;
      x.forEach((a, j) => {
        sums.swx[j] += w * a;
        x.forEach((b, l) => (sums.swxx[j * k + l] += w * a * b));
      });
    }
    return sums;
  });
}

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
