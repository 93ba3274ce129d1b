/**
 * The report model: what `peiling score` writes and what components and pages read.
 * Scores are unrounded; shares are fractions 0–1. With the `percent-positive` scoring method a
 * question's or module's `score` is a share (0–1), otherwise a mean on 0–10 (1–10 for grades).
 * A suppressed group or score carries no number of any kind: its numeric fields are `null`.
 */

import type {RowAccounting} from "../bundle/readResponses.ts";
import type {ScaleType, Settings} from "../bundle/surveySchema.ts";

export type {ScaleType};

/** A confidence interval `[low, high]` at the configured confidence level. */
export type Interval = [number, number];

/** Who answered, set against who was invited. */
export interface Response {
  /** Respondents counted (accepted rows). */
  respondents: number;
  /** Invited headcount from population.csv, or null when unknown. */
  invited: number | null;
  /** respondents / invited, or null when the headcount is unknown. */
  responseRate: number | null;
}

/** The score of one question for one set of respondents. */
export interface QuestionScore {
  id: string;
  module: string | null;
  type: ScaleType;
  /** The score by the configured method (mean or share positive), or null when suppressed. */
  score: number | null;
  /** Mean on the question's own scale (0–10, grades 1–10). */
  mean: number | null;
  /** Share of valid answers that are positive (agree + strongly agree; promoters; passing grades). */
  positive: number | null;
  /** Valid answers (don't know and blanks excluded); null when suppressed. */
  n: number | null;
  /** Standard deviation of the valid answers (weighted where weights are given). */
  sd: number | null;
  /** Standard error of `score`, with the finite population correction where applied. */
  se: number | null;
  ci: Interval | null;
  /** For grade questions: the mean with every failing grade counted as one value. */
  robustMean?: number | null;
  /** True when fewer than the minimum group size answered. */
  suppressed: boolean;
}

/** The score of one module (theme) for one set of respondents. */
export interface ModuleScore {
  id: string;
  name: string;
  score: number | null;
  /** Respondents with at least one valid answer on the module's core questions; null when suppressed. */
  n: number | null;
  se: number | null;
  ci: Interval | null;
  /** The core questions whose scores make the module score. */
  questions: string[];
  /**
   * Cronbach's α of the core questions, for the organisation (null for groups, with fewer than two
   * core questions, or when undefined): below 0.7 they do not measure one thing.
   */
  alpha: number | null;
  suppressed: boolean;
}

/** Employee Net Promoter Score on a 0–10 recommendation question. */
export interface Enps {
  question: string;
  /** 100 · (promoters − detractors), from −100 to 100. */
  score: number;
  /** Shares 0–1 of valid answers. */
  promoters: number;
  passives: number;
  detractors: number;
  n: number;
  se: number;
  ci: Interval;
  /** Answer counts for 0, 1, …, 10 (weighted where weights are given). */
  distribution: number[];
}

/** One answer option of a distribution. */
export interface DistributionOption {
  code: string;
  label: string;
  count: number;
  /** Share of the valid answers; null for a "don't know" option, which is counted apart. */
  share: number | null;
  /** True for a "don't know / no experience" option. */
  missing: boolean;
  /** The score on 0–10 this option gives (after reversal), or null. */
  score: number | null;
}

/** How the answers to one closed question are spread over its options. */
export interface Distribution {
  question: string;
  type: ScaleType;
  /** Valid answers: the denominator of every share. */
  n: number;
  /** Answers of a "don't know" kind. */
  dontKnow: number;
  options: DistributionOption[];
}

/** One option of a `multi` question, ranked by the share of respondents who chose it. */
export interface Topic {
  question: string;
  option: string;
  label: string;
  count: number;
  /** Respondents who answered the question (chose at least one option): the denominator. */
  answered: number;
  /** count / answered (weighted where weights are given). */
  share: number;
  /** 1 for the most chosen option. */
  rank: number;
}

/** What the open answers to one text question say, without quoting anyone. */
export interface CommentSummary {
  question: string;
  /** Respondents who wrote something; null when suppressed. */
  n: number | null;
  /** The most used words (by the number of comments using them), stopwords excluded; empty when suppressed. */
  topWords: {word: string; count: number}[];
  /** Raw comments: only when the bundle opts in and the group passes the comment threshold. */
  comments?: string[];
  suppressed: boolean;
}

/** Every score of one set of respondents: the organisation, a group, or the previous survey. */
export interface ScoreSet extends Response {
  questions: QuestionScore[];
  modules: ModuleScore[];
  enps: Enps | null;
  distributions: Distribution[];
  topics: Topic[];
  comments: CommentSummary[];
}

