import type {AgendaThemeView, AgendaView} from "../charts/types.ts";
import {pageLink} from "../site/pages.ts";
import {agendaText} from "../text/agendaText.ts";
import {format} from "../text/format.ts";
import type {Language} from "../text/translations.ts";
import type {NarrativePart, Sentence} from "./NarrativeList.ts";
import {linked} from "./sentenceParts.ts";

/** The options of {@link agendaSentences}. */
export interface AgendaSentencesOptions {
  /** Default the view's language. */
  locale?: Language;
  /** Where a theme's numbers link to; default its section on the agenda page (`#thema-<id>`), which holds its chart. */
  link?: (theme: AgendaThemeView) => string;
}

/**
 * One sentence per theme (and movement) on where the organisation stands: its score and margin,
 * against the previous survey and the first benchmark by the two-strength rule, and how many
 * groups clearly lag behind; for a theme the survey does not measure, that it has no score. Every
 * number links to the chart it comes from. Defaults: the view's language, links within the page.
 *
 * @example
 * NarrativeList([agendaSentences(view).get("leiderschap")!]);
 */
export function agendaSentences(view: Pick<AgendaView, "language" | "scoring" | "themes">, options: AgendaSentencesOptions = {}): Map<string, Sentence> {
  const locale = options.locale ?? view.language;
  const link = options.link ?? ((theme: AgendaThemeView) => pageLink("agenda", {anchor: `thema-${theme.id}`, from: "agenda"}));
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
    sentences.set(
      theme.id,
      t.stands<NarrativePart>({
        name: theme.name,
        score,
        previous: against(theme.previous),
        benchmark: against(theme.benchmarks[0] ?? null),
        count: theme.lagging.length,
        lagging: linked(f.count(theme.lagging.length), href)
      })
    );
  }
  return sentences;
}
