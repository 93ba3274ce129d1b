import {translations, type Language} from "./translations.ts";

/** The names of the report site's pages, as the sidebar and the page titles give them. */
export interface PageNames {
  summary: string;
  guide: string;
  modules: string;
  questions: string;
  enps: string;
  topics: string;
  distributions: string;
  groups: string;
  /** The quality-mark page (a bundle with settings.norm). */
  quality: string;
  /** The policy page (a bundle with an agenda). */
  agenda: string;
  /** A study across organisations: the organisations (the picker) and the research page. */
  study: string;
  research: string;
}

/** The fixed texts of the report site's pages, in one language (sentences with numbers are built elsewhere). */
export interface SiteText {
  pages: PageNames;
  /** Words the pages share. */
  common: {
    /** "Inhoud", the heading of an in-page list of sections. */
    contents: string;
    organisation: string;
    respondents: string;
    /** "Meer over" before a link to a page. */
    more: string;
    /** Said where the report has nothing to show for a part. */
    nothing: string;
    /** "12 van 40". */
    of: string;
    /** "7,4 tegen 6,9". */
    against: string;
  };
  summary: {
    /** The heading of the key points. */
    keyPoints: string;
    keyPointsIntro: string;
    response: string;
    modules: string;
    modulesIntro: string;
    topics: string;
    further: string;
    /** One line per page under "Verder lezen". */
    pageDescriptions: Omit<PageNames, "summary">;
  };
  guide: {intro: string};
  modules: {
    intro: string;
    sort: string;
    sortReport: string;
    sortScore: string;
    intervals: string;
    scores: string;
    comparison: string;
    comparisonIntro: string;
    descriptions: string;
    reliability: string;
    reliabilityIntro: string;
    module: string;
    alpha: string;
    oneThing: string;
    notOneThing: string;
  };
  questions: {intro: string; coreNote: string; notCore: string};
  enps: {intro: string; distribution: string; comparison: string; groups: string; groupsIntro: string; variable: string; sort: string; sortReport: string; sortScore: string};
  groups: {
    intro: string;
    variable: string;
    measure: string;
    measureScore: string;
    measureDifference: string;
    against: string;
    againstOrganisation: string;
    againstParent: string;
    againstPrevious: string;
    items: string;
    itemsModules: string;
    itemsQuestions: string;
    heatmap: string;
    heatmapNote: string;
    enps: string;
    list: string;
    listIntro: string;
  };
  topics: {intro: string; ranking: string; comments: string; commentsIntro: string; noComments: string};
  distributions: {intro: string; none: string};
  /** The Keurmerk page; its sentences with numbers come from normSentences. */
  quality: {
    intro: string;
    table: string;
    rule: string;
    verdict: string;
    grades: string;
    gradesIntro: string;
    recommended: string;
    strengths: string;
    strengthsIntro: string;
    noStrengths: string;
    disclaimer: string;
  };
  group: {
    /** The eyebrow above a group page's title: "Team" or "Team · Domein Mobiliteit". */
    within: string;
    keyPoints: string;
    modules: string;
    modulesIntro: string;
    comparison: string;
    enps: string;
    children: string;
    childrenIntro: string;
    questions: string;
    questionsIntro: string;
    topics: string;
    distributions: string;
    back: string;
  };
  /** The names of the print footer: "Pagina 3 van 12". */
  print: {page: string; of: string};
  /** The trends' sections on the summary, modules and group pages. */
  trends: {heading: string; intro: string; modulesIntro: string; slope: string; slopeIntro: string; groupIntro: string};
}

