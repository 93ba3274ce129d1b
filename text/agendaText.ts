/** A difference's strength by the two-strength rule (`scoring/types.ts`). */
type DifferenceLevel = "none" | "relevant" | "veryRelevant";

import {translations} from "./translations.ts";

/** A piece of a sentence: text, or a number `P` that the narrative links to its chart. */
export type AgendaPiece<P> = string | P;

/** The agenda page's words (`src/agenda.md`), its chart's and its sentences', in one language. */
export interface AgendaText {
  /** The page's name in the sidebar and its title. */
  page: string;
  /** What the page is for, above the overview. */
  intro: string;
  overview: string;
  overviewIntro: string;
  /** Headings of the two kinds of entries. */
  themes: string;
  movements: string;
  /** Column headings of the overview table. */
  columns: {theme: string; score: string; previous: string; benchmark: string; lagging: string; topics: string};
  /** In a cell: the theme is not measured by the survey. */
  notMeasured: string;
  /** In a cell: no number to compare with. */
  noReference: string;
  /** Headings within a theme. */
  where: string;
  groupsChart: (theme: string) => string;
  laggingHeading: string;
  noLagging: string;
  topicsHeading: string;
  noTopics: string;
  proud: string;
  improve: string;
  counted: (questions: number) => string;
  context: string;
  notMeasuredText: string;
  /** The study part: organisations compared per theme. */
  organisations: string;
  organisationsIntro: string;
  organisationsChart: (theme: string) => string;
  mean: string;
  /** The chart's words. */
  chart: {title: string; organisation: string; interval: string; difference: string; suppressed: string; describe: (d: {rows: number; reference: string | null}) => string};
  /** "7,1 (marge 7,0–7,2)". */
  scoreWithInterval: <P>(score: P, interval: string) => AgendaPiece<P>[];
  /** One sentence on where the organisation stands on a theme. */
  stands: <P>(d: {name: string; score: AgendaPiece<P>[]; previous: AgendaPiece<P>[] | null; benchmark: AgendaPiece<P>[] | null; count: number; lagging: AgendaPiece<P>}) => AgendaPiece<P>[];
  /** "relevant hoger dan het Vorig onderzoek (6,9)". */
  against: <P>(d: {level: DifferenceLevel; better: boolean; label: string; reference: P}) => AgendaPiece<P>[];
  notMeasuredSentence: (name: string) => string;
  /** The heading and the caption of a theme's chart over the waves. */
  trendHeading: string;
  trendChart: (theme: string) => string;
  /**
   * How a theme moved over the waves: its score in each wave on the current questions, the
   * direction of its linear trend (null: fewer than three such waves) with the slope per year,
   * and the waves whose point rests on other questions (not compared).
   */
  moved: <P>(d: {points: {score: P; label: string}[]; direction: "rising" | "falling" | "steady" | null; slope: P | null; other: string[]}) => AgendaPiece<P>[];
}

/** "a, b en c" from pieces, with the language's word for "and". */
function series<P>(items: AgendaPiece<P>[][], and: string): AgendaPiece<P>[] {
  return items.flatMap((item, i) => [...(i === 0 ? [] : i === items.length - 1 ? [` ${and} `] : [", "]), ...item]);
}

const nl: AgendaText = {
  page: "Agenda",
  intro: "De peiling per thema van de beleidsagenda: een score met marge uit de vragen die het thema meten, tegen het vorige onderzoek en de benchmark, met de groepen die achterblijven.",
  overview: "Overzicht",
  overviewIntro: "Een score is het gemiddelde van de vragen die het thema meten; elk getal leidt naar zijn grafiek.",
  themes: "Strategische thema's",
  movements: "Bewegingen",
  columns: {theme: "Thema", score: "Score (marge)", previous: "Vorig onderzoek", benchmark: "Benchmark", lagging: "Groepen achter", topics: "Verbeteronderwerp"},
  notMeasured: "niet gemeten",
  noReference: "–",
  where: "Waar de organisatie staat",
  groupsChart: (theme) => `${theme} per groep`,
  laggingHeading: "Groepen die duidelijk achterblijven",
  noLagging: "Geen groep blijft duidelijk achter bij de organisatie.",
  topicsHeading: "Verbeteronderwerpen die het thema raken",
  noTopics: "Geen onderwerp van de vragenlijst raakt dit thema.",
  proud: "trots op",
  improve: "kan beter",
  counted: (questions) => `De score is het gemiddelde van ${questions} ${questions === 1 ? "vraag" : "vragen"} uit:`,
  context: "Ter context, telt niet mee:",
  notMeasuredText: "De peiling stelt geen vragen die dit thema rechtstreeks meten; er is daarom geen score. De vragen hieronder raken het thema van opzij.",
  organisations: "Organisaties vergeleken",
  organisationsIntro:
    "Per thema elke organisatie met haar marge, tegen het gemiddelde van de organisaties. Een kleine organisatie heeft een brede marge: alleen een gekleurde stip verschilt duidelijk van de andere organisaties. Het is geen ranglijst.",
  organisationsChart: (theme) => `${theme} per organisatie`,
  mean: "gemiddelde van de organisaties",
  chart: {
    title: "Scores met marge",
    organisation: "Organisatie",
    interval: "Marge",
    difference: "Verschil",
    suppressed: "afgeschermd",
    describe: ({rows, reference}) => `${rows} ${rows === 1 ? "score" : "scores"} met hun betrouwbaarheidsmarge${reference ? `, tegen ${reference}` : ""}.`
  },
  scoreWithInterval: (score, interval) => [score, ` (marge ${interval})`],
  stands: ({name, score, previous, benchmark, count, lagging}) => [
    `${name} scoort `,
    ...score,
    ...(previous ? [", ", ...previous] : []),
    ...(benchmark ? [previous ? " en " : ", ", ...benchmark] : []),
    ". ",
    ...(count === 0 ? ["Geen groep blijft duidelijk achter."] : [lagging, count === 1 ? " groep blijft duidelijk achter." : " groepen blijven duidelijk achter."])
  ],
  against: ({level, better, label, reference}) => [
    level === "none" ? "niet duidelijk anders dan " : `${level === "veryRelevant" ? "zeer relevant" : "relevant"} ${better ? "hoger" : "lager"} dan `,
    `${label} (`,
    reference,
    ")"
  ],
  notMeasuredSentence: (name) => `${name} meet deze peiling niet rechtstreeks: er is geen score.`,
  trendHeading: "Door de jaren",
  trendChart: (theme) => `${theme} door de jaren`,
  moved: ({points, direction, slope, other}) => [
    "Door de jaren: ",
    ...series(points.map((p) => [p.score, ` in ${p.label}`]), "en"),
    ...(direction === "rising" ? ["; een stijgende lijn (", slope!, " per jaar)"] : direction === "falling" ? ["; een dalende lijn (", slope!, " per jaar)"] : direction === "steady" ? ["; geen duidelijk stijgende of dalende lijn"] : []),
    ...(other.length ? [` (${other.join(" en ")} op andere vragen, niet vergeleken)`] : []),
    "."
  ]
};

