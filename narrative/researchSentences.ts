import type {OrganisationView, StudyCorrelation, StudyDrivers, StudySpread, StudyView} from "../charts/types.ts";
import {format} from "../text/format.ts";
import {studyText} from "../text/studyText.ts";
import type {Language} from "../text/translations.ts";
import {pageLink} from "../site/pages.ts";
import type {GroupLinks} from "./groupSentences.ts";
import type {Sentence} from "./NarrativeList.ts";
import {joinParts, linked, point, tidy} from "./sentenceParts.ts";

/** Fewer organisations than this make a correlation's estimate rough, and the sentence says so. */
export const FEW_ORGANISATIONS = 20;

/** The references an organisation's key points tell, in order: the other organisations' mean, their top, the whole study, its previous scores. */
export const ORGANISATION_REFERENCES = ["organisations", "top", "study", "previous"] as const;

/** Where an organisation page's key points link to (for `groupSentences`): the study's list, and the page's own sections. */
export const organisationLinks: GroupLinks = {
  response: pageLink("study", {anchor: "kiezen", from: "organisation"}),
  modules: pageLink("organisation", {anchor: "modules", from: "organisation"}),
  comparison: pageLink("organisation", {anchor: "benchmarks", from: "organisation"}),
  enps: pageLink("organisation", {anchor: "enps", from: "organisation"}),
  questions: pageLink("organisation", {anchor: "vragen", from: "organisation"}),
  topics: pageLink("organisation", {anchor: "onderwerpen", from: "organisation"})
};

/** The options of the research sentences: the language (default the survey's) and where each number links. */
export interface ResearchOptions {
  locale?: Language;
  /** The chart a sentence's numbers come from; default the research page's section. */
  href?: string;
}

/**
 * What a correlation across organisations says, as a researcher would write it: how strongly the
 * two modules go together over how many organisations, r with its interval, whether the interval
 * clears zero, a warning when there are few organisations, and that a relationship between
 * organisations is not a cause. Numbers link to the chart (default the research page's
 * `#samenhang`). A correlation without r (too few organisations) gives no sentence.
 *
 * @example
 * NarrativeList(correlationSentences(view, view.correlations[0]), {as: "paragraphs"});
 */
export function correlationSentences(view: Pick<StudyView, "survey">, c: StudyCorrelation, {locale = view.survey.language, href = pageLink("research", {anchor: "samenhang", from: "research"})}: ResearchOptions = {}): Sentence[] {
  if (c.r == null || c.ci == null) return [];
  const t = studyText(locale).research;
  const f = format({locale});
  const two = (x: number) => f.number(x, 2);
  return [
    tidy([
      ...t.correlation({
        a: c.a.name,
        b: c.b.name,
        strength: t.strength(c.r),
        organisations: linked(f.count(c.n), href),
        r: linked(two(c.r), href),
        interval: linked(f.interval(c.ci[0], c.ci[1], two), href)
      }),
      " ",
      t.uncertainty({excludesZero: c.ci[0] > 0 || c.ci[1] < 0, few: c.n < FEW_ORGANISATIONS}),
      " ",
      t.notCause
    ])
  ];
}

/**
 * How large the differences between organisations are on one module and which are real: the
 * range from the highest to the lowest with the mean, how many (and which) lie above and below the
 * funnel's 99.8 % limits for their size and how many within, and whether the top-ranked one lies
 * within its limits (its rank may be chance); then whether the organisations differ by more than
 * sampling error at all (Cochran's Q), and if so by how much (τ, I²), how many chance alone would
 * have put outside the limits, and which lie outside the limits widened by τ (exceptional among
 * organisations that differ anyway). Numbers link to the chart (default `#verschillen`).
 *
 * @example
 * NarrativeList(spreadSentences(view, view.spread[0]), {as: "paragraphs"});
 */
