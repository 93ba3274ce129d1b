import {JSDOM} from "jsdom";
import {describe, expect, it} from "vitest";
import {formatPeriod, guideSections, groupSentences, NarrativeList, siteText, summarySentences, type Sentence} from "../../narrative/index.ts";
import type {Report, ResolvedSettings} from "../../scoring/types.ts";
import {groupViews} from "../../site/views/groupView.ts";
import {overviewView} from "../../site/views/overviewView.ts";
import {report, settings} from "../charts/fixtures.ts";

/** A sentence as text, links as [text](href), lead-ins as **text**, no-break spaces as spaces. */
const text = (sentence: Sentence) =>
  sentence
    .map((p) => (typeof p === "string" ? p : "href" in p ? `[${p.text}](${p.href})` : `**${p.text}**`))
    .join("")
    .replace(/\u00a0/g, " ");

const withRate: Report = {
  ...report,
  benchmarks: [{...report.benchmarks[0], items: [...report.benchmarks[0].items, {item: "responseRate", score: 0.63, n: null, sd: null}]}, report.benchmarks[1]]
};

describe("summarySentences", () => {
  it("summarySentences(overview) tells the key points in Dutch, every number linked to its chart", () => {
    expect(summarySentences(overviewView(withRate)).map(text)).toEqual([
      "**Respons.** Van de [1.388](#respons) uitgenodigde medewerkers vulden er [919](#respons) de vragenlijst in: een respons van [66 %](#respons) (Vorig onderzoek (2023): [63 %](#respons); Benchmark Provincies: [63 %](#respons)).",
      "**eNPS.** De eNPS is [−8](./enps#verdeling): [13 %](./enps#verdeling) promotors min [22 %](./enps#verdeling) criticasters (Vorig onderzoek (2023): [−9](./enps#vergelijking), geen relevant verschil).",
      "**Sterk en zwak.** Het hoogst scoren Sociale veiligheid ([7,6](#modules)), Bevlogenheid ([7,4](#modules)) en Samenwerking ([7,3](#modules)); het laagst Werkdruk ([5,0](#modules)), Loopbaanondersteuning en ontwikkeling ([6,3](#modules)) en Betrokkenheid ([7,0](#modules)). Bij Werkdruk zijn de vragen omgepoold: hoe hoger de score, hoe minder last medewerkers ervan hebben.",
      "**Vergeleken met Vorig onderzoek (2023).** Relevant veranderde modulescores: Sociale veiligheid (van [6,1](./modules#vergelijking) naar [7,6](./modules#vergelijking), zeer relevant) en Betrokkenheid (van [6,2](./modules#vergelijking) naar [7,0](./modules#vergelijking)). Wel significant, maar kleiner dan [0,7](./leeswijzer#kleuring): Bevlogenheid (van [7,0](./modules#vergelijking) naar [7,4](./modules#vergelijking)), Werkdruk (van [4,7](./modules#vergelijking) naar [5,0](./modules#vergelijking)) en Loopbaanondersteuning en ontwikkeling (van [6,3](./modules#vergelijking) naar [6,3](./modules#vergelijking)).",
      "**Vergeleken met Benchmark Provincies.** De organisatie scoort relevant lager op Loopbaanondersteuning en ontwikkeling ([6,3](./modules#vergelijking) tegen [7,3](./modules#vergelijking)).",
      "**Vergeleken met Top 3 Benchmark Provincies.** De organisatie scoort zeer relevant lager op Samenwerking ([7,3](./modules#vergelijking) tegen [8,8](./modules#vergelijking)) en Werkdruk ([5,0](./modules#vergelijking) tegen [6,5](./modules#vergelijking)) en relevant lager op Betrokkenheid ([7,0](./modules#vergelijking) tegen [7,9](./modules#vergelijking)).",
      "**Trots en verbeteren.** Medewerkers zijn het meest trots op Collega's ([60 %](#onderwerpen)), Betrokkenheid samenleving ([38 %](#onderwerpen)) en Hybride werken ([34 %](#onderwerpen)). Als verbeterpunt kiezen ze het vaakst Rolduidelijkheid ([40 %](#onderwerpen)), Leiderschap ([39 %](#onderwerpen)) en Samenwerking ([33 %](#onderwerpen))."
    ]);
  });

  it("summarySentences(overview, {locale: 'en', links}) speaks English and links where it is told", () => {
    const points = summarySentences(overviewView(report), {locale: "en", links: {modules: "/modules#scores"}}).map(text);
    expect(points[0]).toBe("**Response.** Of the [1,388](#respons) employees invited, [919](#respons) completed the questionnaire: a response rate of [66%](#respons) (Vorig onderzoek (2023): [63%](#respons)).");
    expect(points[2]).toMatch(/^\*\*Strong and weak\.\*\* The highest scores go to Sociale veiligheid \(\[7\.6\]\(\/modules#scores\)\)/);
    expect(points[3]).toMatch(/^\*\*Compared with Vorig onderzoek \(2023\)\.\*\* Module scores that changed relevantly: /);
  });

  it("summarySentences(overview) leaves out what the report lacks: previous survey, benchmarks, headcount, eNPS, topics", () => {
    const bare: Report = {...report, previous: null, benchmarks: [], enps: null, topics: [], invited: null, responseRate: null, comparisons: []};
    expect(summarySentences(overviewView(bare)).map(text)).toEqual([
      "**Respons.** [919](#respons) medewerkers vulden de vragenlijst in.",
      "**Sterk en zwak.** Het hoogst scoren Sociale veiligheid ([7,6](#modules)), Bevlogenheid ([7,4](#modules)) en Samenwerking ([7,3](#modules)); het laagst Werkdruk ([5,0](#modules)), Loopbaanondersteuning en ontwikkeling ([6,3](#modules)) en Betrokkenheid ([7,0](#modules)). Bij Werkdruk zijn de vragen omgepoold: hoe hoger de score, hoe minder last medewerkers ervan hebben."
    ]);
  });

  it("summarySentences(overview) says so when no module changed relevantly", () => {
    const calm: Report = {...report, comparisons: report.comparisons.map((c) => ({...c, level: "none" as const}))};
    const points = summarySentences(overviewView(calm)).map(text);
    expect(points.find((p) => p.startsWith("**Vergeleken met Vorig"))).toMatch(/Geen enkele modulescore veranderde relevant\. Wel significant, maar kleiner dan/);
    expect(points.find((p) => p.startsWith("**Vergeleken met Benchmark"))).toBe(
      "**Vergeleken met Benchmark Provincies.** Geen module verschilt relevant: van de [6](./modules#vergelijking) vergeleken modules liggen er [3](./modules#vergelijking) lager en [1](./modules#vergelijking) hoger; het verst achter ligt Loopbaanondersteuning en ontwikkeling ([6,3](./modules#vergelijking) tegen [7,3](./modules#vergelijking))."
    );
  });
});

describe("groupSentences", () => {
  const view = groupViews(report).find((v) => v.page.value === "Mobiliteit")!;

  it("groupSentences(view) tells a group's key points against each reference it was compared with", () => {
    expect(groupSentences(view).map(text)).toEqual([
      "**Respons.** Van de [180](../groepen#overzicht) uitgenodigde medewerkers vulden er [120](../groepen#overzicht) de vragenlijst in: een respons van [67 %](../groepen#overzicht).",
      "**Sterk en zwak.** Het hoogst scoren Betrokkenheid ([7,8](#modules)), Bevlogenheid ([7,7](#modules)) en Sociale veiligheid ([7,7](#modules)); het laagst Werkdruk ([4,1](#modules)), Loopbaanondersteuning en ontwikkeling ([6,5](#modules)) en Samenwerking ([7,1](#modules)). Bij Werkdruk zijn de vragen omgepoold: hoe hoger de score, hoe minder last medewerkers ervan hebben.",
      "**Vergeleken met Voorbeeldorganisatie.** Deze groep scoort relevant hoger op de eNPS ([2](#enps) tegen [−8](#enps)) en Betrokkenheid ([7,8](#vergelijking) tegen [7,0](#vergelijking)) en relevant lager op Werkdruk ([4,1](#vergelijking) tegen [5,0](#vergelijking)).",
      "**Vragen.** [4](#vragen) vergelijkingen van losse vragen tonen een relevant verschil; de vragentabel laat ze zien."
    ]);
  });

  it("groupSentences(view) with no relevant difference says so per reference", () => {
    const calm = {...view, facts: {...view.facts, differences: []}};
    expect(groupSentences(calm, {locale: "en"}).map(text)[2]).toBe("**Compared with Voorbeeldorganisatie.** No module differs relevantly.");
  });
});

describe("guideSections", () => {
  const overview = overviewView(report);
  const sectionText = (o: typeof overview) => Object.fromEntries(guideSections(o).map((s) => [s.id, s.paragraphs.map(text).join("\n")]));

  it("guideSections(overview) writes the reading guide from the settings, in report order", () => {
    const sections = guideSections(overview);
    expect(sections.map((s) => [s.id, s.title])).toEqual([
      ["scores", "Van antwoord naar score"],
      ["kleuring", "Kleuring"],
      ["vertrouwelijkheid", "Vertrouwelijkheid"],
      ["marges", "Marges"],
      ["vergelijkingen", "Vergelijkingen"]
    ]);
    const t = sectionText(overview);
    expect(t.scores).toContain("Helemaal mee oneens 0, Mee oneens 2,5, Niet mee eens/niet mee oneens 5, Mee eens 7,5 en Helemaal mee eens 10");
    expect(t.scores).toContain("De score van een module is het gemiddelde van de scores van haar vragen.");
    expect(t.scores).toContain("Dat geldt voor vragen van Werkdruk.");
    expect(t.kleuring).toContain("significant is (95 % betrouwbaarheid) én groter dan 0,7 (relevant");
    expect(t.kleuring).toContain("Voor de eNPS zijn de drempels 7 en 14 punten.");
    expect(t.kleuring).toContain("Benjamini–Hochberg");
    expect(t.vertrouwelijkheid).toContain("minder dan 5 respondenten");
    expect(t.vertrouwelijkheid).toContain("minstens 10 respondenten");
    expect(t.marges).toContain("Omdat 919 van de 1.388 uitgenodigde medewerkers antwoordden (66 %)");
    expect(t.marges).toContain("1.000 keer worden de respondenten opnieuw getrokken");
    expect(t.marges).toContain("als Cronbachs α");
    expect(t.marges).toContain("(hier: ‘Bevlogenheid’ en ‘Betrokkenheid’)");
    expect(t.vergelijkingen).toContain("Vorig onderzoek (2023) (865 respondenten) is met dezelfde regels gescoord");
    expect(t.vergelijkingen).toContain("Top 3 Benchmark Provincies is een benchmark van de best scorende organisaties");
  });

  it("guideSections(overview) follows other settings: percent positive, no correction, linearisation, published comments, no multiple testing", () => {
    const other: ResolvedSettings = {
      ...settings,
      minGroupSize: 10,
      scoring: "percent-positive",
      publishComments: true,
      comparison: {...settings.comparison, minDifference: 0.07, strongDifference: 0.14, multipleTesting: "none"},
      interval: {...settings.interval, module: "linearization", finitePopulation: false}
    };
    const t = sectionText({...overview, survey: {...overview.survey, settings: other}});
    expect(t.scores).toContain("percentage positieve antwoorden (‘Mee eens’ en ‘Helemaal mee eens’)");
    expect(t.kleuring).toContain("groter dan 7 pp (relevant");
    expect(t.kleuring).toContain("niet gecorrigeerd voor meervoudig toetsen");
    expect(t.vertrouwelijkheid).toContain("minder dan 10 respondenten");
    expect(t.vertrouwelijkheid).toContain("Open antwoorden tonen we alleen voor groepen van minstens 10 respondenten met minstens 10 opmerkingen");
    expect(t.marges).toContain("geen eindige-populatiecorrectie");
    expect(t.marges).toContain("Taylor-linearisatie");
  });

  it("guideSections(overview) without previous survey or benchmarks has no comparisons section", () => {
    expect(guideSections({...overview, previous: null, benchmarks: []}).map((s) => s.id)).toEqual(["scores", "kleuring", "vertrouwelijkheid", "marges"]);
  });
});

describe("siteText and formatPeriod", () => {
  it("siteText(locale) has the same texts in Dutch and English", () => {
    const keys = (o: object, prefix = ""): string[] =>
      Object.entries(o).flatMap(([k, v]) => (v && typeof v === "object" ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
    expect(keys(siteText("en"))).toEqual(keys(siteText("nl")));
    expect(siteText().pages.guide).toBe("Leeswijzer");
  });

  it("formatPeriod(period, locale) writes a month and year once when the dates share them", () => {
    expect(formatPeriod({start: "2025-03-10", end: "2025-03-23"})).toBe("10 tot en met 23 maart 2025");
    expect(formatPeriod({start: "2025-03-10", end: "2025-03-23"}, "en")).toBe("10 to 23 March 2025");
    expect(formatPeriod({start: "2025-02-24", end: "2025-03-07"})).toBe("24 februari tot en met 7 maart 2025");
    expect(formatPeriod({start: "2024-12-16", end: "2025-01-10"}, "en")).toBe("16 December 2024 to 10 January 2025");
    expect(formatPeriod({start: "2025-03-10", end: "2025-03-10"})).toBe("10 maart 2025");
  });
});

describe("NarrativeList", () => {
  it("NarrativeList(sentences, {as: 'paragraphs'}) renders paragraphs and skips empty sentences", () => {
    const {document} = new JSDOM("<!doctype html>").window;
    const root = NarrativeList([["Eén ", {text: "7,4", href: "#x"}, "."], []], {as: "paragraphs", document});
    expect(root.outerHTML).toBe('<div class="peiling-narrative"><p>Eén <a href="#x">7,4</a>.</p></div>');
  });
});
