import type {OverviewView} from "../charts/types.ts";
import type {Language} from "../text/translations.ts";
import type {Sentence} from "./NarrativeList.ts";
import {pageLink, type Anchor} from "../site/pages.ts";
import {joinParts, sentenceKit, tidy} from "./sentenceParts.ts";
import {thresholdText} from "./summarySentences.ts";

/** One section of the reading guide. */
export interface GuideSection {
  /** The anchor, one of the guide's anchors in the page registry (`site/pages.ts`). */
  id: Anchor<"guide">;
  title: string;
  paragraphs: Sentence[];
}

/** The options of {@link guideSections}. */
export interface GuideSectionsOptions {
  /** Default the survey's language. */
  locale?: Language;
  /** The questions page, linked where modules count only some questions; default `./vragen`. */
  questionsPage?: string;
}

/**
 * Writes the reading guide from the survey's own settings, so it always describes the report it
 * is part of: how answers become scores (the scale's labels and scores, mean or percent positive,
 * reverse-scored questions, modules that count only some questions, the eNPS), the colouring rule
 * with its confidence level and thresholds (and how group comparisons and many tests at once are
 * handled), the confidentiality rules (minimum group size, the disclosure audit, comments), the
 * margins (finite population correction and its assumption, bootstrap or linearisation, and the
 * modules' Cronbach's α where the overview gives it) and what
 * the previous survey and the benchmarks are. Defaults: the survey's language.
 *
 * @example
 * for (const section of guideSections(overview)) page.append(heading(section.title), NarrativeList(section.paragraphs, {as: "paragraphs"}));
 */
export function guideSections(overview: Pick<OverviewView, "survey" | "likertScale" | "respondents" | "invited" | "responseRate" | "previous" | "benchmarks"> & Partial<Pick<OverviewView, "modules">>, options: GuideSectionsOptions = {}): GuideSection[] {
  const {survey} = overview;
  const {settings} = survey;
  const locale = options.locale ?? survey.language;
  const questionsPage = options.questionsPage ?? pageLink("questions", {from: "guide"});
  const {f, w, t: text} = sentenceKit(locale, settings.scoring);
  const t = text.guide;
  const list = (items: string[], word = w.and) => joinParts(items.map((i) => [i]), word);
  const pct = (x: number) => f.percent(x, 0);
  const share = settings.scoring === "percent-positive";
  const sections: GuideSection[] = [];

  // From answer to score
  const scores: Sentence[] = [];
  const scale = overview.likertScale;
  const valid = scale?.filter((o) => !o.missing && o.score != null) ?? [];
  const missing = scale?.filter((o) => o.missing).map((o) => w.quote(o.label)) ?? [];
  if (share) {
    const positive = valid.filter((o) => (o.score ?? 0) > 5).map((o) => w.quote(o.label));
    scores.push(t.percentPositive(positive.length ? list(positive) : []));
  } else {
    if (valid.length) {
      const mapping = joinParts(valid.map((o) => [`${o.label} ${f.number(o.score, o.score! % 1 ? 1 : 0)}`]), w.and);
      const values = valid.map((o) => o.score!);
      scores.push([t.scale({count: f.count(valid.length), min: f.number(Math.min(...values), 0), max: f.number(Math.max(...values), 0)}), ...mapping, t.notAGrade]);
    }
    const weighted = survey.weighted ? t.weighted : "";
    scores.push([settings.moduleScore === "mean-of-respondents" ? t.meanOfRespondents(weighted) : t.meanOfQuestions(weighted)]);
  }
  if (missing.length) scores.push(t.missing(list(missing, w.or)));
  const reverseModules = survey.modules.filter((m) => survey.questions.some((q) => q.module === m.id && q.reverse)).map((m) => m.name);
  if (reverseModules.length) scores.push(t.reversed(list(reverseModules)));
  const partial = survey.modules.filter((m) => m.core.length < survey.questions.filter((q) => q.module === m.id && (q.type === "likert" || q.type === "grade")).length).map((m) => m.name);
  if (partial.length) scores.push(t.partial(list(partial), (words) => ({text: words, href: questionsPage})));
  const enpsQuestion = survey.questions.find((q) => q.type === "nps");
  if (enpsQuestion) scores.push(t.enps(w.quote(enpsQuestion.text)));
  sections.push({id: "scores", title: t.titles.scores, paragraphs: scores});

  // Colouring
  const c = settings.comparison;
  const colouring: Sentence[] = [
    [
      t.colouring({
        confidence: pct(c.confidence),
        min: thresholdText(f, c.minDifference),
        strong: thresholdText(f, c.strongDifference),
        enpsMin: f.number(c.enpsMinDifference, 0),
        enpsStrong: f.number(c.enpsStrongDifference, 0)
      })
    ]
  ];
  const withoutSpread = overview.benchmarks.filter((b) => b.items.some((i) => i.item !== "responseRate" && i.item !== "respondents" && (i.n == null || i.sd == null))).map((b) => b.name);
  colouring.push([t.ownScore, ...(withoutSpread.length ? t.withoutSpread(list(withoutSpread)) : [])]);
  if (survey.groups.length) colouring.push([t.groupComparison, c.multipleTesting === "benjamini-hochberg" ? t.corrected : t.notCorrected]);
  sections.push({id: "kleuring", title: t.titles.colouring, paragraphs: colouring});

  // Confidentiality
  const minimum = f.count(settings.minGroupSize);
  const commentMinimum = f.count(settings.minCommentGroupSize);
  const confidentiality: Sentence[] = [[t.suppressed(minimum)], [t.recoverable], [settings.publishComments ? t.commentsPublished(commentMinimum) : t.commentsWords(commentMinimum)]];
  sections.push({id: "vertrouwelijkheid", title: t.titles.confidentiality, paragraphs: confidentiality});

  // Margins
  const interval = settings.interval;
  const margins: Sentence[] = [[t.estimate(pct(c.confidence))]];
  if (interval.finitePopulation && overview.invited != null && overview.responseRate != null) {
    margins.push([t.finitePopulation({respondents: f.count(overview.respondents), invited: f.count(overview.invited), rate: pct(overview.responseRate)})]);
  } else {
    margins.push([t.noFinitePopulation]);
  }
  margins.push([interval.module === "bootstrap" ? t.bootstrap({replicates: f.count(interval.replicates), seed: String(interval.seed)}) : t.linearisation]);
  const alphas = (overview.modules ?? []).filter((m) => m.alpha != null);
  if (alphas.length) {
    const low = alphas.filter((m) => m.alpha! < 0.7).map((m) => w.quote(m.name));
    margins.push(t.alpha(low.length ? list(low) : []));
  }
  sections.push({id: "marges", title: t.titles.margins, paragraphs: margins});

  // Comparisons
  const comparisons: Sentence[] = [];
  const previous = overview.previous;
  if (previous) {
    comparisons.push([
      previous.scoresOnly ? t.previousScoresOnly(previous.label) : t.previous({label: previous.label, respondents: previous.respondents != null ? f.count(previous.respondents) : null})
    ]);
  }
  for (const b of overview.benchmarks) comparisons.push([b.kind === "top" ? t.topBenchmark(b.name) : t.averageBenchmark(b.name)]);
  if (comparisons.length) sections.push({id: "vergelijkingen", title: t.titles.comparisons, paragraphs: comparisons});
  return sections.map((s) => ({...s, paragraphs: s.paragraphs.map(tidy)}));
}
