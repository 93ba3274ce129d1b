import type {DifferenceFact, ModuleFact, OverviewView, TopicFact} from "../site/views/types.ts";
import type {Formatter} from "../text/format.ts";
import type {Language} from "../text/translations.ts";
import type {Sentence} from "./NarrativeList.ts";
import {groupedDifferences, joinAll, joinParts, linked, point, sentenceKit, tidy, valueFormat, type SentenceWords} from "./sentenceParts.ts";

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
  response: "#respons",
  modules: "#modules",
  moduleComparison: "./modules#vergelijking",
  enps: "./enps#verdeling",
  enpsComparison: "./enps#vergelijking",
  question: (module) => `./vragen#module-${module}`,
  topics: "#onderwerpen",
  guide: "./leeswijzer#kleuring"
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
  const {f, w} = sentenceKit(locale, settings.scoring);
  const {facts} = overview;
  const en = locale === "en";
  const pct = (x: number) => f.percent(x, 0);
  const previousLabel = overview.previous?.label ?? null;
  const compared = (name: string) => (en ? `Compared with ${name}` : `Vergeleken met ${name}`);
  const points: (Sentence | null)[] = [];

  // Response
  const r = facts.response;
  const references: Sentence[] = [];
  if (r.previous?.responseRate != null && previousLabel) references.push([`${previousLabel}: `, linked(pct(r.previous.responseRate), links.response)]);
  for (const b of r.benchmarks) references.push([`${b.label}: `, linked(pct(b.rate), links.response)]);
  const referenceText = references.length ? [" (", ...joinAll(references, "; "), ")"] : [];
  points.push(
    point(en ? "Response" : "Respons", [
      r.invited != null && r.responseRate != null
        ? en
          ? ["Of the ", linked(f.count(r.invited), links.response), " employees invited, ", linked(f.count(r.respondents), links.response), " completed the questionnaire: a response rate of ", linked(pct(r.responseRate), links.response), ...referenceText, "."]
          : ["Van de ", linked(f.count(r.invited), links.response), " uitgenodigde medewerkers vulden er ", linked(f.count(r.respondents), links.response), " de vragenlijst in: een respons van ", linked(pct(r.responseRate), links.response), ...referenceText, "."]
        : [linked(f.count(r.respondents), links.response), en ? " employees completed the questionnaire." : " medewerkers vulden de vragenlijst in."]
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
      point("eNPS", [
        en
          ? ["The eNPS is ", linked(f.enps(e.score), links.enps), ": ", linked(pct(e.promoters), links.enps), " promoters minus ", linked(pct(e.detractors), links.enps), " detractors", ...refText, "."]
          : ["De eNPS is ", linked(f.enps(e.score), links.enps), ": ", linked(pct(e.promoters), links.enps), " promotors min ", linked(pct(e.detractors), links.enps), " criticasters", ...refText, "."]
      ])
    );
  }

  // Strongest and weakest modules
  points.push(point(en ? "Strong and weak" : "Sterk en zwak", strongAndWeak(facts.strongest, facts.weakest, {f, w, en, href: links.modules})));

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
      c.level === "veryRelevant" ? (en ? ", very relevant)" : ", zeer relevant)") : ")"
    ];
    if (moduleChanges.length) {
      const list = joinParts(moduleChanges.map((c) => item(c, links.moduleComparison)), w.and);
      changes.push(en ? ["Module scores that changed relevantly: ", ...list, "."] : ["Relevant veranderde modulescores: ", ...list, "."]);
    } else {
      changes.push(en ? ["No module score changed relevantly."] : ["Geen enkele modulescore veranderde relevant."]);
    }
    if (facts.smallChanges.length) {
      const list = joinParts(facts.smallChanges.slice(0, MAX_LISTED).map((c) => item(c, links.moduleComparison)), w.and);
      const threshold = linked(thresholdText(f, settings.comparison.minDifference), links.guide);
      changes.push(en ? ["Significant, but smaller than ", threshold, ": ", ...list, "."] : ["Wel significant, maar kleiner dan ", threshold, ": ", ...list, "."]);
    }
    const questionChanges = facts.changes.filter((c) => c.kind === "question");
    if (questionChanges.length) {
      const list = joinParts(
        questionChanges.slice(0, MAX_LISTED).map((c) => item(c, links.question(c.module ?? ""), true)),
        w.and
      );
      const more = questionChanges.length > MAX_LISTED ? moreText(questionChanges.length - MAX_LISTED, en) : "";
      changes.push(en ? ["At question level, changed relevantly: ", ...list, more, "."] : ["Op vraagniveau relevant veranderd: ", ...list, more, "."]);
    }
    points.push(point(compared(previousLabel), changes));
  }

  // Benchmarks
  for (const b of facts.benchmarks) {
    if (b.compared === 0 && !b.questions.length) continue;
    const told: Sentence[] = [];
    const pair = (c: DifferenceFact, href: string): Sentence => [" (", linked(valueFormat(f, c.kind)(c.score), href), ` ${w.against} `, linked(valueFormat(f, c.kind)(c.reference), href), ")"];
    if (b.modules.length) {
      const list = groupedDifferences(b.modules, w, en, (c) => pair(c, links.moduleComparison));
      told.push(en ? ["The organisation scores ", ...list, "."] : ["De organisatie scoort ", ...list, "."]);
    } else if (b.compared > 0) {
      const link = (n: number) => (n === 0 ? (en ? "none" : "geen") : linked(f.count(n), links.moduleComparison));
      const counts: Sentence =
        b.lower === b.compared
          ? en
            ? [": all ", link(b.compared), " modules compared score lower"]
            : [": alle ", link(b.compared), " vergeleken modules liggen lager"]
          : b.higher === b.compared
            ? en
              ? [": all ", link(b.compared), " modules compared score higher"]
              : [": alle ", link(b.compared), " vergeleken modules liggen hoger"]
            : en
              ? [": of the ", link(b.compared), " modules compared, ", link(b.lower), " score lower and ", link(b.higher), " higher"]
              : [": van de ", link(b.compared), " vergeleken modules liggen er ", link(b.lower), " lager en ", link(b.higher), " hoger"];
      const gap: Sentence = b.largestGap
        ? en
          ? ["; the furthest behind is ", b.largestGap.name, ...pair(b.largestGap, links.moduleComparison)]
          : ["; het verst achter ligt ", b.largestGap.name, ...pair(b.largestGap, links.moduleComparison)]
        : [];
      told.push(en ? ["No module differs relevantly", ...counts, ...gap, "."] : ["Geen module verschilt relevant", ...counts, ...gap, "."]);
    }
    if (b.questions.length) {
      const list = joinParts(
        b.questions.slice(0, MAX_LISTED).map((c) => [w.quote(c.name), ` ${w.higherLower(c.level, c.difference > 0)}`, ...pair(c, links.question(c.module ?? ""))]),
        w.and
      );
      const more = b.questions.length > MAX_LISTED ? moreText(b.questions.length - MAX_LISTED, en) : "";
      told.push(en ? ["At question level: ", ...list, more, "."] : ["Op vraagniveau: ", ...list, more, "."]);
    }
    points.push(point(compared(b.name), told));
  }

  // Topics
  points.push(point(en ? "Pride and improvement" : "Trots en verbeteren", topicSentences(facts.proud, facts.improve, {f, w, en, href: links.topics, subject: null})));
  return points.filter((p): p is Sentence => p != null).map(tidy);
}

