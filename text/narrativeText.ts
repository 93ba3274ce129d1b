import {translations, type Language} from "./translations.ts";

/** How relevant a difference is, as the comparisons grade it. */
type Level = "none" | "relevant" | "veryRelevant";

/** A piece of a sentence: plain text, or what the narrative makes of a number (a link to its chart). */
export type Piece<P> = string | P;

/** The words sentences share, in one language. */
export interface SentenceWords {
  and: string;
  or: string;
  against: string;
  /** "relevant hoger", "zeer relevant lager", by level and direction. */
  higherLower: (level: Level, better: boolean) => string;
  /** "een relevante stijging", "geen relevant verschil": a change over time. */
  change: (level: Level, better: boolean) => string;
  /** "geen relevant verschil" / "een relevant verschil" against a benchmark. */
  differs: (level: Level, better: boolean) => string;
  fromTo: string[];
  quote: (text: string) => string;
  /** "de eNPS", as a list of differences names it. */
  theEnps: string;
  /** " op ", between a difference's words and what differs ("relevant hoger op A"). */
  on: string;
  /** ", zeer relevant)" closing a very relevant change. */
  veryRelevantClose: string;
  /** " (en nog 3)" after a shortened list. */
  more: (count: number) => string;
  none: string;
}

/** The sentences of the summary's and the group pages' key points; `P` is a linked number. */
export interface KeyPointText {
  response: string;
  responseOf: <P>(d: {invited: P; respondents: P; rate: P; references: Piece<P>[]}) => Piece<P>[];
  responseCount: <P>(respondents: P) => Piece<P>[];
  enps: <P>(d: {score: P; promoters: P; detractors: P; references: Piece<P>[]}) => Piece<P>[];
  strongAndWeak: string;
  highest: <P>(plural: boolean, list: Piece<P>[]) => Piece<P>[];
  lowest: string;
  reversed: <P>(names: Piece<P>[], plural: boolean) => Piece<P>[];
  compared: (name: string) => string;
  changedModules: <P>(list: Piece<P>[]) => Piece<P>[];
  noModuleChanged: string;
  smallChanges: <P>(threshold: P, list: Piece<P>[]) => Piece<P>[];
  changedQuestions: <P>(list: Piece<P>[], more: string) => Piece<P>[];
  organisationScores: <P>(list: Piece<P>[]) => Piece<P>[];
  allLower: <P>(compared: Piece<P>) => Piece<P>[];
  allHigher: <P>(compared: Piece<P>) => Piece<P>[];
  lowerAndHigher: <P>(compared: Piece<P>, lower: Piece<P>, higher: Piece<P>) => Piece<P>[];
  furthestBehind: <P>(name: string, pair: Piece<P>[]) => Piece<P>[];
  noModuleDiffers: <P>(counts: Piece<P>[], gap: Piece<P>[]) => Piece<P>[];
  atQuestionLevel: <P>(list: Piece<P>[], more: string) => Piece<P>[];
  topics: string;
  employees: (subject: string | null) => string;
  proudest: <P>(who: string, list: Piece<P>[]) => Piece<P>[];
  improve: <P>(list: Piece<P>[]) => Piece<P>[];
  /** A group page: "de eigen scores in 2023". */
  ownPrevious: (label: string | null) => string;
  groupScores: <P>(list: Piece<P>[], anyModule: boolean) => Piece<P>[];
  noModuleDiffersShort: string;
  questions: string;
  questionDifferences: <P>(count: P, plural: boolean) => Piece<P>[];
}

