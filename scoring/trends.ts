import {adjustForMultipleTesting, compareItems, type ItemEstimate} from "./comparisons.ts";
import {tTestPValue} from "./probability.ts";
import {CURRENT_WAVE} from "../bundle/bundleFiles.ts";
import type {Comparison, GroupReport, LinearTrend, Report, ResolvedSettings, ScoreSet, Trend, TrendPoint} from "./types.ts";

/** One wave as its trends read it: its label, when it started, and its report (scored by the survey's settings). */
export interface ScoredWave {
  label: string;
  /** The start of its period, YYYY-MM-DD. */
  start: string;
  report: Pick<Report, "survey" | "respondents" | "invited" | "responseRate" | "questions" | "modules" | "enps" | "groups" | "agenda">;
  /** The ids its questions had where they differ from the current ones (`formerly`): current id → id in this wave. */
  formerly: ReadonlyMap<string, string>;
}

/** A score set of one wave: the organisation's, or a group's. */
type WaveSet = Partial<Pick<ScoreSet, "questions" | "modules" | "enps">> & {n?: number | null; respondents?: number | null; responseRate: number | null; suppressed?: boolean};

/**
 * The trends of a survey over its earlier waves: for the organisation and every group the current
 * report shows, every scored question, every module, the eNPS and the response rate, with a point
 * per wave (oldest first, the survey itself last as `current`). A group's point in a wave exists
 * only where that wave's own report shows the group (each wave is scored and audited as the report
 * it is); otherwise score, n and ci are null. Questions are matched by id, or by `formerly`; a
 * question whose text changed says in which waves. A module's point is its score in that wave over
 * the current core questions the wave asked (`questions`); an agenda theme's (kind `theme`, every
 * measured theme and movement) is its score in that wave's `agenda`, scored with the current agenda
 * over the theme's current questions the wave asked (`questions`), and null where the wave's agenda
 * withholds it. Each point is compared with the point before it by the rules of every comparison
 * with a previous survey (modules and themes only where both rest on the same questions), with
 * Benjamini–Hochberg over the groups of a grouping variable per wave and kind of item; three or
 * more points get a linear trend ({@link linearTrend}).
 *
 * @example
 * trends(report, [{label: "2023", start: "2023-03-13", report: waveReport, formerly: new Map()}], report.survey.settings)
 */