/**
 * The sentences naming the strongest and the weakest modules with their scores, plus a note for
 * reverse-scored ones among them.
 *
 * @example
 * strongAndWeak(facts.strongest, facts.weakest, {f, w, en: false, href: "#modules"});
 */
export function strongAndWeak(
  strongest: ModuleFact[],
  weakest: ModuleFact[],
  {f, w, en, href}: {f: Formatter; w: SentenceWords; en: boolean; href: string}
): Sentence[] {
  if (!strongest.length) return [];
  const list = (modules: ModuleFact[]) => joinParts(modules.map((m) => [m.name, " (", linked(f.score(m.score), href), ")"]), w.and);
  const plural = (modules: ModuleFact[]) => modules.length > 1;
  const sentence: Sentence = en
    ? [plural(strongest) ? "The highest scores go to " : "The highest score goes to ", ...list(strongest)]
    : [plural(strongest) ? "Het hoogst scoren " : "Het hoogst scoort ", ...list(strongest)];
  if (weakest.length) sentence.push(en ? "; the lowest to " : "; het laagst ", ...list(weakest));
  sentence.push(".");
  const reversed = [...strongest, ...weakest].filter((m) => m.reversed);
  const out: Sentence[] = [sentence];
  if (reversed.length) {
    const names = joinParts(reversed.map((m) => [m.name]), w.and);
    out.push(
      en
        ? [...names, reversed.length > 1 ? " are" : " is", " reverse-scored: the higher the score, the less employees are burdened."]
        : ["Bij ", ...names, " zijn de vragen omgepoold: hoe hoger de score, hoe minder last medewerkers ervan hebben."]
    );
  }
  return out;
}

/**
 * The sentences naming the topics chosen most as reasons for pride and as points to improve,
 * with their shares; `subject` names the group ("in Mobiliteit") or is null for the organisation.
 *
 * @example
 * topicSentences(facts.proud, facts.improve, {f, w, en: false, href: "#onderwerpen", subject: null});
 */
export function topicSentences(
  proud: TopicFact[],
  improve: TopicFact[],
  {f, w, en, href, subject}: {f: Formatter; w: SentenceWords; en: boolean; href: string; subject: string | null}
): Sentence[] {
  const list = (topics: TopicFact[]) => joinParts(topics.map((t) => [t.label, " (", linked(f.percent(t.share, 0), href), ")"]), w.and);
  const out: Sentence[] = [];
  const who = subject ? (en ? `Employees of ${subject}` : `Medewerkers van ${subject}`) : en ? "Employees" : "Medewerkers";
  if (proud.length) out.push(en ? [`${who} are proudest of `, ...list(proud), "."] : [`${who} zijn het meest trots op `, ...list(proud), "."]);
  if (improve.length) out.push(en ? ["As points to improve they chose most often ", ...list(improve), "."] : ["Als verbeterpunt kiezen ze het vaakst ", ...list(improve), "."]);
  return out;
}

/** The relevance threshold as the legend prints it: `0,7`, or `7 pp` for percent positive. */
export function thresholdText(f: Formatter, threshold: number): string {
  return f.scoring === "percent-positive" ? f.difference(threshold).replace(/^\+/, "") : f.number(threshold, 1);
}

function moreText(count: number, en: boolean): string {
  return en ? ` (and ${count} more)` : ` (en nog ${count})`;
}