/** The reading guide's section titles and sentences. */
export interface GuideText {
  titles: {scores: string; colouring: string; confidentiality: string; margins: string; comparisons: string};
  percentPositive: <P>(positive: Piece<P>[]) => Piece<P>[];
  scale: (d: {count: string; min: string; max: string}) => string;
  notAGrade: string;
  weighted: string;
  meanOfRespondents: (weighted: string) => string;
  meanOfQuestions: (weighted: string) => string;
  missing: <P>(list: Piece<P>[]) => Piece<P>[];
  reversed: <P>(modules: Piece<P>[]) => Piece<P>[];
  partial: <P>(modules: Piece<P>[], link: (text: string) => P) => Piece<P>[];
  enps: (question: string) => string[];
  colouring: (d: {confidence: string; min: string; strong: string; enpsMin: string; enpsStrong: string}) => string;
  ownScore: string;
  withoutSpread: <P>(list: Piece<P>[]) => Piece<P>[];
  groupComparison: string;
  corrected: string;
  notCorrected: string;
  suppressed: (minimum: string) => string;
  recoverable: string;
  commentsPublished: (minimum: string) => string;
  commentsWords: (minimum: string) => string;
  estimate: (confidence: string) => string;
  finitePopulation: (d: {respondents: string; invited: string; rate: string}) => string;
  noFinitePopulation: string;
  bootstrap: (d: {replicates: string; seed: string}) => string;
  linearisation: string;
  alpha: <P>(low: Piece<P>[]) => Piece<P>[];
  previousScoresOnly: (label: string) => string;
  previous: (d: {label: string; respondents: string | null}) => string;
  topBenchmark: (name: string) => string;
  averageBenchmark: (name: string) => string;
}

/** The quality-mark page's paragraphs on the norm. */
export interface NormText {
  /** Who the norm judges when the norm names no population. */
  allRespondents: string;
  /** The total as a list of rows names it. */
  theTotal: string;
  noMean: (who: string) => string;
  met: (d: {who: string; total: string; unit: string; groupNorm: string; robust: string}) => string;
  /** The sentence added when the corrected mean saved the verdict. */
  robust: (names: string) => string;
  totalBelow: (d: {total: string; norm: string}) => string;
  groupBelow: (d: {name: string; mean: string; norm: string}) => string;
  notMet: (parts: string) => string;
  rule: (d: {who: string; totalNorm: string; groupNorm: string; unit: string; failingGrade: string}) => string;
  others: (d: {names: string; who: string}) => string;
  publication: (d: {completed: string; rate: string}) => string;
  few: (d: {answers: string; confidence: string}) => string;
  hidden: (d: {names: string; minimum: string; unit: string}) => string;
}

/** Every fixed word of the generated sentences, in one language. */
export interface NarrativeText {
  words: SentenceWords;
  keyPoints: KeyPointText;
  guide: GuideText;
  norm: NormText;
  trends: TrendText;
}

/** The sentences on trends over the earlier waves. */
export interface TrendText {
  lead: string;
  /** "Van 2021 tot 2025 stegen 3 van de 17 modules significant: …". */
  rising: <P>(d: {count: number; total: number; from: string; to: string; list: Piece<P>[]}) => Piece<P>[];
  falling: <P>(d: {count: number; total: number; from: string; to: string; list: Piece<P>[]}) => Piece<P>[];
  steady: (d: {total: number; from: string; to: string}) => string;
  /** "De eNPS was −13 in 2021, −9 in 2023 en 1 in 2025." `points` are "−13 in 2021" pieces joined. */
  series: <P>(name: string, points: Piece<P>[]) => Piece<P>[];
  inYear: string;
  /** Said of a group where it was too small in some waves. */
  notShown: (waves: string) => string;
}

