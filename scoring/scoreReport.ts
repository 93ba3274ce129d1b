import {compareItems, adjustForMultipleTesting, domainSums, itemEstimates, referenceEstimates, type ItemEstimate} from "./comparisons.ts";
import {designOf, type Design} from "./estimate.ts";
import {crossingVariable, type GroupNode} from "../bundle/groups.ts";
import {sameModules} from "../bundle/waves.ts";
import {coreQuestions} from "./moduleScores.ts";
import {norm} from "./norm.ts";
import {optionScore} from "./questionScores.ts";
import type {Bundle, Wave} from "../bundle/readBundle.ts";
import type {Survey} from "../bundle/surveySchema.ts";
import {trends, type ScoredWave} from "./trends.ts";
import type {ReferenceScore} from "../bundle/readReferenceScores.ts";
import {resolveSettings} from "./resolveSettings.ts";
import type {RespondentSet, ScoringContext} from "./ScoringContext.ts";
import {scoreSet} from "./scoreSet.ts";
import {study} from "./study.ts";
import {agendaReport, themeDomainSums, themeScores, type ScoredThemes} from "./agenda.ts";
import type {SetAggregates} from "./SetAggregates.ts";
import {disclose} from "./disclose.ts";
import {reportText} from "../text/reportText.ts";
import type {Agenda, Benchmark, Comparison, GroupReport, PreviousReport, Report, ResolvedSettings, SurveyInfo} from "./types.ts";

/** Labels of the previous survey when the bundle names none. */

/**
 * Computes the report model of a bundle: the organisation's scores, every group's (suppressed
 * where the confidentiality rules say so), the previous survey scored by the same rules, the
 * benchmarks, and every comparison with its significance and two-strength level; with earlier
 * waves, the trends. Every earlier wave is scored with the current survey's modules and agenda
 * (`trendDefinition` in `bundle/waves.ts`); the agenda's comparison with the previous survey reads
 * the latest wave's themes so scored.
 *
 * @example
 * const report = scoreReport(readBundle("data/voorbeeld"));
 */
