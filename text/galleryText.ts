import {translations, type Language} from "./translations.ts";

/** Examples from the report the gallery's option texts name ("bijvoorbeeld \"domein\""). */
export interface GalleryExamples {
  group: string;
  variable: string;
  question: string;
  module: string;
  population: string;
  /** An outcome of a study's key drivers. */
  outcome: string;
}

/** The embedding gallery's words, in one language: per chart its title, description and options. */
export interface GalleryText {
  title: string;
  intro: string;
  forms: string;
  requirementsTitle: string;
  cors: string;
  csp: string;
  autoHeight: string;
  optionsTitle: string;
  options: string;
  module: string;
  iframe: string;
  open: string;
  copy: string;
  copied: string;
  failed: string;
  script: string;
  charts: Record<string, [title: string, description: string, options: (examples: GalleryExamples) => string]>;
  common: string;
}

const nl: GalleryText = {
  title: "Grafieken insluiten",
  intro: "Elke grafiek van dit rapport kan ook in een andere pagina staan, bijvoorbeeld op intranet. Kies een grafiek en kopieer een van de twee codes.",
  forms: "Als module tekent de grafiek zich in uw eigen pagina, zo breed als het element waarin hij staat, en past hij zich aan als die breedte verandert. Als iframe staat de grafiek als losse pagina in een kader: dat werkt ook waar u geen scripts mag plaatsen.",
  requirementsTitle: "Voorwaarden",
  cors: "De webserver van dit rapport moet bij elk bestand de header Access-Control-Allow-Origin: * meesturen (CORS), anders weigert de browser de module op een andere site.",
  csp: "Heeft de intranetpagina een beveiligingsbeleid (Content-Security-Policy), dan moet dat voor de module scripts en gegevens van deze site toestaan (script-src en connect-src), en inline stijlen (style-src 'unsafe-inline'); voor de iframe frames van deze site (frame-src). Deze site is:",
  autoHeight: "Een iframe heeft een vaste hoogte. Wilt u dat de iframe meegroeit met de grafiek, zet dan dit script één keer in de pagina:",
  optionsTitle: "Opties",
  options: "Opties",
  module: "Als module (script)",
  iframe: "Als iframe",
  open: "Open de iframe-pagina",
  copy: "Kopieer",
  copied: "Gekopieerd",
  failed: "Kopiëren lukte niet: selecteer de code en kopieer zelf",
  script: "Script voor de hoogte",
  charts: {
    "module-bars": ["Scores per module", "De scores van de organisatie per module, met het vorige onderzoek en de benchmarks.", (x) => `group: een groep (id of slug, bijvoorbeeld "${x.group}") in plaats van de hele organisatie, met haar vorige scores; sort: "score"; ci: true.`],
    "group-heatmap": ["Scores per groep", "Elke groep tegen elke module, gekleurd naar het verschil met de rest van de organisatie.", (x) => `variable: de indeling (bijvoorbeeld "${x.variable}"); items: "modules" of "questions"; measure: "score" of "difference"; trends: true voor een lijntje over de eerdere onderzoeken in elke cel.`],
    "enps-distribution": ["eNPS-verdeling", "Hoe de aanbevelingsvraag (0–10) is beantwoord, met de eNPS en de drie groepen.", () => "score, categories, barLabels: null verbergt dat deel."],
    "enps-group-strip": ["eNPS per groep", "De eNPS van elke groep met het betrouwbaarheidsinterval, tegen die van de organisatie.", (x) => `variable: de indeling (bijvoorbeeld "${x.variable}"); sort: "score".`],
    "topic-ranking": ["Trots en verbeteren", "Waar medewerkers trots op zijn en wat zij verbeterd willen zien.", () => "top: het aantal onderwerpen per kant (standaard 5)."],
    "likert-distribution": ["Verdeling van de antwoorden", "Hoe de antwoorden op stellingen verdeeld zijn, van oneens tot eens.", (x) => `question: één vraag (bijvoorbeeld "${x.question}"); questions: een lijst; module: de stellingen van een module (bijvoorbeeld "${x.module}").`],
    "response-rate": ["Respons", "Het responspercentage, met dat van het vorige onderzoek.", () => "previous: null verbergt het vorige onderzoek; benchmarks: null verbergt de benchmarks."],
    "grade-distribution": ["Spreiding van de rapportcijfers", "Hoeveel mensen elk rapportcijfer gaven, onvoldoendes apart gekleurd.", (x) => `population: de doelgroep (bijvoorbeeld "${x.population}"); legend: null verbergt de legenda.`],
    "trend-chart": ["Ontwikkeling per module", "Elke modulescore over alle onderzoeken, met de marges en de relevante veranderingen.", (x) => `group: een groep (id of slug, bijvoorbeeld "${x.group}"); kind: "enps" voor de eNPS; items: een lijst van modules; ci: null verbergt de marges.`],
    "slope-chart": ["Vorig en huidig onderzoek", "Per module de score in het vorige en in dit onderzoek, verbonden door een lijn.", (x) => `group: een groep (id of slug, bijvoorbeeld "${x.group}"); items: een lijst van modules.`],
    "spread-chart": ["Organisaties gerangschikt", "De organisaties van het onderzoek op één module, van hoog naar laag, met hun intervallen.", (x) => `module: de module (bijvoorbeeld "${x.module}"); legend: null verbergt de legenda.`],
    "funnel-plot": ["Trechterdiagram", "De score van elke organisatie tegen haar omvang, met de grenzen die toeval laat.", (x) => `module: de module (bijvoorbeeld "${x.module}"); labels: null noemt geen namen.`],
    "correlation-chart": ["Samenhang tussen modules", "Twee modules over de organisaties, met Pearsons r en zijn interval.", (x) => `a, b: twee modules (bijvoorbeeld a: "${x.module}"); line: null verbergt de regressielijn.`],
    "driver-chart": ["Drijfveren", "Het relatieve belang van elke module voor een uitkomst (Shapley/LMG), met R².", (x) => `outcome: de uitkomst (bijvoorbeeld "${x.outcome}").`]
  },
  common: "De module neemt opties als tweede argument van render. Voor alle grafieken: width (standaard de breedte van het element), locale (\"nl\" of \"en\", standaard de taal van het rapport), title, table (null verbergt de tabel). Elke grafiek heeft er nog een paar, hieronder bij de grafiek. In een iframe gaan dezelfde opties in het adres, met false voor null:"
};

