/**
 * The view models: what each page of the report site (and each embeddable module) reads, and so
 * the shapes the charts and the narrative accept; cut from the report model (`scoring/types.ts`)
 * by the pure functions in `site/views/`. Pages never receive the
 * whole model. Shapes reuse the report model's types wherever a chart component reads them, so a
 * view can be handed to a component as it is; numbers are rounded to 4 decimals (pages print 1).
 */

import type {
  Benchmark,
  CommentSummary,
  Comparison,
  DifferenceLevel,
  Distribution,
  Enps,
  Heterogeneity,
  Interval,
  Norm,
  ModuleScore,
  QuestionScore,
  ScaleType,
  SurveyInfo,
  Topic,
  Trend,
  TrendChange,
  LinearTrend
} from "../scoring/types.ts";

/** The previous survey as pages name and compare it (its scores are in the comparisons). */
export interface PreviousView {
  label: string;
  /** True when only reference scores were given (previous.csv): no distributions or groups. */
  scoresOnly: boolean;
  respondents: number | null;
  invited: number | null;
  responseRate: number | null;
}

/** A response rate to set beside the survey's, in the shape `ResponseRateChart` takes. */
export interface ResponseReference {
  /** The benchmark id. */
  benchmark: string;
  label: string;
  /** A share 0–1. */
  rate: number;
}

/** One score set against one reference, with the names a sentence needs. */
export interface DifferenceFact {
  kind: Comparison["kind"];
  /** A module id, a question id, or `enps`. */
  item: string;
  /** The module's name, the question's short text, or "eNPS". */
  name: string;
  /** The module a question belongs to (for a link to its section); the module itself for a module; null for eNPS. */
  module: string | null;
  /** `previous` or a benchmark id. */
  against: string;
  score: number;
  reference: number;
  /** score − reference: positive is better. */
  difference: number;
  level: DifferenceLevel;
  significant: boolean | null;
}

/** A module named by its score, for "strongest" and "weakest". */
export interface ModuleFact {
  id: string;
  name: string;
  score: number;
  /** True when all its core questions are reverse-coded (workload): a higher score means less of it. */
  reversed: boolean;
}

/** A topic respondents chose, for "proud of" and "want improved". */
export interface TopicFact {
  option: string;
  label: string;
  share: number;
  count: number;
  rank: number;
}

/** What one benchmark says about the organisation. */
export interface BenchmarkFacts {
  benchmark: string;
  name: string;
  kind: Benchmark["kind"];
  /** Modules compared with this benchmark. */
  compared: number;
  /** Of those, how many score higher and lower than the benchmark (any size). */
  higher: number;
  lower: number;
  /** Modules and questions whose difference is relevant (level ≠ none), largest first. */
  modules: DifferenceFact[];
  questions: DifferenceFact[];
  /** The module furthest below the benchmark, relevant or not; null when none is below. */
  largestGap: DifferenceFact | null;
  /** The eNPS against this benchmark, when it gives one. */
  enps: DifferenceFact | null;
}

/**
 * The facts the summary tells, computed from the report model and never on a page: response,
 * eNPS, strongest and weakest modules, what changed since the previous survey, how the
 * organisation stands against each benchmark, and what respondents are proud of or want improved.
 */
export interface SummaryFacts {
  response: {
    respondents: number;
    invited: number | null;
    responseRate: number | null;
    previous: {respondents: number | null; invited: number | null; responseRate: number | null} | null;
    benchmarks: ResponseReference[];
  };
  enps: {
    score: number;
    promoters: number;
    passives: number;
    detractors: number;
    n: number;
    ci: Interval;
    previous: DifferenceFact | null;
  } | null;
  /** The three highest and three lowest module scores (fewer when there are fewer than six modules). */
  strongest: ModuleFact[];
  weakest: ModuleFact[];
  /** Modules shown (not suppressed) and how many of them the previous survey allows comparing. */
  modules: {shown: number; comparedWithPrevious: number};
  /** Changes since the previous survey with a relevant difference (level ≠ none): modules, questions and eNPS, largest first. */
  changes: DifferenceFact[];
  /** Module changes that are significant but smaller than the relevance threshold, largest first. */
  smallChanges: DifferenceFact[];
  benchmarks: BenchmarkFacts[];
  /** The top three proud and improve topics. */
  proud: TopicFact[];
  improve: TopicFact[];
}

