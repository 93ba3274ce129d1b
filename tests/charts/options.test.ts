import {JSDOM} from "jsdom";
import {describe, expect, it} from "vitest";
import {
  ComparisonTable,
  DifferenceLegend,
  EnpsDistributionChart,
  EnpsGroupStrip,
  GroupHeatmap,
  LikertDistributionChart,
  ModuleBarsChart,
  ResponseRateChart,
  TopicRankingChart,
  chartFigure,
  differencePalette,
  differenceStyle,
  format,
  chartText,
  textWidth,
  wrapText
} from "../../charts/index.ts";
import type {Enps} from "../../scoring/types.ts";
import {manyGroups, percentPositive, report} from "./fixtures.ts";

const {document} = new JSDOM("<!doctype html>").window;
// The visible text of each <text>: tooltips (<title> children) excluded, lines (<tspan>) joined by newlines.
const visible = (t: Element) =>
  [...t.childNodes]
    .filter((n) => n.nodeName.toLowerCase() !== "title")
    .map((n) => n.textContent ?? "")
    .join(t.querySelector("tspan") ? "\n" : "");
const texts = (root: Element, selector = "text") => [...root.querySelectorAll(selector)].map(visible);
const nbsp = "\u00a0";

describe("format", () => {
  it("format() is Dutch by default: decimal comma, thousands dot, spaced percent, true minus", () => {
    const f = format();
    expect(f.score(7.43)).toBe("7,4");
    expect(f.percent(0.655)).toBe(`65,5${nbsp}%`);
    expect(f.enps(-8.27)).toBe("−8");
    expect(f.count(1388)).toBe("1.388");
    expect(f.difference(0.75)).toBe("+0,8");
    expect(f.difference(-1.2)).toBe("−1,2");
  });

  it("format({locale: 'en'}) writes English numbers", () => {
    const f = format({locale: "en"});
    expect(f.score(7.43)).toBe("7.4");
    expect(f.percent(0.655)).toBe("65.5%");
    expect(f.count(1388)).toBe("1,388");
    expect(f.enps(-8.27)).toBe("−8");
  });

  it("format rounds before choosing a sign, so a tiny difference is 0,0 and eNPS −0 is 0", () => {
    const f = format();
    expect(f.difference(-0.04)).toBe("0,0");
    expect(f.difference(0.04)).toBe("0,0");
    expect(f.enps(-0.3)).toBe("0");
    expect(f.enpsDifference(6.4)).toBe("+6");
  });

  it("format({scoring: 'percent-positive'}) prints scores as percentages and differences in points", () => {
    const f = format({scoring: "percent-positive"});
    expect(f.score(0.652)).toBe(`65${nbsp}%`);
    expect(f.difference(0.05)).toBe(`+5${nbsp}pp`);
  });

  it("format prints – for a missing value", () => {
    const f = format();
    expect([f.score(null), f.percent(undefined), f.enps(null), f.count(null), f.difference(Number.NaN)]).toEqual(["–", "–", "–", "–", "–"]);
  });

  it("format().interval uses 'tot' around negative bounds", () => {
    expect(format().interval(-12.1, -4.4, (x) => format().enps(x))).toBe("−12 tot −4");
    expect(format().interval(6.9, 7.8)).toBe("6,9–7,8");
    expect(format({locale: "en"}).interval(-3, 5, (x) => format({locale: "en"}).enps(x))).toBe("−3 to 5");
  });
});

describe("labels", () => {
  it("chartText() is Dutch, labels('en') English", () => {
    expect(chartText().previous).toBe("Vorig onderzoek");
    expect(chartText("en").previous).toBe("Previous survey");
    expect(chartText().relevant).toBe("Relevant verschil");
    expect(chartText("en").relevant).toBe("Relevant difference");
  });
});

