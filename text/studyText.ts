import {translations} from "./translations.ts";
import type {Piece} from "./narrativeText.ts";

/** Formatted numbers a chart's description is built from. */
interface Described {
  /** The item the chart is about (a module's name). */
  item: string;
  count: number;
}

/** The words of a study across organisations (`study` in survey.yaml): its charts, its pages and its research narrative. */
export interface StudyText {
  /** The benchmarks an organisation's page names: the other organisations' mean, the best `top` of them. */
  benchmarkMean: string;
  benchmarkTop: (top: number) => string;
  /** The same within a sentence ("Compared with the mean of the other organisations"). */
  benchmarkMeanPhrase: string;
  benchmarkTopPhrase: (top: number) => string;
  /** Their column headers in a module chart. */
  benchmarkMeanShort: string;
  benchmarkTopShort: (top: number) => string;
  /** Said instead of a number for a suppressed organisation. */
  suppressed: string;
  charts: {
    organisation: string;
    score: string;
    respondents: string;
    interval: string;
    rank: string;
    mean: string;
    limits95: string;
    limits998: string;
    /** The 99.8 % limits widened by the organisations' true spread τ. */
    limits998Widened: string;
    above: string;
    below: string;
    within: string;
    /** The column of a place against the limits. */
    position: string;
    spreadTitle: (item: string) => string;
    funnelTitle: (item: string) => string;
    correlationTitle: (a: string, b: string) => string;
    driverTitle: (outcome: string) => string;
    driver: string;
    importance: string;
    shareOfR2: string;
    /** After a share in a bar's label: "(38 % van R²)". */
    ofR2: string;
    /** The line under a driver chart: method, R² and respondents. */
    method: (d: {r2: string; n: string}) => string;
    /** "r = 0,79 (95 %-interval 0,64–0,88; 45 organisaties)". */
    correlation: (d: {r: string; interval: string; n: number}) => string;
    noCorrelation: string;
    describe: {
      spread: (d: Described & {highest: string; lowest: string; mean: string; above: number; below: number}) => string;
      funnel: (d: Described & {above: number; below: number}) => string;
      correlation: (d: {a: string; b: string; count: number}) => string;
      drivers: (d: {outcome: string; r2: string; first: string | null}) => string;
    };
  };
  site: {
    /** The study page. */
    intro: (d: {organisations: number; variable: string; respondents: string; suppressed: number}) => string;
    pick: string;
    pickIntro: string;
    select: string;
    go: string;
    spread: string;
    spreadIntro: string;
    funnel: string;
    funnelIntro: string;
    overview: string;
    overviewIntro: string;
    module: string;
    researchLink: string;
    /** An organisation's page. */
    organisation: {
      lead: (variable: string) => string;
      back: string;
      keyPoints: string;
      modules: string;
      modulesIntro: string;
      benchmarks: string;
      benchmarksIntro: (top: number) => string;
      position: string;
      positionIntro: string;
      positionRank: (rank: number, of: number) => string;
      children: string;
      childrenIntro: string;
      questions: string;
      questionsIntro: string;
      groupPage: string;
      enps: string;
      topics: string;
    };
    /** The research page's fixed texts. */
    research: {
      intro: string;
      relationship: string;
      relationshipQuestion: (module: string) => string;
      differences: string;
      differencesQuestion: string;
      drivers: string;
      driversQuestion: string;
      method: string;
      methodText: string[];
    };
  };
  /** The research narrative's sentences; `P` is a linked number. */
  research: {
    /** How strongly two scores go together, by the size of r: "strongly", "moderately", "weakly", "hardly". */
    strength: (r: number) => string;
    correlation: <P>(d: {a: string; b: string; strength: string; organisations: P; r: P; interval: P}) => Piece<P>[];
    /** Whether the interval lies clear of zero; with few organisations, that the estimate is rough. */
    uncertainty: (d: {excludesZero: boolean; few: boolean}) => string;
    notCause: string;
    range: <P>(d: {item: string; organisations: P; highest: P; highestLabel: string; lowest: P; lowestLabel: string; mean: P}) => Piece<P>[];
    outside: <P>(d: {above: P; below: P; aboveNames: string; belowNames: string; within: P}) => Piece<P>[];
    noneOutside: <P>(d: {within: P}) => Piece<P>[];
    /** The top-ranked organisation lies within its limits: its rank may be chance. */
    topWithin: (d: {label: string; n: string}) => string;
    /** The organisations differ by more than sampling error (Cochran's Q), by how much (τ, I²), and what the limits then mean. */
    heterogeneous: <P>(d: {expected: P; organisations: P; q: P; df: P; p: string; tau: P; i2: P}) => Piece<P>[];
    /** Which organisations lie outside the 99.8 % limits widened by τ: exceptional among organisations that differ anyway. */
    exceptional: <P>(d: {above: P; below: P; aboveNames: string; belowNames: string}) => Piece<P>[];
    /** None lies outside the widened limits. */
    noneExceptional: string;
    /** The differences are consistent with sampling error. */
    homogeneous: <P>(d: {q: P; df: P; p: string}) => Piece<P>[];
    explained: <P>(d: {outcome: string; drivers: number; r2: P; n: P}) => Piece<P>[];
    ranking: <P>(d: {list: Piece<P>[]}) => Piece<P>[];
    and: string;
    importanceCaveat: string;
    noDrivers: (outcome: string) => string;
    /** An organisation page's key point on its place among the others. */
    positionLead: string;
    position: <P>(d: {list: Piece<P>[]; above: string[]; below: string[]; exceptionalAbove: string[]; exceptionalBelow: string[]}) => Piece<P>[];
    rankOf: <P>(d: {name: string; rank: P; of: number}) => Piece<P>[];
  };
}