/** `overview.json`: the organisation's scores and everything the summary, modules, eNPS and topics pages need. */
export interface OverviewView {
  survey: SurveyInfo;
  respondents: number;
  invited: number | null;
  responseRate: number | null;
  previous: PreviousView | null;
  benchmarks: Benchmark[];
  /** The benchmarks' response rates (their `responseRate` item), for `ResponseRateChart`. */
  responseBenchmarks: ResponseReference[];
  modules: ModuleScore[];
  enps: Enps | null;
  /** The organisation's comparisons of modules and eNPS with the previous survey and the benchmarks. */
  comparisons: Comparison[];
  topics: Topic[];
  comments: CommentSummary[];
  /** The answer options of a likert question and the score each gives, for the reading guide; null without likert questions. */
  likertScale: {label: string; score: number | null; missing: boolean}[] | null;
  facts: SummaryFacts;
  /** The report's own pages it has something for, in report order (site/views/reportPages.ts). */
  pages: {key: string; path: string}[];
}

/** One module of the questions page: its texts and the ids of its questions. */
export interface ModuleQuestionsView {
  id: string;
  name: string;
  description: string | null;
  /** Every question under the module's heading, in survey order. */
  questions: string[];
  /** Those of them with a likert scale, for the distribution chart. */
  likert: string[];
  /** Scored questions under the heading that do not count in the module score (not `core`). */
  notCore: string[];
}

/** The answers to a choice or multi question, with the answers it is set against. */
export interface ChoiceView {
  question: string;
  type: "choice" | "multi";
  text: string;
  short: string;
  module: string | null;
  /** Valid answers (choice) or respondents who answered (multi): the denominator of the shares. */
  n: number;
  options: ChoiceOption[];
  /** The same question's answers elsewhere: the previous survey for the organisation; the organisation and the group's previous answers on a group page. */
  references: ChoiceReference[];
}

/** One option of a {@link ChoiceView}. */
export interface ChoiceOption {
  code: string;
  label: string;
  count: number;
  /** Share of `n`; for a multi question the shares add up to more than 1. */
  share: number;
}

/** The answers a {@link ChoiceView} is set against. */
export interface ChoiceReference {
  /** `previous` or `organisation`. */
  id: string;
  label: string;
  n: number;
  options: ChoiceOption[];
}

/** `questions.json`: every question of the organisation, by module, with distributions and comparisons. */
export interface QuestionsView {
  survey: SurveyInfo;
  benchmarks: Benchmark[];
  previous: PreviousView | null;
  questions: QuestionScore[];
  modules: ModuleQuestionsView[];
  /** The organisation's answer distributions (likert, choice and nps questions). */
  distributions: Distribution[];
  /** The same from the previous survey, where it has respondent data (not with previous.csv). */
  previousDistributions: Distribution[];
  /** Choice and multi questions (other than the proud/improve topics), with the previous survey's answers. */
  choices: ChoiceView[];
  /** The organisation's comparisons of questions with the previous survey and the benchmarks. */
  comparisons: Comparison[];
}

/** A score as the heatmap reads it. */
export interface CompactScore {
  id: string;
  score: number | null;
  suppressed: boolean;
}

/** A comparison as the heatmap and the eNPS strip read it. */
export type CompactComparison = Pick<Comparison, "item" | "kind" | "against" | "group" | "difference" | "level">;

/** One group as the groups page reads it: compact scores, no distributions. */
export interface GroupSummary {
  id: string;
  /** The group page's slug (`domein-mobiliteit--team-wegen-en-vaarwegen`), or null for a suppressed group, which has no page. */
  slug: string | null;
  variable: string;
  value: string;
  /** The group's name with its parent's, for lists: "Wegen en Vaarwegen (Mobiliteit)". */
  label: string;
  parent: string | null;
  crossing?: [string, string];
  n: number | null;
  invited: number | null;
  responseRate: number | null;
  /** No number at all, and no reason that would tell a small group from one hidden for another's sake. */
  suppressed: boolean;
  modules?: CompactScore[];
  questions?: CompactScore[];
  enps?: Pick<Enps, "score" | "ci" | "n"> | null;
}

/**
 * `groups.json`: every group (suppressed ones marked) with compact module scores, eNPS and their
 * comparisons, for the heatmap and the eNPS strip; `group-questions.json` has the same shape with
 * question scores and question comparisons instead.
 */
export interface GroupsView {
  survey: SurveyInfo;
  /** The organisation's modules and questions (the heatmap's columns) and eNPS (the strip's reference line). */
  modules: {id: string; name: string}[];
  questions: {id: string; type: ScaleType}[];
  enps: {score: number; n: number} | null;
  groups: GroupSummary[];
  /** Group comparisons against `organisation`, `parent` and `previous` (of modules and eNPS, or of questions). */
  comparisons: CompactComparison[];
  /** The `against` values those comparisons use, in the order organisation, parent, previous: what a page can offer to compare with. */
  references: string[];
}

