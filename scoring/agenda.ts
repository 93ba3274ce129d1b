import {adjustForMultipleTesting, compareItems, type ItemEstimate} from "./comparisons.ts";
import {coreQuestions, moduleScores} from "./moduleScores.ts";
import {organisationBenchmarks} from "./study.ts";
import {isScored} from "../bundle/readSurvey.ts";
import {answerKey} from "../bundle/scaleCodec.ts";
import type {ReferenceScore} from "../bundle/readReferenceScores.ts";
import type {Design} from "./estimate.ts";
import type {DomainSums} from "./significance.ts";
import type {RespondentSet, ScoringContext} from "./ScoringContext.ts";
import type {SetAggregates} from "./SetAggregates.ts";
import type {AgendaTheme as AgendaThemeInput, Module, Survey} from "../bundle/surveySchema.ts";
import type {Agenda, AgendaTheme, Benchmark, Comparison, GroupReport, ModuleScore, QuestionScore, ResolvedSettings, ThemeScore, Topic} from "./types.ts";

/** The prefix that keeps a theme's id apart from a module's wherever themes are scored as modules. */
const PREFIX = "agenda:";

/** Every theme, then every movement, of a survey's agenda, with its kind. */
function agendaEntries(survey: Survey): {entry: AgendaThemeInput; kind: "theme" | "movement"; path: PropertyKey[]}[] {
  if (!survey.agenda) return [];
  return [
    ...survey.agenda.themes.map((entry, i) => ({entry, kind: "theme" as const, path: ["agenda", "themes", i]})),
    ...survey.agenda.movements.map((entry, i) => ({entry, kind: "movement" as const, path: ["agenda", "movements", i]}))
  ];
}

/**
 * The questions a theme's score averages: the core questions of its modules, then its single
 * questions, each once, in that order. Empty when the survey does not measure the theme.
 *
 * @example
 * themeQuestions(survey, {modules: ["leiderschap"], questions: ["sov3"]}) // ["lei1", …, "lei6", "sov3"]
 */
export function themeQuestions(survey: Survey, theme: Pick<AgendaThemeInput, "modules" | "questions">): string[] {
  const context = {definition: {survey}} as Pick<ScoringContext, "definition">;
  const fromModules = theme.modules.flatMap((id) => {
    const module = survey.modules.find((m) => m.id === id);
    return module ? coreQuestions(context, module) : [];
  });
  return [...new Set([...fromModules, ...theme.questions])];
}

/**
 * The agenda's measured themes and movements as modules, so that they are aggregated, scored,
 * tested and audited exactly as modules are: id `agenda:<theme id>`, core the
 * {@link themeQuestions}. Every place that lays out module totals or audits module respondents
 * appends these after the survey's own modules.
 *
 * @example
 * agendaModules(survey) // [{id: "agenda:leiderschap", name: "Leiderschap", core: ["lei1", …]}, …]
 */
export function agendaModules(survey: Survey): Module[] {
  return agendaEntries(survey).flatMap(({entry}) => {
    const core = themeQuestions(survey, entry);
    return core.length ? [{id: `${PREFIX}${entry.id}`, name: entry.name, description: entry.description, core}] : [];
  });
}

/**
 * The agenda's rules the schema cannot express: unique ids, mapped modules and questions that
 * exist (questions with a 0–10 score), context items that are modules or questions, and topics
 * that are options of a topic question.
 *
 * @example
 * agendaProblems(survey) // [{path: ["agenda", "themes", 0, "modules", 1], message: "…"}]
 */
export function agendaProblems(survey: Survey): {path: PropertyKey[]; message: string}[] {
  const problems: {path: PropertyKey[]; message: string}[] = [];
  const seen = new Set<string>();
  const moduleIds = new Set(survey.modules.map((m) => m.id));
  const questionById = new Map(survey.questions.map((q) => [q.id, q]));
  const topicOptions = new Set(
    survey.questions.flatMap((q) => {
      const scale = survey.scales[q.scale];
      if (!q.topic || scale?.type !== "multi") return [];
      return scale.options.flatMap((o) => (typeof o === "object" ? [answerKey(o.code), answerKey(o.label)] : [answerKey(o)]));
    })
  );
  for (const {entry, kind, path} of agendaEntries(survey)) {
    const what = `agenda ${kind} ${entry.id}`;
    if (seen.has(entry.id)) problems.push({path: [...path, "id"], message: `${what}: the id "${entry.id}" is used twice in the agenda`});
    seen.add(entry.id);
    entry.modules.forEach((id, j) => {
      if (!moduleIds.has(id)) problems.push({path: [...path, "modules", j], message: `${what}: "${id}" is not a module (modules: ${[...moduleIds].join(", ")})`});
    });
    entry.questions.forEach((id, j) => {
      const q = questionById.get(id);
      if (!q) problems.push({path: [...path, "questions", j], message: `${what}: "${id}" is not a question`});
      else if (!isScored(survey, q.scale)) problems.push({path: [...path, "questions", j], message: `${what}: question "${id}" has no 0–10 score (scale type ${survey.scales[q.scale]?.type}); list it under context instead`});
    });
    entry.context.forEach((id, j) => {
      if (!moduleIds.has(id) && !questionById.has(id)) problems.push({path: [...path, "context", j], message: `${what}: "${id}" is neither a module nor a question`});
    });
    entry.topics.forEach((option, j) => {
      if (!topicOptions.has(answerKey(option))) problems.push({path: [...path, "topics", j], message: `${what}: "${option}" is not an option of a topic question (a multi question with topic: proud or improve)`});
    });
  }
  return problems;
}