const nl: SiteText = {
  pages: {
    summary: "Samenvatting",
    guide: "Leeswijzer",
    modules: "Modules",
    questions: "Vragen per module",
    enps: "eNPS",
    topics: "Onderwerpen en opmerkingen",
    distributions: "Verdelingen",
    groups: "Groepen",
    quality: "Keurmerk",
    agenda: "Agenda",
    study: "Organisaties",
    research: "Onderzoek"
  },
  common: {
    contents: "Inhoud",
    organisation: "Organisatie",
    respondents: "respondenten",
    more: "Meer over",
    nothing: "Hier is niets over te tonen.",
    of: "van",
    against: "tegen"
  },
  summary: {
    keyPoints: "In het kort",
    keyPointsIntro: "Wat sterk is, wat zwak is, wat veranderde en wat medewerkers verbeterd willen zien. Elk getal verwijst naar de grafiek of tabel waar het vandaan komt.",
    response: "Respons",
    modules: "Sterk en zwak",
    modulesIntro:
      "Alle modules van hoog naar laag. De markeringen tonen het vorige onderzoek en de benchmarks; kleur en pijlen verschijnen alleen bij relevante verschillen.",
    topics: "Trots en verbeteren",
    further: "Verder lezen",
    pageDescriptions: {
      guide: "hoe de scores, kleuren en marges tot stand komen en hoe kleine groepen beschermd zijn",
      modules: "alle modules vergeleken met het vorige onderzoek en de benchmarks",
      questions: "elke vraag: de verdeling van de antwoorden en de vergelijkingen",
      enps: "hoeveel medewerkers de organisatie als werkgever aanbevelen, ook per groep",
      topics: "waar medewerkers trots op zijn, wat beter kan en welke woorden ze gebruiken",
      distributions: "werkdruk, thuiswerken en de andere keuzevragen",
      groups: "de scores van elke groep naast elkaar, met een pagina per groep",
      quality: "of de tevredenheid de norm van het keurmerk haalt, per dienst en in totaal",
      agenda: "de peiling per thema van de beleidsagenda, op één blad en per thema uitgewerkt",
      study: "elke organisatie van het onderzoek, met haar eigen rapport en haar plaats tussen de andere",
      research: "wat de organisaties samen laten zien: samenhang, verschillen en drijfveren"
    }
  },
  guide: {
    intro: "Hoe de getallen in dit rapport tot stand komen. Alles hieronder volgt uit de instellingen van dit onderzoek."
  },
  modules: {
    intro:
      "Een module combineert verwante vragen tot één score. De staven tonen de scores van de organisatie; de markeringen het vorige onderzoek en de benchmarks.",
    sort: "Volgorde",
    sortReport: "zoals in de vragenlijst",
    sortScore: "van hoog naar laag",
    intervals: "Toon betrouwbaarheidsmarges",
    scores: "Scores per module",
    comparison: "Vergeleken",
    comparisonIntro: "Dezelfde scores als tabel, met de scores van de vergelijkingen en het verschil.",
    descriptions: "Wat de modules meten",
    reliability: "Betrouwbaarheid",
    reliabilityIntro:
      "Cronbachs α geeft aan hoe sterk de vragen van een module samenhangen, berekend over de respondenten die ze allemaal beantwoordden. Vanaf 0,7 meten ze samen één ding; daaronder is de modulescore een gemiddelde van losse onderwerpen.",
    module: "Module",
    alpha: "Cronbachs α",
    oneThing: "samenhangend (0,7 of hoger)",
    notOneThing: "onder 0,7: de vragen meten niet één ding"
  },
  questions: {
    intro: "Per module de verdeling van de antwoorden op elke vraag en de scores vergeleken met het vorige onderzoek en de benchmarks.",
    coreNote: "Niet alle vragen van deze module tellen mee in de modulescore.",
    notCore: "Telt niet mee in de modulescore:"
  },
  enps: {
    intro:
      "De employee Net Promoter Score (eNPS) laat zien in welke mate medewerkers de organisatie aan anderen aanraden als werkgever, op een schaal van 0 tot 10.",
    distribution: "Verdeling",
    comparison: "Vergeleken",
    groups: "Per groep",
    groupsIntro: "De eNPS van elke groep met zijn betrouwbaarheidsmarge, tegenover de eNPS van de organisatie (de stippellijn).",
    variable: "Groepen",
    sort: "Volgorde",
    sortReport: "zoals in de organisatie",
    sortScore: "van hoog naar laag"
  },
  groups: {
    intro:
      "De scores van elke groep naast elkaar. Kies welke groepen, wat elke cel toont en waarmee de kleur vergelijkt. Een afgeschermde groep blijft leeg.",
    variable: "Groepen",
    measure: "Cellen tonen",
    measureScore: "de score",
    measureDifference: "het verschil",
    against: "Kleur vergelijkt met",
    againstOrganisation: "de organisatie",
    againstParent: "de bovenliggende groep",
    againstPrevious: "de eigen vorige score",
    items: "Kolommen",
    itemsModules: "modules",
    itemsQuestions: "vragen",
    heatmap: "Scores per groep",
    heatmapNote: "Een groep wordt vergeleken met de rest van de organisatie.",
    enps: "eNPS per groep",
    list: "Alle groepen",
    listIntro: "Elke groep met genoeg respondenten heeft een eigen pagina."
  },
  topics: {
    intro: "Medewerkers kozen uit een lijst onderwerpen waar ze trots op zijn en wat beter kan. De balken tonen welk deel van hen elk onderwerp koos.",
    ranking: "Trots en verbeteren",
    comments: "Opmerkingen",
    commentsIntro:
      "Bij elke keuze konden medewerkers een toelichting schrijven. Om niemand herkenbaar te maken tonen we geen opmerkingen zelf, alleen hoeveel er zijn en welke woorden het vaakst terugkomen.",
    noComments: "Geen opmerkingen om te tonen."
  },
  distributions: {
    intro: "De antwoorden op de keuzevragen, zoals werkdruk en thuiswerken, naast die van het vorige onderzoek waar dat ze heeft.",
    none: "Dit onderzoek heeft geen keuzevragen."
  },
  quality: {
    intro:
      "Voor het keurmerk moet de tevredenheid een norm halen. Hieronder staat per groep hoeveel mensen zijn uitgenodigd, hoeveel de vragenlijst invulden, welk rapportcijfer ze gemiddeld gaven en of dat cijfer de norm haalt.",
    table: "Resultaten voor het keurmerk",
    rule: "Hoe de norm werkt",
    verdict: "Uitkomst",
    grades: "Spreiding van de rapportcijfers",
    gradesIntro: "Hoeveel mensen elk cijfer gaven. Een cijfer met een decimaal staat bij het dichtstbijzijnde hele cijfer (7,5 bij de 8); de gemiddelden zijn op de cijfers zelf berekend.",
    recommended: "Aangeraden aan anderen",
    strengths: "Relatief sterk",
    strengthsIntro: "Onderdelen van de dienstverlening die duidelijk beter scoren dan de vergelijking:",
    noStrengths: "Op geen enkel onderdeel scoort de dienstverlening duidelijk beter dan de vergelijking.",
    disclaimer: "Dit onderzoek is één van de eisen van het keurmerk. Of het keurmerk wordt toegekend, beslist de keurmerkinstelling op grond van meer dan deze cijfers."
  },
  group: {
    within: "binnen",
    keyPoints: "In het kort",
    modules: "Modules",
    modulesIntro: "De scores van deze groep, met als markeringen de eigen vorige scores, de bovenliggende groep en de organisatie.",
    comparison: "Vergeleken",
    enps: "eNPS",
    children: "Onderliggende groepen",
    childrenIntro: "De groepen binnen deze groep, vergeleken met deze groep.",
    questions: "Vragen",
    questionsIntro: "Elke vraag vergeleken met de eigen vorige score, de bovenliggende groep en de organisatie.",
    topics: "Trots en verbeteren",
    distributions: "Verdelingen",
    back: "Alle groepen"
  },
  print: {page: "Pagina", of: "van"},
  trends: {
    heading: "Ontwikkeling over de jaren",
    intro: "De scores in elk eerder onderzoek en nu. Een ▲ of ▼ bij een score is een relevante verandering ten opzichte van het onderzoek ervoor.",
    modulesIntro: "Elke module in elk onderzoek, met de marge als verticale lijn. Een gekleurde stip met ▲ of ▼ is een relevante verandering ten opzichte van het onderzoek ervoor.",
    slope: "Vorig en huidig onderzoek",
    slopeIntro: "Per module de score in het vorige onderzoek en nu; dikke, gekleurde lijnen zijn relevante veranderingen.",
    groupIntro: "De scores van deze groep in elk eerder onderzoek waarin zij groot genoeg was om te tonen, en nu."
  }
};

