/**
 * The module totals per bootstrap unit of every set, and the organisation's sums for Cronbach's α,
 * from one streamed pass over the scored rows:
 * DuckDB hands over each row's combination of group values, weight and core answers a chunk at a
 * time, in file order, and the totals are added in JS as `moduleUnitTotals.js` adds them in memory.
 */
import {MAX_BOOTSTRAP_UNITS} from "../scoring/aggregate.ts";
import type {ModuleLayout} from "../scoring/moduleScores.ts";
import {emptyReliabilitySums, type ReliabilitySums} from "../scoring/reliability.ts";
import type {SetAggregates} from "../scoring/SetAggregates.ts";
import type {Combination, SetToAggregate} from "./aggregateInDatabase.ts";
import type {Database} from "./dialect.ts";
import {Fallback} from "./loadResponses.ts";
import {moduleRowsSql, type RowsLayout} from "./sql.ts";

/** What the totals are made of: which set of each family a combination is in, and the core answers' values. */
export interface ModuleTotalsPlan {
  /** Per family of disjoint sets, per combination: the index of its set in `aggregates`, −1 for none. */
  setOf: Int32Array[];
  /** Per set: its respondents and its bootstrap salt (`blockSalt`). */
  sizes: Int32Array;
  salts: Float64Array;
  /** The question index (`q<k>`) of every core question, modules one after another, and each one's values by option (NaN: none). */
  questions: number[];
  values: Float64Array[];
  /** Where each module's core questions start in `questions` (one more entry than modules). */
  start: number[];
  /** With mean-of-questions a column per core question, else one per module. */
  byQuestion: boolean;
}

/**
 * Adds every scored row's contributions to its sets' module totals (`aggregates[s].modules`), per
 * bootstrap unit: a respondent's unit is its position p in the set (0, 1, … in file order) when
 * the set has at most {@link MAX_BOOTSTRAP_UNITS} respondents, else the block (p · 2654435761 + salt)
 * mod 2³² mod {@link MAX_BOOTSTRAP_UNITS}, as `bootstrapUnit` computes it; every unit adds its rows
 * in file order, so the sums are those of the in-memory engine. With mean-of-questions a row adds
 * w·x and w per valid core answer, with mean-of-respondents w·(own mean) and w per module it
 * answered; a module counts the respondents who answered at least one of its core questions. Rows
 * that answered none take a position all the same. Returns, per module, the sums of Cronbach's α
 * over every scored row that answered all its core questions validly (`reliabilitySums`, a pair's
 * products w·xⱼ·xₖ summed once for j ≤ k). Rows that do not arrive in file order are a
 * {@link Fallback}.
 *
 * @example
 * await moduleTotalsStreamed(db, loaded.layout, combinations, plan, aggregates, layout);
 */
