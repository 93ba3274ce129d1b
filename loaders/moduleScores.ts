import {bootstrapStandardError, linearizationStandardError, type UnitTotals} from "./bootstrap.ts";
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
 * coreQuestions(survey, module) // ["sam1", "sam2", "sam3"]
 */
export function coreQuestions(context: ScoringContext, module: Module): string[] {
  const {survey} = context.definition;
  return module.core ?? survey.questions.filter((q) => q.module === module.id && isScored(survey, q.scale)).map((q) => q.id);
}

/**
 * The score of every module for one set of respondents: by default the mean of its core questions'
 * scores (as the reference reports do), or with `moduleScore: mean-of-respondents` the mean of each
 * respondent's own mean over the core questions they answered. Its standard error comes from a
 * seeded bootstrap of respondents (or the linearisation, by setting), times the finite population
 * correction. A module is suppressed when fewer than the minimum group size answered it or when one
 * of its core questions is suppressed (its score would reveal that question's).
 *
 * @example
 * moduleScores(context, organisation, questions)
 */
export function moduleScores(context: ScoringContext, set: RespondentSet, questions: QuestionScore[]): ModuleScore[] {
  const {settings, definition} = context;
  const byId = new Map(questions.map((q) => [q.id, q]));
  return definition.survey.modules.map((module) => {
    const core = coreQuestions(context, module);
    const base = {id: module.id, name: module.name, questions: core};
    const suppressedScore: ModuleScore = {...base, score: null, n: null, se: null, ci: null, suppressed: true};
    if (core.length === 0) return suppressedScore;
    const columns = core.map((id) => context.table.answers.get(id)!);
    const {totals, n} = unitTotals(context, set, columns);
    if (n < settings.minGroupSize || core.some((id) => byId.get(id)?.score == null)) return suppressedScore;
    const score = settings.moduleScore === "mean-of-questions" ? mean(core.map((id) => byId.get(id)!.score!)) : respondentMean(totals);
    const {interval} = settings;
    const standardError =
      interval.module === "bootstrap"
        ? bootstrapStandardError(totals, {replicates: interval.replicates, random: seededRandom(hashSeed(interval.seed, set.key, module.id))})
        : linearizationStandardError(totals);
    const se = standardError === null ? null : standardError * set.fpc;
    const half = se === null ? NaN : tCritical(settings.comparison.confidence, n - 1) * se;
    return {...base, score, n, se, ci: se === null ? null : [score - half, score + half], suppressed: false};
  });
}

/**
 * Per-unit totals of the module's core answers, and the number of respondents with at least one
 * valid core answer. With mean-of-questions a unit holds Σw·x and Σw per core question; with
 * mean-of-respondents one column: Σw·(the respondent's own mean) and Σw.
 */
function unitTotals(context: ScoringContext, set: RespondentSet, columns: AnswerColumn[]): {totals: UnitTotals; n: number} {
  const {settings, table} = context;
  const {rows} = set;
  const byQuestion = settings.moduleScore === "mean-of-questions";
  const width = byQuestion ? columns.length : 1;
  const units = Math.min(rows.length, MAX_BOOTSTRAP_UNITS);
  const blockOf = rows.length > MAX_BOOTSTRAP_UNITS ? seededRandom(hashSeed(settings.interval.seed, set.key, "blocks")) : null;
  const num = new Float64Array(units * width);
  const den = new Float64Array(units * width);
  const values = columns.map((column) => optionValues(column, settings.scoring, settings.failingGrade));
  const codes = columns.map((column) => (column.kind === "codes" ? column.codes : new Int16Array(0)));
  let n = 0;
  for (let i = 0; i < rows.length; ++i) {
    const r = rows[i];
    const w = table.weights ? table.weights[r] : 1;
    const u = blockOf ? Math.floor(blockOf() * units) : i;
    let own = 0;
    let answered = 0;
    for (let j = 0; j < columns.length; ++j) {
      const c = codes[j][r];
      if (c < 0) continue;
      const x = values[j][c];
      if (Number.isNaN(x)) continue;
      ++answered;
      if (byQuestion) {
        num[u * width + j] += w * x;
        den[u * width + j] += w;
      } else own += x;
    }
    if (answered === 0) continue;
    ++n;
    if (!byQuestion) {
      num[u] += (w * own) / answered;
      den[u] += w;
    }
  }
  return {totals: {units, width, num, den}, n};
}

/** The value each option contributes to a module: its score, or 1/0 for positive with percent-positive; NaN for "don't know". */
function optionValues(column: AnswerColumn, scoring: "mean" | "percent-positive", failingGrade: number): Float64Array {
  return Float64Array.from(column.codec.options, (option) => {
    const score = optionScore(option, column);
    if (score === null) return NaN;
    return scoring === "percent-positive" ? (isPositive(option, score, column, failingGrade) ? 1 : 0) : score;
  });
}

/** With mean-of-respondents (one column): Σw·(own mean) / Σw over all units. */
function respondentMean(totals: UnitTotals): number {
  let num = 0;
  let den = 0;
  for (let u = 0; u < totals.units; ++u) {
    num += totals.num[u];
    den += totals.den[u];
  }
  return num / den;
}

function mean(values: number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}
