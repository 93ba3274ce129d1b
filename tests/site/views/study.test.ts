/**
 * The views, picker, navigation and sentences of a study across organisations, each number
 * checked against the report model it is cut from (never typed in): a small inline study of seven
 * provinces, two of them suppressed, with departments below them.
 */
import {JSDOM} from "jsdom";
import {describe, expect, it} from "vitest";
import {limitPosition} from "../../../charts/limitPosition.ts";
import {NarrativeList} from "../../../narrative/NarrativeList.ts";
import {groupSentences, ORGANISATION_REFERENCES} from "../../../narrative/index.ts";
import {correlationSentences, driverSentences, organisationSentences, spreadSentences} from "../../../narrative/researchSentences.ts";
import {readBundle, scoreReport, type Report} from "../../../scoring/index.ts";
import {seededRandom} from "../../../scoring/random.ts";
import {siteNavigation} from "../../../site/siteNavigation.ts";
import {organisationViews} from "../../../site/views/organisationView.ts";
import {reportPages} from "../../../site/views/reportPages.ts";
import {studyIntro, studyPicker} from "../../../site/views/studyPicker.ts";
import {organisationPages, studyView} from "../../../site/views/studyView.ts";
import {format} from "../../../text/format.ts";
import {siteText} from "../../../text/siteText.ts";
import {writeBundle} from "../../helpers/bundle.ts";
import {report as plain} from "../../charts/fixtures.ts";

const SURVEY = `title: Provinciaal onderzoek
organisation: Zeven provincies
period: {start: 2025-03-10, end: 2025-03-23}
language: nl
scales:
  eens5: {type: likert, missing: [9]}
groups:
  - {id: provincie, name: Provincie}
  - {id: afdeling, name: Afdeling, parent: provincie}
modules:
  - {id: leiding, name: Leiding}
  - {id: sfeer, name: Sfeer}
  - {id: tevredenheid, name: Tevredenheid}
questions:
  - {id: ld1, text: Mijn leidinggevende steunt me, scale: eens5, module: leiding}
  - {id: ld2, text: De leiding is duidelijk, scale: eens5, module: leiding}
  - {id: sf1, text: De sfeer is goed, scale: eens5, module: sfeer}
  - {id: tv1, text: Ik ben tevreden met mijn werk, scale: eens5, module: tevredenheid}
study: {organisation: provincie, top: 2, outcome: tevredenheid}
`;

/** Seven provinces (P7 of three respondents: suppressed), two departments each, answers with a province effect. */
function responses(): string {
  const next = seededRandom(3);
  const sizes = [40, 25, 60, 30, 22, 35, 3];
  const lines = ["id,provincie,afdeling,ld1,ld2,sf1,tv1"];
  sizes.forEach((size, p) => {
    for (let i = 0; i < size; i++) {
      const mood = next() * 2 + p * 0.3;
      const answer = () => String(Math.max(1, Math.min(5, Math.round(1 + mood + next() * 2))));
      lines.push([`p${p}r${i}`, `P${p + 1}`, i % 2 ? "Noord" : "Zuid", answer(), answer(), answer(), answer()].join(","));
    }
  });
  return lines.join("\n") + "\n";
}

const report: Report = scoreReport(readBundle(writeBundle({"survey.yaml": SURVEY, "responses.csv": responses()})));
const view = studyView(report)!;
const organisations = report.groups.filter((g) => g.variable === "provincie");
const suppressed = organisations.filter((g) => g.suppressed);
const shown = organisations.filter((g) => !g.suppressed);
const f = format({locale: "nl"});
const text = (sentences: ReturnType<typeof spreadSentences>) => NarrativeList(sentences, {document: new JSDOM("").window.document}).textContent ?? "";