export function trends(current: Report, earlier: ScoredWave[], settings: ResolvedSettings): Trend[] {
  if (earlier.length === 0) return [];
  const waves: ScoredWave[] = [...earlier, {label: CURRENT_WAVE, start: current.survey.period.start, report: current, formerly: new Map()}];
  const {survey} = current;
  const questionsNow = survey.questions.filter((q) => q.type === "likert" || q.type === "nps" || q.type === "grade");
  const texts = waves.map((w) => new Map(w.report.survey.questions.map((q) => [q.id, q.text])));
  const idIn = (id: string, w: number) => waves[w].formerly.get(id) ?? id;
  // Per wave, from its question ids back to the current ones (for the questions of a module's point).
  const currentIds = waves.map((_, w) => new Map(questionsNow.map((q) => [idIn(q.id, w), q.id])));

  const sets: {group: GroupReport | null; of: (w: number) => WaveSet | null}[] = [
    {group: null, of: (w) => waves[w].report},
    ...current.groups.filter((g) => !g.suppressed).map((group) => ({
      group,
      of: (w: number) => {
        const found = waves[w].report.groups.find((g) => g.id === group.id);
        return found && !found.suppressed ? found : null;
      }
    }))
  ];

  const result: Trend[] = [];
  for (const {group, of} of sets) {
    const base = {group: group ? {variable: group.variable, value: group.value} : null, groupId: group?.id ?? null};
    const line = (item: string, kind: Trend["kind"], point: (set: WaveSet, w: number) => Omit<TrendPoint, "wave" | "change"> | null, extra: Partial<Trend> = {}): Trend => ({
      item,
      kind,
      ...base,
      ...extra,
      points: waves.map((wave, w) => {
        const set = of(w);
        const found = set ? point(set, w) : null;
        return {wave: wave.label, ...(found ?? {score: null, n: null, se: null, ci: null}), change: null};
      }),
      linear: null
    });
    const setTrends: Trend[] = [];
    for (const question of questionsNow) {
      const wordingChanged = waves.filter((w, i) => w.label !== CURRENT_WAVE && texts[i].has(idIn(question.id, i)) && texts[i].get(idIn(question.id, i)) !== question.text).map((w) => w.label);
      setTrends.push(
        line(question.id, "question", (set, w) => {
          const q = set.questions?.find((s) => s.id === idIn(question.id, w));
          return q && q.score !== null ? {score: q.score, n: q.n, se: q.se, ci: q.ci} : null;
        }, {wordingChanged})
      );
    }
    for (const module of survey.modules) {
      setTrends.push(
        line(module.id, "module", (set, w) => {
          const m = set.modules?.find((s) => s.id === module.id);
          if (!m || m.score === null) return null;
          return {score: m.score, n: m.n, se: m.se, ci: m.ci, questions: m.questions.map((id) => currentIds[w].get(id) ?? id)};
        }, {questions: module.core})
      );
    }
    // The agenda's measured themes and movements, each wave's scored with the current agenda.
    for (const theme of current.agenda?.themes.filter((t) => t.measured) ?? []) {
      setTrends.push(
        line(theme.id, "theme", (_, w) => {
          const scored = waves[w].report.agenda?.themes.find((t) => t.id === theme.id);
          const own = group ? scored?.groups.find((g) => g.group === group.id) : scored?.score;
          if (!scored || !own || own.score === null) return null;
          return {score: own.score, n: own.n, se: own.se, ci: own.ci, questions: scored.questions.map((id) => currentIds[w].get(id) ?? id)};
        }, {questions: theme.questions})
      );
    }
    if (current.enps) {
      setTrends.push(line("enps", "enps", (set) => (set.enps ? {score: set.enps.score, n: set.enps.n, se: set.enps.se, ci: set.enps.ci} : null)));
    }
    const rate = line("responseRate", "responseRate", (set) => (set.responseRate === null ? null : {score: set.responseRate, n: set.respondents ?? set.n ?? null, se: null, ci: null}));
    if (rate.points.some((p) => p.score !== null)) setTrends.push(rate);
    result.push(...setTrends);
  }

  // Each point against the one before it: compared as with a previous survey, then adjusted per family.
  const changes: {comparison: Comparison; point: TrendPoint}[] = [];
  for (const trend of result) {
    if (trend.kind === "responseRate") continue;
    for (let w = 1; w < waves.length; w++) {
      const [before, point] = [trend.points[w - 1], trend.points[w]];
      if (point.score === null || before.score === null) continue;
      if (onQuestions(trend) && String(point.questions) !== String(before.questions)) continue;
      // A theme is compared as a module is (its thresholds), then marked a theme: a family of its own.
      const kind = trend.kind === "theme" ? "module" : (trend.kind as ItemEstimate["kind"]);
      const estimate = (p: TrendPoint): ItemEstimate => ({kind, item: trend.item, score: p.score!, se: p.se, n: p.n});
      const [compared] = compareItems([estimate(point)], [estimate(before)], {against: before.wave, group: trend.groupId, design: "independent", settings});
      const comparison = trend.kind === "theme" ? ({...compared, kind: "theme"} as unknown as Comparison) : compared;
      changes.push({comparison, point});
    }
  }
  const variableOf = new Map(current.groups.map((g) => [g.id, g.variable]));
  adjustForMultipleTesting(
    changes.map((c) => c.comparison),
    (id) => variableOf.get(id)!,
    settings
  );
  for (const {comparison: c, point} of changes) {
    point.change = {against: c.against, difference: c.difference, pValue: c.pValue, adjustedPValue: c.adjustedPValue, significant: c.significant, level: c.level};
  }

  const years = waves.map((w) => Date.parse(w.start) / (365.25 * 24 * 3600 * 1000));
  for (const trend of result) {
    if (trend.kind === "responseRate") continue;
    const fitted = trend.points.flatMap((p, w) => (p.score !== null && p.se !== null && p.se > 0 && (!onQuestions(trend) || String(p.questions) === String(trend.questions)) ? [{x: years[w] - years[0], y: p.score, se: p.se}] : []));
    trend.linear = linearTrend(fitted);
  }
  return result;
}

/** Whether a trend's points rest on sets of questions that may differ between waves: a module's or a theme's. */
function onQuestions(trend: Trend): boolean {
  return trend.kind === "module" || trend.kind === "theme";
}

/**
 * A linear trend through wave estimates with known standard errors: the weighted least-squares
 * slope of score on time (years), each point weighted by 1/SE², with its standard error
 * 1/√(Σw(x − x̄)²) and a two-sided z test (the estimates' variances are taken as known, so no
 * residual variance is estimated: R's `summary(glm(y ~ x, weights = 1/se^2), dispersion = 1)`).
 * Null for fewer than three points or when they all lie at one time.
 *
 * @example
 * linearTrend([{x: 0, y: 6.8, se: 0.1}, {x: 2, y: 7.0, se: 0.1}, {x: 4, y: 7.3, se: 0.1}]) // {slope: 0.125, …}
 */
export function linearTrend(points: {x: number; y: number; se: number}[]): LinearTrend | null {
  if (points.length < 3) return null;
  const w = points.map((p) => 1 / (p.se * p.se));
  const sw = w.reduce((a, b) => a + b, 0);
  const mx = points.reduce((a, p, i) => a + w[i] * p.x, 0) / sw;
  const my = points.reduce((a, p, i) => a + w[i] * p.y, 0) / sw;
  const sxx = points.reduce((a, p, i) => a + w[i] * (p.x - mx) ** 2, 0);
  if (!(sxx > 0)) return null;
  const slope = points.reduce((a, p, i) => a + w[i] * (p.x - mx) * (p.y - my), 0) / sxx;
  const se = 1 / Math.sqrt(sxx);
  return {slope, se, pValue: tTestPValue(slope / se, Infinity), waves: points.length};
}
