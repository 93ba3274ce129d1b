import type {DifferenceFact, ModuleFact, OverviewView, TopicFact} from "../charts/types.ts";
import type {Formatter} from "../text/format.ts";
import type {Language} from "../text/translations.ts";
import type {Sentence} from "./NarrativeList.ts";
import {pageLink} from "../site/pages.ts";
import {groupedDifferences, joinAll, joinParts, linked, point, sentenceKit, tidy, valueFormat} from "./sentenceParts.ts";
import type {NarrativeText, SentenceWords} from "../text/narrativeText.ts";

/** Where the numbers of the summary link to: the charts and tables they come from. */
export interface SummaryLinks {
  /** The response chart; default `#respons` (on the summary page). */
  response: string;
  /** The module scores chart; default `#modules` (on the summary page). */
  modules: string;
  /** The table of module comparisons; default `./modules#vergelijking`. */
  moduleComparison: string;
  /** The eNPS chart; default `./enps#verdeling`. */
  enps: string;
  /** The eNPS comparisons; default `./enps#vergelijking`. */
  enpsComparison: string;
  /** A module's questions; default `./vragen#module-<id>`. */
  question: (module: string) => string;
  /** The topics chart; default `#onderwerpen` (on the summary page). */
  topics: string;
  /** The colouring rule; default `./leeswijzer#kleuring`. */
  guide: string;
}

/** The options of {@link summarySentences}. */
export interface SummarySentencesOptions {
  /** Default the survey's language. */
  locale?: Language;
  links?: Partial<SummaryLinks>;
}

const defaultLinks: SummaryLinks = {
  response: pageLink("summary", {anchor: "respons"}),
  modules: pageLink("summary", {anchor: "modules"}),
  moduleComparison: pageLink("modules", {anchor: "vergelijking"}),
  enps: pageLink("enps", {anchor: "verdeling"}),
  enpsComparison: pageLink("enps", {anchor: "vergelijking"}),
  question: (module) => pageLink("questions", {anchor: `module-${module}`}),
  topics: pageLink("summary", {anchor: "onderwerpen"}),
  guide: pageLink("guide", {anchor: "kleuring"})
};

/** How many small changes and question differences a sentence names at most. */
const MAX_LISTED = 3;

/**
 * Turns the overview's facts into the summary's key points, each a bold lead-in and a sentence
 * or two, each number linked to the chart or table it comes from: the response (against the
 * previous survey and the benchmarks), the eNPS and how it changed, the strongest and weakest
 * modules (with a note on reverse-scored ones), the relevant changes since the previous survey
 * and the significant smaller ones, where the organisation stands against each benchmark, and
 * the top proud and improve topics. Points about something the report lacks (no previous survey,
 * no benchmark) are left out. Defaults: the survey's language, links to the site's pages.
 *
 * @example
 * NarrativeList(summarySentences(overview));
 */