/** The scores of a group: absent (undefined) when the group is suppressed. */
export type GroupScores = Omit<ScoreSet, "respondents" | "invited" | "responseRate">;

/** One value of one grouping variable (e.g. the department "Mobiliteit"). */
export interface GroupReport extends Partial<GroupScores> {
  /** Unique across the report: `variable=value`, prefixed by the parent's id for a hierarchy. */
  id: string;
  variable: string;
  value: string;
  /** The id of the parent group (team within department), or null. */
  parent: string | null;
  /** For a cell of a crossing (department × age band): the ids of the two groups it combines. */
  crossing?: [string, string];
  /** Respondents; null when suppressed (a count is shown only where scores are). */
  n: number | null;
  /** Invited headcount; null when unknown, and when suppressed (it would bound the respondents). */
  invited: number | null;
  responseRate: number | null;
  /** No number at all, and no reason that would tell a small group from one hidden for another's sake. */
  suppressed: boolean;
}

/** How large a difference is, by the two-strength rule. */
export type DifferenceLevel = "none" | "relevant" | "veryRelevant";

/** One score set against a reference: the previous survey, a benchmark, or the rest of the organisation. */
export interface Comparison {
  /** A question id, a module id, or `enps`. */
  item: string;
  kind: "question" | "module" | "enps";
  /**
   * `previous`, a benchmark id, `organisation` (a group against the rest), `parent`, or in a study
   * `organisations` (the mean of the other shown organisations) and `top` (the mean of the best of them).
   */
  against: string;
  /** The group id, or null for the organisation. */
  group: string | null;
  score: number;
  reference: number;
  /** score − reference: positive is better. */
  difference: number;
  /** Two-sided p-value, or null where no variance of the reference is known. */
  pValue: number | null;
  /** Degrees of freedom of the design-based t test of a group against the rest of its reference; null for other comparisons. */
  df: number | null;
  /** Benjamini–Hochberg adjusted p-value over the group comparisons, where applied. */
  adjustedPValue: number | null;
  significant: boolean | null;
  level: DifferenceLevel;
}

/** A benchmark's reference scores. */
export interface Benchmark {
  id: string;
  name: string;
  kind: "average" | "top";
  items: {item: string; score: number; n: number | null; sd: number | null}[];
}

/** The survey as the pages need it: texts, structure and the resolved settings. */
export interface SurveyInfo {
  title: string;
  organisation: string;
  period: {start: string; end: string};
  language: "nl" | "en";
  modules: {id: string; name: string; description: string | null; questions: string[]; core: string[]}[];
  questions: {
    id: string;
    text: string;
    short: string;
    type: ScaleType;
    module: string | null;
    reverse: boolean;
    topic: "proud" | "improve" | null;
    /** The answer options of a closed question in questionnaire order, with the score each gives (after reversal). */
    options: {code: string; label: string; score: number | null; missing: boolean}[];
  }[];
  /** Grouping variables; a crossing of two is a variable of its own with `crossing` set. */
  groups: {id: string; name: string; parent: string | null; crossing?: [string, string]}[];
  weighted: boolean;
  settings: ResolvedSettings;
  /** A study across organisations (`study` in survey.yaml): the organisations' grouping variable, the size of the top benchmark and the outcomes; absent otherwise. */
  study?: {organisation: string; top: number; outcomes: string[]};
}

/** The settings with every default filled in, comparison thresholds included. */
export type ResolvedSettings = Settings & {
  comparison: Settings["comparison"] & {minDifference: number; strongDifference: number};
};

/**
 * The previous survey, scored by the same rules. From a `previous.csv` of reference scores only
 * the given scores are known (`scoresOnly`): no distributions, groups or eNPS split.
 */
export interface PreviousReport extends Omit<ScoreSet, "respondents"> {
  respondents: number | null;
  label: string;
  /** True when only reference scores were given (previous.csv), without respondent data. */
  scoresOnly: boolean;
  groups: GroupReport[];
}

/** Rows read from responses.csv: read = accepted + set aside (defined where rows are read). */
export type {RowAccounting} from "../bundle/readResponses.ts";

/** One row of a norm check (settings.norm): a set of respondents' grade against the norm. */
export interface NormRow {
  /** Invited (the net sample), completed questionnaires and their ratio; null when unknown or suppressed. */
  invited: number | null;
  n: number | null;
  responseRate: number | null;
  /** The mean grade and its interval; null when suppressed or answered by fewer than the minimum group size. */
  mean: number | null;
  ci: Interval | null;
  /** The mean with every failing grade counted as the same value (settings.failingGrade). */
  robustMean: number | null;
  /** Whether the mean, or else the robust mean, meets the norm; null when there is no mean to judge. */
  pass: boolean | null;
  /** Which of the two met the norm: `mean`, `robust`, or null when neither (or nothing was judged). */
  passedBy: "mean" | "robust" | null;
  /** Whether the grade may be published (settings.publication); false when suppressed. */
  published: boolean;
  /** True when the mean rests on fewer grades than settings.norm.fewAnswers. */
  few: boolean;
}

