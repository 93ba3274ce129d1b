import {JSDOM} from "jsdom";
import {describe, expect, it} from "vitest";
import {CorrelationChart, DriverChart, FunnelPlot, OrganisationPicker, SpreadChart, format, limitPosition} from "../../charts/index.ts";
import {studyCorrelation, studyDrivers, studySpread, studySurvey} from "./studyFixtures.ts";

const {document} = new JSDOM("<!doctype html>").window;
const spread = studySpread();
const f = format({locale: "en", scoring: "percent-positive"});
/** The rows of a chart's data table, as text. */
const tableRows = (root: Element) => [...root.querySelectorAll("tbody tr")].map((tr) => [...tr.children].map((c) => c.textContent));
/** What the fixture's rows lie outside the 99.8 % limits, computed from their limits. */
const outside = (side: "above" | "below") => spread.rows.filter((r) => (side === "above" ? r.score > r.limits!.p998[1] : r.score < r.limits!.p998[0])).map((r) => r.label);

describe("limitPosition", () => {
  it("limitPosition(point) is above or below outside the 99.8 % limits, null within them or without limits", () => {
    const limits = {p95: [0.5, 0.7] as [number, number], p998: [0.45, 0.75] as [number, number]};
    expect([0.8, 0.72, 0.6, 0.46, 0.4].map((score) => limitPosition({score, limits}))).toEqual(["above", null, null, null, "below"]);
    expect(limitPosition({score: 0.9, limits: null})).toBe(null);
  });
});

describe("SpreadChart", () => {
  it("SpreadChart(rows) ranks the organisations highest first and marks those outside the 99.8 % limits in its table", () => {
    const root = SpreadChart(spread.rows, {document, survey: studySurvey, item: spread.name});
    const rows = tableRows(root);
    const ranked = [...spread.rows].sort((a, b) => b.score - a.score);
    expect(rows.map((r) => r[0])).toEqual(ranked.map((r) => r.label));
    expect(rows.map((r) => r[2])).toEqual(ranked.map((r) => f.score(r.score)));
    expect(outside("above").length).toBeGreaterThan(0);
    expect(outside("below").length).toBeGreaterThan(0);
    expect(rows.filter((r) => r[5]?.startsWith("▲")).map((r) => r[0])).toEqual(outside("above"));
    expect(rows.filter((r) => r[5]?.startsWith("▼")).map((r) => r[0])).toEqual(outside("below"));
    expect(root.querySelector("figcaption")?.textContent).toBe("Leaders Lead: the organisations ranked");
  });

  it("SpreadChart(rows) bolds the highlighted organisation and links nothing inside its image", () => {
    const root = SpreadChart(spread.rows, {document, survey: studySurvey});
    expect(root.querySelectorAll("svg a")).toHaveLength(0);
    const bold = [...root.querySelectorAll("svg g[font-weight=bold] text")].map((t) => t.textContent);
    expect(bold).toEqual(["B"]);
  });

  it("SpreadChart([]) says there is no data, in the survey's language", () => {
    expect(SpreadChart([], {document, survey: studySurvey}).textContent).toContain("No data");
    expect(SpreadChart([], {document}).textContent).toContain("Geen gegevens");
  });
});

describe("FunnelPlot", () => {
  it("FunnelPlot(rows) draws the four limit lines and names only the organisations outside the limits and the highlighted one", () => {
    const root = FunnelPlot(spread.rows, {document, survey: studySurvey, item: spread.name});
    expect(root.querySelectorAll("svg g[aria-label=line] path")).toHaveLength(4);
    const named = [...root.querySelectorAll("svg g[aria-label=text] text")].map((t) => t.textContent).sort();
    expect(named).toEqual([...outside("above"), ...outside("below"), "B"].sort());
    expect(FunnelPlot(spread.rows, {document, labels: null}).querySelectorAll("svg g[aria-label=text] text")).toHaveLength(0);
  });

  it("FunnelPlot(rows) with limits widened by τ draws them too, dotted, with a legend entry", () => {
    const widened = spread.rows.map((r) => ({...r, widened: {p95: [r.limits!.p95[0] - 0.05, r.limits!.p95[1] + 0.05] as [number, number], p998: [r.limits!.p998[0] - 0.08, r.limits!.p998[1] + 0.08] as [number, number]}}));
    const root = FunnelPlot(widened, {document, survey: studySurvey, item: spread.name});
    const lines = [...root.querySelectorAll("svg g[aria-label=line]")];
    expect(lines.flatMap((g) => [...g.querySelectorAll("path")])).toHaveLength(6);
    expect(lines.filter((g) => g.getAttribute("stroke-dasharray") === "1,3")).toHaveLength(2);
    expect(root.textContent).toContain("99.8% limits widened by τ");
    expect(FunnelPlot(spread.rows, {document, survey: studySurvey}).textContent).not.toContain("widened");
  });

  it("FunnelPlot(rows) describes how many lie outside the 99.8 % limits", () => {
    const root = FunnelPlot(spread.rows, {document, survey: studySurvey, item: spread.name});
    expect(root.querySelector("svg[role=img]")?.getAttribute("aria-description")).toContain(`${outside("above").length} above and ${outside("below").length} below the 99.8% limits`);
  });
});

