/**
 * What the aggregation must equal, worked out one row at a time: a weighted or unweighted survey of
 * 2,600 rows, partitions of it, and each set's module totals per bootstrap unit, answer counts and
 * sums for Cronbach's α. The in-memory aggregation (`aggregateSets.test.ts`) and the database
 * engine's module totals (`tests/duckdb/ModuleTotals.test.ts`) are both checked against it.
 */
import {blockSalt, bootstrapUnit, type Partition} from "../../scoring/aggregate.ts";
import {moduleLayout, moduleValues} from "../../scoring/moduleScores.ts";
import {resolveSettings} from "../../scoring/resolveSettings.ts";
import {readBundle} from "../../scoring/index.ts";
import type {ReliabilitySums} from "../../scoring/reliability.ts";
import type {ScoringContext} from "../../scoring/ScoringContext.ts";
import {responsesCsv, SURVEY_YAML, writeBundle, type Row} from "./bundle.ts";

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

export function contextOf(settings: string, weighted: boolean): ScoringContext {
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
export function partitionsOf(context: ScoringContext): Partition[] {
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
export function rowByRow(context: ScoringContext, partitions: Partition[]) {
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
export function reliabilityRowByRow(context: ScoringContext): ReliabilitySums[] {
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