describe("studyView", () => {
  it("studyView(report) is null without a study, and the study pages are absent", () => {
    expect(studyView(plain)).toBe(null);
    expect(organisationViews(plain)).toEqual([]);
    expect(reportPages(plain).map((p) => p.key)).not.toContain("study");
    expect(reportPages(report).map((p) => p.key)).toEqual(expect.arrayContaining(["study", "research"]));
  });

  it("studyView(report) lists every organisation by name; a suppressed one carries no number, no scores and no page", () => {
    // P7 is too small; P5, the next smallest, is withheld too, so that P7 cannot be found by subtraction.
    expect(suppressed.map((g) => g.value)).toEqual(["P5", "P7"]);
    expect(view.organisations.map((o) => o.value)).toEqual(organisations.map((g) => g.value).sort());
    for (const hidden of view.organisations.filter((o) => o.suppressed)) {
      expect(hidden).toMatchObject({suppressed: true, n: null, slug: null, path: null});
      expect(hidden.modules).toBeUndefined();
    }
    expect(view.organisations.filter((o) => o.suppressed).map((o) => o.value)).toEqual(["P5", "P7"]);
    for (const o of view.organisations.filter((o) => !o.suppressed)) {
      const group = report.groups.find((g) => g.id === o.id)!;
      expect(o.n).toBe(group.n);
      expect(o.path).toBe(`/organisaties/${o.slug}`);
      expect(o.modules!.map((m) => m.score)).toEqual(group.modules!.map((m) => Number(m.score!.toPrecision(6))));
    }
    expect(organisationPages(report).map((p) => p.id).sort()).toEqual(shown.map((g) => g.id).sort());
  });

  it("studyView(report).spread is the model's spread as chart rows, with the organisations outside the 99.8 % limits named", () => {
    for (const s of report.analyses!.spread) {
      const rows = view.spread.find((v) => v.item === s.item)!;
      expect(rows.rows.map((r) => [r.label, r.score, r.n])).toEqual(s.organisations.map((p) => [p.value, Number(p.score.toPrecision(6)), p.n]));
      expect(rows.above).toEqual(s.organisations.filter((p) => p.limits && p.score > p.limits.p998[1]).map((p) => p.value));
      expect(rows.below).toEqual(s.organisations.filter((p) => p.limits && p.score < p.limits.p998[0]).map((p) => p.value));
      expect(rows.rows.map((r) => r.label)).not.toContain("P7");
      expect(rows.rows.map((r) => r.label)).not.toContain("P5");
    }
  });

  it("studyView(report).correlations carry each shown organisation's pair of module scores and the model's r", () => {
    expect(view.correlations).toHaveLength(report.analyses!.correlations.length);
    for (const c of report.analyses!.correlations) {
      const pair = view.correlations.find((v) => v.a.id === c.a && v.b.id === c.b)!;
      expect([pair.r, pair.n]).toEqual([c.r == null ? null : Number(c.r.toPrecision(6)), c.n]);
      expect(pair.points).toHaveLength(c.n);
      for (const point of pair.points) {
        const group = shown.find((g) => g.value === point.label)!;
        expect([point.x, point.y]).toEqual([c.a, c.b].map((id) => Number(group.modules!.find((m) => m.id === id)!.score!.toPrecision(6))));
      }
    }
  });

  it("studyView(report).drivers are the model's drivers per outcome, with names, R² and respondents", () => {
    const drivers = report.analyses!.drivers;
    expect(view.drivers.map((d) => d.outcome)).toEqual([{id: "tevredenheid", name: "Tevredenheid"}]);
    expect(view.drivers[0].drivers.map((d) => [d.item, d.importance])).toEqual(drivers.map((d) => [d.item, Number(d.importance!.toPrecision(6))]));
    expect([view.drivers[0].r2, view.drivers[0].n]).toEqual([Number(drivers[0].r2!.toPrecision(6)), drivers[0].n]);
  });
});

