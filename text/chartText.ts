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
  /** An agenda theme (or movement), as a table's row heading. */
  theme: string;
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
  /** An embed asked for a group the report does not have. */
  noGroup: (key: string) => string;
  /** Column headings of the charts' tables. */
  columns: {answer: string; count: string; share: string; survey: string; invited: string; topic: string; list: string; rank: string; within: string; word: string; comments: string};
  groupsTitle: string;
  /** Under a multiple-choice chart: the shares add up to more than 100 %. */
  multipleAnswers: string;
  commentsTitle: string;
  /** "919 mensen schreven een opmerking", given the formatted count. */
  wroteComment: (count: string) => string;
  comments: string;
  /** After "… schreven een opmerking;": what the bars count. */
  commentBars: string;
  /** The grade-distribution chart's words; `pass`/`fail` take the formatted failing grade. */
  grades: {title: string; grade: string; pass: (grade: string) => string; fail: (grade: string) => string; none: string};
  /** The quality-mark table's column headings and notes. */
  norm: {caption: string; invited: string; completed: string; rate: string; grade: string; margin: string; robust: string; norm: string; outcome: string; published: string; total: string; few: string; suppressed: string};
  /** A norm row's outcome and its publication as a table cell says them. */
  outcome: {mean: string; robust: string; fail: string; none: string; yes: string; no: string};
  /** The one-paragraph descriptions screen readers get of each chart, from formatted numbers. */
  describe: {
    enps: (d: {n: string; score: string; interval: string; split: string; passives: string}) => string;
    enpsGroups: (d: {groups: number; reference: string | null; relevant: number; suppressed: number}) => string;
    grades: (d: {n: string; failing: string; failingGrade: string}) => string;
    likert: (d: {label: string; agree: string; disagree: string}) => string;
    /** `against` is an `against` of the comparisons: organisation, parent, previous or a benchmark's id. */
    heatmap: (d: {groups: number; columns: number; items: "modules" | "questions"; measure: "score" | "difference"; against: string; relevant: number; suppressed: number}) => string;
    moduleBars: (d: {count: number; scale: string; highest: string | null; lowest: string | null; references: string | null; relevant: number}) => string;
  };
  /** The trend charts' words (TrendChart, SlopeChart, TrendSparklines). */
  trends: {
    title: string;
    slopeTitle: string;
    sparklinesTitle: string;
    /** The sparklines' column heading. */
    sparkline: string;
    wave: string;
    change: string;
    perYear: string;
    /** After a point whose module rests on other questions than now. */
    otherQuestions: string;
    /** After a question asked in other words in some waves. */
    otherWording: string;
    noWaves: string;
    describe: (d: {count: number; waves: string; rising: number; falling: number}) => string;
    describeSlope: (d: {count: number; from: string; to: string; higher: number; lower: number}) => string;
  };
}