describe("differenceStyle", () => {
  it("differenceStyle gives direction from the sign and strength from the level", () => {
    expect(differenceStyle({difference: 0.9, level: "relevant"})).toMatchObject({direction: "better", level: "relevant", symbol: "▲", fill: differencePalette.better.relevant.fill, label: "Relevant hoger"});
    expect(differenceStyle({difference: -1.6, level: "veryRelevant"})).toMatchObject({direction: "worse", symbol: "▼▼", fill: differencePalette.worse.veryRelevant.fill});
    expect(differenceStyle({difference: -1.6, level: "veryRelevant"}, {locale: "en"}).label).toBe("Very relevantly lower");
  });

  it("differenceStyle is neutral without symbol for level none or no comparison", () => {
    expect(differenceStyle({difference: 0.3, level: "none"})).toMatchObject({level: "none", symbol: "", fill: differencePalette.none.fill});
    expect(differenceStyle(null)).toMatchObject({level: "none", symbol: "", direction: "equal"});
  });

  it("differenceStyle takes another palette", () => {
    const palette = {...differencePalette, better: {...differencePalette.better, relevant: {fill: "#00FF00", ink: "#007700", text: "#000000"}}};
    expect(differenceStyle({difference: 1, level: "relevant"}, {palette}).fill).toBe("#00FF00");
  });
});

describe("text helpers", () => {
  it("wrapText wraps, hyphenates long words and ends with an ellipsis", () => {
    expect(wrapText("Sociale veiligheid", 70, {fontSize: 11})).toEqual(["Sociale", "veiligheid"]);
    const lines = wrapText("Flexibele werktijden en de mogelijkheid om thuis te werken", 100, {maxLines: 2});
    expect(lines).toHaveLength(2);
    expect(lines[1].endsWith("…")).toBe(true);
    expect(wrapText("Loopbaanondersteuning", 60, {maxLines: 3}).join("")).toMatch(/-/);
    expect(wrapText("", 50)).toEqual([""]);
  });

  it("textWidth grows with the text, the font size and bold", () => {
    expect(textWidth("Werkdruk", 12)).toBeGreaterThan(textWidth("Werk", 12));
    expect(textWidth("Werkdruk", 14)).toBeGreaterThan(textWidth("Werkdruk", 12));
    expect(textWidth("Werkdruk", 12, {bold: true})).toBeGreaterThan(textWidth("Werkdruk", 12));
  });
});

describe("chartFigure", () => {
  it("chartFigure wraps an SVG in a figure with caption, described image and a table under Tabel", () => {
    const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
    const figure = chartFigure(svg, {title: "Respons", description: "66 % deed mee.", table: {columns: [{label: "Wat"}, {label: "Hoeveel", numeric: true}], rows: [["Respons", "66 %"]]}, document});
    expect(figure.tagName).toBe("FIGURE");
    expect(figure.querySelector("figcaption")?.textContent).toBe("Respons");
    expect(svg.getAttribute("role")).toBe("img");
    expect(svg.getAttribute("aria-label")).toBe("Respons");
    expect(svg.querySelector("title")?.textContent).toBe("Respons");
    expect(svg.querySelector("desc")?.textContent).toBe("66 % deed mee.");
    expect(figure.querySelector("details > summary")?.textContent).toBe("Tabel");
    expect(figure.querySelector("table caption")?.textContent).toBe("Respons");
    expect(figure.querySelector("thead th")?.getAttribute("scope")).toBe("col");
    expect(figure.querySelector("tbody th")?.getAttribute("scope")).toBe("row");
  });

  it("chartFigure with table: null and title: null has neither caption nor details; English says Table", () => {
    const figure = chartFigure(document.createElement("div"), {document});
    expect(figure.querySelector("figcaption")).toBeNull();
    expect(figure.querySelector("details")).toBeNull();
    const english = chartFigure(document.createElement("div"), {document, table: {columns: [{label: "a"}], rows: [["b"]]}, locale: "en"});
    expect(english.querySelector("summary")?.textContent).toBe("Table");
  });
});