describe("CorrelationChart", () => {
  it("CorrelationChart(pair) states r with its interval and the number of organisations, and draws a dot per organisation", () => {
    const pair = studyCorrelation();
    const root = CorrelationChart(pair, {document, survey: studySurvey});
    expect(root.querySelector(".peiling-correlation")?.textContent).toBe(`r = ${f.number(pair.r, 2)} (95% interval ${f.number(pair.ci![0], 2)}–${f.number(pair.ci![1], 2)}; ${pair.n} organisations)`);
    expect(root.querySelectorAll("svg g[aria-label=dot] circle")).toHaveLength(pair.points.length);
    expect(tableRows(root)).toHaveLength(pair.points.length);
  });

  it("CorrelationChart(pair) without r says there are too few organisations", () => {
    const root = CorrelationChart({...studyCorrelation(), r: null, ci: null}, {document, survey: studySurvey});
    expect(root.querySelector(".peiling-correlation")?.textContent).toBe("Too few organisations for a correlation");
  });
});

describe("DriverChart", () => {
  it("DriverChart(drivers) orders the drivers by importance and states the method, R² and respondents", () => {
    const root = DriverChart(studyDrivers, {document, survey: studySurvey});
    const ranked = [...studyDrivers.drivers].sort((a, b) => b.importance! - a.importance!);
    expect(tableRows(root)).toEqual(ranked.map((d) => [d.name, f.percent(d.importance), f.percent(d.importance! / studyDrivers.r2!)]));
    expect(root.querySelector(".peiling-method")?.textContent).toBe(
      `Relative importance by the Shapley/LMG decomposition of R² = ${f.number(studyDrivers.r2, 2)} (ordinary least squares, unweighted, ${f.count(studyDrivers.n)} respondents).`
    );
  });

  it("DriverChart(drivers) without R² says there is no data", () => {
    expect(DriverChart({...studyDrivers, r2: null, n: null, drivers: studyDrivers.drivers.map((d) => ({...d, importance: null}))}, {document}).textContent).toContain("Geen gegevens");
  });
});

describe("OrganisationPicker", () => {
  it("OrganisationPicker(organisations, {href}) offers the organisations with a page and opens the chosen one only on submit", () => {
    const opened: string[] = [];
    const organisations = [{label: "AF", slug: "agency-af"}, {label: "IB", slug: null}, {label: "NV", slug: "agency-nv"}];
    const form = OrganisationPicker(organisations, {href: (o) => o.slug && `./organisaties/${o.slug}`, locale: "en", navigate: (url) => opened.push(url), document});
    const select = form.querySelector("select")!;
    expect([...select.options].map((o) => [o.textContent, o.value])).toEqual([["AF", "./organisaties/agency-af"], ["NV", "./organisaties/agency-nv"]]);
    expect(form.querySelector("label")!.textContent).toBe("Organisation AFNV");
    select.value = "./organisaties/agency-nv";
    select.dispatchEvent(new document.defaultView!.Event("change"));
    expect(opened).toEqual([]);
    form.dispatchEvent(new document.defaultView!.Event("submit", {cancelable: true}));
    expect(opened).toEqual(["./organisaties/agency-nv"]);
    expect(form.querySelector("button")!.textContent).toBe("Open");
  });
});