/**
 * The scores of the agenda's measured themes for one set of respondents (the organisation, a
 * group, one wave), from the set's aggregates: each theme is scored as a module whose core is its
 * {@link themeQuestions} — by default the mean of those questions' scores, with the module's
 * linearised interval — reading the theme's columns of the module totals, which follow the
 * survey's own modules. A theme the disclosure audit withholds for the set (`module:agenda:<id>`)
 * carries no number. Ids are the theme ids.
 *
 * @example
 * themeScores(context, organisationSet, report.questions, aggregates) // [{id: "leiderschap", score: 7.3, ci: [7.2, 7.4], …}, …]
 */
export function themeScores(context: ScoringContext, set: RespondentSet, questions: QuestionScore[], aggregates: SetAggregates): ModuleScore[] {
  const {survey} = context.definition;
  const themes = agendaModules(survey);
  if (themes.length === 0) return [];
  const first = survey.modules.length;
  const {totals, slices, answered, reliability} = aggregates.modules;
  const themeContext = {...context, definition: {...context.definition, survey: {...survey, modules: themes}}};
  const themeTotals = {totals, slices: slices.slice(first), answered: answered.slice(first), ...(reliability ? {reliability: reliability.slice(first)} : {})};
  return moduleScores(themeContext, set, questions, themeTotals, aggregates.respondents).map((score) => ({...score, id: score.id.slice(PREFIX.length)}));
}

/**
 * What a design-based test of a set's theme against a whole needs, per theme id: the theme's
 * columns of the set's module totals (see {@link DomainSums}).
 *
 * @example
 * themeDomainSums(context, aggregates).get("leiderschap") // {kind: "ratios", totals, slice: {offset: 80, width: 11}, answered: 912}
 */
export function themeDomainSums(context: Pick<ScoringContext, "definition">, aggregates: SetAggregates): Map<string, DomainSums> {
  const {survey} = context.definition;
  const first = survey.modules.length;
  const {totals, slices, answered} = aggregates.modules;
  return new Map(agendaModules(survey).map((theme, t) => [theme.id.slice(PREFIX.length), {kind: "ratios", totals, slice: slices[first + t], answered: answered[first + t]}]));
}

/** One scored set's themes, with the sums its tests need (absent for the previous survey). */
export interface ScoredThemes {
  scores: ModuleScore[];
  sums?: Map<string, DomainSums>;
}

/** What {@link agendaReport} reads: the survey's scored sets and references. */
export interface AgendaInput {
  survey: Survey;
  settings: ResolvedSettings;
  organisation: ScoredThemes & {topics: Topic[]};
  /** Every group of the report; a suppressed one has no entry in `themes`. */
  groups: GroupReport[];
  themes: Map<string, ScoredThemes>;
  /** The design the organisation's estimates are domains of (the groups are tested against the rest on it). */
  design: Design;
  /** The previous survey's agenda (the current agenda scored on that survey, its themes' questions by their current ids), or its reference scores (previous.csv). */
  previous: {agenda: Agenda | null} | {scores: ReferenceScore[]} | null;
  benchmarks: Benchmark[];
}

/**
 * The report model's agenda: per theme and movement (in the agenda's order) its mapping, its score
 * with interval for the organisation and every group (a suppressed group, or a theme withheld for
 * a group, carries no number), its comparisons — with the previous survey (only when the theme's
 * questions are the same), with each benchmark (the mean of the benchmark's scores of the theme's
 * questions, when it gives all of them: no variance known, so only the practical threshold decides)
 * and every shown group with the rest of the organisation (design-based, Benjamini–Hochberg per
 * grouping variable over the themes); in a study each organisation with the other organisations'
 * mean and top, as a study compares modules ({@link organisationBenchmarks}) — the groups that lag (a relevant or very relevant difference
 * below the organisation, by the two-strength rule) and the organisation's topics that touch it.
 * Null without an agenda.
 *
 * @example
 * agendaReport({survey, settings, organisation, groups, themes, design, previous, benchmarks})?.themes[0].score // {score: 7.3, ci: [7.2, 7.4], …}
 */