export function spreadSentences(view: Pick<StudyView, "survey">, s: StudySpread, {locale = view.survey.language, href = pageLink("research", {anchor: "verschillen", from: "research"})}: ResearchOptions = {}): Sentence[] {
  if (!s.rows.length) return [];
  const t = studyText(locale).research;
  const f = format({locale, scoring: view.survey.settings.scoring});
  const rows = [...s.rows].sort((a, b) => b.score - a.score);
  const top = rows[0];
  const bottom = rows.at(-1)!;
  const {above, below} = s;
  const within = rows.length - above.length - below.length;
  const sentence: Sentence = [
    ...t.range({
      item: s.name,
      organisations: linked(f.count(rows.length), href),
      highest: linked(f.score(top.score), href),
      highestLabel: top.label,
      lowest: linked(f.score(bottom.score), href),
      lowestLabel: bottom.label,
      mean: linked(f.score(s.mean), href)
    }),
    " ",
    ...(above.length || below.length
      ? t.outside({above: linked(f.count(above.length), href), below: linked(f.count(below.length), href), aboveNames: above.join(", "), belowNames: below.join(", "), within: linked(f.count(within), href)})
      : t.noneOutside({within: linked(f.count(within), href)}))
  ];
  if (top.limits && !above.includes(top.label)) sentence.push(" ", t.topWithin({label: top.label, n: f.count(top.n)}));
  const h = s.heterogeneity;
  if (!h) return [tidy(sentence)];
  const p = h.pValue < 0.001 ? `< ${f.number(0.001, 3)}` : `= ${f.number(h.pValue, 3)}`;
  const q = {q: linked(f.number(h.q, 1), href), df: linked(f.count(h.df), href), p};
  const heterogeneous = h.pValue < 0.05;
  const tau = f.difference(h.tau).replace(/^\+/, "");
  sentence.push(
    " ",
    ...(heterogeneous
      ? t.heterogeneous({...q, expected: linked(f.number(0.002 * rows.length, 1), href), organisations: linked(f.count(rows.length), href), tau: linked(tau, href), i2: linked(f.percent(h.i2, 0), href)})
      : t.homogeneous(q))
  );
  if (heterogeneous && rows.some((r) => r.widened)) {
    const {above: high, below: low} = s.exceptional;
    sentence.push(
      " ",
      ...(high.length || low.length ? t.exceptional({above: linked(f.count(high.length), href), below: linked(f.count(low.length), href), aboveNames: high.join(", "), belowNames: low.join(", ")}) : [t.noneExceptional])
    );
  }
  return [tidy(sentence)];
}

/**
 * What drives one outcome: how much of its variance the drivers explain together (R², over how
 * many respondents), the drivers by their share, largest first, with the method named, and what
 * relative importance does not say. Numbers link to the chart (default `#drijfveren`). Without R²
 * (too few complete answers) it says so.
 *
 * @example
 * NarrativeList(driverSentences(view, view.drivers[0]), {as: "paragraphs"});
 */
export function driverSentences(view: Pick<StudyView, "survey">, d: StudyDrivers, {locale = view.survey.language, href = pageLink("research", {anchor: "drijfveren", from: "research"})}: ResearchOptions = {}): Sentence[] {
  const t = studyText(locale).research;
  const f = format({locale});
  const ranked = d.drivers.filter((x): x is typeof x & {importance: number} => x.importance != null).sort((a, b) => b.importance - a.importance);
  if (d.r2 == null || d.n == null || !ranked.length) return [[t.noDrivers(d.outcome.name)]];
  return [
    tidy([
      ...t.explained({outcome: d.outcome.name, drivers: ranked.length, r2: linked(f.percent(d.r2, 0), href), n: linked(f.count(d.n), href)}),
      " ",
      ...t.ranking({list: joinParts(ranked.map((x) => [`${x.name} `, linked(f.percent(x.importance, 0), href)]), t.and)}),
      " ",
      t.importanceCaveat
    ])
  ];
}

/**
 * An organisation page's key point on its place among the other organisations: its rank on every
 * module ("Leaders Lead: 12 of 45") and the modules on which it lies above or below the funnel's
 * 99.8 % limits for its size, or that it lies within them on every module; and those on which it
 * lies outside the limits widened by τ too (exceptional among organisations that differ anyway).
 * Ranks link to the page's funnel plots (`#positie`). No positions give no key point.
 *
 * @example
 * NarrativeList([...groupSentences(view, {references: ORGANISATION_REFERENCES, links: organisationLinks}), ...organisationSentences(view)]);
 */
export function organisationSentences(view: Pick<OrganisationView, "positions" | "survey">, locale: Language = view.survey.language): Sentence[] {
  if (!view.positions.length) return [];
  const t = studyText(locale).research;
  const f = format({locale});
  const href = pageLink("organisation", {anchor: "positie", from: "organisation"});
  const list = joinParts(
    view.positions.map((p) => t.rankOf({name: p.name, rank: linked(f.count(p.rank), href), of: p.of})),
    t.and
  );
  const sentence = point(t.positionLead, [
    t.position({
      list,
      above: view.positions.filter((p) => p.outside === "above").map((p) => p.name),
      below: view.positions.filter((p) => p.outside === "below").map((p) => p.name),
      exceptionalAbove: view.positions.filter((p) => p.exceptional === "above").map((p) => p.name),
      exceptionalBelow: view.positions.filter((p) => p.exceptional === "below").map((p) => p.name)
    })
  ]);
  return sentence ? [tidy(sentence)] : [];
}
