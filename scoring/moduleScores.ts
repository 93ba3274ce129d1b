import {bootstrapStandardErrors, linearizationStandardErrors, type Slice, type UnitTotals} from "./bootstrap.ts";
import type {Design} from "./estimate.ts";
import {cronbachAlpha} from "./reliability.ts";
import {tCritical} from "./probability.ts";
import {isPositive, optionScore} from "./questionScores.ts";
import {hashSeed, seededRandom} from "./random.ts";
import {isScored} from "../bundle/readSurvey.ts";
import {agendaModules} from "./agenda.ts";
import type {AnswerColumn} from "../bundle/ResponseTable.ts";
import type {RespondentSet, ScoringContext} from "./ScoringContext.ts";
import type {ModuleTotals} from "./SetAggregates.ts";
import type {Module, Survey} from "../bundle/surveySchema.ts";
import type {ModuleScore, QuestionScore} from "./types.ts";

/**
 * The core questions of a module: its `core` list, or else every scored question of the module.
 *
 * @example
 * coreQuestions(context, module) // ["sam1", "sam2", "sam3"]
 */
export function coreQuestions(context: Pick<ScoringContext, "definition">, module: Module): string[] {
  // Every caller gets an array of its own, a declared core too: sorting one changes no other.
  if (module.core) return module.core.slice();
  const {survey} = context.definition;
  // Asked per set and module: the survey's questions are filtered once per module.
  const known = derivedCores.get(module);
  if (known && known.survey === survey) return known.core.slice();
  const core = survey.questions.filter((q) => q.module === module.id && isScored(survey, q.scale)).map((q) => q.id);
  derivedCores.set(module, {survey, core});
  return core.slice();
}

const derivedCores = new WeakMap<Module, {survey: Survey; core: string[]}>();

/** Where each module's totals lie in a unit's row: a column per core question, or one column per module. */
export interface ModuleLayout {
  cores: string[][];
  slices: Slice[];
  width: number;
}

/** The layout of the module totals under the configured module score method; an agenda's themes follow the modules. */
export function moduleLayout(context: ScoringContext): ModuleLayout {
  const {survey} = context.definition;
  const cores = [...survey.modules, ...agendaModules(survey)].map((module) => coreQuestions(context, module));
  const byQuestion = context.settings.moduleScore === "mean-of-questions";
  const slices: Slice[] = [];
  let width = 0;
  for (const core of cores) {
    const w = byQuestion ? core.length : 1;
    slices.push({offset: width, width: w});
    width += w;
  }
  return {cores, slices, width};
}

/**
 * Per module and core question: the answer codes and the value each option contributes to the
 * module — its score, or 1/0 for positive with percent-positive; NaN for "don't know".
 */
export function moduleValues(context: ScoringContext, layout: ModuleLayout): {codes: Int16Array; values: Float64Array}[][] {
  const {settings, table} = context;
  return layout.cores.map((core) =>
    core.map((id) => {
      const column = table.answers.get(id)!;
      // Core questions are closed questions with a score (checked when the survey is read).
      if (column.kind !== "codes") throw new Error(`core question ${id} has no answer codes`);
      return {codes: column.codes, values: optionValues(column, settings.scoring, settings.failingGrade)};
    })
  );
}

function optionValues(column: AnswerColumn, scoring: "mean" | "percent-positive", failingGrade: number): Float64Array {
  return Float64Array.from(column.codec.options, (option) => {
    const score = optionScore(option, column);
    if (score === null) return NaN;
    return scoring === "percent-positive" ? (isPositive(option, score, column, failingGrade) ? 1 : 0) : score;
  });
}

/**
 * The score of every module for one set of respondents: by default the mean of its core questions'
 * scores (as the reference reports do), or with `moduleScore: mean-of-respondents` the mean of each
 * respondent's own mean over the core questions they answered. Standard errors come from the
 * linearisation on the set's design (R's `svycontrast`; see {@link moduleVarianceFactor}), or by
 * setting from a seeded bootstrap of respondents times √(1 − f); a set of more than 1000
 * respondents is taken in 1000 random blocks and always linearised. The interval is t on n − 1
 * degrees of freedom. A module is suppressed where the disclosure audit withholds it
 * (`module:<id>`: fewer than the minimum group size answered it, or a combination of sets would
 * isolate fewer), or when one of its core questions is suppressed (the module score would reveal
 * that question's).
 *
 * @example
 * moduleScores(context, organisation, questions, aggregates.modules, aggregates.respondents)
 */
export function moduleScores(context: ScoringContext, set: RespondentSet, questions: QuestionScore[], {totals, slices, answered, reliability}: ModuleTotals, respondents: number): ModuleScore[] {
  const {settings, definition} = context;
  const {interval} = settings;
  // Units are respondents up to MAX_BOOTSTRAP_UNITS; a larger set comes as that many random
  // blocks, for which the linearisation over blocks stands in for the one over respondents.
  const blocks = totals.units < respondents;
  const {design} = set;
  const standardErrors =
    interval.module === "bootstrap" && !blocks
      ? bootstrapStandardErrors(totals, slices, {replicates: interval.replicates, random: seededRandom(hashSeed(interval.seed, set.key, "bootstrap"))}).map((se) => (se === null ? null : se * Math.sqrt(1 - design.fraction)))
      : linearizationStandardErrors(totals, slices, {factor: moduleVarianceFactor(totals, respondents, design)});
  const byId = new Map(questions.map((q) => [q.id, q]));
  return definition.survey.modules.map((module, m): ModuleScore => {
    const core = coreQuestions(context, module);
    const n = answered[m];
    const {id, name} = module;
    // Object literals with their keys in report order (no spread): one per set and module.
    if (core.length === 0 || set.withheld.has(`module:${id}`) || core.some((q) => byId.get(q)?.score == null)) {
      return {id, name, questions: core, score: null, n: null, se: null, ci: null, alpha: null, suppressed: true};
    }
    const score = settings.moduleScore === "mean-of-questions" ? mean(core.map((q) => byId.get(q)!.score!)) : columnRatio(totals, slices[m].offset);
    // One respondent gives no spread to estimate: no standard error, no interval.
    const se = standardErrors[m] === null || n < 2 ? null : standardErrors[m]!;
    const half = se === null ? NaN : tCritical(settings.comparison.confidence, n - 1) * se;
    const alpha = reliability ? cronbachAlpha(reliability[m]) : null;
    return {id, name, questions: core, score, n, se, ci: se === null ? null : [score - half, score + half], alpha, suppressed: false};
  });
}

/**
 * The factor of Σψ² in a module's linearised variance: (1 − f)·n/(n − 1) of the set's design when
 * the units are its respondents; with blocks, (1 − f)·U/(U − 1) over the U blocks.
 *
 * @example
 * moduleVarianceFactor(totals, 7, {respondents: 7, fraction: 7 / 11}) // (4/11)·(7/6)
 */
export function moduleVarianceFactor(totals: UnitTotals, respondents: number, design: Design): number {
  const n = totals.units < respondents ? totals.units : design.respondents;
  return ((1 - design.fraction) * n) / (n - 1);
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