export function agendaReport(input: AgendaInput): Agenda | null {
  const {survey, settings, organisation, groups, design, previous, benchmarks} = input;
  if (!survey.agenda) return null;
  const own = new Map(organisation.scores.map((s) => [s.id, s]));
  const groupComparisons: Comparison[] = [];
  const compared = agendaEntries(survey).map(({entry, kind}) => {
    const questions = themeQuestions(survey, entry);
    const score = own.get(entry.id) ?? null;
    const estimate = score ? themeEstimate(score, organisation.sums?.get(entry.id)) : null;
    const comparisons: Comparison[] = [];
    if (estimate) {
      const before = previousEstimate(entry.id, questions, previous);
      if (before) comparisons.push(...compareItems([estimate], [before], {against: "previous", group: null, design: "independent", settings}));
      for (const benchmark of benchmarks) {
        const reference = referenceMean(entry.id, questions, benchmark.items);
        if (reference) comparisons.push(...compareItems([estimate], [reference], {against: benchmark.id, group: null, design: "independent", settings}));
      }
    }
    const perGroup = groups.map((group) => {
      const scored = input.themes.get(group.id);
      const theirs = scored?.scores.find((s) => s.id === entry.id);
      if (estimate && theirs && !theirs.suppressed) {
        const tested = compareItems([themeEstimate(theirs, scored!.sums?.get(entry.id))], [estimate], {against: "organisation", group: group.id, design: "part", wholeDesign: design, settings});
        groupComparisons.push(...tested);
        comparisons.push(...tested);
      }
      return {group: group.id, ...themeScore(theirs ?? null)};
    });
    return {
      id: entry.id,
      kind,
      name: entry.name,
      description: entry.description ?? null,
      mapping: {modules: entry.modules, questions: entry.questions, context: entry.context, topics: entry.topics},
      questions,
      measured: questions.length > 0,
      score: score ? themeScore(score) : null,
      groups: perGroup,
      comparisons,
      topics: organisation.topics.filter((t) => entry.topics.some((option) => answerKey(option) === answerKey(t.label) || answerKey(option) === answerKey(t.option)))
    };
  });
  // In a study, each organisation's themes against the other organisations (their mean, and the top).
  if (survey.study) {
    const organisations = groups
      .filter((g) => g.variable === survey.study!.organisation && !g.suppressed)
      .map((g) => ({...g, questions: [], enps: null, modules: (input.themes.get(g.id)?.scores ?? []).filter((s) => !s.suppressed)}));
    for (const c of organisationBenchmarks(organisations, {top: survey.study.top, settings})) {
      groupComparisons.push(c);
      compared.find((t) => t.id === c.item)!.comparisons.push(c);
    }
  }
  // One family per grouping variable and reference over every theme, as the cells of one heatmap of themes.
  const variableOf = new Map(groups.map((g) => [g.id, g.variable]));
  adjustForMultipleTesting(groupComparisons, (id) => variableOf.get(id)!, settings);
  const themes = compared.map(({comparisons, ...theme}): AgendaTheme => ({
    ...theme,
    comparisons: comparisons.map((c) => ({...c, kind: "theme"})),
    lagging: comparisons
      .filter((c) => c.against === "organisation" && c.difference < 0 && c.level !== "none")
      .sort((a, b) => a.difference - b.difference)
      .map((c) => c.group!)
  }));
  return {title: survey.agenda.title, description: survey.agenda.description ?? null, themes};
}

function themeScore(score: ModuleScore | null): ThemeScore {
  if (!score || score.suppressed) return {score: null, n: null, se: null, ci: null, alpha: null, suppressed: true};
  return {score: score.score, n: score.n, se: score.se, ci: score.ci, alpha: score.alpha, suppressed: false};
}

function themeEstimate(score: ModuleScore, sums: DomainSums | undefined): ItemEstimate {
  return {kind: "module", item: score.id, score: score.score!, se: score.se, n: score.n, ...(sums ? {sums} : {})};
}

/** The previous survey's theme, when it rests on the same questions; from previous.csv, the mean of its question scores. */
function previousEstimate(id: string, questions: string[], previous: AgendaInput["previous"]): ItemEstimate | null {
  if (!previous) return null;
  if ("scores" in previous) return referenceMean(id, questions, previous.scores);
  const before = previous.agenda?.themes.find((t) => t.id === id);
  if (!before?.score || before.score.score === null) return null;
  const same = before.questions.slice().sort().join("\u0000") === questions.slice().sort().join("\u0000");
  return same ? {kind: "module", item: id, score: before.score.score, se: before.score.se, n: before.score.n} : null;
}

// Themes are compared as modules are (kind "module" while tested), then marked as themes.

/** The mean of a reference's scores of the theme's questions, when it gives every one; no variance is known. */
function referenceMean(id: string, questions: string[], items: {item: string; score: number}[]): ItemEstimate | null {
  const byItem = new Map(items.map((s) => [s.item, s.score]));
  if (questions.length === 0 || !questions.every((q) => byItem.has(q))) return null;
  const score = questions.reduce((sum, q) => sum + byItem.get(q)!, 0) / questions.length;
  return {kind: "module", item: id, score, se: null, n: null};
}
