import type {CommentSummary} from "../../scoring/types.ts";
import type {ChoiceView, GroupSummary} from "../../charts/types.ts";

/** A choice question with the previous survey's answers (the workload judgement). */
export const choice: ChoiceView = {
  question: "oordeel",
  type: "choice",
  text: "Ik vind mijn werkdruk",
  short: "Oordeel over werkdruk",
  module: "werkdruk",
  n: 916,
  options: [
    {code: "1", label: "Veel te laag", count: 3, share: 0.0033},
    {code: "2", label: "Te laag", count: 27, share: 0.0295},
    {code: "3", label: "Goed", count: 539, share: 0.5884},
    {code: "4", label: "Te hoog", count: 283, share: 0.309},
    {code: "5", label: "Veel te hoog", count: 64, share: 0.0699}
  ],
  references: [
    {
      id: "previous",
      label: "Vorig onderzoek",
      n: 862,
      options: [
        {code: "1", label: "Veel te laag", count: 4, share: 0.0046},
        {code: "2", label: "Te laag", count: 32, share: 0.0371},
        {code: "3", label: "Goed", count: 463, share: 0.5371},
        {code: "4", label: "Te hoog", count: 301, share: 0.3492},
        {code: "5", label: "Veel te hoog", count: 62, share: 0.0719}
      ]
    }
  ]
};

/** A multi question: shares of the respondents who answered, adding up to more than 1. */
export const multi: ChoiceView = {
  question: "actie",
  type: "multi",
  text: "Ik heb concrete actie ondernomen om ander werk te krijgen",
  short: "Actie ander werk",
  module: null,
  n: 911,
  options: [
    {code: "nee", label: "Nee", count: 683, share: 0.7497},
    {code: "binnen", label: "Ja, binnen de organisatie", count: 137, share: 0.1504},
    {code: "buiten", label: "Ja, buiten de organisatie", count: 118, share: 0.1295}
  ],
  references: []
};

/** The words of the comments on one question. */
export const comments: CommentSummary = {
  question: "verbeter_toelichting",
  n: 349,
  topWords: [
    {word: "vaker", count: 62},
    {word: "kantoor", count: 57},
    {word: "betere", count: 55},
    {word: "elkaar", count: 55},
    {word: "tijd", count: 49}
  ],
  suppressed: false
};

const group = (id: string, value: string, extra: Partial<GroupSummary> = {}): GroupSummary => ({
  id,
  slug: id.toLowerCase().replace(/[^a-z0-9]+/g, "-"),
  variable: "team",
  value,
  label: value,
  parent: "afdeling=Mobiliteit",
  n: 48,
  invited: 76,
  responseRate: 48 / 76,
  suppressed: false,
  ...extra
});

/** Teams of one department: shown, too small, and hidden to protect a small one. */
export const groupSummaries: GroupSummary[] = [
  {...group("afdeling=Mobiliteit", "Mobiliteit", {variable: "afdeling", parent: null, n: 208, invited: 330, responseRate: 208 / 330})},
  group("afdeling=Mobiliteit|team=Wegen", "Wegen en Vaarwegen"),
  group("afdeling=Mobiliteit|team=Klein", "Projectrealisatie", {slug: null, n: null, invited: null, responseRate: null, suppressed: true}),
  group("afdeling=Mobiliteit|team=Heel klein", "Kabinetszaken", {slug: null, n: null, invited: null, responseRate: null, suppressed: true})
];