describe("organisationViews", () => {
  const views = organisationViews(report);

  it("organisationViews(report) gives every shown organisation a report of its own, none to the suppressed one", () => {
    expect(views.map((v) => v.value)).toEqual(shown.map((g) => g.value).sort());
    expect(views.map((v) => v.page.path)).toEqual(organisationPages(report).map((p) => p.path));
  });

  it("an organisation's key points name its benchmarks as a sentence would: 'Vergeleken met het gemiddelde van de andere organisaties'", () => {
    const leads = views.flatMap((v) => groupSentences(v, {references: ORGANISATION_REFERENCES}).map((sentence) => text([sentence]).trim()));
    const compared = leads.filter((line) => line.startsWith("Vergeleken met"));
    expect(compared.length).toBeGreaterThan(0);
    for (const line of compared) expect(line).not.toMatch(/^Vergeleken met (Gemiddelde|Top) /);
    expect(compared.some((line) => line.startsWith("Vergeleken met het gemiddelde van de andere organisaties"))).toBe(true);
  });

  it("an organisation's view carries the model's benchmarks against the other organisations and the whole study, named", () => {
    for (const v of views) {
      const own = report.comparisons.filter((c) => c.group === v.id);
      const expected = own
        .filter((c) => ["organisations", "top", "organisation"].includes(c.against))
        .map((c) => `${c.against === "organisation" ? "study" : c.against}:${c.kind}:${c.item}:${Number(c.difference.toPrecision(6))}`);
      const got = v.comparisons.filter((c) => c.against !== "previous" && c.against !== "parent").map((c) => `${c.against}:${c.kind}:${c.item}:${c.difference}`);
      expect(got.sort()).toEqual(expected.sort());
      expect(v.comparisons.every((c) => c.group === null)).toBe(true);
      expect(v.benchmarks.map((b) => b.id)).toEqual(["organisations", "top", "study"]);
      expect(v.benchmarks.map((b) => b.name)).toEqual(["Gemiddelde van de andere organisaties", "Top 2 van de andere organisaties", "Zeven provincies"]);
      expect(v.benchmarks.map((b) => b.phrase ?? b.name)).toEqual(["het gemiddelde van de andere organisaties", "de top 2 van de andere organisaties", "Zeven provincies"]);
    }
  });

  it("an organisation's view has its departments below it and its rank and place per module from the model's spread", () => {
    for (const v of views) {
      expect(v.children.map((c) => c.id).sort()).toEqual(report.groups.filter((g) => g.parent === v.id).map((g) => g.id).sort());
      for (const s of report.analyses!.spread) {
        const point = s.organisations.find((p) => p.group === v.id)!;
        expect(v.positions.find((p) => p.item === s.item)).toMatchObject({rank: point.rank, of: s.organisations.length, outside: limitPosition(point)});
        expect(v.spread.find((x) => x.item === s.item)!.rows.filter((r) => r.highlight).map((r) => r.label)).toEqual([v.value]);
      }
    }
  });

  it("no view of the study holds a number of the suppressed organisation", () => {
    const json = JSON.stringify([view, ...views]);
    for (const {value} of suppressed) {
      expect(json).not.toMatch(new RegExp(`"(label|value)":"${value}"[^}]*"(score|n)":\\d`));
      expect(views.some((v) => v.value === value)).toBe(false);
    }
  });
});

describe("organisationViews with a crossing", () => {
  it("an organisation's groups below it include the cells of its crossing with another grouping variable", () => {
    const survey = SURVEY.replace("  - {id: afdeling, name: Afdeling, parent: provincie}\n", "  - {id: afdeling, name: Afdeling, parent: provincie}\n  - {id: leeftijd, name: Leeftijd}\ncrossings: [[provincie, leeftijd]]\n");
    const lines = responses().trim().split("\n");
    const csv = [`${lines[0]},leeftijd`, ...lines.slice(1).map((line, i) => `${line},${i % 3 ? "jong" : "oud"}`)].join("\n") + "\n";
    const crossed = scoreReport(readBundle(writeBundle({"survey.yaml": survey, "responses.csv": csv})));
    const cells = crossed.groups.filter((g) => g.crossing);
    expect(cells.length).toBeGreaterThan(0);
    for (const v of organisationViews(crossed)) {
      const own = cells.filter((g) => g.crossing!.includes(v.id)).map((g) => g.id);
      expect(own.length).toBeGreaterThan(0);
      expect(v.children.filter((c) => c.crossing).map((c) => c.id)).toEqual(own);
      expect(v.children.filter((c) => !c.crossing).map((c) => c.id).sort()).toEqual(crossed.groups.filter((g) => g.parent === v.id).map((g) => g.id).sort());
    }
  });
});

describe("studyPicker", () => {
  it("studyPicker(report) links every shown organisation to its page and names a suppressed one with no number or link", () => {
    const html = studyPicker(report);
    const {document} = new JSDOM(html).window;
    const items = [...document.querySelectorAll("li")];
    expect(items).toHaveLength(organisations.length);
    for (const {value} of suppressed) {
      const item = items.find((li) => li.textContent?.startsWith(value))!;
      expect(item.textContent).toBe(`${value} afgeschermd`);
      expect(item.querySelector("a")).toBe(null);
    }
    for (const page of organisationPages(report)) {
      const link = document.querySelector(`a[href=".${page.path}"]`)!;
      expect(link.textContent).toBe(page.label);
      expect(link.parentElement!.textContent).toContain(f.count(shown.find((g) => g.id === page.id)!.n));
    }
    expect(studyPicker(plain)).toBe("");
  });

  it("studyIntro(report) counts the organisations, the respondents and the suppressed ones", () => {
    expect(studyIntro(report)).toContain(`${organisations.length} organisaties (provincie) met samen ${f.count(report.respondents)} respondenten; 2 organisaties zijn afgeschermd en tonen geen getal`);
  });
});