const en: GalleryText = {
  title: "Embedding charts",
  intro: "Every chart of this report can also appear in another page, such as an intranet page. Pick a chart and copy one of its two snippets.",
  forms: "As a module, the chart draws itself in your own page, as wide as the element it is in, and follows that width when it changes. As an iframe, the chart is a page of its own in a frame: this also works where you may not add scripts.",
  requirementsTitle: "Requirements",
  cors: "The web server of this report must send the header Access-Control-Allow-Origin: * with every file (CORS), or browsers refuse the module on another site.",
  csp: "If the intranet page has a Content-Security-Policy, it must allow scripts and data from this site for the module (script-src and connect-src) and inline styles (style-src 'unsafe-inline'); frames from this site for the iframe (frame-src). This site is:",
  autoHeight: "An iframe has a fixed height. To make the iframe grow with its chart, add this script to the page once:",
  optionsTitle: "Options",
  options: "Options",
  module: "As a module (script)",
  iframe: "As an iframe",
  open: "Open the iframe page",
  copy: "Copy",
  copied: "Copied",
  failed: "Copying failed: select the code and copy it yourself",
  script: "Script for the height",
  charts: {
    "module-bars": ["Scores by module", "The organisation's score per module, with the previous survey and the benchmarks.", (x) => `group: a group (id or slug, e.g. "${x.group}") instead of the whole organisation, with its previous scores; sort: "score"; ci: true.`],
    "group-heatmap": ["Scores by group", "Every group against every module, coloured by the difference with the rest of the organisation.", (x) => `variable: the grouping (e.g. "${x.variable}"); items: "modules" or "questions"; measure: "score" or "difference"; trends: true for a line over the earlier surveys in each cell.`],
    "enps-distribution": ["eNPS distribution", "How the recommendation question (0–10) was answered, with the eNPS and its three categories.", () => "score, categories, barLabels: null hides that part."],
    "enps-group-strip": ["eNPS by group", "Each group's eNPS with its confidence interval, against the organisation's.", (x) => `variable: the grouping (e.g. "${x.variable}"); sort: "score".`],
    "topic-ranking": ["Proud and improve", "What employees are proud of and what they want improved.", () => "top: topics per side (default 5)."],
    "likert-distribution": ["Distribution of answers", "How the answers to statements are spread, from disagree to agree.", (x) => `question: one question (e.g. "${x.question}"); questions: a list; module: a module's statements (e.g. "${x.module}").`],
    "response-rate": ["Response", "The response rate, with the previous survey's.", () => "previous: null hides the previous survey; benchmarks: null hides the benchmarks."],
    "grade-distribution": ["Spread of the grades", "How many people gave each grade, failing grades coloured apart.", (x) => `population: the population (e.g. "${x.population}"); legend: null hides the legend.`],
    "trend-chart": ["Trend by module", "Each module score over every survey, with its margins and the relevant changes.", (x) => `group: a group (id or slug, e.g. "${x.group}"); kind: "enps" for the eNPS; items: a list of modules; ci: null hides the margins.`],
    "slope-chart": ["Previous and current survey", "Each module's score in the previous survey and in this one, joined by a line.", (x) => `group: a group (id or slug, e.g. "${x.group}"); items: a list of modules.`],
    "spread-chart": ["Organisations ranked", "The study's organisations on one module, from high to low, with their intervals.", (x) => `module: the module (e.g. "${x.module}"); legend: null hides the legend.`],
    "funnel-plot": ["Funnel plot", "Each organisation's score against its size, with the limits chance leaves.", (x) => `module: the module (e.g. "${x.module}"); labels: null names no organisations.`],
    "correlation-chart": ["Relationship of two modules", "Two modules across the organisations, with Pearson's r and its interval.", (x) => `a, b: two modules (e.g. a: "${x.module}"); line: null hides the regression line.`],
    "driver-chart": ["Key drivers", "Each module's relative importance for an outcome (Shapley/LMG), with R².", (x) => `outcome: the outcome (e.g. "${x.outcome}").`]
  },
  common: "The module takes options as the second argument of render. For every chart: width (default the element's width), locale (\"nl\" or \"en\", default the report's language), title, table (null hides the table). Each chart has a few more, listed with it below. In an iframe the same options go in the address, with false for null:"
};

/**
 * Returns the embedding gallery's words (`src/gallery.md`) in Dutch (the default) or English: the
 * page's introduction and requirements, the labels of its snippets and copy buttons, and per chart
 * its title, description and the options it takes beyond the common ones.
 *
 * @example
 * galleryText("en").charts["module-bars"][0]; // "Scores by module"
 */
export const galleryText: (language?: Language) => GalleryText = translations({nl, en});