// What the Dutch heatmap description calls the reference of its comparisons.
const AGAINST_NL: Record<string, string> = {organisation: "de organisatie", parent: "de bovenliggende groep", previous: "het vorige onderzoek"};

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
  theme: "Thema",
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
  responseRateUnknown: "Responspercentage onbekend",
  noGroup: (key) => `Geen groep "${key}" in dit rapport.`,
  columns: {answer: "Antwoord", count: "Aantal", share: "Aandeel", survey: "Onderzoek", invited: "Uitgenodigd", topic: "Onderwerp", list: "Lijst", rank: "Rang", within: "Binnen", word: "Woord", comments: "Opmerkingen"},
  groupsTitle: "Groepen",
  multipleAnswers: "Meer antwoorden mogelijk: de percentages tellen op tot meer dan 100 %.",
  commentsTitle: "Meest gebruikte woorden",
  wroteComment: (count) => `${count} mensen schreven een opmerking`,
  comments: "opmerkingen",
  commentBars: "de balken tellen de opmerkingen waarin elk woord voorkomt.",
  grades: {title: "Spreiding van de rapportcijfers", grade: "Cijfer", pass: (g) => `voldoende (${g} of hoger)`, fail: (g) => `onvoldoende (lager dan ${g})`, none: "Geen rapportcijfers om te tonen"},
  norm: {caption: "Resultaten voor het keurmerk", invited: "Netto steekproef", completed: "Ingevuld", rate: "Respons", grade: "Rapportcijfer", margin: "Marge", robust: "Gecorrigeerd", norm: "Norm", outcome: "Uitkomst", published: "Publicatie", total: "Totaal", few: "rust op weinig antwoorden", suppressed: "te weinig om te tonen"},
  outcome: {mean: "gehaald", robust: "gehaald (gecorrigeerd)", fail: "niet gehaald", none: "niet beoordeeld", yes: "ja", no: "nee"},
  describe: {
    enps: (d) => `Histogram van ${d.n} antwoorden van 0 tot 10. eNPS ${d.score} (${d.interval}): ${d.split}; ${d.passives} neutralen.`,
    enpsGroups: (d) =>
      `Stippen met de eNPS van ${d.groups} groepen op −100 tot 100` +
      (d.reference != null ? `, tegenover ${d.reference} voor de organisatie` : "") +
      `; ${d.relevant} relevante verschillen; ${d.suppressed} groepen afgeschermd voor de vertrouwelijkheid.`,
    grades: (d) => `${d.n} cijfers; ${d.failing} onvoldoende (lager dan ${d.failingGrade}). `,
    likert: (d) => `${d.label}: ${d.agree} eens, ${d.disagree} oneens.`,
    heatmap: (d) =>
      `Heatmap van ${d.groups} groepen bij ${d.columns} ${d.items === "modules" ? "modules" : "vragen"}: elke cel toont ${d.measure === "score" ? "de score" : "het verschil"}, gekleurd naar het verschil met ${AGAINST_NL[d.against] ?? `de ${d.against}`}; ${d.relevant} relevante verschillen; ${d.suppressed} groepen afgeschermd voor de vertrouwelijkheid.`,
    moduleBars: (d) =>
      `Staven met de scores van ${d.count} modules op ${d.scale}` +
      (d.highest ? `, hoogste ${d.highest}, laagste ${d.lowest}` : "") +
      (d.references ? `; markeringen voor ${d.references}; ${d.relevant} relevante verschillen.` : ".")
  },
  trends: {
    title: "Ontwikkeling per module",
    slopeTitle: "Vorig en huidig onderzoek per module",
    sparklinesTitle: "Ontwikkeling over de onderzoeken",
    sparkline: "Verloop",
    wave: "Onderzoek",
    change: "Verandering",
    perYear: "per jaar",
    otherQuestions: "op andere vragen",
    otherWording: "anders geformuleerd",
    noWaves: "Geen eerdere onderzoeken",
    describe: (d) => `Lijnen van ${d.count} scores over de onderzoeken ${d.waves}, met hun marges; ${d.rising} stijgen en ${d.falling} dalen significant over de jaren.`,
    describeSlope: (d) => `Lijnen van ${d.count} modulescores van ${d.from} naar ${d.to}; ${d.higher} relevant hoger, ${d.lower} relevant lager.`
  }
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
  theme: "Theme",
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
  responseRateUnknown: "Response rate unknown",
  noGroup: (key) => `No group "${key}" in this report.`,
  columns: {answer: "Answer", count: "Count", share: "Share", survey: "Survey", invited: "Invited", topic: "Topic", list: "List", rank: "Rank", within: "Within", word: "Word", comments: "Comments"},
  groupsTitle: "Groups",
  multipleAnswers: "More than one answer possible: the shares add up to more than 100%.",
  commentsTitle: "Words used most",
  wroteComment: (count) => `${count} people wrote a comment`,
  comments: "comments",
  commentBars: "the bars count the comments using each word.",
  grades: {title: "Spread of the grades", grade: "Grade", pass: (g) => `pass (${g} or higher)`, fail: (g) => `fail (below ${g})`, none: "No grades to show"},
  norm: {caption: "Results for the quality mark", invited: "Net sample", completed: "Completed", rate: "Response", grade: "Grade", margin: "Margin", robust: "Corrected", norm: "Norm", outcome: "Outcome", published: "Published", total: "Total", few: "rests on few answers", suppressed: "too few to show"},
  outcome: {mean: "met", robust: "met (corrected)", fail: "not met", none: "not judged", yes: "yes", no: "no"},
  describe: {
    enps: (d) => `Histogram of ${d.n} answers from 0 to 10. eNPS ${d.score} (${d.interval}): ${d.split}; ${d.passives} passives.`,
    enpsGroups: (d) =>
      `Dots of the eNPS of ${d.groups} groups on −100 to 100` +
      (d.reference != null ? `, against the organisation's ${d.reference}` : "") +
      `; ${d.relevant} relevant differences; ${d.suppressed} groups hidden for confidentiality.`,
    grades: (d) => `${d.n} grades; ${d.failing} failing (below ${d.failingGrade}). `,
    likert: (d) => `${d.label}: ${d.agree} agree, ${d.disagree} disagree.`,
    heatmap: (d) =>
      `Heatmap of ${d.groups} groups by ${d.columns} ${d.items}: each cell shows the ${d.measure}, coloured by the difference with the ${d.against}; ${d.relevant} relevant differences; ${d.suppressed} groups hidden for confidentiality.`,
    moduleBars: (d) =>
      `Bars of ${d.count} module scores on ${d.scale}` +
      (d.highest ? `, highest ${d.highest}, lowest ${d.lowest}` : "") +
      (d.references ? `; markers for ${d.references}; ${d.relevant} relevant differences.` : ".")
  },
  trends: {
    title: "Trend by module",
    slopeTitle: "Previous and current survey by module",
    sparklinesTitle: "Over the surveys",
    sparkline: "Trend",
    wave: "Survey",
    change: "Change",
    perYear: "per year",
    otherQuestions: "on other questions",
    otherWording: "worded differently",
    noWaves: "No earlier surveys",
    describe: (d) => `Lines of ${d.count} scores over the surveys ${d.waves}, with their margins; ${d.rising} rise and ${d.falling} fall significantly over the years.`,
    describeSlope: (d) => `Lines of ${d.count} module scores from ${d.from} to ${d.to}; ${d.higher} relevantly higher, ${d.lower} relevantly lower.`
  }
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