const en: SiteText = {
  pages: {
    summary: "Summary",
    guide: "How to read this report",
    modules: "Modules",
    questions: "Questions by module",
    enps: "eNPS",
    topics: "Topics and comments",
    distributions: "Distributions",
    groups: "Groups",
    quality: "Quality mark",
    agenda: "Agenda",
    study: "Organisations",
    research: "Research"
  },
  common: {
    contents: "Contents",
    organisation: "Organisation",
    respondents: "respondents",
    more: "More on",
    nothing: "There is nothing to show here.",
    of: "of",
    against: "against"
  },
  summary: {
    keyPoints: "In brief",
    keyPointsIntro: "What is strong, what is weak, what changed and what employees want improved. Every number links to the chart or table it comes from.",
    response: "Response",
    modules: "Strong and weak",
    modulesIntro: "All modules from high to low. The markers show the previous survey and the benchmarks; colour and arrows appear only for relevant differences.",
    topics: "Pride and improvement",
    further: "Read on",
    pageDescriptions: {
      guide: "how the scores, colours and margins are made and how small groups are protected",
      modules: "every module compared with the previous survey and the benchmarks",
      questions: "every question: how the answers are spread and how they compare",
      enps: "how many employees recommend the organisation as an employer, also by group",
      topics: "what employees are proud of, what could be better and the words they use",
      distributions: "workload, working from home and the other choice questions",
      groups: "every group's scores side by side, with a page for each group",
      quality: "whether satisfaction meets the quality mark's norm, per service and in total",
      agenda: "the survey per theme of the policy agenda, on one sheet and theme by theme",
      study: "every organisation of the study, with its own report and its place among the others",
      research: "what the organisations show together: relationships, differences and drivers"
    }
  },
  guide: {
    intro: "How the numbers in this report are made. Everything below follows from this survey's settings."
  },
  modules: {
    intro: "A module combines related questions into one score. The bars show the organisation's scores; the markers the previous survey and the benchmarks.",
    sort: "Order",
    sortReport: "as in the questionnaire",
    sortScore: "from high to low",
    intervals: "Show confidence intervals",
    scores: "Scores by module",
    comparison: "Compared",
    comparisonIntro: "The same scores as a table, with the scores they are compared with and the difference.",
    descriptions: "What the modules measure",
    reliability: "Reliability",
    reliabilityIntro:
      "Cronbach's α tells how strongly a module's questions hang together, computed over the respondents who answered them all. From 0.7 up they measure one thing together; below it, the module score averages separate subjects.",
    module: "Module",
    alpha: "Cronbach's α",
    oneThing: "consistent (0.7 or more)",
    notOneThing: "below 0.7: the questions do not measure one thing"
  },
  questions: {
    intro: "For each module, how the answers to every question are spread, and the scores compared with the previous survey and the benchmarks.",
    coreNote: "Not every question of this module counts in the module score.",
    notCore: "Does not count in the module score:"
  },
  enps: {
    intro: "The employee Net Promoter Score (eNPS) shows how far employees would recommend the organisation as an employer, on a scale from 0 to 10.",
    distribution: "Distribution",
    comparison: "Compared",
    groups: "By group",
    groupsIntro: "Each group's eNPS with its confidence interval, against the organisation's eNPS (the dashed line).",
    variable: "Groups",
    sort: "Order",
    sortReport: "as in the organisation",
    sortScore: "from high to low"
  },
  groups: {
    intro: "Every group's scores side by side. Choose which groups, what each cell shows and what the colour compares with. A hidden group stays blank.",
    variable: "Groups",
    measure: "Cells show",
    measureScore: "the score",
    measureDifference: "the difference",
    against: "Colour compares with",
    againstOrganisation: "the organisation",
    againstParent: "the group above",
    againstPrevious: "its own previous score",
    items: "Columns",
    itemsModules: "modules",
    itemsQuestions: "questions",
    heatmap: "Scores by group",
    heatmapNote: "A group is compared with the rest of the organisation.",
    enps: "eNPS by group",
    list: "All groups",
    listIntro: "Every group with enough respondents has a page of its own."
  },
  topics: {
    intro: "Employees chose from a list the topics they are proud of and those that could be better. The bars show the share of them that chose each topic.",
    ranking: "Pride and improvement",
    comments: "Comments",
    commentsIntro:
      "With each choice, employees could write a comment. To keep everyone unrecognisable we show no comments themselves, only how many there are and the words that recur most.",
    noComments: "No comments to show."
  },
  distributions: {
    intro: "The answers to the choice questions, such as workload and working from home, beside the previous survey's where it has them.",
    none: "This survey has no choice questions."
  },
  quality: {
    intro:
      "The quality mark requires satisfaction to meet a norm. Below, for each group: how many people were invited, how many completed the questionnaire, the mean grade they gave and whether that grade meets the norm.",
    table: "Results for the quality mark",
    rule: "How the norm works",
    verdict: "Outcome",
    grades: "Spread of the grades",
    gradesIntro: "How many people gave each grade. A grade with a decimal is counted at the nearest whole grade (7.5 at 8); the means are computed from the grades themselves.",
    recommended: "Recommended to others",
    strengths: "Relatively strong",
    strengthsIntro: "Parts of the service that score clearly better than the comparison:",
    noStrengths: "No part of the service scores clearly better than the comparison.",
    disclaimer: "This survey is one of the quality mark's requirements. Whether the mark is granted is for the certifying body to decide, on more than these figures."
  },
  group: {
    within: "within",
    keyPoints: "In brief",
    modules: "Modules",
    modulesIntro: "This group's scores, with markers for its own previous scores, the group above it and the organisation.",
    comparison: "Compared",
    enps: "eNPS",
    children: "Groups within",
    childrenIntro: "The groups within this group, compared with this group.",
    questions: "Questions",
    questionsIntro: "Every question compared with the group's own previous score, the group above it and the organisation.",
    topics: "Pride and improvement",
    distributions: "Distributions",
    back: "All groups"
  },
  print: {page: "Page", of: "of"},
  trends: {
    heading: "Over the years",
    intro: "The scores in every earlier survey and now. A ▲ or ▼ beside a score is a relevant change from the survey before.",
    modulesIntro: "Every module in every survey, with its margin as a vertical line. A coloured dot with ▲ or ▼ is a relevant change from the survey before.",
    slope: "Previous and current survey",
    slopeIntro: "Each module's score in the previous survey and now; thick coloured lines are relevant changes.",
    groupIntro: "This group's scores in every earlier survey in which it was large enough to show, and now."
  }
};