export function summarySentences(overview: Pick<OverviewView, "facts" | "survey" | "previous">, options: SummarySentencesOptions = {}): Sentence[] {
  const locale = options.locale ?? overview.survey.language;
  const links = {...defaultLinks, ...options.links};
  const {settings} = overview.survey;
  const {f, w, t: text} = sentenceKit(locale, settings.scoring);
  const t = text.keyPoints;
  const {facts} = overview;
  const pct = (x: number) => f.percent(x, 0);
  const previousLabel = overview.previous?.label ?? null;
  const points: (Sentence | null)[] = [];

  // Response
  const r = facts.response;
  const references: Sentence[] = [];
  if (r.previous?.responseRate != null && previousLabel) references.push([`${previousLabel}: `, linked(pct(r.previous.responseRate), links.response)]);
  for (const b of r.benchmarks) references.push([`${b.label}: `, linked(pct(b.rate), links.response)]);
  const referenceText = references.length ? [" (", ...joinAll(references, "; "), ")"] : [];
  points.push(
    point(t.response, [
      r.invited != null && r.responseRate != null
        ? t.responseOf({invited: linked(f.count(r.invited), links.response), respondents: linked(f.count(r.respondents), links.response), rate: linked(pct(r.responseRate), links.response), references: referenceText})
        : t.responseCount(linked(f.count(r.respondents), links.response))
    ])
  );

  // eNPS
  if (facts.enps) {
    const e = facts.enps;
    const refs: Sentence[] = [];
    if (e.previous && previousLabel) refs.push([`${previousLabel}: `, linked(f.enps(e.previous.reference), links.enpsComparison), `, ${w.change(e.previous.level, e.previous.difference > 0)}`]);
    for (const b of facts.benchmarks) {
      if (b.enps) refs.push([`${b.name}: `, linked(f.enps(b.enps.reference), links.enpsComparison), `, ${w.differs(b.enps.level, b.enps.difference > 0)}`]);
    }
    const refText = refs.length ? [" (", ...joinAll(refs, "; "), ")"] : [];
    points.push(
      point("eNPS", [t.enps({score: linked(f.enps(e.score), links.enps), promoters: linked(pct(e.promoters), links.enps), detractors: linked(pct(e.detractors), links.enps), references: refText})])
    );
  }

  // Strongest and weakest modules
  points.push(point(t.strongAndWeak, strongAndWeak(facts.strongest, facts.weakest, {f, w, t: text, href: links.modules})));

  // Changes since the previous survey
  if (previousLabel && facts.modules.comparedWithPrevious > 0) {
    const changes: Sentence[] = [];
    const moduleChanges = facts.changes.filter((c) => c.kind === "module");
    const item = (c: DifferenceFact, href: string, quoted = false): Sentence => [
      quoted ? w.quote(c.name) : c.name,
      ` (${w.fromTo[0]}`,
      linked(f.score(c.reference), href),
      w.fromTo[1],
      linked(f.score(c.score), href),
      c.level === "veryRelevant" ? w.veryRelevantClose : ")"
    ];
    if (moduleChanges.length) {
      const list = joinParts(moduleChanges.map((c) => item(c, links.moduleComparison)), w.and);
      changes.push(t.changedModules(list));
    } else {
      changes.push([t.noModuleChanged]);
    }
    if (facts.smallChanges.length) {
      const list = joinParts(facts.smallChanges.slice(0, MAX_LISTED).map((c) => item(c, links.moduleComparison)), w.and);
      const threshold = linked(thresholdText(f, settings.comparison.minDifference), links.guide);
      changes.push(t.smallChanges(threshold, list));
    }
    const questionChanges = facts.changes.filter((c) => c.kind === "question");
    if (questionChanges.length) {
      const list = joinParts(
        questionChanges.slice(0, MAX_LISTED).map((c) => item(c, links.question(c.module ?? ""), true)),
        w.and
      );
      const more = questionChanges.length > MAX_LISTED ? w.more(questionChanges.length - MAX_LISTED) : "";
      changes.push(t.changedQuestions(list, more));
    }
    points.push(point(t.compared(previousLabel), changes));
  }

  // Benchmarks
  for (const b of facts.benchmarks) {
    if (b.compared === 0 && !b.questions.length) continue;
    const told: Sentence[] = [];
    const pair = (c: DifferenceFact, href: string): Sentence => [" (", linked(valueFormat(f, c.kind)(c.score), href), ` ${w.against} `, linked(valueFormat(f, c.kind)(c.reference), href), ")"];
    if (b.modules.length) {
      const list = groupedDifferences(b.modules, w, (c) => pair(c, links.moduleComparison));
      told.push(t.organisationScores(list));
    } else if (b.compared > 0) {
      const link = (n: number) => (n === 0 ? w.none : linked(f.count(n), links.moduleComparison));
      const counts: Sentence =
        b.lower === b.compared ? t.allLower(link(b.compared)) : b.higher === b.compared ? t.allHigher(link(b.compared)) : t.lowerAndHigher(link(b.compared), link(b.lower), link(b.higher));
      const gap: Sentence = b.largestGap ? t.furthestBehind(b.largestGap.name, pair(b.largestGap, links.moduleComparison)) : [];
      told.push(t.noModuleDiffers(counts, gap));
    }
    if (b.questions.length) {
      const list = joinParts(
        b.questions.slice(0, MAX_LISTED).map((c) => [w.quote(c.name), ` ${w.higherLower(c.level, c.difference > 0)}`, ...pair(c, links.question(c.module ?? ""))]),
        w.and
      );
      const more = b.questions.length > MAX_LISTED ? w.more(b.questions.length - MAX_LISTED) : "";
      told.push(t.atQuestionLevel(list, more));
    }
    points.push(point(t.compared(b.name), told));
  }

  // Topics
  points.push(point(t.topics, topicSentences(facts.proud, facts.improve, {f, w, t: text, href: links.topics, subject: null})));
  return points.filter((p): p is Sentence => p != null).map(tidy);
}

/**
 * The sentences naming the strongest and the weakest modules with their scores, plus a note for
 * reverse-scored ones among them.
 *
 * @example
 * strongAndWeak(facts.strongest, facts.weakest, {...sentenceKit("nl", "mean"), href: "#modules"});
 */
export function strongAndWeak(
  strongest: ModuleFact[],
  weakest: ModuleFact[],
  {f, w, t, href}: {f: Formatter; w: SentenceWords; t: NarrativeText; href: string}
): Sentence[] {
  if (!strongest.length) return [];
  const list = (modules: ModuleFact[]) => joinParts(modules.map((m) => [m.name, " (", linked(f.score(m.score), href), ")"]), w.and);
  const plural = (modules: ModuleFact[]) => modules.length > 1;
  const words = t.keyPoints;
  const sentence: Sentence = words.highest(plural(strongest), list(strongest));
  if (weakest.length) sentence.push(words.lowest, ...list(weakest));
  sentence.push(".");
  const reversed = [...strongest, ...weakest].filter((m) => m.reversed);
  const out: Sentence[] = [sentence];
  if (reversed.length) {
    const names = joinParts(reversed.map((m) => [m.name]), w.and);
    out.push(words.reversed(names, reversed.length > 1));
  }
  return out;
}

/**
 * The sentences naming the topics chosen most as reasons for pride and as points to improve,
 * with their shares; `subject` names the group ("in Mobiliteit") or is null for the organisation.
 *
 * @example
 * topicSentences(facts.proud, facts.improve, {...sentenceKit("nl", "mean"), href: "#onderwerpen", subject: null});
 */
export function topicSentences(
  proud: TopicFact[],
  improve: TopicFact[],
  {f, w, t, href, subject}: {f: Formatter; w: SentenceWords; t: NarrativeText; href: string; subject: string | null}
): Sentence[] {
  const list = (topics: TopicFact[]) => joinParts(topics.map((t) => [t.label, " (", linked(f.percent(t.share, 0), href), ")"]), w.and);
  const out: Sentence[] = [];
  const words = t.keyPoints;
  const who = words.employees(subject);
  if (proud.length) out.push(words.proudest(who, list(proud)));
  if (improve.length) out.push(words.improve(list(improve)));
  return out;
}

/** The relevance threshold as the legend prints it: `0,7`, or `7 pp` for percent positive. */
export function thresholdText(f: Formatter, threshold: number): string {
  return f.scoring === "percent-positive" ? f.difference(threshold).replace(/^\+/, "") : f.number(threshold, 1);
}