/** A group page in the site: its path and names. */
export interface GroupPage {
  id: string;
  slug: string;
  /** `/groepen/<slug>`. */
  path: string;
  variable: string;
  /** The grouping variable's name: "Team". */
  variableName: string;
  value: string;
  /** The name lists show: the value, with the parent's value where the value alone is ambiguous. */
  label: string;
  /** The id of the parent group, or null. */
  parent: string | null;
}

/** The scores another set of respondents gives as context on a group page. */
export interface ContextScores {
  /** `organisation` or the parent's group id. */
  id: string;
  /** "Provincie Voorbeeld", "Domein Mobiliteit". */
  label: string;
  /** The parent's grouping variable ("Domein"), or null for the organisation. */
  variableName: string | null;
  /** The parent's page, or null for the organisation. */
  path: string | null;
  n: number | null;
  modules: CompactScore[];
  questions: CompactScore[];
  enps: number | null;
}

/** What a group page's summary tells. */
export interface GroupFacts {
  strongest: ModuleFact[];
  weakest: ModuleFact[];
  /** Relevant differences (level ≠ none) with the parent, the organisation and the group's previous scores; eNPS, modules, then questions, largest first. */
  differences: DifferenceFact[];
  /** How many modules were compared with each reference (`organisation`, `parent`, `previous`). */
  compared: Record<string, number>;
  /** The group's top three proud and improve topics. */
  proud: TopicFact[];
  improve: TopicFact[];
}

/**
 * `groups/<slug>.json`: one shown group's own scores, its comparisons and its context, shaped like
 * the organisation's report (its own comparisons have `group: null`, `previous` is its own
 * previous response), so every chart reads a group page as it reads the organisation's.
 */
/**
 * A reference a group page compares with, as a `benchmarks` entry: `name` heads its column in a
 * table or chart, `phrase` (when the name is not a proper name) stands for it within a sentence.
 */
export type Reference = Benchmark & {phrase?: string};

export interface GroupView {
  survey: SurveyInfo;
  page: GroupPage;
  id: string;
  variable: string;
  value: string;
  parent: string | null;
  crossing?: [string, string];
  respondents: number;
  invited: number | null;
  responseRate: number | null;
  modules: ModuleScore[];
  questions: QuestionScore[];
  enps: Enps | null;
  topics: Topic[];
  comments: CommentSummary[];
  /** Choice and multi questions, set against the organisation's answers and the group's previous ones. */
  choices: ChoiceView[];
  /** The group's comparisons with the organisation, its parent and its own previous scores, with `group: null`. */
  comparisons: Comparison[];
  /** The references as `benchmarks` entries (`parent`, `organisation`), so comparison tables and charts name them. */
  benchmarks: Reference[];
  /** The previous survey's label with this group's own previous response (null counts when it had no such group). */
  previous: PreviousView | null;
  parentScores: ContextScores | null;
  organisation: ContextScores;
  /** Subgroups (the teams of a department) with their module scores, and their comparisons of modules and eNPS against this group. */
  children: GroupSummary[];
  childComparisons: CompactComparison[];
  facts: GroupFacts;
}

/** One population of the Keurmerk page (clients, commissioners), or everyone. */
export interface QualityPopulation {
  label: string;
  suppressed: boolean;
  /** The grades rounded to whole grades: counts of 1, 2, …, 10 over `n` grades; null when there are none to show. */
  grades: {n: number; counts: number[]} | null;
  /** The share choosing the recommendation question's first option (`answer`); null without one. */
  recommended: {share: number; count: number; n: number; answer: string} | null;
}

/** The Keurmerk page's view (`quality.json`): the norm check and what goes with it. */
export interface QualityView {
  survey: Pick<SurveyInfo, "title" | "organisation" | "period" | "language" | "settings">;
  norm: Norm;
  question: {id: string; text: string; short: string};
  /** The name of the norm's grouping variable ("Dienst") and of the population variable, if any. */
  variableName: string;
  populationName: string | null;
  populations: QualityPopulation[];
  /** Questions scored relevantly above a benchmark, largest difference first. */
  strengths: {item: string; name: string; module: string | null; benchmark: string; score: number; reference: number; difference: number; level: DifferenceLevel}[];
  /** The report's own pages it has something for, in report order. */
  pages: {key: string; path: string}[];
}

