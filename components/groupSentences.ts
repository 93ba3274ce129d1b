import type {GroupView} from "../loaders/views/types.ts";
import type {Locale} from "./format.ts";
import type {Sentence} from "./NarrativeList.ts";
import {groupedDifferences, joinParts, linked, sentenceKit, tidy, valueFormat} from "./sentenceParts.ts";
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
  response: "../groepen#overzicht",
  modules: "#modules",
  comparison: "#vergelijking",
  enps: "#enps",
  questions: "#vragen",
  topics: "#onderwerpen"
};

/** The order in which a group's references are told. */
const REFERENCES = ["parent", "organisation", "previous"];

/**
 * Turns a group page's facts into its summary sentences, each number linked to the chart or table
 * it comes from: the response, the strongest and weakest modules, per reference (the group above
 * it, the organisation, its own previous scores) the modules and eNPS that differ relevantly,
 * how many questions differ relevantly, and its top proud and improve topics. Defaults: the
 * survey's language, links within the group page.
 *
 * @example
 * NarrativeList(groupSentences(view));
 */
export function groupSentences(view: Pick<GroupView, "facts" | "survey" | "page" | "respondents" | "invited" | "responseRate" | "benchmarks" | "previous">, options: {locale?: Locale; links?: Partial<GroupLinks>} = {}): Sentence[] {
  const locale = options.locale ?? view.survey.language;
  const links = {...defaultLinks, ...options.links};
  const {f, w} = sentenceKit(locale, view.survey.settings.scoring);
  const en = locale === "en";
  const {facts} = view;
  const sentences: Sentence[] = [];
  const pct = (x: number) => f.percent(x, 0);

  if (view.invited != null && view.responseRate != null) {
    sentences.push(
      en
        ? ["Of the ", linked(f.count(view.invited), links.response), " employees invited, ", linked(f.count(view.respondents), links.response), " completed the questionnaire: a response rate of ", linked(pct(view.responseRate), links.response), "."]
        : ["Van de ", linked(f.count(view.invited), links.response), " uitgenodigde medewerkers vulden er ", linked(f.count(view.respondents), links.response), " de vragenlijst in: een respons van ", linked(pct(view.responseRate), links.response), "."]
    );
  } else {
    sentences.push([linked(f.count(view.respondents), links.response), en ? " employees completed the questionnaire." : " medewerkers vulden de vragenlijst in."]);
  }

  sentences.push(...strongAndWeak(facts.strongest, facts.weakest, {f, w, en, href: links.modules}));

  const name = (against: string) => {
    if (against === "previous") return en ? `its own scores in ${view.previous?.label ?? "the previous survey"}` : `de eigen scores in ${view.previous?.label ?? "het vorige onderzoek"}`;
    return view.benchmarks.find((b) => b.id === against)?.name ?? against;
  };
  const quiet: string[] = [];
  for (const against of REFERENCES) {
    if (!facts.compared[against]) continue;
    const differences = facts.differences.filter((d) => d.against === against && d.kind !== "question");
    if (!differences.length) {
      quiet.push(name(against));
      continue;
    }
    const list = groupedDifferences(differences, w, en, (d) => {
      const href = d.kind === "enps" ? links.enps : links.comparison;
      const value = valueFormat(f, d.kind);
      return [" (", linked(value(d.score), href), ` ${w.against} `, linked(value(d.reference), href), ")"];
    });
    sentences.push(en ? ["Compared with ", name(against), ", this group scores ", ...list, "."] : ["Ten opzichte van ", name(against), " scoort deze groep ", ...list, "."]);
  }
  if (quiet.length) {
    const list = joinParts(quiet.map((q) => [q]), w.or);
    sentences.push(en ? ["No module differs relevantly from ", ...list, "."] : ["Geen module verschilt relevant van ", ...list, "."]);
  }
  const questions = facts.differences.filter((d) => d.kind === "question").length;
  if (questions) {
    sentences.push(
      en
        ? ["At question level ", linked(f.count(questions), links.questions), questions > 1 ? " differences are relevant; the question table shows them." : " difference is relevant; the question table shows it."]
        : ["Op vraagniveau ", questions > 1 ? "zijn er " : "is er ", linked(f.count(questions), links.questions), questions > 1 ? " relevante verschillen; de vragentabel laat ze zien." : " relevant verschil; de vragentabel laat het zien."]
    );
  }
  sentences.push(...topicSentences(facts.proud, facts.improve, {f, w, en, href: links.topics, subject: null}));
  return sentences.map(tidy);
}
