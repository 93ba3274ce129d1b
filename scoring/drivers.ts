import {optionScore} from "./questionScores.ts";
import {coreQuestions} from "./moduleScores.ts";
import type {ScoringContext} from "./ScoringContext.ts";
import type {Survey} from "../bundle/surveySchema.ts";
import type {Driver} from "./types.ts";

/** The most drivers one outcome may have: the decomposition fits 2^p regressions. */
export const MAX_DRIVERS = 12;

/** One regression of a study: an outcome (module or question id) on its driver modules. */
export interface DriverModel {
  outcome: string;
  drivers: string[];
}

/**
 * The sufficient statistics of one {@link DriverModel} over the respondents with every value
 * present: their number, Σx and Σxxᵀ (row-major), the variables being the drivers in order and the
 * outcome last. Unweighted.
 */
export interface DriverSums {
  outcome: string;
  variables: string[];
  n: number;
  sum: Float64Array;
  cross: Float64Array;
}

/**
 * The regressions a study asks for: one per outcome in `study.outcome`, on every module that is
 * not an outcome and has core questions. Empty without a study.
 *
 * @example
 * driverModels(survey) // [{outcome: "global_satisfaction", drivers: ["leaders_lead", "supervisors", "intrinsic_work_experience"]}]
 */
export function driverModels(survey: Survey): DriverModel[] {
  if (!survey.study) return [];
  const outcomes = typeof survey.study.outcome === "string" ? [survey.study.outcome] : survey.study.outcome;
  const context = {definition: {survey, codecs: new Map()}};
  const drivers = survey.modules.filter((m) => !outcomes.includes(m.id) && coreQuestions(context, m).length > 0).map((m) => m.id);
  return outcomes.map((outcome) => ({outcome, drivers}));
}

/**
 * The questions behind one variable of a driver model and the 0–10 score each of their options
 * gives (after reversal; NaN for "don't know"), whatever the scoring method: a module's core
 * questions, or the one question of a question outcome. A respondent's value is the mean of the
 * scores of their valid answers; it is missing when there is none.
 *
 * @example
 * driverVariable(context, "supervisors") // [{id: "Q47", scores: Float64Array [0, 2.5, 5, 7.5, 10, NaN]}, …]
 */
export function driverVariable(context: ScoringContext, id: string): {id: string; scores: Float64Array}[] {
  const {survey} = context.definition;
  const module = survey.modules.find((m) => m.id === id);
  const questions = module ? coreQuestions(context, module) : [id];
  return questions.map((question) => {
    const column = context.table.answers.get(question)!;
    return {id: question, scores: Float64Array.from(column.codec.options, (option) => optionScore(option, column) ?? NaN)};
  });
}

/**
 * The {@link DriverSums} of every driver model over the respondents in memory: one pass over the
 * rows, each respondent's module values worked out once.
 *
 * @example
 * driverSums(context)[0].n // respondents with the outcome and every driver present
 */
export function driverSums(context: ScoringContext): DriverSums[] {
  const {table} = context;
  return driverModels(context.definition.survey).map(({outcome, drivers}) => {
    const variables = [...drivers, outcome];
    const k = variables.length;
    const columns = variables.map((id) =>
      driverVariable(context, id).map(({id: question, scores}) => {
        const column = table.answers.get(question)!;
        if (column.kind !== "codes") throw new Error(`question ${question} has no answer codes`);
        return {codes: column.codes, scores};
      })
    );
    const sums: DriverSums = {outcome, variables, n: 0, sum: new Float64Array(k), cross: new Float64Array(k * k)};
    const x = new Float64Array(k);
    rows: for (let r = 0; r < table.n; ++r) {
      for (let v = 0; v < k; ++v) {
        let total = 0;
        let valid = 0;
        for (const {codes, scores} of columns[v]) {
          const c = codes[r];
          if (c < 0 || Number.isNaN(scores[c])) continue;
          total += scores[c];
          ++valid;
        }
        if (valid === 0) continue rows;
        x[v] = total / valid;
      }
      ++sums.n;
      for (let v = 0; v < k; ++v) {
        sums.sum[v] += x[v];
        for (let u = 0; u < k; ++u) sums.cross[v * k + u] += x[v] * x[u];
      }
    }
    return sums;
  });
}