describe("siteNavigation in a study", () => {
  it("siteNavigation(report, names) lists the organisations' pages in a section of their own, and gives them to Framework", () => {
    const navigation = siteNavigation(report, siteText("nl").pages);
    const paths = organisationPages(report).map((p) => p.path);
    expect(navigation.organisationPaths).toEqual(paths);
    expect(navigation.sidebar).toContainEqual({name: "Organisaties", collapsible: true, open: false, pages: organisationPages(report).map((p) => ({name: p.label, path: p.path}))});
    expect(navigation.order.filter((p) => p.startsWith("/organisaties/"))).toEqual(paths);
    expect(navigation.order).toEqual(expect.arrayContaining(["/organisaties", "/onderzoek"]));
  });
});

describe("research sentences", () => {
  it("correlationSentences(view, pair) states r, its interval and the number of organisations from the model, and what it cannot show", () => {
    const c = view.correlations.find((x) => x.r != null)!;
    const said = text(correlationSentences(view, c));
    expect(said).toContain(`(r = ${f.number(c.r, 2)}, 95 %-interval ${f.interval(c.ci![0], c.ci![1], (x) => f.number(x, 2))})`);
    expect(said).toContain(`Over de ${c.n} organisaties`);
    expect(said).toContain(c.ci![0] > 0 ? "Het interval ligt geheel boven nul." : "Het interval omvat nul");
    expect(said).toContain("Met zo weinig organisaties is de schatting grof.");
    expect(said).toContain("geen bewijs dat het een het ander veroorzaakt");
    expect(correlationSentences(view, {...c, r: null, ci: null})).toEqual([]);
  });

  it("spreadSentences(view, spread) gives the range, the mean and how many lie outside and within the limits, from the model", () => {
    for (const s of view.spread) {
      const said = text(spreadSentences(view, s));
      const scoring = format({locale: "nl", scoring: report.survey.settings.scoring});
      const [top, bottom] = [s.rows[0], s.rows.at(-1)!];
      expect(said).toContain(`lopen de ${s.rows.length} organisaties uiteen van ${scoring.score(top.score)} (${top.label}) tot ${scoring.score(bottom.score)} (${bottom.label}), rond een gemiddelde van ${scoring.score(s.mean)}`);
      const within = s.rows.length - s.above.length - s.below.length;
      expect(said).toContain(s.above.length || s.below.length ? `De andere ${within} liggen binnen de grenzen.` : `Alle ${within} organisaties liggen binnen de 99,8 %-grenzen`);
    }
  });

  it("spreadSentences(view, spread) says whether the organisations differ beyond sampling error, with Q, τ and I² from the model", () => {
    const s = view.spread[0];
    const h = s.heterogeneity!;
    expect(h).not.toBe(null);
    const nl = format({locale: "nl", scoring: report.survey.settings.scoring});
    const spreadOut = {...s, heterogeneity: {q: 80, df: s.rows.length - 1, pValue: 1e-9, tau: 0.05, i2: 0.9}};
    const said = text(spreadSentences(view, spreadOut));
    expect(said).toContain(`Toeval alleen zou ongeveer ${nl.number(0.002 * s.rows.length, 1)} van de ${s.rows.length} organisaties buiten de 99,8 %-grenzen zetten.`);
    expect(said).toContain(`Cochrans Q = 80,0 bij ${s.rows.length - 1} vrijheidsgraden, p < 0,001`);
    expect(said).toContain(`standaardafwijking van ongeveer ${nl.difference(0.05).replace("+", "")} (DerSimonian–Laird), en ${nl.percent(0.9, 0)} van de variatie`);
    const calm = text(spreadSentences(view, {...s, heterogeneity: {q: 3.2, df: 5, pValue: 0.669, tau: 0, i2: 0}}));
    expect(calm).toContain("De verschillen tussen de organisaties passen bij steekproeftoeval (Cochrans Q = 3,2 bij 5 vrijheidsgraden, p = 0,669).");
    expect(text(spreadSentences(view, {...s, heterogeneity: null}))).not.toContain("Cochran");
  });

  it("studyView(report) carries the limits widened by τ from the model, and which organisations lie outside them; spreadSentences names those as exceptional", () => {
    for (const [m, s] of view.spread.entries()) {
      const model = report.analyses!.spread[m];
      // The rows in the model's order (by rank), their numbers as the view rounds them.
      expect(s.rows).toHaveLength(model.organisations.length);
      s.rows.forEach((r, i) => {
        const own = model.organisations[i].widened!;
        for (const limit of ["p95", "p998"] as const) for (const side of [0, 1]) expect(Math.abs(r.widened![limit][side] - own[limit][side])).toBeLessThan(1e-5 * Math.abs(own[limit][side]));
      });
      expect(s.exceptional.above).toEqual(s.rows.filter((r) => r.score > r.widened!.p998[1]).map((r) => r.label));
      expect(s.exceptional.below).toEqual(s.rows.filter((r) => r.score < r.widened!.p998[0]).map((r) => r.label));
    }
    const s = view.spread[0];
    const heterogeneous = {...s, heterogeneity: {q: 80, df: s.rows.length - 1, pValue: 1e-9, tau: 0.05, i2: 0.9}};
    const [first, last] = [s.rows[0], s.rows.at(-1)!];
    const named = text(spreadSentences(view, {...heterogeneous, exceptional: {above: [first.label], below: [last.label]}}));
    expect(named).toContain(`1 liggen er ook dan boven (${first.label}) en 1 onder (${last.label}): die zijn uitzonderlijk, ook tussen organisaties die toch al verschillen.`);
    expect(text(spreadSentences(view, {...heterogeneous, exceptional: {above: [], below: []}}))).toContain("daarbinnen liggen ze allemaal: geen enkele is uitzonderlijk");
    // Consistent with sampling error: nothing said about the widened limits.
    expect(text(spreadSentences(view, {...s, heterogeneity: {q: 3.2, df: 5, pValue: 0.669, tau: 0, i2: 0}}))).not.toContain("uitzonderlijk");
  });

  it("driverSentences(view, drivers) gives R², the respondents and the drivers by share, largest first, with the method", () => {
    const d = view.drivers[0];
    const said = text(driverSentences(view, d));
    expect(said).toContain(`verklaren de 2 drijfveren ${f.percent(d.r2, 0)} van de variantie in Tevredenheid, over ${f.count(d.n)} respondenten`);
    const ranked = [...d.drivers].sort((a, b) => b.importance! - a.importance!);
    expect(said).toContain(`grootste eerst: ${ranked[0].name} ${f.percent(ranked[0].importance, 0)} en ${ranked[1].name} ${f.percent(ranked[1].importance, 0)}`);
    expect(said).toContain("Shapley/LMG");
    expect(text(driverSentences(view, {...d, r2: null, n: null}))).toBe("Voor Tevredenheid waren te weinig volledige antwoorden om drijfveren te schatten.");
  });

  it("organisationSentences(view) gives the rank on every module and the place against the limits", () => {
    for (const v of organisationViews(report)) {
      const said = text(organisationSentences(v));
      for (const p of v.positions) expect(said).toContain(`${p.name}: ${p.rank} van ${p.of}`);
      const above = v.positions.filter((p) => p.outside === "above").map((p) => p.name);
      if (above.length) expect(said).toContain(`Boven de 99,8 %-grenzen voor haar omvang op ${above.join(", ")}`);
      if (!v.positions.some((p) => p.outside)) expect(said).toContain("Op elke module binnen de grenzen");
      // Exceptional where the model's widened limits say so.
      for (const p of v.positions) {
        const point = report.analyses!.spread.find((s) => s.item === p.item)!.organisations.find((o) => o.group === v.id)!;
        expect(p.exceptional).toBe(point.score > point.widened!.p998[1] ? "above" : point.score < point.widened!.p998[0] ? "below" : null);
      }
    }
  });

  it("organisationSentences(view) names the modules on which the organisation lies outside the limits widened by τ, and says nothing of them otherwise", () => {
    const v = organisationViews(report)[0];
    const [first, second] = v.positions;
    const positions: typeof v.positions = v.positions.map((p) => ({...p, outside: null, exceptional: null}));
    positions[0] = {...positions[0], outside: "above", exceptional: "above"};
    positions[1] = {...positions[1], outside: "below", exceptional: "below"};
    const said = text(organisationSentences({...v, positions}));
    expect(said).toContain(`Ook boven de met τ verbrede grenzen, dus uitzonderlijk tussen organisaties die toch al verschillen, op ${first.name}.`);
    expect(said).toContain(`Ook onder de met τ verbrede grenzen, dus uitzonderlijk tussen organisaties die toch al verschillen, op ${second.name}.`);
    expect(text(organisationSentences({...v, positions: positions.map((p) => ({...p, exceptional: null}))}))).not.toContain("verbrede");
  });
});