const en: AgendaText = {
  page: "Agenda",
  intro: "The survey per theme of the policy agenda: a score with its margin from the questions that measure the theme, against the previous survey and the benchmark, with the groups that lag behind.",
  overview: "Overview",
  overviewIntro: "A score is the mean of the questions that measure the theme; every number leads to its chart.",
  themes: "Strategic themes",
  movements: "Movements",
  columns: {theme: "Theme", score: "Score (margin)", previous: "Previous survey", benchmark: "Benchmark", lagging: "Groups behind", topics: "Improvement topic"},
  notMeasured: "not measured",
  noReference: "–",
  where: "Where the organisation stands",
  groupsChart: (theme) => `${theme} per group`,
  laggingHeading: "Groups that clearly lag behind",
  noLagging: "No group clearly lags behind the organisation.",
  topicsHeading: "Improvement topics that touch the theme",
  noTopics: "No topic of the questionnaire touches this theme.",
  proud: "proud of",
  improve: "can be better",
  counted: (questions) => `The score is the mean of ${questions} ${questions === 1 ? "question" : "questions"} from:`,
  context: "For context, not counted:",
  notMeasuredText: "The survey asks no question that measures this theme directly, so it has no score. The questions below touch it from aside.",
  organisations: "Organisations compared",
  organisationsIntro:
    "Per theme every organisation with its margin, against the mean of the organisations. A small organisation has a wide margin: only a coloured dot clearly differs from the other organisations. It is not a ranking.",
  organisationsChart: (theme) => `${theme} per organisation`,
  mean: "mean of the organisations",
  chart: {
    title: "Scores with margin",
    organisation: "Organisation",
    interval: "Margin",
    difference: "Difference",
    suppressed: "hidden",
    describe: ({rows, reference}) => `${rows} ${rows === 1 ? "score" : "scores"} with their confidence margin${reference ? `, against ${reference}` : ""}.`
  },
  scoreWithInterval: (score, interval) => [score, ` (margin ${interval})`],
  stands: ({name, score, previous, benchmark, count, lagging}) => [
    `${name} scores `,
    ...score,
    ...(previous ? [", ", ...previous] : []),
    ...(benchmark ? [previous ? " and " : ", ", ...benchmark] : []),
    ". ",
    ...(count === 0 ? ["No group clearly lags behind."] : [lagging, count === 1 ? " group clearly lags behind." : " groups clearly lag behind."])
  ],
  against: ({level, better, label, reference}) => [
    level === "none" ? "not clearly different from " : `${level === "veryRelevant" ? "very relevantly" : "relevantly"} ${better ? "higher" : "lower"} than `,
    `${label} (`,
    reference,
    ")"
  ],
  notMeasuredSentence: (name) => `${name} is not measured directly by this survey: there is no score.`,
  trendHeading: "Over the years",
  trendChart: (theme) => `${theme} over the years`,
  moved: ({points, direction, slope, other}) => [
    "Over the years: ",
    ...series(points.map((p) => [p.score, ` in ${p.label}`]), "and"),
    ...(direction === "rising" ? ["; a rising line (", slope!, " a year)"] : direction === "falling" ? ["; a falling line (", slope!, " a year)"] : direction === "steady" ? ["; no clear rising or falling line"] : []),
    ...(other.length ? [` (${other.join(" and ")} on other questions, not compared)`] : []),
    "."
  ]
};

/**
 * The agenda page's words in a language (Dutch by default).
 *
 * @example
 * agendaText("en").overview; // "Overview"
 */
export const agendaText = translations<AgendaText>({nl, en});
