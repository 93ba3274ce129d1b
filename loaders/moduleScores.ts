import {bootstrapStandardErrors, linearizationStandardErrors, type Slice, type UnitTotals} from "./bootstrap.ts";
import {tCritical} from "./probability.ts";
import {isPositive, optionScore} from "./questionScores.ts";
import {hashSeed, seededRandom} from "./random.ts";
import {isScored} from "./readSurvey.ts";
import type {AnswerColumn} from "./ResponseTable.ts";
import type {RespondentSet, ScoringContext} from "./ScoringContext.ts";
import type {Module} from "./surveySchema.ts";
import type {ModuleScore, QuestionScore} from "./types.ts";

/**
 * Above this many respondents the bootstrap resamples random blocks of respondents instead of
 * single respondents, which keeps its cost bounded; below it, it is the plain respondent bootstrap.
 */
export const MAX_BOOTSTRAP_UNITS = 2000;

/**
 * The core questions of a module: its `core` list, or else every scored question of the module.
 *
 * @example
 * coreQuestions(context, module) // ["sam1", "sam2", "sam3"]
 */
export function coreQuestions(context: ScoringContext, module: Module): string[] {
  const {survey} = context.definition;
  return module.core ?? survey.questions.filter((q) => q.module === module.id && isScored(survey, q.scale)).map((q) => q.id);
}

/**
 * The score of every module for one set of respondents: by default the mean of its core questions'
 * scores (as the reference reports do), or with `moduleScore: mean-of-respondents` the mean of each
 * respondent's own mean over the core questions they answered. Standard errors come from a seeded
 * bootstrap of respondents (or the linearisation, by setting), times the finite population
 * correction; the interval is a t interval on n − 1 degrees of freedom. A module is suppressed when
 * fewer than the minimum group size answered it, or when one of its core questions is suppressed
 * (the module score would reveal that question's).
 *
 * @example
 * moduleScores(context, organisation, questions)
 */
export function moduleScores(context: ScoringContext, set: RespondentSet, questions: QuestionScore[]): ModuleScore[] {
  const {settings, definition} = context;
  const modules = definition.survey.modules.map((module) => ({module, core: coreQuestions(context, module)}));
  const {totals, slices, answered} = unitTotals(context, set, modules.map((m) => m.core));
  const {interval} = settings;
  const standardErrors =
    interval.module === "bootstrap"
      ? bootstrapStandardErrors(totals, slices, {replicates: interval.replicates, random: seededRandom(hashSeed(interval.seed, set.key, "bootstrap"))})
      : linearizationStandardErrors(totals, slices);
  const byId = new Map(questions.map((q) => [q.id, q]));
  return modules.map(({module, core}, m): ModuleScore => {
    const n = answered[m];
    const base = {id: module.id, name: module.name, questions: core};
    if (core.length === 0 || n < settings.minGroupSize || core.some((id) => byId.get(id)?.score == null)) {
      return {...base, score: null, n: null, se: null, ci: null, suppressed: true};
    }
    const score = settings.moduleScore === "mean-of-questions" ? mean(core.map((id) => byId.get(id)!.score!)) : columnRatio(totals, slices[m].offset);
    // One respondent gives no spread to estimate: no standard error, no interval.
    const se = standardErrors[m] === null || n < 2 ? null : standardErrors[m]! * set.fpc;
    const half = se === null ? NaN : tCritical(settings.comparison.confidence, n - 1) * se;
    return {...base, score, n, se, ci: se === null ? null : [score - half, score + half], suppressed: false};
  });
}

/**
 * Per-unit totals of every module's core answers in one table, the slice of columns each module
 * reads, and per module the respondents with at least one valid core answer. With
 * mean-of-questions a module has a column per core question (Σw·x and Σw); with
 * mean-of-respondents one column (Σw·own mean and Σw).
 */
function unitTotals(context: ScoringContext, set: RespondentSet, cores: string[][]): {totals: UnitTotals; slices: Slice[]; answered: number[]} {
  const {settings, table} = context;
  const {rows} = set;
  const byQuestion = settings.moduleScore === "mean-of-questions";
  const slices: Slice[] = [];
  let width = 0;
  for (const core of cores) {
    const w = byQuestion ? core.length : 1;
    slices.push({offset: width, width: w});
    width += w;
  }
  const units = Math.min(rows.length, MAX_BOOTSTRAP_UNITS);
  const blockOf = rows.length > MAX_BOOTSTRAP_UNITS ? seededRandom(hashSeed(settings.interval.seed, set.key, "blocks")) : null;
  const num = new Float64Array(units * width);
  const den = new Float64Array(units * width);
  const answered = cores.map(() => 0);
  // Core questions are closed questions with a score (checked when the survey is read).
  const columns = cores.map((core) =>
    core.map((id) => {
      const column = table.answers.get(id)!;
      if (column.kind !== "codes") throw new Error(`core question ${id} has no answer codes`);
      return {codes: column.codes, values: optionValues(column, settings.scoring, settings.failingGrade)};
    })
  );
  for (let i = 0; i < rows.length; ++i) {
    const r = rows[i];
    const w = table.weights ? table.weights[r] : 1;
    const row = (blockOf ? Math.floor(blockOf() * units) : i) * width;
    for (let m = 0; m < cores.length; ++m) {
      const {offset} = slices[m];
      let own = 0;
      let valid = 0;
      const moduleColumns = columns[m];
      for (let j = 0; j < moduleColumns.length; ++j) {
        const c = moduleColumns[j].codes[r];
        if (c < 0) continue;
        const x = moduleColumns[j].values[c];
        if (Number.isNaN(x)) continue;
        ++valid;
        if (byQuestion) {
          num[row + offset + j] += w * x;
          den[row + offset + j] += w;
        } else own += x;
      }
      if (valid === 0) continue;
      ++answered[m];
      if (!byQuestion) {
        num[row + offset] += (w * own) / valid;
        den[row + offset] += w;
      }
    }
  }
  return {totals: {units, width, num, den}, slices, answered};
}

/** The value each option contributes to a module: its score, or 1/0 for positive with percent-positive; NaN for "don't know". */
function optionValues(column: AnswerColumn, scoring: "mean" | "percent-positive", failingGrade: number): Float64Array {
  return Float64Array.from(column.codec.options, (option) => {
    const score = optionScore(option, column);
    if (score === null) return NaN;
    return scoring === "percent-positive" ? (isPositive(option, score, column, failingGrade) ? 1 : 0) : score;
  });
}

/** With mean-of-respondents: Σw·(own mean) / Σw over all units, for the module's column. */
function columnRatio(totals: UnitTotals, column: number): number {
  let num = 0;
  let den = 0;
  for (let u = 0; u < totals.units; ++u) {
    num += totals.num[u * totals.width + column];
    den += totals.den[u * totals.width + column];
  }
  return num / den;
}

function mean(values: number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}
