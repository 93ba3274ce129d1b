import {translations, type Language} from "./translations.ts";

/** The texts the components print, in one language. */
export interface ChartText {
  noData: string;
  table: string;
  organisation: string;
  current: string;
  previous: string;
  previousShort: string;
  benchmark: string;
  benchmarkShort: string;
  top: string;
  topShort: string;
  score: string;
  reference: string;
  difference: string;
  module: string;
  question: string;
  group: string;
  respondents: string;
  responseRate: string;
  of: string;
  none: string;
  relevant: string;
  veryRelevant: string;
  better: string;
  worse: string;
  relevantBetter: string;
  relevantWorse: string;
  veryRelevantBetter: string;
  veryRelevantWorse: string;
  suppressed: string;
  suppressedLegend: string;
  noComparison: string;
  coloured: (confidence: string, relevant: string, veryRelevant: string) => string;
  colouredNoVariance: string;
  detractors: string;
  passives: string;
  promoters: string;
  enps: string;
  interval: (confidence: string) => string;
  intervalShort: string;
  answers: string;
  proud: string;
  improve: string;
  dontKnow: string;
  moduleBarsTitle: string;
  heatmapTitle: string;
  enpsTitle: string;
  enpsGroupsTitle: string;
  topicsTitle: string;
  likertTitle: string;
  responseRateTitle: string;
  comparisonTitle: string;
  legendTitle: string;
  responseRateUnknown: string;
}

const nl: ChartText = {
  noData: "Geen gegevens",
  table: "Tabel",
  organisation: "Organisatie",
  current: "Huidig onderzoek",
  previous: "Vorig onderzoek",
  previousShort: "Vorig",
  benchmark: "Benchmark",
  benchmarkShort: "Bench.",
  top: "Top 3 benchmark",
  topShort: "Top 3",
  score: "Score",
  reference: "Referentie",
  difference: "Verschil",
  module: "Module",
  question: "Vraag",
  group: "Groep",
  respondents: "Respondenten",
  responseRate: "Respons",
  of: "van",
  none: "Geen relevant verschil",
  relevant: "Relevant verschil",
  veryRelevant: "Zeer relevant verschil",
  better: "hoger",
  worse: "lager",
  relevantBetter: "Relevant hoger",
  relevantWorse: "Relevant lager",
  veryRelevantBetter: "Zeer relevant hoger",
  veryRelevantWorse: "Zeer relevant lager",
  suppressed: "afgeschermd",
  suppressedLegend: "afgeschermd",
  noComparison: "geen vergelijking",
  coloured: (c, r, v) =>
    `Een verschil is gekleurd als het significant is (${c} betrouwbaarheid) én minstens ${r} (relevant) of ${v} (zeer relevant) bedraagt.`,
  colouredNoVariance: "Bij een benchmark zonder bekende spreiding telt alleen de grootte van het verschil.",
  detractors: "Criticasters",
  passives: "Neutralen",
  promoters: "Promotors",
  enps: "eNPS",
  interval: (c) => `${c}-betrouwbaarheidsinterval`,
  intervalShort: "Interval",
  answers: "antwoorden",
  proud: "Top trotspunten",
  improve: "Top verbeterpunten",
  dontKnow: "Weet niet",
  moduleBarsTitle: "Scores per module",
  heatmapTitle: "Scores per groep",
  enpsTitle: "eNPS-verdeling",
  enpsGroupsTitle: "eNPS per groep",
  topicsTitle: "Trots en verbeteren",
  likertTitle: "Verdeling van de antwoorden",
  responseRateTitle: "Responspercentage en vergelijking",
  comparisonTitle: "Scores vergeleken",
  legendTitle: "Kleuring",
  responseRateUnknown: "Responspercentage onbekend"
};

const en: ChartText = {
  noData: "No data",
  table: "Table",
  organisation: "Organisation",
  current: "Current survey",
  previous: "Previous survey",
  previousShort: "Previous",
  benchmark: "Benchmark",
  benchmarkShort: "Bench.",
  top: "Top 3 benchmark",
  topShort: "Top 3",
  score: "Score",
  reference: "Reference",
  difference: "Difference",
  module: "Module",
  question: "Question",
  group: "Group",
  respondents: "Respondents",
  responseRate: "Response rate",
  of: "of",
  none: "No relevant difference",
  relevant: "Relevant difference",
  veryRelevant: "Very relevant difference",
  better: "higher",
  worse: "lower",
  relevantBetter: "Relevantly higher",
  relevantWorse: "Relevantly lower",
  veryRelevantBetter: "Very relevantly higher",
  veryRelevantWorse: "Very relevantly lower",
  suppressed: "hidden",
  suppressedLegend: "hidden",
  noComparison: "no comparison",
  coloured: (c, r, v) =>
    `A difference is coloured when it is significant (${c} confidence) and at least ${r} (relevant) or ${v} (very relevant).`,
  colouredNoVariance: "Against a benchmark without a known spread, only the size of the difference counts.",
  detractors: "Detractors",
  passives: "Passives",
  promoters: "Promoters",
  enps: "eNPS",
  interval: (c) => `${c} confidence interval`,
  intervalShort: "Interval",
  answers: "answers",
  proud: "Top reasons for pride",
  improve: "Top points to improve",
  dontKnow: "Don't know",
  moduleBarsTitle: "Scores by module",
  heatmapTitle: "Scores by group",
  enpsTitle: "eNPS distribution",
  enpsGroupsTitle: "eNPS by group",
  topicsTitle: "Pride and improvement",
  likertTitle: "How the answers are spread",
  responseRateTitle: "Response rate compared",
  comparisonTitle: "Scores compared",
  legendTitle: "Colours",
  responseRateUnknown: "Response rate unknown"
};

/**
 * Returns the dictionary of texts the components print, in Dutch by default or in English
 * (`"en"`): the names of references ("Vorig onderzoek"/"Previous survey"), of the difference
 * levels ("Relevant verschil"/"Relevant difference"), of eNPS categories, and default titles.
 *
 * @example
 * chartText("en").previous; // "Previous survey"
 */
export const chartText: (language?: Language) => ChartText = translations({nl, en});