const nl: NarrativeText = {
  words: {
    and: "en",
    or: "of",
    against: "tegen",
    higherLower: (level, better) => `${level === "veryRelevant" ? "zeer relevant" : "relevant"} ${better ? "hoger" : "lager"}`,
    change: (level, better) =>
      level === "none" ? "geen relevant verschil" : `een ${level === "veryRelevant" ? "zeer relevante" : "relevante"} ${better ? "stijging" : "daling"}`,
    differs: (level, better) => (level === "none" ? "geen relevant verschil" : `${level === "veryRelevant" ? "zeer relevant" : "relevant"} ${better ? "hoger" : "lager"}`),
    fromTo: ["van ", " naar "],
    quote: (text) => `‘${text}’`,
    theEnps: "de eNPS",
    on: " op ",
    veryRelevantClose: ", zeer relevant)",
    more: (count) => ` (en nog ${count})`,
    none: "geen"
  },
  keyPoints: {
    response: "Respons",
    responseOf: (d) => ["Van de ", d.invited, " uitgenodigde medewerkers vulden er ", d.respondents, " de vragenlijst in: een respons van ", d.rate, ...d.references, "."],
    responseCount: (respondents) => [respondents, " medewerkers vulden de vragenlijst in."],
    enps: (d) => ["De eNPS is ", d.score, ": ", d.promoters, " promotors min ", d.detractors, " criticasters", ...d.references, "."],
    strongAndWeak: "Sterk en zwak",
    highest: (plural, list) => [plural ? "Het hoogst scoren " : "Het hoogst scoort ", ...list],
    lowest: "; het laagst ",
    reversed: (names) => ["Bij ", ...names, " zijn de vragen omgepoold: hoe hoger de score, hoe minder last medewerkers ervan hebben."],
    compared: (name) => `Vergeleken met ${name}`,
    changedModules: (list) => ["Relevant veranderde modulescores: ", ...list, "."],
    noModuleChanged: "Geen enkele modulescore veranderde relevant.",
    smallChanges: (threshold, list) => ["Wel significant, maar kleiner dan ", threshold, ": ", ...list, "."],
    changedQuestions: (list, more) => ["Op vraagniveau relevant veranderd: ", ...list, more, "."],
    organisationScores: (list) => ["De organisatie scoort ", ...list, "."],
    allLower: (compared) => [": alle ", compared, " vergeleken modules liggen lager"],
    allHigher: (compared) => [": alle ", compared, " vergeleken modules liggen hoger"],
    lowerAndHigher: (compared, lower, higher) => [": van de ", compared, " vergeleken modules liggen er ", lower, " lager en ", higher, " hoger"],
    furthestBehind: (name, pair) => ["; het verst achter ligt ", name, ...pair],
    noModuleDiffers: (counts, gap) => ["Geen module verschilt relevant", ...counts, ...gap, "."],
    atQuestionLevel: (list, more) => ["Op vraagniveau: ", ...list, more, "."],
    topics: "Trots en verbeteren",
    employees: (subject) => (subject ? `Medewerkers van ${subject}` : "Medewerkers"),
    proudest: (who, list) => [`${who} zijn het meest trots op `, ...list, "."],
    improve: (list) => ["Als verbeterpunt kiezen ze het vaakst ", ...list, "."],
    ownPrevious: (label) => `de eigen scores in ${label ?? "het vorige onderzoek"}`,
    groupScores: (list, anyModule) => ["Deze groep scoort ", ...list, anyModule ? "." : "; geen module verschilt relevant."],
    noModuleDiffersShort: "Geen module verschilt relevant.",
    questions: "Vragen",
    questionDifferences: (count, plural) => [
      count,
      plural ? " vergelijkingen van losse vragen tonen een relevant verschil; de vragentabel laat ze zien." : " vergelijking van een losse vraag toont een relevant verschil; de vragentabel laat het zien."
    ]
  },
  guide: {
    titles: {scores: "Van antwoord naar score", colouring: "Kleuring", confidentiality: "Vertrouwelijkheid", margins: "Marges", comparisons: "Vergelijkingen"},
    percentPositive: (positive) => [
      "De score van een vraag is het percentage positieve antwoorden",
      ...(positive.length ? [" (", ...positive, ")"] : []),
      " onder de geldige antwoorden. De score van een module is het gemiddelde van de percentages van haar vragen."
    ],
    scale: (d) => `Elke stelling is beantwoord op een schaal van ${d.count} antwoorden, die elk een score van ${d.min} tot ${d.max} geven: `,
    notAGrade: ". Het is geen rapportcijfer.",
    weighted: ", gewogen met het surveygewicht",
    meanOfRespondents: (weighted) =>
      `De score van een vraag is het gemiddelde van de geldige antwoorden${weighted}. De score van een module is het gemiddelde van de eigen gemiddelden van de respondenten over de vragen van de module.`,
    meanOfQuestions: (weighted) => `De score van een vraag is het gemiddelde van de geldige antwoorden${weighted}. De score van een module is het gemiddelde van de scores van haar vragen.`,
    missing: (list) => [...list, " telt niet mee: het geeft geen score en hoort bij geen enkel percentage."],
    reversed: (modules) => ["Negatief gestelde vragen zijn omgepoold, zodat een hogere score altijd beter is. Dat geldt voor vragen van ", ...modules, "."],
    partial: (modules, link) => ["Bij ", ...modules, " tellen niet alle vragen mee in de modulescore; ", link("de pagina met vragen"), " laat zien welke."],
    enps: (question) => [
      "De eNPS komt uit de vraag ",
      question,
      " (0 tot 10): promotors antwoorden 9 of 10, neutralen 7 of 8, criticasters 0 tot en met 6. De eNPS is het percentage promotors min het percentage criticasters, van −100 tot 100."
    ],
    colouring: (d) =>
      `Een verschil krijgt een kleur als het significant is (${d.confidence} betrouwbaarheid) én groter dan ${d.min} (relevant: een lichte kleur en ▲ of ▼) of ${d.strong} (zeer relevant: een volle kleur en ▲▲ of ▼▼). Voor de eNPS zijn de drempels ${d.enpsMin} en ${d.enpsStrong} punten. Blauw is hoger, oranje lager; de pijlen zeggen hetzelfde zonder kleur.`,
    ownScore: "De eigen score is het referentiepunt en blijft grijs.",
    withoutSpread: (list) => [" Tegenover ", ...list, ", waarvan niet voor elk onderdeel de spreiding bekend is, telt daar alleen de grootte van het verschil."],
    groupComparison:
      "Een groep wordt vergeleken met de rest van de organisatie, en een groep binnen een andere met de rest van die groep, omdat hij er deel van is. Een heatmap toetst veel verschillen tegelijk: ",
    corrected: "de p-waarden zijn daarom gecorrigeerd voor meervoudig toetsen (Benjamini–Hochberg), zodat weinig cellen door toeval gekleurd zijn.",
    notCorrected: "de p-waarden zijn niet gecorrigeerd voor meervoudig toetsen, dus af en toe is een cel door toeval gekleurd.",
    suppressed: (minimum) =>
      `Van een groep met minder dan ${minimum} respondenten tonen we geen enkel getal: geen score, geen verdeling, geen eNPS en ook geen aantal. Binnen een getoonde groep geldt hetzelfde voor elke vraag die minder dan ${minimum} mensen beantwoordden.`,
    recoverable:
      "Soms is een afgeschermd getal toch te herleiden door getoonde getallen op te tellen en af te trekken, bijvoorbeeld een totaal min de getoonde groepen, of een groep min een andere groep die er bijna helemaal in valt. Voordat er iets gepubliceerd wordt, toetsen we elk getal aan elke combinatie van de groepen, hun subgroepen en hun kruisingen, en schermen we meer af, het kleinste eerst, tot geen enkele zo'n som minder mensen overhoudt dan het minimum. Dezelfde toets geldt per vraag: een vraag die in de ene groep is afgeschermd, kan haar ook in een andere afschermen. Een afgeschermde groep zegt daarom niet waarom ze is afgeschermd, en toont geen aantal respondenten of uitgenodigden. De antwoorden van afgeschermde groepen tellen wel mee in de organisatie en in de groepen erboven.",
    commentsPublished: (minimum) =>
      `Open antwoorden tonen we alleen voor groepen van minstens ${minimum} respondenten met minstens ${minimum} opmerkingen, en alleen waar geen combinatie van groepen minder schrijvers overhoudt.`,
    commentsWords: (minimum) =>
      `Open antwoorden publiceren we nooit letterlijk. We tonen alleen hoeveel opmerkingen er zijn en welke woorden het vaakst voorkomen, alleen voor groepen van minstens ${minimum} respondenten, en nooit een woord dat in maar één opmerking staat.`,
    estimate: (confidence) => `Elke score is een schatting: met andere respondenten was hij iets anders uitgevallen. De marge (het ${confidence}-betrouwbaarheidsinterval) geeft aan hoeveel.`,
    finitePopulation: (d) =>
      `Omdat ${d.respondents} van de ${d.invited} uitgenodigde medewerkers antwoordden (${d.rate}), zijn de marges smaller dan bij een steekproef uit een grote populatie (de eindige-populatiecorrectie). Die correctie veronderstelt dat wie niet antwoordde lijkt op wie wel antwoordde; dat kan geen onderzoek controleren.`,
    noFinitePopulation: "De marges behandelen de respondenten als een steekproef uit een grote populatie (geen eindige-populatiecorrectie).",
    bootstrap: (d) =>
      `De marge van een modulescore komt uit een bootstrap: ${d.replicates} keer worden de respondenten opnieuw getrokken (met teruglegging) en de scores opnieuw berekend, vanuit een vaste beginwaarde (${d.seed}), zodat elke berekening dezelfde marges geeft.`,
    linearisation: "De marge van een modulescore komt uit een lineaire benadering (Taylor-linearisatie) over de respondenten.",
    alpha: (low) => [
      "Hoe sterk de vragen van een module samenhangen staat op de pagina over de modules als Cronbachs α, berekend over de respondenten die ze allemaal beantwoordden: vanaf 0,7 meten ze samen één ding; daaronder is de modulescore een gemiddelde van losse onderwerpen",
      ...(low.length ? [" (hier: ", ...low, ")"] : [" (hier geen enkele module)"]),
      "."
    ],
    previousScoresOnly: (label) => `Van het vorige onderzoek (${label}) zijn alleen de scores bekend. Verschillen ermee worden beoordeeld op hun grootte en, waar de spreiding bekend is, getoetst.`,
    previous: (d) =>
      `${d.label}${d.respondents != null ? ` (${d.respondents} respondenten)` : ""} is met dezelfde regels gescoord als dit onderzoek. Respondenten zijn niet te koppelen, dus verschillen worden getoetst als tussen twee onafhankelijke steekproeven (Welch' t-toets).`,
    topBenchmark: (name) => `${name} is een benchmark van de best scorende organisaties: een hoge lat, geen gemiddelde.`,
    averageBenchmark: (name) => `${name} is het gemiddelde van vergelijkbare organisaties die dezelfde vragen stelden.`
  },
  norm: {
    allRespondents: "alle respondenten",
    theTotal: "het totaal",
    noMean: (who) => `Er is geen gemiddeld rapportcijfer van ${who} om te beoordelen; de norm is dus niet te toetsen.`,
    met: (d) => `De norm is gehaald: ${d.who} gaven gemiddeld een ${d.total} en elke getoonde ${d.unit} haalt minstens een ${d.groupNorm}.${d.robust}`,
    robust: (names) => ` Voor ${names} was daarvoor het gecorrigeerde gemiddelde nodig (zie hieronder).`,
    totalBelow: (d) => `het totaal (${d.total}) blijft onder de ${d.norm}`,
    groupBelow: (d) => `${d.name} (${d.mean}) blijft onder de ${d.norm}`,
    notMet: (parts) => `De norm is niet gehaald: ${parts}, ook na de correctie voor onvoldoendes.`,
    rule: (d) =>
      `Het keurmerk vraagt van ${d.who} een gemiddeld rapportcijfer van minstens ${d.totalNorm}, en minstens ${d.groupNorm} voor elke ${d.unit}. Blijft een gemiddelde daaronder, dan tellen we elke onvoldoende (lager dan ${d.failingGrade}) als een 5 en houden we dat gecorrigeerde gemiddelde tegen dezelfde norm: bij weinig ingevulde vragenlijsten weegt één 1 anders veel zwaarder dan een 5. Wie vooral ruim voldoendes krijgt, haalt de norm dan toch, ook met een paar heel lage cijfers ertussen.`,
    others: (d) => `${d.names} vulden een eigen vragenlijst in; hun gemiddelde cijfer staat erbij en is tegen de norm voor het totaal gehouden, maar de norm hierboven is die van ${d.who}.`,
    publication: (d) => `Een rapportcijfer wordt gepubliceerd als er minstens ${d.completed} vragenlijsten zijn ingevuld en de respons minstens ${d.rate} is.`,
    few: (d) => `Een cijfer met * rust op minder dan ${d.answers} antwoorden: één antwoord verschuift het flink, zoals de brede marge (het ${d.confidence}-interval) laat zien.`,
    hidden: (d) =>
      `${d.names}: minder dan ${d.minimum} ingevulde vragenlijsten (of nodig om zo'n ${d.unit} niet te laten herleiden), dus we tonen geen enkel getal en beoordelen de ${d.unit} hier niet; de antwoorden tellen wel mee in het totaal.`
  },
  trends: {
    lead: "Over de jaren",
    rising: (d) => [`Van ${d.from} tot ${d.to} ${d.count === 1 ? "steeg" : "stegen"} ${d.count} van de ${d.total} modulescores significant: `, ...d.list, "."],
    falling: (d) => [d.count === 1 ? "Significant gedaald is " : `Significant gedaald zijn ${d.count} modulescores: `, ...d.list, "."],
    steady: (d) => `Van ${d.from} tot ${d.to} steeg of daalde geen van de ${d.total} modulescores significant.`,
    series: (name, points) => [`${name} was `, ...points, "."],
    inYear: " in ",
    notShown: (waves) => `In ${waves} was deze groep te klein om te tonen.`
  }
};

