import type {Report, Trend} from "../../scoring/types.ts";
import {CURRENT_WAVE} from "../../bundle/bundleFiles.ts";
import {compact} from "./compact.ts";
import type {TrendLine, TrendsView, TrendWave} from "../../charts/types.ts";

/**
 * The trends view (`trends.json`): the waves with the labels pages print (an earlier wave's folder
 * name, the year of the survey's own period for `current`), and the report's trends without the
 * groups' question and theme trends (the trend charts, the summary's and group pages' sentences and the
 * heatmap's sparklines read modules, eNPS and the response rate of groups; the agenda page reads the
 * organisation's themes, named in `themes`). Each point keeps its
 * score, n, interval and change (difference, significance, level); its wave is its position.
 *
 * @example
 * trendsView(report).waves.map((w) => w.label) // ["2021", "2023", "2025"]
 */
export function trendsView(report: Report): TrendsView {
  const trends = report.trends ?? [];
  const waves: TrendWave[] = (trends[0]?.points ?? []).map(({wave}) => ({wave, label: waveLabel(report, wave)}));
  return compact({
    survey: {title: report.survey.title, language: report.survey.language, period: report.survey.period, settings: report.survey.settings, groups: report.survey.groups},
    waves,
    modules: report.modules.map((m) => ({id: m.id, name: m.name})),
    questions: report.survey.questions.filter((q) => q.type === "likert" || q.type === "grade" || q.type === "nps").map((q) => ({id: q.id, short: q.short, module: q.module})),
    ...(report.agenda ? {themes: report.agenda.themes.filter((t) => t.measured).map((t) => ({id: t.id, name: t.name}))} : {}),
    trends: trends.filter((t) => t.groupId === null || (t.kind !== "question" && t.kind !== "theme")).map(compactTrend)
  });
}

/**
 * How pages print a wave of the trends: an earlier wave's label, the year the survey's period starts for `current`.
 *
 * @example
 * waveLabel(report, "current") // "2025"
 */
export function waveLabel(report: Pick<Report, "survey">, wave: string): string {
  return wave === CURRENT_WAVE ? report.survey.period.start.slice(0, 4) : wave;
}

function compactTrend(trend: Trend): TrendLine {
  const differ = (trend.kind === "module" || trend.kind === "theme") && trend.points.some((p) => p.questions && String(p.questions) !== String(trend.questions));
  return {
    item: trend.item,
    kind: trend.kind,
    groupId: trend.groupId,
    ...(trend.wordingChanged?.length ? {wordingChanged: trend.wordingChanged} : {}),
    ...(differ ? {questions: trend.questions} : {}),
    points: trend.points.map(({score, n, ci, change, questions}) => ({
      score,
      n,
      ci,
      change: change && {difference: change.difference, significant: change.significant, level: change.level},
      ...(differ && score !== null && String(questions) !== String(trend.questions) ? {otherQuestions: true as const} : {})
    })),
    linear: trend.linear && {slope: trend.linear.slope, pValue: trend.linear.pValue}
  };
}