/**
 * Returns the fixed texts of the report site's pages (page names, headings, introductions,
 * labels of inputs) in Dutch (the default) or English. Sentences that carry numbers are built
 * from the view models by {@link summarySentences}, {@link groupSentences} and {@link guideSections}.
 *
 * @example
 * siteText("en").pages.guide; // "How to read this report"
 */
export const siteText: (language?: Language) => SiteText = translations({nl, en});

/**
 * The period of a survey in words: "10 tot en met 23 maart 2025", "10 to 23 March 2025"; the
 * month and year are written once when both dates share them.
 *
 * @example
 * formatPeriod({start: "2025-03-10", end: "2025-03-23"}, "en"); // "10 to 23 March 2025"
 */
export function formatPeriod({start, end}: {start: string; end: string}, locale: Language = "nl"): string {
  const tag = locale === "en" ? "en-GB" : "nl-NL";
  const date = (iso: string, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(tag, {timeZone: "UTC", ...options}).format(new Date(`${iso}T00:00:00Z`));
  const [a, b] = [new Date(`${start}T00:00:00Z`), new Date(`${end}T00:00:00Z`)];
  const word = locale === "en" ? "to" : "tot en met";
  const full = {day: "numeric", month: "long", year: "numeric"} as const;
  if (start === end) return date(end, full);
  const sameYear = a.getUTCFullYear() === b.getUTCFullYear();
  const sameMonth = sameYear && a.getUTCMonth() === b.getUTCMonth();
  const first = sameMonth ? date(start, {day: "numeric"}) : sameYear ? date(start, {day: "numeric", month: "long"}) : date(start, full);
  return `${first} ${word} ${date(end, full)}`;
}