export async function moduleTotalsStreamed(db: Database, layout: RowsLayout, combinations: Combination[], plan: ModuleTotalsPlan, aggregates: SetAggregates[], modules: ModuleLayout): Promise<ReliabilitySums[]> {
  const {setOf, sizes, salts, questions, values, start, byQuestion} = plan;
  const families = setOf.length;
  const moduleCount = start.length - 1;
  const {width} = modules;
  const keys = layout.key.length;
  const combinationOf = new Map<number | string, number>(combinations.map((combination, c) => [keys === 1 ? combination.key[0] : combination.key.join(","), c]));
  const position = new Int32Array(sizes.length);
  const weyl = Uint32Array.from(salts, (salt) => salt >>> 0);
  const num = aggregates.map((a) => a.modules.totals.num);
  const den = aggregates.map((a) => a.modules.totals.den);
  const answered = aggregates.map((a) => a.modules.answered);
  // A row's valid core answers (their columns and w·x) and per module its count and w·(own mean), worked out once for all its sets.
  const stride = Math.max(1, ...values.map((v) => v.length));
  const valueOf = new Float64Array(questions.length * stride).fill(NaN);
  values.forEach((v, j) => valueOf.set(v, j * stride));
  const validColumn = new Int32Array(questions.length);
  const weighted = new Float64Array(questions.length);
  const moduleValid = new Int32Array(moduleCount);
  const moduleWeighted = new Float64Array(moduleCount);
  const x = new Float64Array(questions.length);
  const reliability = Array.from({length: moduleCount}, (_, m) => emptyReliabilitySums(start[m + 1] - start[m]));
  const answeredIn = new Float64Array(combinations.length * moduleCount);
  let previous = -1;
  await db.forEachChunkOfArrays(moduleRowsSql(layout, questions), (columns, rows) => {
    const [rowOf, ...rest] = columns;
    const keyOf = rest.slice(0, keys);
    const weightOf = rest[keys];
    const codeOf = rest.slice(keys + 1);
    for (let r = 0; r < rows; ++r) {
      const row = rowOf[r];
      if (row <= previous) throw new Fallback("DuckDB did not hand over the rows in the file's order");
      previous = row;
      const c = combinationOf.get(keys === 1 ? keyOf[0][r] : keyOf.map((k) => k[r]).join(","));
      if (c === undefined) throw new Error(`A row's combination of group values is not among the combinations (row ${row})`);
      const w = weightOf[r];
      let valid = 0;
      for (let m = 0; m < moduleCount; ++m) {
        let own = 0;
        const first = valid;
        for (let j = start[m]; j < start[m + 1]; ++j) {
          const code = codeOf[j][r];
          const value = code >= 0 && code < stride ? valueOf[j * stride + code] : NaN;
          if (Number.isNaN(value)) continue;
          validColumn[valid] = j;
          weighted[valid++] = w * value;
          own += value;
          x[j] = value;
        }
        moduleValid[m] = valid - first;
        if (!byQuestion && valid > first) moduleWeighted[m] = (w * own) / (valid - first);
        // Cronbach's α of the organisation: the rows with every core answer valid.
        const k = start[m + 1] - start[m];
        if (k > 0 && valid - first === k) {
          const sums = reliability[m];
          ++sums.n;
          sums.sw += w;
          for (let j = 0; j < k; ++j) {
            const wx = w * x[start[m] + j];
            sums.swx[j] += wx;
            // A pair's products summed once, j ≤ l, standing for both orders.
            for (let l = j; l < k; ++l) sums.swxx[j * k + l] += wx * x[start[m] + l];
          }
        }
      }
      for (let f = 0; f < families; ++f) {
        const s = setOf[f][c];
        if (s < 0) continue;
        const k = position[s]++;
        let unit = k;
        if (sizes[s] > MAX_BOOTSTRAP_UNITS) {
          unit = weyl[s] % MAX_BOOTSTRAP_UNITS;
          weyl[s] = (weyl[s] + 0x9e3779b1) >>> 0;
        }
        const at = unit * width;
        const totalsNum = num[s];
        const totalsDen = den[s];
        if (byQuestion) {
          for (let i = 0; i < valid; ++i) {
            totalsNum[at + validColumn[i]] += weighted[i];
            totalsDen[at + validColumn[i]] += w;
          }
        } else {
          for (let m = 0; m < moduleCount; ++m) {
            if (moduleValid[m] === 0) continue;
            totalsNum[at + m] += moduleWeighted[m];
            totalsDen[at + m] += w;
          }
        }
      }
      for (let m = 0; m < moduleCount; ++m) if (moduleValid[m] > 0) ++answeredIn[c * moduleCount + m];
    }
  });
  // Respondents who answered a module, per combination, added to its sets.
  for (let c = 0; c < combinations.length; ++c) {
    for (let f = 0; f < families; ++f) {
      const s = setOf[f][c];
      if (s < 0) continue;
      for (let m = 0; m < moduleCount; ++m) answered[s][m] += answeredIn[c * moduleCount + m];
    }
  }
  for (const sums of reliability) {
    const k = sums.swx.length;
    for (let j = 0; j < k; ++j) for (let l = 0; l < j; ++l) sums.swxx[j * k + l] = sums.swxx[l * k + j];
  }
  return reliability;
}
