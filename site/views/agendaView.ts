import type {AgendaReference, AgendaRow, AgendaThemeView, AgendaTrend, AgendaView} from "../../charts/types.ts";
import type {Report, ThemeComparison} from "../../scoring/types.ts";
import {compact} from "./compact.ts";
import {groupSlugs} from "./groupSlugs.ts";
import {groupLabels} from "./groupsView.ts";
import {waveLabel} from "./trendsView.ts";

export type {AgendaReference, AgendaRow, AgendaThemeView, AgendaTrend, AgendaView};

/**
 * The agenda view (`agenda.json`): per theme and movement the organisation's score with its
 * margin, its comparisons with the previous survey and the benchmarks, the groups of the first
 * grouping variable and every lagging group with their margins, the topics that touch it and, in a
 * study, each organisation against the others; with earlier waves, the organisation's theme in
 * every wave (its trend). Only numbers the report model publishes; null without an agenda.
 *
 * @example
 * agendaView(report)?.themes[0].score?.score; // 7.08
 */
export function agendaView(report: Report): AgendaView | null {
  const agenda = report.agenda;
  if (!agenda) return null;
  const {survey} = report;
  const slugs = groupSlugs(report.groups);
  const labels = groupLabels(report.groups);
  const first = survey.groups.find((g) => !g.crossing)?.id ?? null;
  const organisationVariable = report.comparisons.find((c) => c.against === "organisations" && c.group !== null)?.group;
  const studyVariable = organisationVariable ? report.groups.find((g) => g.id === organisationVariable)!.variable : null;
  const chartVariable = first === studyVariable ? (survey.groups.find((g) => !g.crossing && g.id !== studyVariable)?.id ?? first) : first;
  const moduleName = new Map(survey.modules.map((m) => [m.id, m.name]));
  const questionName = new Map(survey.questions.map((q) => [q.id, q.short]));
  const moduleScore = new Map(report.modules.map((m) => [m.id, m.score]));
  const questionScore = new Map(report.questions.map((q) => [q.id, q.score]));
  const topicKind = new Map(survey.questions.map((q) => [q.id, q.topic]));
  const questionModule = new Map(survey.questions.map((q) => [q.id, q.module]));
  const item = (id: string) => (moduleName.has(id) ? {id, name: moduleName.get(id)!, kind: "module" as const} : {id, name: questionName.get(id) ?? id, kind: "question" as const});

  const themes = agenda.themes.map((theme): AgendaThemeView => {
    const byGroup = (against: string) => new Map(theme.comparisons.filter((c) => c.against === against && c.group !== null).map((c) => [c.group!, c]));
    const versusOrganisation = byGroup("organisation");
    const row = (id: string, against: Map<string, ThemeComparison>): AgendaRow => {
      const entry = theme.groups.find((g) => g.group === id)!;
      const c = against.get(id);
      return {id, label: labels.get(id) ?? id, slug: slugs.get(id) ?? null, score: entry.score, ci: entry.ci, n: entry.n, difference: c?.difference ?? null, level: c?.level ?? "none", suppressed: entry.suppressed};
    };
    const lagging = theme.lagging.map((id) => row(id, versusOrganisation));
    const shown = report.groups.filter((g) => g.variable === chartVariable).map((g) => row(g.id, versusOrganisation));
    const reference = (c: ThemeComparison, label: string): AgendaReference => ({against: c.against, label, reference: c.reference, difference: c.difference, level: c.level});
    const previous = theme.comparisons.find((c) => c.against === "previous" && c.group === null);
    const organisations = studyVariable ? report.groups.filter((g) => g.variable === studyVariable).map((g) => row(g.id, byGroup("organisations"))) : null;
    return {
      id: theme.id,
      kind: theme.kind,
      name: theme.name,
      description: theme.description,
      measured: theme.measured,
      counted: [...theme.mapping.modules, ...theme.mapping.questions].map(item),
      questions: theme.questions.length,
      context: theme.mapping.context.map((id) => ({...item(id), score: (moduleScore.get(id) ?? questionScore.get(id)) ?? null, module: moduleName.has(id) ? id : (questionModule.get(id) ?? null)})),
      score: theme.score ? {id: "organisation", label: report.survey.organisation, slug: null, score: theme.score.score, ci: theme.score.ci, n: theme.score.n, difference: null, level: "none", suppressed: theme.score.suppressed} : null,
      previous: previous && report.previous ? reference(previous, report.previous.label) : null,
      benchmarks: report.benchmarks.flatMap((b) => {
        const c = theme.comparisons.find((x) => x.against === b.id && x.group === null);
        return c ? [reference(c, b.name)] : [];
      }),
      groups: [...shown, ...lagging.filter((l) => !shown.some((s) => s.id === l.id))],
      lagging,
      topics: theme.topics.map((t) => ({question: t.question, topic: topicKind.get(t.question) ?? "improve", label: t.label, share: t.share})),
      organisations,
      organisationsMean: mean((organisations ?? []).flatMap((o) => (o.score === null ? [] : [o.score]))),
      trend: themeTrend(report, theme.id)
    };
  });
  return compact({
    language: survey.language,
    scoring: survey.settings.scoring,
    title: agenda.title,
    description: agenda.description,
    organisation: survey.organisation,
    previousLabel: report.previous?.label ?? null,
    themes,
    variable: survey.groups.find((g) => g.id === chartVariable)?.name ?? null,
    survey: {language: survey.language, settings: {scoring: survey.settings.scoring, comparison: survey.settings.comparison}}
  });
}

/** The organisation's trend of a theme, each point labelled and marked when it rests on other questions than now. */
function themeTrend(report: Report, id: string): AgendaThemeView["trend"] {
  const line = report.trends?.find((t) => t.kind === "theme" && t.item === id && t.groupId === null);
  if (!line) return null;
  return {
    points: line.points.map((p) => ({label: waveLabel(report, p.wave), score: p.score, sameQuestions: String(p.questions) === String(line.questions)})),
    linear: line.linear && {slope: line.linear.slope, pValue: line.linear.pValue}
  };
}

function mean(values: number[]): number | null {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
}
