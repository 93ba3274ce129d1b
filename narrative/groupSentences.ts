import type {GroupView} from "../site/views/types.ts";
import type {Language} from "../text/translations.ts";
import type {Sentence} from "./NarrativeList.ts";
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
 * Turns a group page's facts into its key points, each a bold lead-in and a sentence or two,
 * each number linked to the chart or table it comes from: the response, the strongest and
 * weakest modules, per reference (the group above it, the organisation, its own previous scores)
 * the modules and eNPS that differ relevantly, how many question comparisons differ relevantly,
 * and its top proud and improve topics. Defaults: the survey's language, links within the page.
 *
 * @example
 * NarrativeList(groupSentences(view));
 */
export function groupSentences(view: Pick<GroupView, "facts" | "survey" | "page" | "respondents" | "invited" | "responseRate" | "benchmarks" | "previous">, options: {locale?: Language; links?: Partial<GroupLinks>} = {}): Sentence[] {
  const locale = options.locale ?? view.survey.language;
  const links = {...defaultLinks, ...options.links};
  const {f, w} = sentenceKit(locale, view.survey.settings.scoring);
  const en = locale === "en";
  const {facts} = view;
  const points: (Sentence | null)[] = [];
  const pct = (x: number) => f.percent(x, 0);

  points.push(
    point(en ? "Response" : "Respons", [
      view.invited != null && view.responseRate != null
        ? en
          ? ["Of the ", linked(f.count(view.invited), links.response), " employees invited, ", linked(f.count(view.respondents), links.response), " completed the questionnaire: a response rate of ", linked(pct(view.responseRate), links.response), "."]
          : ["Van de ", linked(f.count(view.invited), links.response), " uitgenodigde medewerkers vulden er ", linked(f.count(view.respondents), links.response), " de vragenlijst in: een respons van ", linked(pct(view.responseRate), links.response), "."]
        : [linked(f.count(view.respondents), links.response), en ? " employees completed the questionnaire." : " medewerkers vulden de vragenlijst in."]
    ])
  );

  points.push(point(en ? "Strong and weak" : "Sterk en zwak", strongAndWeak(facts.strongest, facts.weakest, {f, w, en, href: links.modules})));

  const name = (against: string) => {
    if (against === "previous") return en ? `its own scores in ${view.previous?.label ?? "the previous survey"}` : `de eigen scores in ${view.previous?.label ?? "het vorige onderzoek"}`;
    return view.benchmarks.find((b) => b.id === against)?.name ?? against;
  };
  for (const against of REFERENCES) {
    if (!facts.compared[against]) continue;
    const differences = facts.differences.filter((d) => d.against === against && d.kind !== "question");
    const list = groupedDifferences(differences, w, en, (d) => {
      const href = d.kind === "enps" ? links.enps : links.comparison;
      const value = valueFormat(f, d.kind);
      return [" (", linked(value(d.score), href), ` ${w.against} `, linked(value(d.reference), href), ")"];
    });
    points.push(
      point(en ? `Compared with ${name(against)}` : `Vergeleken met ${name(against)}`, [
        differences.length
          ? en
            ? ["This group scores ", ...list, differences.some((d) => d.kind === "module") ? "." : "; no module differs relevantly."]
            : ["Deze groep scoort ", ...list, differences.some((d) => d.kind === "module") ? "." : "; geen module verschilt relevant."]
          : en
            ? ["No module differs relevantly."]
            : ["Geen module verschilt relevant."]
      ])
    );
  }
  const questions = facts.differences.filter((d) => d.kind === "question").length;
  if (questions) {
    points.push(
      point(en ? "Questions" : "Vragen", [
        en
          ? [linked(f.count(questions), links.questions), questions > 1 ? " comparisons of single questions show a relevant difference; the question table shows them." : " comparison of a single question shows a relevant difference; the question table shows it."]
          : [linked(f.count(questions), links.questions), questions > 1 ? " vergelijkingen van losse vragen tonen een relevant verschil; de vragentabel laat ze zien." : " vergelijking van een losse vraag toont een relevant verschil; de vragentabel laat het zien."]
      ])
    );
  }
  points.push(point(en ? "Pride and improvement" : "Trots en verbeteren", topicSentences(facts.proud, facts.improve, {f, w, en, href: links.topics, subject: null})));
  return points.filter((p): p is Sentence => p != null).map(tidy);
}