/** One score with its margin as the agenda's charts and table show it: a theme's, a group's or an organisation's. */
export interface AgendaRow {
  /** The group id, or `organisation`. */
  id: string;
  label: string;
  /** The group page's slug, or null (the organisation; a group without a page). */
  slug: string | null;
  score: number | null;
  ci: Interval | null;
  n: number | null;
  /** Against the reference of the chart (the organisation, or the organisations' mean), by the two-strength rule. */
  difference: number | null;
  level: DifferenceLevel;
  suppressed: boolean;
}

/** A theme's comparison with the previous survey or a benchmark. */
export interface AgendaReference {
  against: string;
  label: string;
  reference: number;
  difference: number;
  level: DifferenceLevel;
}

/** One theme (or movement) as the agenda page shows it. */
export interface AgendaThemeView {
  id: string;
  kind: "theme" | "movement";
  name: string;
  description: string | null;
  measured: boolean;
  /** The mapped modules and single questions the score counts, by name; `questions` how many questions that makes. */
  counted: {id: string; name: string; kind: "module" | "question"}[];
  questions: number;
  /** What the theme shows beside its score, by name, with the organisation's score where it has one and the module it is (or is in). */
  context: {id: string; name: string; kind: "module" | "question"; score: number | null; module: string | null}[];
  /** The organisation's score; null when not measured. */
  score: AgendaRow | null;
  previous: AgendaReference | null;
  benchmarks: AgendaReference[];
  /** The groups of the first grouping variable, then the lagging groups of the others, against the organisation. */
  groups: AgendaRow[];
  /** The lagging groups, the largest gap first. */
  lagging: AgendaRow[];
  topics: {question: string; topic: "proud" | "improve"; label: string; share: number}[];
  /** In a study: every organisation, its difference against the mean of the other organisations; null without a study. */
  organisations: AgendaRow[] | null;
  /** In a study: the unweighted mean of the shown organisations' scores (the chart's reference line), or null. */
  organisationsMean: number | null;
  /** The organisation's theme over the waves (`trends[]`, kind `theme`); null without earlier waves or when not measured. */
  trend: AgendaTrend | null;
}

/** A theme over the waves, as the agenda's sentences read it. */
export interface AgendaTrend {
  /** One per wave, oldest first, labelled as pages print it; `sameQuestions` false where the point rests on other questions than now (not compared). */
  points: {label: string; score: number | null; sameQuestions: boolean}[];
  /** The linear trend over the points on the current questions (three or more), or null. */
  linear: {slope: number; pValue: number} | null;
}

/** The agenda page's view (`agenda.json`): the agenda's themes and nothing respondent-level. */
export interface AgendaView {
  language: SurveyInfo["language"];
  scoring: SurveyInfo["settings"]["scoring"];
  title: string;
  description: string | null;
  organisation: string;
  /** The previous survey's label, or null without one. */
  previousLabel: string | null;
  themes: AgendaThemeView[];
  /** The grouping variable whose groups the theme charts show, by name. */
  variable: string | null;
  /** What the difference legend and the charts take from the survey: language, scoring method, comparison settings. */
  survey: {language: SurveyInfo["language"]; settings: Pick<SurveyInfo["settings"], "scoring" | "comparison">};
}

/** One wave on a trend chart's axis: its label in the model (`current` for the survey itself) and as pages print it. */
export interface TrendWave {
  wave: string;
  /** The folder's label for an earlier wave ("2021"), the year the survey's period starts for `current`. */
  label: string;
}

/** The trends view (`trends.json`): the waves, and the trends of the organisation (questions, modules, eNPS, response rate) and of every shown group (modules, eNPS). */
export interface TrendsView {
  survey: Pick<SurveyInfo, "title" | "language" | "period" | "settings" | "groups">;
  /** Oldest first, the survey itself last; empty without earlier waves. */
  waves: TrendWave[];
  modules: {id: string; name: string}[];
  /** Names of the organisation's scored questions, for tables and sentences. */
  questions: {id: string; short: string; module: string | null}[];
  /** Names of the agenda's measured themes and movements (trends of kind `theme`); absent without an agenda. */
  themes?: {id: string; name: string}[];
  trends: TrendLine[];
}

/** A trend as pages read it: one point per wave of {@link TrendsView.waves}, in that order. */
export interface TrendLine extends Pick<Trend, "item" | "kind" | "groupId" | "wordingChanged"> {
  points: {score: number | null; n: number | null; ci: Interval | null; change: Pick<TrendChange, "difference" | "significant" | "level"> | null; otherQuestions?: true}[];
  /** The module's core questions (a theme's questions) where a point rests on others (that point has `otherQuestions` and is not compared). */
  questions?: string[];
  linear: Pick<LinearTrend, "slope" | "pValue"> | null;
}