export function scoreReport(bundle: Bundle, {settings = resolveSettings(bundle.definition.survey.settings)}: {settings?: ResolvedSettings} = {}): Report {
  const {definition, table} = bundle;
  const {survey} = definition;
  const context: ScoringContext = {definition, table, settings};
  const scored = scoreGroups(bundle, context);
  const organisation = scored.organisation;

  const previousScored = bundle.previous ? scoreReport(bundle.previous, {settings}) : null;
  // The latest wave is the previous survey: its report serves the trends too when it would be the
  // same (the same rows, and the same modules and agenda themes).
  const previousAsWave = (wave: Wave) => (previousScored && wave.bundle.table === bundle.previous!.table && sameModules(wave.bundle.definition, bundle.previous!.definition) ? previousScored : null);
  const waves = bundle.waves.map((wave) => scoredWave(wave, survey, settings, previousAsWave(wave)));
  const previous = previousScored ? previousReport(previousScored, survey.previous?.label) : bundle.previousScores ? scoresOnlyReport(bundle.previousScores, bundle, settings) : null;
  const benchmarks = benchmarkList(bundle);
  const moduleIds = new Set(survey.modules.map((m) => m.id));

  const comparisons: Comparison[] = [];
  const own = itemEstimates(organisation, scored.sums.get("organisation"));
  const comparable = bundle.previous ? unchangedModules(context, bundle.previous) : () => true;
  if (previous) {
    const reference = bundle.previous ? itemEstimates(previous) : referenceEstimates(bundle.previousScores!, moduleIds);
    comparisons.push(...compareItems(own, reference, {against: "previous", group: null, design: "independent", settings, comparable}));
  }
  for (const benchmark of benchmarks) {
    const reference = referenceEstimates(bundle.benchmarks.filter((s) => s.benchmark === benchmark.id), moduleIds);
    comparisons.push(...compareItems(own, reference, {against: benchmark.id, group: null, design: "independent", settings}));
  }
  const groupById = new Map(scored.groups.map((g) => [g.id, g]));
  // A parent's estimates serve each of its groups: made once per parent.
  const estimatesOf = new Map<string, ItemEstimate[]>();
  const parentEstimates = (parent: GroupReport) => estimatesOf.get(parent.id) ?? estimatesOf.set(parent.id, itemEstimates(parent, scored.sums.get(parent.id))).get(parent.id)!;
  const previousGroups = new Map((previous?.groups ?? []).map((g) => [g.id, g]));
  for (const group of scored.groups) {
    if (group.suppressed) continue;
    const items = itemEstimates(group, scored.sums.get(group.id));
    comparisons.push(...compareItems(items, own, {against: "organisation", group: group.id, design: "part", wholeDesign: scored.designs.get("organisation"), settings}));
    const parent = group.parent === null ? null : groupById.get(group.parent)!;
    if (parent && !parent.suppressed) {
      const wholeDesign = scored.designs.get(parent.id);
      comparisons.push(...compareItems(items, parentEstimates(parent), {against: "parent", group: group.id, design: "part", wholeDesign, settings}));
    }
    const before = previousGroups.get(group.id);
    if (before && !before.suppressed) {
      comparisons.push(...compareItems(items, itemEstimates(before), {against: "previous", group: group.id, design: "independent", settings, comparable}));
    }
  }
  const across = study(survey, scored.groups, scored.drivers, settings);
  comparisons.push(...across.comparisons);
  adjustForMultipleTesting(comparisons, (id) => groupById.get(id)!.variable, settings);

  const report: Report = {
    schemaVersion: 1,
    survey: surveyInfo(context),
    ...organisation,
    groups: scored.groups,
    comparisons,
    benchmarks,
    previous,
    accounting: bundle.accounting,
    norm: norm({...organisation, groups: scored.groups}, settings),
    analyses: across.analyses,
    agenda: agendaReport({
      survey,
      settings,
      organisation: {...scored.themes.get("organisation")!, topics: organisation.topics},
      groups: scored.groups,
      themes: scored.themes,
      design: scored.designs.get("organisation")!,
      previous: previousScored ? {agenda: waveAgenda(waves.at(-1))} : bundle.previousScores ? {scores: bundle.previousScores} : null,
      benchmarks
    })
  };
  report.trends = trends(report, waves, settings);
  return report;
}

/**
 * An earlier wave scored, by this survey's settings, as the report it would be (audited on its own).
 * `scored` is its report when already at hand: the previous survey's, when the wave is the previous
 * survey with the same modules and agenda themes (every number trends reads is then the same).
 */
function scoredWave(wave: Wave, survey: Survey, settings: ResolvedSettings, scored: Report | null): ScoredWave {
  const formerly = new Map(survey.questions.flatMap((q) => (q.formerly?.[wave.label] ? [[q.id, q.formerly[wave.label]] as const] : [])));
  return {label: wave.label, start: wave.bundle.definition.survey.period.start, report: scored ?? scoreReport(wave.bundle, {settings}), formerly};
}

/** A wave's agenda with its themes' questions by their current ids, so they compare with the survey's. */
function waveAgenda(wave: ScoredWave | undefined): Agenda | null {
  const agenda = wave?.report.agenda;
  if (!agenda) return null;
  const current = new Map([...wave.formerly].map(([now, then]) => [then, now]));
  return {...agenda, themes: agenda.themes.map((theme) => ({...theme, questions: theme.questions.map((id) => current.get(id) ?? id)}))};
}

/**
 * The organisation's scores and every group's, suppressed groups without any number at all, with
 * each shown set's design and the domain sums its comparisons need. The disclosure audit decides
 * first, from the counts per cell, which groups are shown and which of their numbers are withheld;
 * only the shown groups are aggregated, so a suppressed group's scores are never even computed.
 */
