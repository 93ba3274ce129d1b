import type {GroupReport, Norm, NormGroup, NormRow, Report, ResolvedSettings} from "./types.ts";

/** What the norm check reads of a scored report: the organisation's scores and the scored groups. */
export type NormSource = Pick<Report, "respondents" | "invited" | "responseRate" | "questions" | "groups">;

/**
 * Lets floating-point sums land on a threshold they reach exactly (a mean of 6 and 7 is 6.5, but
 * a weighted sum may give 6.4999999999999991).
 */
const TOLERANCE = 1e-9;

/**
 * Checks a quality mark's norm (`settings.norm`) on a scored report: the mean grade of the whole
 * (or, with `within`, of that group of the parent variable) must reach `total`, and the mean
 * grade of every group of `variable` must reach `group`; where a mean falls short, the robust
 * mean (every grade below `settings.failingGrade` counted as the same failing value, see
 * questionScores) is checked against the same norm. Each row says whether its grade may be
 * published (`settings.publication`). The shown/suppressed decision is the scored groups' own:
 * a suppressed group's row carries no number and is not judged. Returns null without
 * `settings.norm`.
 *
 * @example
 * norm(report, settings) // {question: "cijfer", total: {mean: 7.6, pass: true, passedBy: "mean", …}, groups: […], …}
 */
export function norm(report: NormSource, settings: ResolvedSettings): Norm | null {
  const options = settings.norm;
  if (!options) return null;
  const {question, variable} = options;
  const within = options.within ?? null;
  const thresholds = {total: options.total, group: options.group, failingGrade: settings.failingGrade};
  const parent = within === null ? null : report.groups.find((g) => g.value === within && isParentOf(report, g, variable)) ?? null;
  const populations = parent === null ? [] : report.groups.filter((g) => g.variable === parent.variable && g.parent === parent.parent).map((g) => groupRow(g, question, thresholds.total, settings));
  const total =
    within === null
      ? normRow({n: report.respondents, invited: report.invited, responseRate: report.responseRate, score: report.questions.find((q) => q.id === question)}, thresholds.total, settings)
      : parent === null
        ? emptyRow()
        : stripGroup(groupRow(parent, question, thresholds.total, settings));
  // A `within` that names no group (no respondent of that population) leaves nothing to check.
  const groups = report.groups.filter((g) => g.variable === variable && (within === null || g.parent === parent?.id)).map((g) => groupRow(g, question, thresholds.group, settings));
  const rows = [total, ...groups.filter((g) => !g.suppressed)];
  return {
    question,
    variable,
    within,
    thresholds,
    total,
    groups,
    populations,
    pass: total.pass === null ? null : rows.every((row) => row.pass !== false)
  };
}

/**
 * Whether a set reaches a norm: by its mean, or else by its robust mean.
 *
 * @example
 * judge({mean: 6.3, robustMean: 6.6}, 6.5) // {pass: true, passedBy: "robust"}
 */
export function judge({mean, robustMean}: {mean: number | null; robustMean: number | null}, threshold: number): Pick<NormRow, "pass" | "passedBy"> {
  if (mean === null) return {pass: null, passedBy: null};
  if (mean >= threshold - TOLERANCE) return {pass: true, passedBy: "mean"};
  if (robustMean !== null && robustMean >= threshold - TOLERANCE) return {pass: true, passedBy: "robust"};
  return {pass: false, passedBy: null};
}

function isParentOf(report: NormSource, group: GroupReport, variable: string): boolean {
  return report.groups.some((g) => g.variable === variable && g.parent === group.id);
}

function groupRow(group: GroupReport, question: string, threshold: number, settings: ResolvedSettings): NormGroup {
  const identity = {id: group.id, value: group.value, suppressed: group.suppressed};
  if (group.suppressed) return {...identity, ...emptyRow()};
  const row = normRow({n: group.n, invited: group.invited, responseRate: group.responseRate, score: group.questions?.find((q) => q.id === question)}, threshold, settings);
  return {...identity, ...row};
}

function normRow(
  set: {n: number | null; invited: number | null; responseRate: number | null; score: {mean: number | null; robustMean?: number | null; ci: [number, number] | null; n: number | null} | undefined},
  threshold: number,
  settings: ResolvedSettings
): NormRow {
  const mean = set.score?.mean ?? null;
  const robustMean = mean === null ? null : (set.score?.robustMean ?? null);
  const publication = settings.publication;
  const published = mean !== null && (!publication || (set.n !== null && set.n >= publication.minCompleted && (publication.minRate === 0 || (set.responseRate !== null && set.responseRate >= publication.minRate - TOLERANCE))));
  const answers = set.score?.n ?? null;
  return {
    invited: set.invited,
    n: set.n,
    responseRate: set.responseRate,
    mean,
    ci: mean === null ? null : (set.score?.ci ?? null),
    robustMean,
    ...judge({mean, robustMean}, threshold),
    published,
    few: answers !== null && answers < settings.norm!.fewAnswers
  };
}

function emptyRow(): NormRow {
  return {invited: null, n: null, responseRate: null, mean: null, ci: null, robustMean: null, pass: null, passedBy: null, published: false, few: false};
}

function stripGroup({id: _id, value: _value, suppressed: _suppressed, ...row}: NormGroup): NormRow {
  return row;
}