/**
 * One organisation in a chart across organisations (`SpreadChart`, `FunnelPlot`): its name, score,
 * size, interval and the funnel's control limits for its size. Generic: any rows of this shape
 * will do (an organisation's module score, a theme, a question).
 */
export interface OrganisationPoint {
  /** The organisation's name as the chart prints it. */
  label: string;
  score: number;
  /** Respondents behind the score. */
  n: number;
  ci: Interval | null;
  /** The funnel's control limits for this size (95 % and 99.8 %), or null when unknown. */
  limits: {p95: Interval; p998: Interval} | null;
  /** The limits widened by the organisations' true spread τ (the model's `widened`), if known: drawn dotted by `FunnelPlot`. */
  widened?: {p95: Interval; p998: Interval} | null;
  /** Drawn in the accent colour (the organisation whose page this is). */
  highlight?: boolean;
}

/**
 * One organisation of a study as the study page lists it: its group's summary (a suppressed one
 * carries no number and no page) and the path of its own page; its slug is its group's.
 */
export interface StudyOrganisation extends GroupSummary {
  /** `/organisaties/<slug>`, or null for a suppressed organisation. */
  path: string | null;
}

/** The spread of the organisations on one module, as the charts read it. */
export interface StudySpread {
  item: string;
  name: string;
  /** The unweighted mean of the organisations' scores (the funnel's centre line), or null. */
  mean: number | null;
  /** Whether the organisations differ by more than sampling error, and by how much (the model's `analyses.spread[].heterogeneity`). */
  heterogeneity: Heterogeneity | null;
  /** Shown organisations by rank, highest first. */
  rows: OrganisationPoint[];
  /** The organisations (labels) above and below the 99.8 % limits for their size. */
  above: string[];
  below: string[];
  /** The organisations (labels) above and below the 99.8 % limits widened by τ: exceptional among organisations that differ anyway. */
  exceptional: {above: string[]; below: string[]};
}

/** Two modules across organisations: each organisation's pair of scores and Pearson's r with its interval. */
export interface StudyCorrelation {
  a: {id: string; name: string};
  b: {id: string; name: string};
  r: number | null;
  ci: Interval | null;
  /** Organisations with both scores shown. */
  n: number;
  points: {label: string; x: number; y: number}[];
}

/** The key drivers of one outcome: each driver's share of R², from the Shapley / LMG decomposition. */
export interface StudyDrivers {
  outcome: {id: string; name: string};
  r2: number | null;
  /** Respondents in the regression, or null below the minimum group size. */
  n: number | null;
  drivers: {item: string; name: string; importance: number | null}[];
}

/** `study.json`: what the study page and the research page read; null without a study. */
export interface StudyView {
  survey: SurveyInfo;
  /** The organisations' grouping variable ("Agency"). */
  variable: {id: string; name: string};
  /** How many of the best other organisations make the `top` benchmark. */
  top: number;
  respondents: number;
  modules: {id: string; name: string}[];
  /** Every organisation, suppressed ones marked, by name. */
  organisations: StudyOrganisation[];
  spread: StudySpread[];
  correlations: StudyCorrelation[];
  drivers: StudyDrivers[];
}

/** Where an organisation stands among the others on one module. */
export interface OrganisationPosition {
  item: string;
  name: string;
  /** 1 for the highest score. */
  rank: number;
  /** Shown organisations ranked. */
  of: number;
  /** Outside the 99.8 % control limits for its size: `above`, `below`, or null within them. */
  outside: "above" | "below" | null;
  /** Outside the 99.8 % limits widened by τ, exceptional among organisations that differ anyway: `above`, `below`, or null. */
  exceptional: "above" | "below" | null;
}

/**
 * `organisations/<slug>.json`: one shown organisation's own report in a study, a group view (its
 * scores, its groups below it, its comparisons with the rest of the whole study as `against: "study"`)
 * with the benchmarks computed
 * from the other organisations (`organisations`, `top`) among its comparisons and benchmarks, and
 * its position among them.
 */
export interface OrganisationView extends GroupView {
  /** The study page's organisation variable and the top benchmark's size. */
  study: {variable: {id: string; name: string}; top: number; organisations: number};
  positions: OrganisationPosition[];
  /** Each module's spread with this organisation highlighted, for its funnel plot. */
  spread: StudySpread[];
}