describe("ModuleBarsChart", () => {
  it("ModuleBarsChart(report) applies the defaults: title, legend, table, all three references, report order", () => {
    const figure = ModuleBarsChart(report, {document});
    expect(figure.querySelector("figcaption")?.textContent).toBe("Scores per module");
    expect(figure.querySelector(".peiling-legend")).not.toBeNull();
    expect(figure.querySelector("details table")).not.toBeNull();
    const svg = figure.querySelector("svg.plot-d6a7b5");
    expect(svg?.getAttribute("width")).toBe("640");
    expect(svg?.getAttribute("role")).toBe("img");
    expect(svg?.getAttribute("aria-description")).toMatch(/6 modules/);
    const all = texts(svg!);
    expect(all).toEqual(expect.arrayContaining(["Score", "Vorig", "Benchmark", "Top 3", "7,4", "+0,8 ▲", "−1,5 ▼▼"]));
    const names = all.filter((t) => report.modules.some((m) => m.name === t || t.startsWith(m.name.slice(0, 10))));
    expect(names[0]).toBe("Bevlogenheid");
    expect(svg?.querySelectorAll("g[aria-label=dot]")).toHaveLength(3);
  });

  it("ModuleBarsChart with previous: null, top: null hides those markers and columns", () => {
    const svg = ModuleBarsChart(report, {document, previous: null, top: null}).querySelector("svg.plot-d6a7b5")!;
    const all = texts(svg);
    expect(all).not.toContain("Vorig");
    expect(all).not.toContain("Top 3");
    expect(all).toContain("Benchmark");
    expect(svg.querySelectorAll("g[aria-label=dot]")).toHaveLength(1);
  });

  it("ModuleBarsChart with table: null, legend: null, differences: null drops those parts", () => {
    const figure = ModuleBarsChart(report, {document, table: null, legend: null, differences: null});
    expect(figure.querySelector("details")).toBeNull();
    expect(figure.querySelector(".peiling-legend")).toBeNull();
    expect(texts(figure.querySelector("svg.plot-d6a7b5")!)).not.toContain("Score");
  });

  it("ModuleBarsChart with ci: true draws interval whiskers, sort: 'score' orders by score", () => {
    const svg = ModuleBarsChart(report, {document, ci: true, sort: "score"}).querySelector("svg.plot-d6a7b5")!;
    expect(svg.querySelector("g[aria-label=rule] line[marker-start]")).not.toBeNull();
    const first = texts(svg).find((t) => report.modules.some((m) => m.name === t));
    expect(first).toBe("Sociale veiligheid");
  });

  it("ModuleBarsChart forwards Plot options and merges scale options", () => {
    const svg = ModuleBarsChart(report, {document, x: {grid: false}, marginBottom: 40}).querySelector("svg.plot-d6a7b5")!;
    expect(svg.querySelector("g[aria-label=x-grid]")).toBeNull();
    expect(texts(svg, "g[aria-label='x-axis tick label'] text")).toEqual(["0", "2", "4", "6", "8", "10"]);
  });

  it("ModuleBarsChart formats Dutch by default and English with locale: 'en'", () => {
    expect(texts(ModuleBarsChart(report, {document}))).toContain("7,4");
    const english = ModuleBarsChart(report, {document, locale: "en"});
    expect(texts(english)).toContain("7.4");
    expect(english.querySelector("figcaption")?.textContent).toBe("Scores by module");
  });

  it("ModuleBarsChart reads percent-positive scores as shares on 0–100 %", () => {
    const svg = ModuleBarsChart(percentPositive(), {document}).querySelector("svg.plot-d6a7b5")!;
    expect(texts(svg, "g[aria-label='x-axis tick label'] text")).toEqual(["0 %", "20 %", "40 %", "60 %", "80 %", "100 %"].map((t) => t.replace(" ", nbsp)));
    expect(texts(svg)).toContain(`62${nbsp}%`);
  });

  it("ModuleBarsChart marks a suppressed module score as such, without a number", () => {
    const modules = report.modules.map((m, i) => (i === 0 ? {...m, score: null, ci: null, n: null, suppressed: true} : m));
    const svg = ModuleBarsChart({...report, modules}, {document}).querySelector("svg.plot-d6a7b5")!;
    expect(texts(svg)).toContain("– afgeschermd");
  });
});