const PLURAL_NL = (n: number, one: string, more: string) => (n === 1 ? one : more);

const nl: StudyText = {
  benchmarkMean: "Gemiddelde van de andere organisaties",
  benchmarkTop: (top) => `Top ${top} van de andere organisaties`,
  benchmarkMeanPhrase: "het gemiddelde van de andere organisaties",
  benchmarkTopPhrase: (top) => `de top ${top} van de andere organisaties`,
  benchmarkMeanShort: "Gem.",
  benchmarkTopShort: (top) => `Top ${top}`,
  suppressed: "afgeschermd",
  charts: {
    organisation: "Organisatie",
    score: "Score",
    respondents: "Respondenten",
    interval: "Interval",
    rank: "Rang",
    mean: "Gemiddelde van de organisaties",
    limits95: "95 %-grenzen",
    limits998: "99,8 %-grenzen",
    limits998Widened: "99,8 %-grenzen verbreed met τ",
    above: "▲ boven de 99,8 %-grenzen",
    below: "▼ onder de 99,8 %-grenzen",
    within: "binnen de grenzen",
    position: "Ligging",
    spreadTitle: (item) => `${item}: de organisaties gerangschikt`,
    funnelTitle: (item) => `${item}: score tegen omvang`,
    correlationTitle: (a, b) => `${a} en ${b} per organisatie`,
    driverTitle: (outcome) => `Wat ${outcome} verklaart`,
    driver: "Drijfveer",
    importance: "Verklaarde variantie",
    shareOfR2: "Aandeel in R²",
    ofR2: "van R²",
    method: ({r2, n}) =>
      `Relatief belang volgens de Shapley/LMG-decompositie van R² = ${r2} (gewone kleinste kwadraten, ongewogen, ${n} respondenten).`,
    correlation: ({r, interval, n}) => `r = ${r} (95 %-interval ${interval}; ${n} organisaties)`,
    noCorrelation: "Te weinig organisaties voor een correlatie",
    describe: {
      spread: ({item, count, highest, lowest, mean, above, below}) =>
        `${count} organisaties op ${item}, van ${highest} tot ${lowest}, gemiddeld ${mean}; ${above} boven en ${below} onder de 99,8 %-grenzen voor hun omvang.`,
      funnel: ({item, count, above, below}) =>
        `Trechterdiagram van ${count} organisaties op ${item}: de score tegen het aantal respondenten, met de 95 %- en 99,8 %-grenzen rond het gemiddelde; ${above} boven en ${below} onder de 99,8 %-grenzen.`,
      correlation: ({a, b, count}) => `Spreidingsdiagram van ${count} organisaties: ${a} horizontaal, ${b} verticaal.`,
      drivers: ({outcome, r2, first}) => `Het relatieve belang van elke drijfveer voor ${outcome}; samen verklaren ze ${r2} van de variantie${first ? `, ${first} het meest` : ""}.`
    }
  },
  site: {
    intro: ({organisations, variable, respondents, suppressed}) =>
      `Dit onderzoek omvat ${organisations} organisaties (${variable.toLowerCase()}) met samen ${respondents} respondenten${suppressed ? `; ${suppressed} ${PLURAL_NL(suppressed, "organisatie is", "organisaties zijn")} afgeschermd en ${PLURAL_NL(suppressed, "toont", "tonen")} geen getal` : ""}. Elke organisatie heeft een eigen rapport, uit hetzelfde gecontroleerde model als deze pagina.`,
    pick: "Kies een organisatie",
    pickIntro: "Open het eigen rapport van een organisatie: haar scores, de groepen binnen haar en haar vergelijking met de andere organisaties.",
    select: "Organisatie",
    go: "Openen",
    spread: "Spreiding per module",
    spreadIntro: "Elke organisatie met haar score en betrouwbaarheidsinterval, van hoog naar laag. Een rang zegt weinig als de intervallen elkaar overlappen.",
    funnel: "Welke verschillen zijn echt",
    funnelIntro:
      "Het trechterdiagram zet elke score tegen het aantal respondenten. Kleine organisaties wijken door toeval verder af; de grenzen worden daarom smaller naarmate een organisatie groter is. Alleen wie buiten de 99,8 %-grenzen ligt, wijkt meer af dan toeval verklaart.",
    overview: "Alle organisaties",
    overviewIntro: "De scores per module van elke organisatie. Een afgeschermde organisatie telt mee in het geheel maar toont geen getal.",
    module: "Module",
    researchLink: "Wat de organisaties samen laten zien, staat op de onderzoekspagina.",
    organisation: {
      lead: (variable) => `${variable} in dit onderzoek`,
      back: "Alle organisaties",
      keyPoints: "In het kort",
      modules: "Scores per module",
      modulesIntro: "De scores van deze organisatie met de andere organisaties en het hele onderzoek als referentie.",
      benchmarks: "Vergeleken met de andere organisaties",
      benchmarksIntro: (top) =>
        `Twee benchmarks berekend uit de gegevens zelf: het gemiddelde van de andere organisaties en het gemiddelde van de ${top} beste andere organisaties op elk onderdeel; daarnaast het hele onderzoek.`,
      position: "Plaats tussen de organisaties",
      positionIntro: "De rang op elke module en of de score buiten de grenzen valt die toeval voor een organisatie van deze omvang laat.",
      positionRank: (rank, of) => `${rank} van ${of}`,
      children: "Groepen binnen deze organisatie",
      childrenIntro: "De scores van elke groep binnen de organisatie, vergeleken met de organisatie zelf.",
      questions: "Vragen",
      questionsIntro: "Elke vraag vergeleken met de andere organisaties en het hele onderzoek.",
      groupPage: "Dezelfde organisatie als groep van het hele onderzoek",
      enps: "eNPS",
      topics: "Onderwerpen en opmerkingen"
    },
    research: {
      intro:
        "Wat de organisaties van dit onderzoek samen laten zien. Elk getal hieronder komt uit hetzelfde rapportmodel als de rest van de site en verwijst naar de grafiek waar het vandaan komt.",
      relationship: "Wat samengaat",
      relationshipQuestion: (module) => `Scoren organisaties die goed scoren op ${module} ook beter op de rest, zoals de betrokkenheid van hun medewerkers?`,
      differences: "Hoe groot zijn de verschillen, en welke zijn echt?",
      differencesQuestion: "Een gemiddelde over alle organisaties zegt weinig over elk van hen. Maar een kleine organisatie kan door toeval hoog of laag uitkomen.",
      drivers: "Wat verklaart de uitkomst?",
      driversQuestion: "Welke modules hangen op het niveau van de medewerker het sterkst samen met de uitkomst?",
      method: "Methode",
      methodText: [
        "Correlaties zijn Pearsons r over de getoonde organisaties, ongewogen, elke organisatie één punt; het interval volgt uit Fishers z-transformatie. Het is een samenhang tussen organisaties, niet tussen mensen, en zegt niets over oorzaak en gevolg.",
        "De grenzen van het trechterdiagram liggen op het gemiddelde van de organisaties ± z·σ/√n (z voor 95 % en 99,8 %), met σ de spreiding per respondent die uit de standaardfouten van de organisaties volgt. De gestippelde grenzen zijn verbreed met de spreiding τ van de werkelijke scores van de organisaties: gemiddelde ± z·√(σ²/n + τ²).",
        "Het relatieve belang van de drijfveren is de Shapley/LMG-decompositie van de R² van een ongewogen kleinste-kwadratenregressie op respondentniveau: elk aandeel is de gemiddelde toename van R² wanneer die module aan de regressie wordt toegevoegd, over alle volgordes. De aandelen tellen op tot R²."
      ]
    }
  },
  research: {
    strength: (r) => (Math.abs(r) >= 0.5 ? "sterk" : Math.abs(r) >= 0.3 ? "matig" : Math.abs(r) >= 0.1 ? "zwak" : "nauwelijks"),
    correlation: (d) => [
      "Over de ",
      d.organisations,
      ` organisaties hangen ${d.a} en ${d.b} ${d.strength} samen: organisaties die hoger scoren op het een, scoren ${d.strength === "nauwelijks" ? "nauwelijks vaker" : "doorgaans ook"} hoger op het ander (r = `,
      d.r,
      ", 95 %-interval ",
      d.interval,
      ")."
    ],
    uncertainty: ({excludesZero, few}) =>
      [excludesZero ? "Het interval ligt geheel boven nul." : "Het interval omvat nul: de gegevens passen ook bij geen samenhang.", few ? "Met zo weinig organisaties is de schatting grof." : ""].filter(Boolean).join(" "),
    notCause: "Het is een samenhang tussen organisaties, geen bewijs dat het een het ander veroorzaakt.",
    range: (d) => [`Op ${d.item} lopen de `, d.organisations, " organisaties uiteen van ", d.highest, ` (${d.highestLabel}) tot `, d.lowest, ` (${d.lowestLabel}), rond een gemiddelde van `, d.mean, "."],
    outside: (d) => [
      d.above,
      ` boven (${d.aboveNames || "geen"}) en `,
      d.below,
      ` onder (${d.belowNames || "geen"}) de 99,8 %-grenzen voor hun omvang: die verschillen zijn groter dan toeval verklaart. De andere `,
      d.within,
      " liggen binnen de grenzen."
    ],
    noneOutside: (d) => ["Alle ", d.within, " organisaties liggen binnen de 99,8 %-grenzen voor hun omvang: de verschillen passen bij toeval."],
    topWithin: ({label, n}) => `De hoogst geplaatste, ${label} (${n} respondenten), ligt binnen haar grenzen: haar eerste plaats kan toeval zijn.`,
    heterogeneous: (d) => [
      "Toeval alleen zou ongeveer ",
      d.expected,
      " van de ",
      d.organisations,
      " organisaties buiten de 99,8 %-grenzen zetten. De organisaties verschillen meer dan steekproeftoeval verklaart (Cochrans Q = ",
      d.q,
      " bij ",
      d.df,
      ` vrijheidsgraden, p ${d.p}): hun werkelijke scores spreiden met een standaardafwijking van ongeveer `,
      d.tau,
      " (DerSimonian–Laird), en ",
      d.i2,
      " van de variatie tussen organisaties is geen toeval (I²). Wie buiten de grenzen ligt, verschilt echt van het gemiddelde."
    ],
    exceptional: (d) => [
      "Verbreed met die spreiding (τ) houden de grenzen rekening met de echte verschillen tussen organisaties; ",
      d.above,
      ` liggen er ook dan boven (${d.aboveNames || "geen"}) en `,
      d.below,
      ` onder (${d.belowNames || "geen"}): die zijn uitzonderlijk, ook tussen organisaties die toch al verschillen.`
    ],
    noneExceptional:
      "Verbreed met die spreiding (τ) houden de grenzen rekening met de echte verschillen tussen organisaties; daarbinnen liggen ze allemaal: geen enkele is uitzonderlijk tussen organisaties die toch al verschillen.",
    homogeneous: (d) => ["De verschillen tussen de organisaties passen bij steekproeftoeval (Cochrans Q = ", d.q, " bij ", d.df, ` vrijheidsgraden, p ${d.p}).`],
    explained: (d) => [`Samen verklaren de ${d.drivers} drijfveren `, d.r2, ` van de variantie in ${d.outcome}, over `, d.n, " respondenten met een volledig antwoord."],
    ranking: (d) => ["De aandelen van de drijfveren, grootste eerst: ", ...d.list, " (Shapley/LMG-decompositie van een ongewogen kleinste-kwadratenregressie)."],
    and: "en",
    importanceCaveat: "Relatief belang beschrijft gedeelde variantie; het zegt niet wat er verandert als één module verbetert.",
    noDrivers: (outcome) => `Voor ${outcome} waren te weinig volledige antwoorden om drijfveren te schatten.`,
    positionLead: "Plaats tussen de organisaties",
    position: (d) => [
      ...d.list,
      ". ",
      d.above.length ? `Boven de 99,8 %-grenzen voor haar omvang op ${d.above.join(", ")}. ` : "",
      d.below.length ? `Onder de 99,8 %-grenzen op ${d.below.join(", ")}. ` : "",
      !d.above.length && !d.below.length ? "Op elke module binnen de grenzen die toeval voor haar omvang laat." : "",
      d.exceptionalAbove.length ? `Ook boven de met τ verbrede grenzen, dus uitzonderlijk tussen organisaties die toch al verschillen, op ${d.exceptionalAbove.join(", ")}. ` : "",
      d.exceptionalBelow.length ? `Ook onder de met τ verbrede grenzen, dus uitzonderlijk tussen organisaties die toch al verschillen, op ${d.exceptionalBelow.join(", ")}. ` : ""
    ],
    rankOf: (d) => [`${d.name}: `, d.rank, ` van ${d.of}`]
  }
};