const en: NarrativeText = {
  words: {
    and: "and",
    or: "or",
    against: "against",
    higherLower: (level, better) => `${level === "veryRelevant" ? "very relevantly" : "relevantly"} ${better ? "higher" : "lower"}`,
    change: (level, better) => (level === "none" ? "no relevant difference" : `a ${level === "veryRelevant" ? "very relevant" : "relevant"} ${better ? "rise" : "fall"}`),
    differs: (level, better) => (level === "none" ? "no relevant difference" : `${level === "veryRelevant" ? "very relevantly" : "relevantly"} ${better ? "higher" : "lower"}`),
    fromTo: ["from ", " to "],
    quote: (text) => `‘${text}’`,
    theEnps: "the eNPS",
    on: " on ",
    veryRelevantClose: ", very relevant)",
    more: (count) => ` (and ${count} more)`,
    none: "none"
  },
  keyPoints: {
    response: "Response",
    responseOf: (d) => ["Of the ", d.invited, " employees invited, ", d.respondents, " completed the questionnaire: a response rate of ", d.rate, ...d.references, "."],
    responseCount: (respondents) => [respondents, " employees completed the questionnaire."],
    enps: (d) => ["The eNPS is ", d.score, ": ", d.promoters, " promoters minus ", d.detractors, " detractors", ...d.references, "."],
    strongAndWeak: "Strong and weak",
    highest: (plural, list) => [plural ? "The highest scores go to " : "The highest score goes to ", ...list],
    lowest: "; the lowest to ",
    reversed: (names, plural) => [...names, plural ? " are" : " is", " reverse-scored: the higher the score, the less employees are burdened."],
    compared: (name) => `Compared with ${name}`,
    changedModules: (list) => ["Module scores that changed relevantly: ", ...list, "."],
    noModuleChanged: "No module score changed relevantly.",
    smallChanges: (threshold, list) => ["Significant, but smaller than ", threshold, ": ", ...list, "."],
    changedQuestions: (list, more) => ["At question level, changed relevantly: ", ...list, more, "."],
    organisationScores: (list) => ["The organisation scores ", ...list, "."],
    allLower: (compared) => [": all ", compared, " modules compared score lower"],
    allHigher: (compared) => [": all ", compared, " modules compared score higher"],
    lowerAndHigher: (compared, lower, higher) => [": of the ", compared, " modules compared, ", lower, " score lower and ", higher, " higher"],
    furthestBehind: (name, pair) => ["; the furthest behind is ", name, ...pair],
    noModuleDiffers: (counts, gap) => ["No module differs relevantly", ...counts, ...gap, "."],
    atQuestionLevel: (list, more) => ["At question level: ", ...list, more, "."],
    topics: "Pride and improvement",
    employees: (subject) => (subject ? `Employees of ${subject}` : "Employees"),
    proudest: (who, list) => [`${who} are proudest of `, ...list, "."],
    improve: (list) => ["As points to improve they chose most often ", ...list, "."],
    ownPrevious: (label) => `its own scores in ${label ?? "the previous survey"}`,
    groupScores: (list, anyModule) => ["This group scores ", ...list, anyModule ? "." : "; no module differs relevantly."],
    noModuleDiffersShort: "No module differs relevantly.",
    questions: "Questions",
    questionDifferences: (count, plural) => [
      count,
      plural ? " comparisons of single questions show a relevant difference; the question table shows them." : " comparison of a single question shows a relevant difference; the question table shows it."
    ]
  },
  guide: {
    titles: {scores: "From answer to score", colouring: "Colours", confidentiality: "Confidentiality", margins: "Margins", comparisons: "Comparisons"},
    percentPositive: (positive) => [
      "A question's score is the percentage of positive answers",
      ...(positive.length ? [" (", ...positive, ")"] : []),
      " among the valid answers. A module's score is the mean of its questions' percentages."
    ],
    scale: (d) => `Each statement was answered on a scale of ${d.count} answers, each giving a score from ${d.min} to ${d.max}: `,
    notAGrade: ". It is not a school grade.",
    weighted: ", weighted by the survey weight",
    meanOfRespondents: (weighted) =>
      `A question's score is the mean of its valid answers${weighted}. A module's score is the mean of each respondent's own mean over the module's questions.`,
    meanOfQuestions: (weighted) => `A question's score is the mean of its valid answers${weighted}. A module's score is the mean of its questions' scores.`,
    missing: (list) => [...list, " does not count: it is neither a score nor part of any share."],
    reversed: (modules) => ["Negatively worded questions are reverse-scored, so that a higher score is always better. That applies to questions of ", ...modules, "."],
    partial: (modules, link) => ["For ", ...modules, ", not every question counts in the module score; ", link("the questions page"), " shows which."],
    enps: (question) => [
      "The eNPS comes from the question ",
      question,
      " (0 to 10): promoters answer 9 or 10, passives 7 or 8, detractors 0 to 6. The eNPS is the percentage of promoters minus the percentage of detractors, from −100 to 100."
    ],
    colouring: (d) =>
      `A difference is coloured when it is significant (${d.confidence} confidence) and larger than ${d.min} (relevant: a light colour and ▲ or ▼) or ${d.strong} (very relevant: a full colour and ▲▲ or ▼▼). For the eNPS the thresholds are ${d.enpsMin} and ${d.enpsStrong} points. Blue is higher, orange lower; the arrows say the same without colour.`,
    ownScore: "The organisation's own score is the point of reference and stays grey.",
    withoutSpread: (list) => [" Against ", ...list, ", whose spread is not known for every item, only the size of a difference counts there."],
    groupComparison:
      "A group is compared with the rest of the organisation, and a group within another with the rest of that group, since it is part of it. A heatmap tests many differences at once: ",
    corrected: "its p-values are corrected for multiple testing (Benjamini–Hochberg), so few cells are coloured by chance.",
    notCorrected: "its p-values are not corrected for multiple testing, so expect the odd cell to be coloured by chance.",
    suppressed: (minimum) =>
      `For a group of fewer than ${minimum} respondents we show no number of any kind: no score, no distribution, no eNPS and not even a count. Within a group that is shown, the same holds for every question fewer than ${minimum} people answered.`,
    recoverable:
      "Sometimes a hidden number could still be worked out by adding and subtracting numbers that are shown, for instance a total minus the groups shown, or one group minus another that lies almost wholly inside it. Before anything is published, every number is checked against every combination of the groups, their subgroups and their crossings, and more is hidden, the smallest first, until no such sum singles out fewer people than the minimum. The same check runs per question: a question hidden in one group can hide it in another. A hidden group therefore says nothing about why it is hidden, and shows no number of respondents or invitees. The answers of hidden groups do count in the organisation and in the groups above them.",
    commentsPublished: (minimum) =>
      `Open answers are shown only for groups of at least ${minimum} respondents with at least ${minimum} comments, and only where no combination of groups singles out fewer writers.`,
    commentsWords: (minimum) =>
      `Open answers are never published word for word. We show only how many comments there are and the words used most, only for groups of at least ${minimum} respondents, and never a word that appears in just one comment.`,
    estimate: (confidence) => `Every score is an estimate: with other respondents it would have come out a little differently. The margin (the ${confidence} confidence interval) says how much.`,
    finitePopulation: (d) =>
      `Since ${d.respondents} of the ${d.invited} employees invited answered (${d.rate}), the margins are narrower than for a sample from a large population (the finite population correction). That correction assumes that those who did not answer resemble those who did, which no survey can check.`,
    noFinitePopulation: "The margins treat the respondents as a sample from a large population (no finite population correction).",
    bootstrap: (d) =>
      `A module score's margin comes from a bootstrap: the respondents are drawn again with replacement ${d.replicates} times and the scores recomputed, from a fixed seed (${d.seed}), so every run gives the same margins.`,
    linearisation: "A module score's margin comes from a linear approximation (Taylor linearisation) over the respondents.",
    alpha: (low) => [
      "How strongly a module's questions hang together is given on the modules page as Cronbach's α, over the respondents who answered them all: from 0.7 up they measure one thing; below it the module score averages separate subjects",
      ...(low.length ? [" (here: ", ...low, ")"] : [" (here no module)"]),
      "."
    ],
    previousScoresOnly: (label) => `Of the previous survey (${label}) only its scores are known. Differences with it are judged by their size and, where its spread is given, tested.`,
    previous: (d) =>
      `${d.label}${d.respondents != null ? ` (${d.respondents} respondents)` : ""} was scored by the same rules as this survey. Respondents cannot be linked between the two, so differences are tested as between two independent samples (Welch's t-test).`,
    topBenchmark: (name) => `${name} is a benchmark of the best-scoring organisations: a high bar, not an average.`,
    averageBenchmark: (name) => `${name} is the average of comparable organisations that asked the same questions.`
  },
  norm: {
    allRespondents: "all respondents",
    theTotal: "the total",
    noMean: (who) => `There is no mean grade of ${who} to judge, so the norm cannot be checked.`,
    met: (d) => `The norm is met: ${d.who} gave a mean grade of ${d.total}, and every ${d.unit} shown reaches ${d.groupNorm}.${d.robust}`,
    robust: (names) => ` For ${names} it took the corrected mean (below).`,
    totalBelow: (d) => `the total (${d.total}) stays below ${d.norm}`,
    groupBelow: (d) => `${d.name} (${d.mean}) stays below ${d.norm}`,
    notMet: (parts) => `The norm is not met: ${parts}, also after the correction for failing grades.`,
    rule: (d) =>
      `The quality mark asks for a mean grade of at least ${d.totalNorm} from ${d.who}, and at least ${d.groupNorm} for every ${d.unit}. Where a mean falls short, every failing grade (below ${d.failingGrade}) is counted as a 5 and that corrected mean is held against the same norm: with few questionnaires a single 1 would otherwise weigh far more than a 5. An organisation whose clients are mostly well satisfied then still meets the norm despite a few very low grades.`,
    others: (d) => `${d.names} answered a questionnaire of their own; their mean grade is listed and held against the total norm, but the norm above is that of ${d.who}.`,
    publication: (d) => `A grade is published when at least ${d.completed} questionnaires were completed and the response was at least ${d.rate}.`,
    few: (d) => `A grade marked * rests on fewer than ${d.answers} answers: a single answer moves it a lot, as its wide margin (the ${d.confidence} interval) shows.`,
    hidden: (d) =>
      `${d.names}: fewer than ${d.minimum} questionnaires (or needed to keep such a ${d.unit} from being worked out), so no number is shown and the ${d.unit} is not judged here; its answers do count in the total.`
  },
  trends: {
    lead: "Over the years",
    rising: (d) => [`From ${d.from} to ${d.to}, ${d.count} of the ${d.total} module scores rose significantly: `, ...d.list, "."],
    falling: (d) => [`${d.count === 1 ? "One fell significantly" : `${d.count} fell significantly`}: `, ...d.list, "."],
    steady: (d) => `From ${d.from} to ${d.to}, none of the ${d.total} module scores rose or fell significantly.`,
    series: (name, points) => [`${name} was `, ...points, "."],
    inYear: " in ",
    notShown: (waves) => `In ${waves} this group was too small to show.`
  }
};

/**
 * Returns the fixed words of the generated sentences (the summary's and group pages' key points,
 * the reading guide, the quality mark's paragraphs, and the words they share: "en", "tegen",
 * "een relevante stijging") in Dutch (the default) or English. Numbers and names come in as
 * arguments; a sentence with links takes its linked parts as values of any type and returns them
 * in place.
 *
 * @example
 * narrativeText("en").words.change("relevant", true); // "a relevant rise"
 */
export const narrativeText: (language?: Language) => NarrativeText = translations({nl, en});