describe("empty data", () => {
  const noData = (element: Element) => element.querySelector("[role=note]")?.textContent;
  it("every chart says 'Geen gegevens' for empty data instead of throwing", () => {
    const empty: Enps = {...(report.enps as Enps), n: 0, distribution: Array(11).fill(0)};
    expect(noData(ModuleBarsChart({modules: []}, {document}))).toBe("Geen gegevens");
    expect(noData(GroupHeatmap({groups: []}, {document}))).toBe("Geen gegevens");
    expect(noData(EnpsDistributionChart(null, {document}))).toBe("Geen gegevens");
    expect(noData(EnpsDistributionChart(empty, {document}))).toBe("Geen gegevens");
    expect(noData(EnpsGroupStrip({groups: []}, {document}))).toBe("Geen gegevens");
    expect(noData(TopicRankingChart({topics: []}, {document}))).toBe("Geen gegevens");
    expect(noData(LikertDistributionChart({distributions: []}, {document}))).toBe("Geen gegevens");
    expect(noData(ComparisonTable({comparisons: []}, {document}))).toBe("Geen gegevens");
    expect(noData(ModuleBarsChart({modules: []}, {document, locale: "en"}))).toBe("No data");
  });

  it("ResponseRateChart without a headcount says the rate is unknown and gives the respondents", () => {
    expect(noData(ResponseRateChart({respondents: 919, invited: null, responseRate: null}, {document}))).toBe("Responspercentage onbekend (919 respondenten)");
  });

  it("empty charts keep their title", () => {
    expect(GroupHeatmap({groups: []}, {document}).querySelector("figcaption")?.textContent).toBe("Scores per groep");
  });
});

describe("GroupHeatmap", () => {
  it("GroupHeatmap shows suppressed groups as hatched cells with – and no number, explained in the legend", () => {
    const figure = GroupHeatmap(report, {document});
    const svg = figure.querySelector("svg.plot-d6a7b5")!;
    const hatched = [...svg.querySelectorAll("g[aria-label=cell] rect")].filter((r) => r.getAttribute("fill")?.startsWith("url(#peiling-hatch-"));
    expect(hatched).toHaveLength(report.modules.length);
    for (const cell of hatched) {
      expect(cell.querySelector("title")?.textContent).toMatch(/^Directie · .*: afgeschermd$/);
      expect(cell.querySelector("title")?.textContent).not.toMatch(/\d/);
    }
    const id = hatched[0].getAttribute("fill")!.slice(5, -1);
    expect(svg.querySelector(`pattern#${id}`)).not.toBeNull();
    expect(texts(svg).filter((t) => t === "–")).toHaveLength(report.modules.length);
    expect(figure.querySelector(".peiling-legend")?.textContent).toContain("afgeschermd");
    const row = [...figure.querySelectorAll("details tbody tr")].find((tr) => tr.firstElementChild?.textContent === "Directie")!;
    expect([...row.children].slice(2).map((td) => td.textContent)).toEqual(Array(report.modules.length).fill("–"));
  });

  it("GroupHeatmap colours cells by the comparison with the organisation and adds the symbol", () => {
    const svg = GroupHeatmap(report, {document}).querySelector("svg.plot-d6a7b5")!;
    expect(texts(svg)).toEqual(expect.arrayContaining(["7,8 ▲", "5,8 ▼▼", "6,6 ▲▲"]));
    expect(svg.querySelector(`g[aria-label=cell] rect[fill="${differencePalette.better.veryRelevant.fill}"]`)).not.toBeNull();
  });

  it("GroupHeatmap with measure: 'difference' shows signed differences", () => {
    const svg = GroupHeatmap(report, {document, measure: "difference"}).querySelector("svg.plot-d6a7b5")!;
    expect(texts(svg)).toEqual(expect.arrayContaining(["+0,8 ▲", "−1,5 ▼▼"]));
  });

  it("GroupHeatmap with 250 groups scrolls under a sticky, aria-hidden header with smaller rows", () => {
    const figure = GroupHeatmap(manyGroups(), {document, table: null});
    const box = figure.querySelector(".peiling-scroll")!;
    expect(box.getAttribute("tabindex")).toBe("0");
    expect(box.getAttribute("style")).toContain("max-height: 600px");
    const [header, body] = [...box.querySelectorAll("svg.plot-d6a7b5")];
    expect(header.getAttribute("aria-hidden")).toBe("true");
    expect(header.parentElement?.getAttribute("style")).toContain("position: sticky");
    expect(body.getAttribute("height")).toBe(String(250 * 18 + 1));
    expect(body.getAttribute("role")).toBe("img");
  });

  it("GroupHeatmap with maxHeight: null never scrolls", () => {
    expect(GroupHeatmap(manyGroups(), {document, table: null, maxHeight: null}).querySelector(".peiling-scroll")).toBeNull();
  });
});

