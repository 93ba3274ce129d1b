import type {AgendaThemeView, AgendaView} from "../charts/types.ts";
import {pageLink} from "../site/pages.ts";
import {agendaText} from "../text/agendaText.ts";
import {format, type Formatter} from "../text/format.ts";
import type {Language} from "../text/translations.ts";
import type {NarrativePart, Sentence} from "./NarrativeList.ts";
import {linked} from "./sentenceParts.ts";

/** The options of {@link agendaSentences}. */
export interface AgendaSentencesOptions {
  /** Default the view's language. */
  locale?: Language;
  /** Where a theme's numbers link to; default its section on the agenda page (`#thema-<id>`), which holds its chart. */
  link?: (theme: AgendaThemeView) => string;
  /** Where a theme's numbers over the waves link to; default its chart over the waves on the agenda page (`#thema-<id>-verloop`). */
  trendLink?: (theme: AgendaThemeView) => string;
}

/**
 * One sentence per theme (and movement) on where the organisation stands: its score and margin,
 * against the previous survey and the first benchmark by the two-strength rule, and how many
 * groups clearly lag behind; with earlier waves, how it moved over them (its score in every wave on
 * the current questions and the direction of its linear trend at the survey's confidence level);
 * for a theme the survey does not measure, that it has no score. Every number links to the chart
 * it comes from. Defaults: the view's language, links within the page.
 *
 * @example
 * NarrativeList([agendaSentences(view).get("leiderschap")!]);
 */
export function agendaSentences(view: Pick<AgendaView, "language" | "scoring" | "themes" | "survey">, options: AgendaSentencesOptions = {}): Map<string, Sentence> {
  const locale = options.locale ?? view.language;
  const link = options.link ?? ((theme: AgendaThemeView) => pageLink("agenda", {anchor: `thema-${theme.id}`, from: "agenda"}));
  const trendLink = options.trendLink ?? ((theme: AgendaThemeView) => pageLink("agenda", {anchor: `thema-${theme.id}-verloop`, from: "agenda"}));
  const t = agendaText(locale);
  const f = format({locale, scoring: view.scoring});
  const sentences = new Map<string, Sentence>();
  for (const theme of view.themes) {
    if (!theme.measured || theme.score?.score == null) {
      sentences.set(theme.id, [t.notMeasuredSentence(theme.name)]);
      continue;
    }
    const href = link(theme);
    const number = (x: number) => linked(f.score(x), href);
    const against = (r: AgendaThemeView["previous"]) =>
      r ? t.against<NarrativePart>({level: r.level, better: r.difference > 0, label: r.label, reference: number(r.reference)}) : null;
    const score = t.scoreWithInterval<NarrativePart>(number(theme.score.score), f.interval(theme.score.ci?.[0], theme.score.ci?.[1]));
    const stands = t.stands<NarrativePart>({
        name: theme.name,
        score,
        previous: against(theme.previous),
        benchmark: against(theme.benchmarks[0] ?? null),
        count: theme.lagging.length,
        lagging: linked(f.count(theme.lagging.length), href)
      });
    const moved = theme.trend ? movedParts(theme.trend, trendLink(theme), 1 - view.survey.settings.comparison.confidence, locale, f) : null;
    sentences.set(theme.id, moved ? [...stands, " ", ...moved] : stands);
  }
  return sentences;
}

/** How a theme moved over the waves, or null when fewer than two waves give it a score on the current questions. */
function movedParts(trend: NonNullable<AgendaThemeView["trend"]>, href: string, alpha: number, locale: Language, f: Formatter): NarrativePart[] | null {
  const same = trend.points.filter((p) => p.score !== null && p.sameQuestions);
  if (same.length < 2) return null;
  const {linear} = trend;
  const direction = linear === null ? null : linear.pValue >= alpha ? "steady" : linear.slope > 0 ? "rising" : "falling";
  return agendaText(locale).moved<NarrativePart>({
    points: same.map((p) => ({score: linked(f.score(p.score!), href), label: p.label})),
    direction,
    slope: linear ? linked(f.difference(linear.slope), href) : null,
    other: trend.points.filter((p) => p.score !== null && !p.sameQuestions).map((p) => p.label)
  });
}