function scoreGroups(bundle: Bundle, context: ScoringContext) {
  const {table, population} = bundle;
  const {settings} = context;
  const invited = population?.total ?? null;
  const byId = new Map(bundle.groups.map((node) => [node.id, node]));
  // Each set is a domain of the smallest enclosing set with a known headcount (else the organisation).
  const organisationDesign = designOf(table.n, settings.interval.finitePopulation ? invited : null);
  const designFor = (node: GroupNode | undefined): Design => {
    if (!node) return organisationDesign;
    if (node.invited !== null) return designOf(node.size, settings.interval.finitePopulation ? node.invited : null);
    return designFor(node.parent === null ? undefined : byId.get(node.parent));
  };
  const disclosure = disclose(context, bundle.groups, bundle.aggregate.cells(context, bundle.groups));
  const designs = new Map<string, Design>([["organisation", organisationDesign]]);
  const sums = new Map<string, ReturnType<typeof domainSums>>();
  const setFor = (key: string, invited: number | null, design: Design, aggregates: SetAggregates, s: number): RespondentSet => {
    designs.set(key, design);
    sums.set(key, domainSums(context, aggregates));
    return {key, invited, design, withheld: disclosure.withheld[s]};
  };
  // A set's scores, with its agenda themes (scored from the same aggregates, kept beside the set).
  const themes = new Map<string, ScoredThemes>();
  const score = (set: RespondentSet, aggregates: SetAggregates) => {
    const scores = scoreSet(context, set, aggregates);
    themes.set(set.key, {scores: themeScores(context, set, scores.questions, aggregates), sums: themeDomainSums(context, aggregates)});
    return scores;
  };
  const shown = bundle.groups.filter((_, i) => disclosure.shown[i]);
  const byVariable = [...new Set(shown.map((node) => node.variable))].map((variable) => shown.filter((node) => node.variable === variable));
  const {organisation: whole, groups: perVariable} = bundle.aggregate(context, byVariable);
  const aggregates = new Map<string, SetAggregates>();
  byVariable.forEach((nodes, v) => nodes.forEach((node, k) => aggregates.set(node.id, perVariable[v][k])));
  const organisation = {
    respondents: table.n,
    invited,
    responseRate: invited ? table.n / invited : null,
    ...score(setFor("organisation", invited, organisationDesign, whole, 0), whole)
  };
  const groups = bundle.groups.map((node: GroupNode, i): GroupReport => {
    const base = {id: node.id, variable: node.variable, value: node.value, parent: node.parent, ...(node.crossing ? {crossing: node.crossing} : {})};
    if (!disclosure.shown[i]) return {...base, n: null, invited: null, responseRate: null, suppressed: true};
    return {
      ...base,
      n: node.size,
      invited: node.invited,
      responseRate: node.invited ? node.size / node.invited : null,
      suppressed: false,
      ...score(setFor(node.id, node.invited, designFor(node), aggregates.get(node.id)!, i + 1), aggregates.get(node.id)!)
    };
  });
  return {organisation, groups, designs, sums, themes, drivers: whole.modules.drivers ?? []};
}

/** The previous survey's bundle, scored with this survey's settings so the scores compare. */
function previousReport(report: Report, label: string | undefined): PreviousReport {
  const {survey} = report;
  return {
    label: label ?? reportText(survey.language).previous,
    scoresOnly: false,
    respondents: report.respondents,
    invited: report.invited,
    responseRate: report.responseRate,
    questions: report.questions,
    modules: report.modules,
    enps: report.enps,
    distributions: report.distributions,
    topics: report.topics,
    comments: report.comments,
    groups: report.groups
  };
}