describe("eNPS charts", () => {
  it("EnpsDistributionChart colours 11 bars by category and prints the score with its interval", () => {
    const svg = EnpsDistributionChart(report.enps, {document}).querySelector("svg.plot-d6a7b5")!;
    expect(svg.querySelectorAll("g[aria-label=rect] rect")).toHaveLength(11 + 3);
    const all = texts(svg);
    expect(all).toContain("eNPS −8");
    expect(all).toContain("95 %-betrouwbaarheidsinterval: −12 tot −4 (n = 919)".replace("95 %", `95${nbsp}%`));
    expect(all.some((t) => t.startsWith("Criticasters"))).toBe(true);
  });

  it("EnpsDistributionChart with score: null and categories: null drops headline and bands", () => {
    const svg = EnpsDistributionChart(report.enps, {document, score: null, categories: null}).querySelector("svg.plot-d6a7b5")!;
    expect(texts(svg).some((t) => t.startsWith("eNPS"))).toBe(false);
    expect(svg.querySelectorAll("g[aria-label=rect] rect")).toHaveLength(11);
  });

  it("EnpsGroupStrip lists a suppressed group as such, without a dot", () => {
    const svg = EnpsGroupStrip(report, {document}).querySelector("svg.plot-d6a7b5")!;
    expect(texts(svg)).toContain("– afgeschermd");
    expect(svg.querySelectorAll("g[aria-label=dot] circle")).toHaveLength(4);
    expect(texts(svg)).toContain("Organisatie −8");
  });
});