/** A group's row of a norm check: a suppressed group carries no number (every numeric field null). */
export interface NormGroup extends NormRow {
  /** The group's id in `groups[]`. */
  id: string;
  value: string;
  suppressed: boolean;
}

/** A quality mark's norm check on a grade question (settings.norm). */
export interface Norm {
  question: string;
  /** The grouping variable whose every group must meet the group norm. */
  variable: string;
  /** The value of the parent variable the norm is about (e.g. clients), or null for everyone. */
  within: string | null;
  /** The norms: the total's, every group's, and the grade below which a grade fails. */
  thresholds: {total: number; group: number; failingGrade: number};
  total: NormRow;
  groups: NormGroup[];
  /** With `within`: every group of the parent variable (clients, commissioners), each judged by the total norm. */
  populations: NormGroup[];
  /** The total and every shown group pass; null when the total has no mean. Suppressed groups are not judged. */
  pass: boolean | null;
}

/** The Pearson correlation of two modules' scores across the shown organisations of a study. */
export interface Correlation {
  /** Module ids. */
  a: string;
  b: string;
  level: "organisation";
  /** Pearson's r, unweighted; null for fewer than 4 organisations or when a score does not vary. */
  r: number | null;
  /** Fisher's z interval at the survey's confidence level; null with r. */
  ci: Interval | null;
  /** Organisations with both scores shown. */
  n: number;
}

/** One driver's share of an outcome's explained variance (Shapley / LMG), at respondent level. */
export interface Driver {
  /** The outcome: a module or question id named in `study.outcome`. */
  outcome: string;
  /** The driver: a module id. */
  item: string;
  /** Its share of `r2`; the importances of one outcome add up to its `r2`. Null when `r2` is. */
  importance: number | null;
  /** R² of the ordinary least-squares regression of the outcome on every driver. */
  r2: number | null;
  /** Respondents with every value (outcome and drivers) present; null below the minimum group size. */
  n: number | null;
}

/** One organisation in the spread of a module: its score and where it lies against the funnel's limits. */
export interface SpreadPoint {
  /** The organisation's group id. */
  group: string;
  value: string;
  score: number;
  se: number | null;
  n: number;
  ci: Interval | null;
  /** 1 for the highest score. */
  rank: number;
  /** The funnel plot's control limits for this n around the mean of organisations: 95 % and 99.8 %. */
  limits: {p95: Interval; p998: Interval} | null;
  /**
   * The limits widened by the organisations' true spread τ (`Spread.heterogeneity`): mean ± z·√(σ²/n + τ²).
   * Outside the widened 99.8 % limits an organisation is exceptional among organisations that differ anyway.
   * Null without a heterogeneity (fewer than two organisations with a standard error).
   */
  widened: {p95: Interval; p998: Interval} | null;
}

/** Heterogeneity of the organisations' scores on one module, as a meta-analysis measures it of studies (`docs/method.md`, "Spread"). */
export interface Heterogeneity {
  /** Cochran's Q around the inverse-variance weighted mean. */
  q: number;
  /** Its degrees of freedom: organisations − 1. */
  df: number;
  /** P(χ²(df) ≥ Q): small when the organisations differ by more than sampling error. */
  pValue: number;
  /** The DerSimonian–Laird standard deviation of the organisations' true scores, on the score's scale. */
  tau: number;
  /** The share of the variation between organisations that is not chance, 0–1. */
  i2: number;
}

/** How the shown organisations of a study spread on one module. */
export interface Spread {
  /** The module id. */
  item: string;
  /** The unweighted mean of the organisations' scores: the funnel's centre line. */
  mean: number | null;
  /** The spread of one respondent's value implied by the organisations' standard errors (σ of the limits mean ± z·σ/√n). */
  sd: number | null;
  /** Whether the organisations differ by more than sampling error, and by how much; null below two organisations with a standard error. */
  heterogeneity: Heterogeneity | null;
  /** The organisations by rank. */
  organisations: SpreadPoint[];
}

/** The analyses of a study across organisations (`study` in survey.yaml). */
export interface Analyses {
  correlations: Correlation[];
  drivers: Driver[];
  spread: Spread[];
}