const en: StudyText = {
  benchmarkMean: "Mean of the other organisations",
  benchmarkTop: (top) => `Top ${top} of the other organisations`,
  benchmarkMeanPhrase: "the mean of the other organisations",
  benchmarkTopPhrase: (top) => `the top ${top} of the other organisations`,
  benchmarkMeanShort: "Mean",
  benchmarkTopShort: (top) => `Top ${top}`,
  suppressed: "hidden",
  charts: {
    organisation: "Organisation",
    score: "Score",
    respondents: "Respondents",
    interval: "Interval",
    rank: "Rank",
    mean: "Mean of the organisations",
    limits95: "95% limits",
    limits998: "99.8% limits",
    limits998Widened: "99.8% limits widened by τ",
    above: "▲ above the 99.8% limits",
    below: "▼ below the 99.8% limits",
    within: "within the limits",
    position: "Position",
    spreadTitle: (item) => `${item}: the organisations ranked`,
    funnelTitle: (item) => `${item}: score against size`,
    correlationTitle: (a, b) => `${a} and ${b} by organisation`,
    driverTitle: (outcome) => `What explains ${outcome}`,
    driver: "Driver",
    importance: "Variance explained",
    shareOfR2: "Share of R²",
    ofR2: "of R²",
    method: ({r2, n}) => `Relative importance by the Shapley/LMG decomposition of R² = ${r2} (ordinary least squares, unweighted, ${n} respondents).`,
    correlation: ({r, interval, n}) => `r = ${r} (95% interval ${interval}; ${n} organisations)`,
    noCorrelation: "Too few organisations for a correlation",
    describe: {
      spread: ({item, count, highest, lowest, mean, above, below}) =>
        `${count} organisations on ${item}, from ${highest} to ${lowest}, mean ${mean}; ${above} above and ${below} below the 99.8% limits for their size.`,
      funnel: ({item, count, above, below}) =>
        `Funnel plot of ${count} organisations on ${item}: the score against the number of respondents, with the 95% and 99.8% limits around the mean; ${above} above and ${below} below the 99.8% limits.`,
      correlation: ({a, b, count}) => `Scatter plot of ${count} organisations: ${a} across, ${b} up.`,
      drivers: ({outcome, r2, first}) => `The relative importance of each driver of ${outcome}; together they explain ${r2} of the variance${first ? `, ${first} the most` : ""}.`
    }
  },
  site: {
    intro: ({organisations, variable, respondents, suppressed}) =>
      `This study covers ${organisations} organisations (${variable.toLowerCase()}) with ${respondents} respondents in all${suppressed ? `; ${suppressed} ${suppressed === 1 ? "organisation is" : "organisations are"} hidden and show no number` : ""}. Every organisation has a report of its own, from the same audited model as this page.`,
    pick: "Choose an organisation",
    pickIntro: "Open an organisation's own report: its scores, the groups within it and how it compares with the other organisations.",
    select: "Organisation",
    go: "Open",
    spread: "Spread by module",
    spreadIntro: "Every organisation with its score and confidence interval, from high to low. A rank means little where the intervals overlap.",
    funnel: "Which differences are real",
    funnelIntro:
      "The funnel plot sets every score against the number of respondents. Small organisations stray further by chance, so the limits narrow as organisations grow. Only those outside the 99.8% limits differ more than chance explains.",
    overview: "All organisations",
    overviewIntro: "Every organisation's module scores. A hidden organisation counts in the whole but shows no number.",
    module: "Module",
    researchLink: "What the organisations show together is on the research page.",
    organisation: {
      lead: (variable) => `${variable} in this study`,
      back: "All organisations",
      keyPoints: "In brief",
      modules: "Scores by module",
      modulesIntro: "This organisation's scores, with the other organisations and the whole study as references.",
      benchmarks: "Compared with the other organisations",
      benchmarksIntro: (top) =>
        `Two benchmarks computed from the data itself: the mean of the other organisations, and the mean of the ${top} best other organisations on each item; and the whole study.`,
      position: "Place among the organisations",
      positionIntro: "The rank on every module, and whether the score lies outside the limits chance leaves an organisation of this size.",
      positionRank: (rank, of) => `${rank} of ${of}`,
      children: "Groups within this organisation",
      childrenIntro: "The scores of every group within the organisation, compared with the organisation itself.",
      questions: "Questions",
      questionsIntro: "Every question compared with the other organisations and the whole study.",
      groupPage: "The same organisation as a group of the whole study",
      enps: "eNPS",
      topics: "Topics and comments"
    },
    research: {
      intro: "What the organisations of this study show together. Every number below comes from the same report model as the rest of the site and links to the chart it comes from.",
      relationship: "What goes together",
      relationshipQuestion: (module) => `Do organisations that score well on ${module} also score better on the rest, such as their employees' engagement?`,
      differences: "How large are the differences, and which are real?",
      differencesQuestion: "A mean over all organisations says little about each of them. But a small organisation can come out high or low by chance.",
      drivers: "What explains the outcome?",
      driversQuestion: "Which modules go most closely with the outcome, at the level of the employee?",
      method: "Method",
      methodText: [
        "Correlations are Pearson's r over the shown organisations, unweighted, one point per organisation; the interval follows from Fisher's z transformation. They describe a relationship between organisations, not between people, and say nothing of cause and effect.",
        "The funnel plot's limits lie at the organisations' mean ± z·σ/√n (z for 95% and 99.8%), with σ the spread per respondent that the organisations' standard errors imply. The dotted limits are widened by the spread τ of the organisations' true scores: mean ± z·√(σ²/n + τ²).",
        "The drivers' relative importance is the Shapley/LMG decomposition of the R² of an unweighted ordinary least-squares regression at respondent level: each share is the mean gain in R² when that module joins the regression, over every order. The shares add up to R²."
      ]
    }
  },
  research: {
    strength: (r) => (Math.abs(r) >= 0.5 ? "strongly" : Math.abs(r) >= 0.3 ? "moderately" : Math.abs(r) >= 0.1 ? "weakly" : "hardly"),
    correlation: (d) => [
      "Across the ",
      d.organisations,
      ` organisations, ${d.a} and ${d.b} are ${d.strength} related: organisations that score higher on one ${d.strength === "hardly" ? "hardly tend" : "tend"} to score higher on the other (r = `,
      d.r,
      ", 95% interval ",
      d.interval,
      ")."
    ],
    uncertainty: ({excludesZero, few}) =>
      [excludesZero ? "The interval lies wholly above zero." : "The interval includes zero: the data are also consistent with no relationship.", few ? "With so few organisations the estimate is rough." : ""].filter(Boolean).join(" "),
    notCause: "It is a relationship between organisations, not proof that one causes the other.",
    range: (d) => [`On ${d.item} the `, d.organisations, " organisations range from ", d.highest, ` (${d.highestLabel}) to `, d.lowest, ` (${d.lowestLabel}), around a mean of `, d.mean, "."],
    outside: (d) => [
      d.above,
      ` lie above (${d.aboveNames || "none"}) and `,
      d.below,
      ` below (${d.belowNames || "none"}) the 99.8% limits for their size: those differences are larger than chance explains. The other `,
      d.within,
      " lie within the limits."
    ],
    noneOutside: (d) => ["All ", d.within, " organisations lie within the 99.8% limits for their size: the differences are consistent with chance."],
    topWithin: ({label, n}) => `The top-ranked, ${label} (${n} respondents), lies within its limits: its first place may be chance.`,
    heterogeneous: (d) => [
      "Chance alone would put about ",
      d.expected,
      " of the ",
      d.organisations,
      " organisations outside the 99.8% limits. The organisations differ by more than sampling error explains (Cochran's Q = ",
      d.q,
      " on ",
      d.df,
      ` degrees of freedom, p ${d.p}): their true scores spread with a standard deviation of about `,
      d.tau,
      " (DerSimonian–Laird), and ",
      d.i2,
      " of the variation between organisations is not chance (I²). Those outside the limits truly differ from the mean."
    ],
    exceptional: (d) => [
      "Widened by that spread (τ), the limits allow for the true differences between organisations; ",
      d.above,
      ` still lie above them (${d.aboveNames || "none"}) and `,
      d.below,
      ` below (${d.belowNames || "none"}): those are exceptional even among organisations that differ anyway.`
    ],
    noneExceptional: "Widened by that spread (τ), the limits allow for the true differences between organisations, and all lie within them: none is exceptional among organisations that differ anyway.",
    homogeneous: (d) => ["The differences between the organisations are consistent with sampling error (Cochran's Q = ", d.q, " on ", d.df, ` degrees of freedom, p ${d.p}).`],
    explained: (d) => [`Together the ${d.drivers} drivers explain `, d.r2, ` of the variance in ${d.outcome}, over `, d.n, " respondents with a complete answer."],
    ranking: (d) => ["The drivers' shares, largest first: ", ...d.list, " (Shapley/LMG decomposition of an unweighted ordinary least-squares regression)."],
    and: "and",
    importanceCaveat: "Relative importance describes shared variance; it does not say what would change if one module improved.",
    noDrivers: (outcome) => `There were too few complete answers to estimate the drivers of ${outcome}.`,
    positionLead: "Place among the organisations",
    position: (d) => [
      ...d.list,
      ". ",
      d.above.length ? `Above the 99.8% limits for its size on ${d.above.join(", ")}. ` : "",
      d.below.length ? `Below the 99.8% limits on ${d.below.join(", ")}. ` : "",
      !d.above.length && !d.below.length ? "Within the limits chance leaves an organisation of its size on every module." : "",
      d.exceptionalAbove.length ? `Above the limits widened by τ too, so exceptional among organisations that differ anyway, on ${d.exceptionalAbove.join(", ")}. ` : "",
      d.exceptionalBelow.length ? `Below the limits widened by τ too, so exceptional among organisations that differ anyway, on ${d.exceptionalBelow.join(", ")}. ` : ""
    ],
    rankOf: (d) => [`${d.name}: `, d.rank, ` of ${d.of}`]
  }
};

/**
 * The words of a study across organisations in one language: its benchmarks' names, its charts'
 * words and descriptions, its pages' fixed texts and the research narrative's parts. Dutch unless
 * the language is `"en"`.
 *
 * @example
 * studyText("en").benchmarkTop(3); // "Top 3 of the other organisations"
 */
export const studyText = translations<StudyText>({nl, en});
