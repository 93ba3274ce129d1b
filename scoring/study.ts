import {compareItems, itemEstimates, type ItemEstimate} from "./comparisons.ts";
import {correlations} from "./correlations.ts";
import {driverModels, drivers, MAX_DRIVERS, type DriverSums} from "./drivers.ts";
import {isScored} from "../bundle/readSurvey.ts";
import {spread} from "./spread.ts";
import type {Survey} from "../bundle/surveySchema.ts";
import type {Analyses, Comparison, GroupReport, ResolvedSettings} from "./types.ts";

/**
 * The references a study computes for each shown organisation from the other shown organisations'
 * published scores, as comparisons (`group` the organisation, `difference` its score minus the
 * reference), per question, module and eNPS:
 * - `organisations`: the mean of the other organisations' scores. The organisations are disjoint
 *   samples, so that mean has a variance, Σ SEᵢ²/k² over the k others; the test is a z test of the
 *   difference on SE² + Σ SEᵢ²/k² (null when a standard error is unknown).
 * - `top`: the mean of the `top` best other organisations on that item (none when fewer than `top`
 *   others have it). The best are chosen by the data, so no variance is known: the p-value is null
 *   and only the practical threshold decides.
 * Both are averages of published scores only, so they reveal nothing the report does not show.
 *
 * @example
 * organisationBenchmarks(organisations, {top: 3, settings}) // [{item: "Q1", against: "organisations", group: "AGENCY=AR", difference: 0.04, …}, …]
 */
export function organisationBenchmarks(organisations: GroupReport[], {top, settings}: {top: number; settings: ResolvedSettings}): Comparison[] {
  const shown = organisations.filter((g) => !g.suppressed).map((group) => ({group, items: itemEstimates(group)}));
  const byKey = shown.map(({items}) => new Map(items.map((e) => [`${e.kind}:${e.item}`, e])));
  const comparisons: Comparison[] = [];
  shown.forEach(({group, items}, i) => {
    const mean: ItemEstimate[] = [];
    const best: ItemEstimate[] = [];
    for (const own of items) {
      const key = `${own.kind}:${own.item}`;
      const others = byKey.flatMap((map, j) => (j === i || !map.has(key) ? [] : [map.get(key)!]));
      if (others.length === 0) continue;
      const k = others.length;
      const known = others.every((e) => e.se !== null);
      mean.push({kind: own.kind, item: own.item, score: average(others.map((e) => e.score)), se: known ? Math.sqrt(others.reduce((s, e) => s + e.se! * e.se!, 0)) / k : null, n: null});
      if (k >= top) {
        const scores = others.map((e) => e.score).sort((a, b) => b - a);
        best.push({kind: own.kind, item: own.item, score: average(scores.slice(0, top)), se: null, n: null});
      }
    }
    comparisons.push(...compareItems(items, mean, {against: "organisations", group: group.id, design: "independent", settings}));
    comparisons.push(...compareItems(items, best, {against: "top", group: group.id, design: "independent", settings}));
  });
  return comparisons;
}

/**
 * A study across organisations (`study` in survey.yaml): the benchmarks computed from the
 * organisations ({@link organisationBenchmarks}) and the analyses — correlations of the modules
 * across organisations, the key drivers of each outcome at respondent level, and the spread of the
 * organisations per module. Without a study: no comparisons and null analyses.
 *
 * @example
 * const {comparisons, analyses} = study(survey, report.groups, organisationAggregates.modules.drivers, settings)
 */
export function study(survey: Survey, groups: GroupReport[], sums: DriverSums[], settings: ResolvedSettings): {comparisons: Comparison[]; analyses: Analyses | null} {
  if (!survey.study) return {comparisons: [], analyses: null};
  const organisations = groups.filter((g) => g.variable === survey.study!.organisation);
  const modules = survey.modules.map((m) => m.id);
  return {
    comparisons: organisationBenchmarks(organisations, {top: survey.study.top, settings}),
    analyses: {
      correlations: correlations(organisations, modules, {confidence: settings.comparison.confidence}),
      drivers: drivers(sums, {minGroupSize: settings.minGroupSize}),
      spread: spread(organisations, modules)
    }
  };
}

/**
 * What the schema cannot check of `study`: the organisation is a grouping variable, each outcome a
 * module with core questions or a scored question, at least one module is left to drive each
 * outcome, and at most {@link MAX_DRIVERS}.
 *
 * @example
 * studyProblems(survey) // [{path: ["study", "organisation"], message: "…"}]
 */
export function studyProblems(survey: Survey): {path: PropertyKey[]; message: string}[] {
  const options = survey.study;
  if (!options) return [];
  const problems: {path: PropertyKey[]; message: string}[] = [];
  if (!survey.groups.some((g) => g.id === options.organisation)) {
    problems.push({path: ["study", "organisation"], message: `study.organisation: "${options.organisation}" is not a grouping variable (defined: ${survey.groups.map((g) => g.id).join(", ") || "none"})`});
  }
  const outcomes = typeof options.outcome === "string" ? [options.outcome] : options.outcome;
  const at = (i: number) => (typeof options.outcome === "string" ? ["study", "outcome"] : ["study", "outcome", i]);
  outcomes.forEach((id, i) => {
    const module = survey.modules.find((m) => m.id === id);
    const question = survey.questions.find((q) => q.id === id);
    if (module) {
      if (!(module.core?.length ?? survey.questions.some((q) => q.module === id && isScored(survey, q.scale)))) {
        problems.push({path: at(i), message: `study.outcome: module ${id} has no scored core questions`});
      }
    } else if (!question) problems.push({path: at(i), message: `study.outcome: "${id}" is neither a module nor a question of the survey`});
    else if (!isScored(survey, question.scale)) problems.push({path: at(i), message: `study.outcome: question ${id} has no 0–10 score (scale type ${survey.scales[question.scale]?.type})`});
    if (outcomes.indexOf(id) !== i) problems.push({path: at(i), message: `study.outcome: "${id}" is named twice`});
  });
  if (problems.length) return problems;
  const [model] = driverModels(survey);
  if (model && model.drivers.length === 0) problems.push({path: ["study", "outcome"], message: "study.outcome: no module is left to drive the outcome (every module that is not an outcome is a driver)"});
  if (model && model.drivers.length > MAX_DRIVERS) {
    problems.push({path: ["study", "outcome"], message: `study.outcome: ${model.drivers.length} modules would drive the outcome, at most ${MAX_DRIVERS} (the decomposition fits 2^p regressions)`});
  }
  return problems;
}

function average(values: number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}
