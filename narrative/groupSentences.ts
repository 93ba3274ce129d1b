import type {GroupView} from "../charts/types.ts";
import type {Language} from "../text/translations.ts";
import type {Sentence} from "./NarrativeList.ts";
import {pageLink} from "../site/pages.ts";
import {groupedDifferences, linked, point, sentenceKit, tidy, valueFormat} from "./sentenceParts.ts";
import {strongAndWeak, topicSentences} from "./summarySentences.ts";

/** Where the numbers of a group page's summary link to. */
export interface GroupLinks {
  /** The list of groups with their response; default `../groepen#overzicht`. */
  response: string;
  /** The group's module chart; default `#modules`. */
  modules: string;
  /** The group's module comparisons; default `#vergelijking`. */
  comparison: string;
  /** The group's eNPS; default `#enps`. */
  enps: string;
  /** The group's question table; default `#vragen`. */
  questions: string;
  /** The group's topics; default `#onderwerpen`. */
  topics: string;
}

const defaultLinks: GroupLinks = {
  response: pageLink("groups", {anchor: "overzicht", from: "group"}),
  modules: pageLink("group", {anchor: "modules", from: "group"}),
  comparison: pageLink("group", {anchor: "vergelijking", from: "group"}),
  enps: pageLink("group", {anchor: "enps", from: "group"}),
  questions: pageLink("group", {anchor: "vragen", from: "group"}),
  topics: pageLink("group", {anchor: "onderwerpen", from: "group"})
};

/** The order in which a group's references are told. */
const REFERENCES = ["parent", "organisation", "previous"];

/**
 * Turns a group page's facts into its key points, each a bold lead-in and a sentence or two,
 * each number linked to the chart or table it comes from: the response, the strongest and
 * weakest modules, per reference (the group above it, the organisation, its own previous scores)
 * the modules and eNPS that differ relevantly, how many question comparisons differ relevantly,
 * and its top proud and improve topics. Defaults: the survey's language, links within the page,
 * the references parent, organisation and previous (`references` names others, e.g. an
 * organisation's benchmarks in a study).
 *
 * @example
 * NarrativeList(groupSentences(view));
 */
export function groupSentences(
  view: Pick<GroupView, "facts" | "survey" | "page" | "respondents" | "invited" | "responseRate" | "benchmarks" | "previous">,
  options: {locale?: Language; links?: Partial<GroupLinks>; references?: readonly string[]} = {}
): Sentence[] {
  const locale = options.locale ?? view.survey.language;
  const links = {...defaultLinks, ...options.links};
  const {f, w, t: text} = sentenceKit(locale, view.survey.settings.scoring);
  const t = text.keyPoints;
  const {facts} = view;
  const points: (Sentence | null)[] = [];
  const pct = (x: number) => f.percent(x, 0);

  points.push(
    point(t.response, [
      view.invited != null && view.responseRate != null
        ? t.responseOf({invited: linked(f.count(view.invited), links.response), respondents: linked(f.count(view.respondents), links.response), rate: linked(pct(view.responseRate), links.response), references: []})
        : t.responseCount(linked(f.count(view.respondents), links.response))
    ])
  );

  points.push(point(t.strongAndWeak, strongAndWeak(facts.strongest, facts.weakest, {f, w, t: text, href: links.modules})));

  const name = (against: string) => {
    if (against === "previous") return t.ownPrevious(view.previous?.label ?? null);
    const reference = view.benchmarks.find((b) => b.id === against);
    return reference ? (reference.phrase ?? reference.name) : against;
  };
  for (const against of options.references ?? REFERENCES) {
    if (!facts.compared[against]) continue;
    const differences = facts.differences.filter((d) => d.against === against && d.kind !== "question");
    const list = groupedDifferences(differences, w, (d) => {
      const href = d.kind === "enps" ? links.enps : links.comparison;
      const value = valueFormat(f, d.kind);
      return [" (", linked(value(d.score), href), ` ${w.against} `, linked(value(d.reference), href), ")"];
    });
    points.push(
      point(t.compared(name(against)), [differences.length ? t.groupScores(list, differences.some((d) => d.kind === "module")) : [t.noModuleDiffersShort]])
    );
  }
  const questions = facts.differences.filter((d) => d.kind === "question").length;
  if (questions) {
    points.push(
      point(t.questions, [t.questionDifferences(linked(f.count(questions), links.questions), questions > 1)])
    );
  }
  points.push(point(t.topics, topicSentences(facts.proud, facts.improve, {f, w, t: text, href: links.topics, subject: null})));
  return points.filter((p): p is Sentence => p != null).map(tidy);
}
