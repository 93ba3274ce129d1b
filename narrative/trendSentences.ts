import type {TrendLine, TrendsView} from "../charts/types.ts";
import type {Language} from "../text/translations.ts";
import type {Sentence} from "./NarrativeList.ts";
import {pageLink} from "../site/pages.ts";
import {joinParts, linked, point, sentenceKit, tidy} from "./sentenceParts.ts";

/** Where the numbers of the trend sentences link to: the charts they come from. */
export interface TrendLinks {
  /** The modules' trend chart; default `./modules#ontwikkeling` (from the summary). */
  modules: string;
  /** The eNPS trend chart; default `#ontwikkeling` (on the summary). */
  enps: string;
}

/** The options of {@link trendSentences}. */
export interface TrendSentencesOptions {
  /** Default the survey's language. */
  locale?: Language;
  /** A group's id; default the organisation. */
  group?: string | null;
  links?: Partial<TrendLinks>;
}

const defaultLinks: TrendLinks = {
  modules: pageLink("modules", {anchor: "ontwikkeling"}),
  enps: pageLink("summary", {anchor: "ontwikkeling"})
};

/** How many rising or falling modules a sentence names at most. */
const MAX_LISTED = 3;

/**
 * What changed over the years, as one key point: the modules whose linear trend (three or more
 * waves) rises or falls significantly (at the survey's confidence level), the steepest
 * first with their first and last score, or that none did; and the eNPS in every wave where it
 * is shown. A group's point says in which waves it was too small to show. Every number links to
 * the chart it comes from. Nothing (an empty list) without earlier waves. Defaults: the
 * organisation, the survey's language, links from the summary page.
 *
 * @example
 * NarrativeList([...summarySentences(overview), ...trendSentences(trends)]);
 */
export function trendSentences(view: TrendsView, options: TrendSentencesOptions = {}): Sentence[] {
  const {waves, survey} = view;
  if (waves.length < 2) return [];
  const locale = options.locale ?? survey.language;
  const group = options.group ?? null;
  const links = {...defaultLinks, ...options.links};
  const {f, w, t: text} = sentenceKit(locale, survey.settings.scoring);
  const t = text.trends;
  const alpha = 1 - survey.settings.comparison.confidence;
  const lines = view.trends.filter((l) => l.groupId === group);
  const modules = lines.filter((l) => l.kind === "module" && l.points.some((p) => p.score !== null));
  const name = (l: TrendLine) => view.modules.find((m) => m.id === l.item)?.name ?? l.item;
  const score = (x: number) => (survey.settings.scoring === "percent-positive" ? f.percent(x, 0) : f.score(x));
  const sentences: Sentence[] = [];

  // Only modules with a linear trend (three or more points with an interval) are said to rise, fall or hold.
  const fitted = modules.filter((l) => l.linear !== null);
  if (fitted.length) {
    const from = waves[0].label;
    const to = waves[waves.length - 1].label;
    const significant = (l: TrendLine) => l.linear !== null && l.linear.pValue < alpha;
    const listed = (items: TrendLine[]) => {
      const sorted = [...items].sort((a, b) => Math.abs(b.linear!.slope) - Math.abs(a.linear!.slope));
      const parts = sorted.slice(0, MAX_LISTED).map((l): Sentence => {
        const shown = l.points.filter((p) => p.score !== null);
        return [name(l), " (", w.fromTo[0], linked(score(shown[0].score!), links.modules), w.fromTo[1], linked(score(shown[shown.length - 1].score!), links.modules), ")"];
      });
      return [...joinParts(parts, w.and), ...(sorted.length > MAX_LISTED ? [w.more(sorted.length - MAX_LISTED)] : [])];
    };
    const rising = fitted.filter((l) => significant(l) && l.linear!.slope > 0);
    const falling = fitted.filter((l) => significant(l) && l.linear!.slope < 0);
    if (rising.length) sentences.push(t.rising({count: rising.length, total: fitted.length, from, to, list: listed(rising)}));
    if (falling.length) sentences.push(t.falling({count: falling.length, total: fitted.length, from, to, list: listed(falling)}));
    if (!rising.length && !falling.length) sentences.push([t.steady({total: fitted.length, from, to})]);
  }
  const enps = lines.find((l) => l.kind === "enps");
  const shownEnps = enps ? enps.points.flatMap((p, i) => (p.score === null ? [] : [[linked(f.enps(p.score), links.enps), t.inYear, waves[i].label]])) : [];
  if (shownEnps.length >= 2) sentences.push(t.series(w.theEnps.charAt(0).toUpperCase() + w.theEnps.slice(1), joinParts(shownEnps, w.and)));
  if (group !== null) {
    const hidden = waves.filter((_, i) => modules.length && modules.every((l) => l.points[i].score === null)).map((wave) => wave.label);
    if (hidden.length) sentences.push([t.notShown(hidden.join(` ${w.and} `))]);
  }
  const key = point(t.lead, sentences);
  return key ? [tidy(key)] : [];
}