describe("other charts", () => {
  it("TopicRankingChart shows both panels, or one with proud: null", () => {
    expect(TopicRankingChart(report, {document}).querySelectorAll("svg.plot-d6a7b5")).toHaveLength(2);
    const one = TopicRankingChart(report, {document, proud: null});
    expect(one.querySelectorAll("svg.plot-d6a7b5")).toHaveLength(1);
    expect(texts(one)).toContain("Top verbeterpunten");
    expect(texts(one)).toContain(`39,8${nbsp}% (366)`);
  });

  it("LikertDistributionChart splits the neutral option across zero and shows don't know apart", () => {
    const svg = LikertDistributionChart(report, {document}).querySelector("svg.plot-d6a7b5")!;
    const zero = Number(svg.querySelector("g[aria-label=rule] line")?.getAttribute("x1"));
    const neutral = [...svg.querySelectorAll("g[aria-label=rect] rect")].find((r) => r.querySelector("title")?.textContent?.startsWith("Niet mee eens/niet mee oneens"))!;
    const x = Number(neutral.getAttribute("x"));
    expect(x).toBeLessThan(zero);
    expect(x + Number(neutral.getAttribute("width"))).toBeGreaterThan(zero);
    expect(texts(svg)).toContain("Weet niet");
    const without = LikertDistributionChart(report, {document, dontKnow: null}).querySelector("svg.plot-d6a7b5")!;
    expect(texts(without)).not.toContain("Weet niet");
  });

  it("ResponseRateChart writes Dutch or English rates", () => {
    expect(texts(ResponseRateChart(report, {document}))).toContain(`66,2${nbsp}% (919 van 1.388)`);
    expect(texts(ResponseRateChart(report, {document, locale: "en"}))).toContain("66.2% (919 of 1,388)");
    expect(texts(ResponseRateChart(report, {document, previous: null}))).not.toContain(`63,0${nbsp}% (865 van 1.372)`);
  });

  it("DifferenceLegend prints the thresholds it is given, and no note with note: null", () => {
    const legend = DifferenceLegend({document, minDifference: 0.5, strongDifference: 1});
    expect(legend.textContent).toContain("minstens 0,5 (relevant) of 1,0 (zeer relevant)");
    expect(legend.textContent).toContain("Zeer relevant hoger");
    expect(DifferenceLegend({document, note: null}).querySelector("p")).toBeNull();
    expect(DifferenceLegend({document}).textContent).not.toContain("afgeschermd");
  });

  it("ComparisonTable has a caption, scoped headers, and difference cells with symbol and words", () => {
    const root = ComparisonTable(report, {document});
    const table = root.querySelector("table")!;
    expect(table.querySelector("caption")?.textContent).toBe("Scores vergeleken");
    expect([...table.querySelectorAll("thead th[scope=colgroup]")].map((th) => th.textContent)).toEqual(["Vorig onderzoek (2023)", "Benchmark Provincies", "Top 3 Benchmark Provincies"]);
    expect(table.querySelectorAll("tbody th[scope=row]")).toHaveLength(6);
    const cell = table.querySelector("td.peiling-veryRelevant")!;
    expect(cell.textContent).toMatch(/^[+−]1,\d [▲▼]{2} \(zeer relevant (hoger|lager)\)$/);
    expect(cell.querySelector("[aria-hidden=true]")?.textContent).toMatch(/^[▲▼]{2}$/);
    expect(table.querySelector("tfoot")?.textContent).toContain("919");
  });

  it("ComparisonTable for a group against the organisation", () => {
    const table = ComparisonTable(report, {document, kind: "question", group: "afdeling=Mobiliteit", against: ["organisation"], legend: null}).querySelector("table")!;
    expect(table.querySelectorAll("tbody tr")).toHaveLength(12);
    expect(table.querySelector("tfoot")).toBeNull();
  });
});

describe("narrow widths", () => {
  it("every chart renders at 240 px without throwing, and ModuleBarsChart keeps only symbols in its columns", () => {
    const width = 240;
    for (const render of [
      () => ModuleBarsChart(report, {document, width}),
      () => GroupHeatmap(report, {document, width}),
      () => EnpsDistributionChart(report.enps, {document, width}),
      () => EnpsGroupStrip(report, {document, width}),
      () => TopicRankingChart(report, {document, width}),
      () => LikertDistributionChart(report, {document, width}),
      () => ResponseRateChart(report, {document, width})
    ]) {
      expect(render().tagName).toBe("FIGURE");
    }
    const all = texts(ModuleBarsChart(report, {document, width}));
    expect(all).toEqual(expect.arrayContaining(["▲", "▼▼", "·", "7,4"]));
    expect(all).not.toContain("+0,8 ▲");
  });
});

describe("grouping variables", () => {
  it("GroupHeatmap and EnpsGroupStrip show the survey's first grouping variable unless told otherwise", () => {
    const team = {...report.groups[0], id: "team=Alfa", variable: "team", value: "Alfa"};
    const data = {...report, groups: [...report.groups, team]};
    const rows = (figure: HTMLElement) => [...figure.querySelectorAll("details tbody th")].map((th) => th.textContent);
    expect(rows(GroupHeatmap(data, {document}))).not.toContain("Alfa");
    expect(rows(GroupHeatmap(data, {document, variable: "team"}))).toEqual(["Alfa"]);
    expect(rows(GroupHeatmap(data, {document, variable: null}))).toContain("Alfa");
    expect(rows(EnpsGroupStrip(data, {document}))).not.toContain("Alfa");
  });
});