/** The previous survey from previous.csv: the given scores only. */
function scoresOnlyReport(scores: ReferenceScore[], bundle: Bundle, settings: ResolvedSettings): PreviousReport {
  const {survey} = bundle.definition;
  const find = (item: string) => scores.find((s) => s.item === item) ?? null;
  const se = (s: ReferenceScore) => (s.sd !== null && s.n !== null ? s.sd / Math.sqrt(s.n) : null);
  const mean = settings.scoring === "mean";
  const respondents = find("respondents")?.score ?? null;
  const responseRate = find("responseRate")?.score ?? null;
  return {
    label: survey.previous?.label ?? reportText(survey.language).previous,
    scoresOnly: true,
    respondents,
    invited: respondents !== null && responseRate ? Math.round(respondents / responseRate) : null,
    responseRate,
    questions: survey.questions.flatMap((q) => {
      const s = find(q.id);
      if (!s) return [];
      const type = survey.scales[q.scale].type;
      return [{id: q.id, module: q.module ?? null, type, score: s.score, mean: mean ? s.score : null, positive: mean ? null : s.score, n: s.n, sd: s.sd, se: se(s), ci: null, suppressed: false}];
    }),
    modules: survey.modules.flatMap((m) => {
      const s = find(m.id);
      if (!s) return [];
      return [{id: m.id, name: m.name, score: s.score, n: s.n, se: se(s), ci: null, questions: m.core ?? [], alpha: null, suppressed: false}];
    }),
    enps: null,
    distributions: [],
    topics: [],
    comments: [],
    groups: []
  };
}

/** Compare a module with the previous survey only when its core questions are the same. */
function unchangedModules(context: ScoringContext, previous: Bundle): (item: ItemEstimate) => boolean {
  const previousContext = {...context, definition: previous.definition, table: previous.table};
  const before = new Map(previous.definition.survey.modules.map((m) => [m.id, coreQuestions(previousContext, m).sort().join("\u0000")]));
  const now = new Map(context.definition.survey.modules.map((m) => [m.id, coreQuestions(context, m).sort().join("\u0000")]));
  return (item) => item.kind !== "module" || before.get(item.item) === now.get(item.item);
}

function benchmarkList(bundle: Bundle): Benchmark[] {
  const {survey} = bundle.definition;
  const ids = [...new Set(bundle.benchmarks.map((s) => s.benchmark))];
  const declared = survey.benchmarks.map((b) => b.id);
  ids.sort((a, b) => (declared.indexOf(a) + 1 || Infinity) - (declared.indexOf(b) + 1 || Infinity) || a.localeCompare(b));
  return ids.map((id) => {
    const named = survey.benchmarks.find((b) => b.id === id);
    return {
      id,
      name: named?.name ?? id,
      kind: named?.kind ?? "average",
      items: bundle.benchmarks.filter((s) => s.benchmark === id).map(({item, score, n, sd}) => ({item, score, n, sd}))
    };
  });
}

function surveyInfo(context: ScoringContext): SurveyInfo {
  const {survey} = context.definition;
  return {
    title: survey.title,
    organisation: survey.organisation,
    period: survey.period,
    language: survey.language,
    modules: survey.modules.map((m) => ({
      id: m.id,
      name: m.name,
      description: m.description ?? null,
      questions: survey.questions.filter((q) => q.module === m.id).map((q) => q.id),
      core: coreQuestions(context, m)
    })),
    questions: survey.questions.map((q) => {
      const column = context.table.answers.get(q.id)!;
      return {
        id: q.id,
        text: q.text,
        short: q.short ?? q.text,
        type: survey.scales[q.scale].type,
        module: q.module ?? null,
        reverse: q.reverse,
        topic: q.topic ?? null,
        options: column.codec.options.map((option) => ({code: option.code, label: option.label, score: optionScore(option, column), missing: option.missing}))
      };
    }),
    groups: [
      ...survey.groups.map((g) => ({id: g.id, name: g.name, parent: g.parent ?? null})),
      ...survey.crossings.map(([a, b]) => ({
        id: crossingVariable(a, b),
        name: `${survey.groups.find((g) => g.id === a)!.name} × ${survey.groups.find((g) => g.id === b)!.name}`,
        parent: null,
        crossing: [a, b] as [string, string]
      }))
    ],
    weighted: survey.weight !== undefined,
    settings: context.settings,
    ...(survey.study ? {study: {organisation: survey.study.organisation, top: survey.study.top, outcomes: [survey.study.outcome].flat()}} : {})
  };
}