/**
 * R² of the least-squares regression of the last variable on the variables in `subset` (a bit
 * mask over the others), from their covariance matrix: the sweep operator, which skips a variable
 * that adds no variance of its own (collinear or constant), so R² is that of the span.
 *
 * @example
 * rSquared([[1, 0.5], [0.5, 1]], 0b1) // 0.25
 */
export function rSquared(covariance: number[][], subset: number): number {
  const k = covariance.length;
  const y = k - 1;
  const a = covariance.map((row) => [...row]);
  for (let j = 0; j < y; ++j) {
    if (!(subset & (1 << j))) continue;
    const pivot = a[j][j];
    if (!(pivot > 1e-10 * covariance[j][j]) || !(covariance[j][j] > 0)) continue;
    for (let r = 0; r < k; ++r) {
      if (r === j) continue;
      const factor = a[r][j] / pivot;
      if (factor === 0) continue;
      for (let c = 0; c < k; ++c) a[r][c] -= factor * a[j][c];
    }
  }
  return 1 - a[y][y] / covariance[y][y];
}

/**
 * The Shapley / LMG decomposition of R²: each driver's increment in R² when it joins the others,
 * averaged over every order in which the drivers can enter (as a weighted sum over the subsets
 * without it, s!(p − s − 1)!/p! for a subset of s). The importances add up to the full model's R².
 * Null when the outcome does not vary or fewer than two respondents are there.
 *
 * @example
 * lmg(sums) // {r2: 0.62, importance: [0.21, 0.18, 0.23]}
 */
export function lmg(sums: DriverSums): {r2: number; importance: number[]} | null {
  const k = sums.variables.length;
  const p = k - 1;
  if (p > MAX_DRIVERS) throw new Error(`${p} drivers of ${sums.outcome}: at most ${MAX_DRIVERS}`);
  if (sums.n < 2) return null;
  const mean = Array.from(sums.sum, (s) => s / sums.n);
  const covariance = Array.from({length: k}, (_, i) => Array.from({length: k}, (_, j) => (sums.cross[i * k + j] - sums.n * mean[i] * mean[j]) / (sums.n - 1)));
  if (!(covariance[p][p] > 1e-12 * Math.max(1, mean[p] * mean[p]))) return null;
  const subsets = 1 << p;
  const r2 = new Float64Array(subsets);
  for (let s = 1; s < subsets; ++s) r2[s] = rSquared(covariance, s);
  const factorial = [1];
  for (let i = 1; i <= p; ++i) factorial.push(factorial[i - 1] * i);
  const importance = new Array<number>(p).fill(0);
  for (let s = 0; s < subsets; ++s) {
    const size = popCount(s);
    const weight = (factorial[size] * factorial[p - size - 1]) / factorial[p];
    for (let j = 0; j < p; ++j) {
      if (s & (1 << j)) continue;
      importance[j] += weight * (r2[s | (1 << j)] - r2[s]);
    }
  }
  return {r2: r2[subsets - 1], importance};
}

/**
 * The rows of `analyses.drivers`: per outcome, each driver's LMG importance with the model's R²
 * and respondents. Below the minimum group size of respondents every number is null.
 *
 * @example
 * drivers(driverSums(context), {minGroupSize: 5})
 */
export function drivers(sums: DriverSums[], {minGroupSize}: {minGroupSize: number}): Driver[] {
  return sums.flatMap((model) => {
    const shown = model.n >= minGroupSize;
    const fit = shown ? lmg(model) : null;
    return model.variables.slice(0, -1).map((item, j) => ({
      outcome: model.outcome,
      item,
      importance: fit ? fit.importance[j] : null,
      r2: fit ? fit.r2 : null,
      n: shown ? model.n : null
    }));
  });
}

function popCount(x: number): number {
  let count = 0;
  for (; x; x &= x - 1) ++count;
  return count;
}