/** A theme's score for one set of respondents; a suppressed one carries no number (every numeric field null). */
export interface ThemeScore {
  /** The mean of the theme's questions' scores, as a module's (settings.moduleScore), or null. */
  score: number | null;
  /** Respondents with at least one valid answer to the theme's questions. */
  n: number | null;
  se: number | null;
  ci: Interval | null;
  /** Cronbach's α of the theme's questions, for the organisation only (as a module's). */
  alpha: number | null;
  suppressed: boolean;
}

/** A comparison of an agenda theme (`item` the theme id), by the rules of a module's. */
export interface ThemeComparison extends Omit<Comparison, "kind"> {
  kind: "theme";
}

/** One theme (or movement) of a policy agenda, read from the survey's modules and questions. */
export interface AgendaTheme {
  id: string;
  kind: "theme" | "movement";
  name: string;
  description: string | null;
  /** As written in survey.yaml: counted modules and questions, context shown beside, topic options. */
  mapping: {modules: string[]; questions: string[]; context: string[]; topics: string[]};
  /** The questions the score averages: the mapped modules' core questions, then the single questions. */
  questions: string[];
  /** False when no question of the survey measures the theme: it then has no score at all. */
  measured: boolean;
  /** The organisation's score; null when not measured. */
  score: ThemeScore | null;
  /** Every group of the report, in `groups[]` order. */
  groups: (ThemeScore & {group: string})[];
  /** The organisation against the previous survey and each benchmark (`group` null), and every shown group against the rest of the organisation. */
  comparisons: ThemeComparison[];
  /** Groups whose theme is relevantly below the organisation's (the two-strength rule, after Benjamini–Hochberg), the largest gap first. */
  lagging: string[];
  /** The organisation's topics (proud and improve) whose option the theme lists. */
  topics: Topic[];
}

/** The survey read against a policy agenda (`agenda` in survey.yaml). */
export interface Agenda {
  title: string;
  description: string | null;
  /** The themes, then the movements, in the agenda's order. */
  themes: AgendaTheme[];
}

/** The report model. */
export interface Report extends ScoreSet {
  schemaVersion: 1;
  survey: SurveyInfo;
  groups: GroupReport[];
  comparisons: Comparison[];
  benchmarks: Benchmark[];
  previous: PreviousReport | null;
  accounting: RowAccounting;
  /** The norm check, when the bundle sets settings.norm; otherwise null. */
  norm: Norm | null;
  /** The analyses across organisations, when the bundle sets `study`; otherwise null (`scoreReport` always sets it). */
  analyses?: Analyses | null;
  /** The survey read against its policy agenda, when the bundle sets `agenda`; otherwise null (`scoreReport` always sets it). */
  agenda?: Agenda | null;
  /** Every item's scores over the earlier waves and this survey; empty without earlier waves (`scoreReport` always sets it). */
  trends?: Trend[];
}

/** The change of a trend's point from the point of the wave before it, by the rules of every comparison. */
export interface TrendChange {
  /** The label of the wave before. */
  against: string;
  /** This point's score − the wave before's. */
  difference: number;
  pValue: number | null;
  /** Benjamini–Hochberg adjusted over the groups of one grouping variable, wave and kind of item. */
  adjustedPValue: number | null;
  significant: boolean | null;
  level: DifferenceLevel;
}

/** One wave's score of a trend; a suppressed (or missing) point has score, n and ci null. */
export interface TrendPoint {
  /** The wave's label; the survey itself is `current`. */
  wave: string;
  score: number | null;
  n: number | null;
  se: number | null;
  ci: Interval | null;
  /** A module's or theme's point: the questions (by their current ids) its score is based on in this wave. */
  questions?: string[];
  /** Against the wave before, where both points exist (and, for a module or theme, rest on the same questions); else null. */
  change: TrendChange | null;
}

/** A linear trend over three or more waves: the weighted least-squares slope per year, with a z test. */
export interface LinearTrend {
  /** Change in score per year. */
  slope: number;
  se: number;
  pValue: number;
  /** The points it was fitted to. */
  waves: number;
}

/** One item's scores over every wave (`trends[]`), for the organisation or one group. */
export interface Trend {
  /** A question or module id, an agenda theme's (or movement's) id, `enps` or `responseRate`. */
  item: string;
  kind: "question" | "module" | "theme" | "enps" | "responseRate";
  /** The group, or null for the organisation. */
  group: {variable: string; value: string} | null;
  /** The group's id (as in `groups[]`), or null. */
  groupId: string | null;
  /** A module's current core questions, a theme's current questions: its points are compared (and fitted) where they rest on exactly these. */
  questions?: string[];
  /** A question's: the labels of the waves in which its text differed from the current text. */
  wordingChanged?: string[];
  points: TrendPoint[];
  /** Over the points with an interval (a module's or theme's on its current questions), when there are at least three; else null. */
  linear: LinearTrend | null;
}
