import {describe, expect, it} from "vitest";
import {agendaSentences} from "../../../narrative/agendaSentences.ts";
import {tTestPValue} from "../../../scoring/probability.ts";
import {seededRandom} from "../../../scoring/random.ts";
import {readBundle, scoreReport} from "../../../scoring/index.ts";
import {exampleBundle} from "../../../site/paths.ts";
import {agendaView} from "../../../site/views/agendaView.ts";
import {absentPages, reportPages} from "../../../site/views/reportPages.ts";
import {responsesCsv, SAMPLE_ROWS, SURVEY_YAML, writeBundle} from "../../helpers/bundle.ts";

/**
 * A small study: five provinces, P4 of three respondents (suppressed, and P2, the smallest other,
 * for its sake), a theme of module leiding and question sf1.
 */
const STUDY_SURVEY = `title: Provinciaal onderzoek
organisation: Vijf provincies
period: {start: 2025-03-10, end: 2025-03-23}
language: nl
scales:
  eens5: {type: likert, missing: [9]}
groups:
  - {id: provincie, name: Provincie}
modules:
  - {id: sfeer, name: Sfeer}
  - {id: leiding, name: Leiding}
questions:
  - {id: sf1, text: De sfeer is goed, scale: eens5, module: sfeer}
  - {id: sf2, text: Collega's helpen elkaar, scale: eens5, module: sfeer}
  - {id: ld1, text: Mijn leidinggevende steunt me, scale: eens5, module: leiding}
  - {id: ld2, text: Mijn leidinggevende is duidelijk, scale: eens5, module: leiding}
study: {organisation: provincie, outcome: sfeer, top: 2}
agenda:
  title: Werkgeversvisie
  themes:
    - {id: leiderschap, name: Leiderschap, modules: [leiding], questions: [sf1]}
`;

function studyCsv(): string {
  const next = seededRandom(3);
  const sizes: [string, number, number][] = [["P1", 30, 0], ["P2", 20, 1], ["P3", 25, 0.5], ["P4", 3, 0], ["P5", 22, -0.5]];
  const rows = sizes.flatMap(([p, size, shift], k) =>
    Array.from({length: size}, (_, i) => {
      const answer = () => String(Math.max(1, Math.min(5, Math.round(2 + shift + next() * 2.5))));
      return [`${p}-${i}`, p, answer(), answer(), answer(), k === 0 && i % 7 === 0 ? "9" : answer()].join(",");
    })
  );
  return ["id,provincie,sf1,sf2,ld1,ld2", ...rows].join("\n") + "\n";
}

describe("agendaView", () => {
  it("agendaView(report) is null without an agenda, and the site then has no Agenda page", () => {
    const report = scoreReport(readBundle(writeBundle({"survey.yaml": SURVEY_YAML, "responses.csv": responsesCsv(SAMPLE_ROWS)})));
    expect(agendaView(report)).toBeNull();
    expect(absentPages(report)).toContain("/agenda");
  });

  it("agendaView(report) of the example carries the model's theme numbers, lagging groups and no respondent data", () => {
    const report = scoreReport(readBundle(exampleBundle));
    const view = agendaView(report)!;
    expect(view.themes.map((t) => t.id)).toEqual(report.agenda!.themes.map((t) => t.id));
    for (const [i, theme] of view.themes.entries()) {
      const model = report.agenda!.themes[i];
      if (model.score) expect(theme.score!.score).toBeCloseTo(model.score.score!, 4);
      else expect(theme.score).toBeNull();
      expect(theme.lagging.map((g) => g.id)).toEqual(model.lagging);
      expect(theme.groups.filter((g) => g.level !== "none" && g.difference! < 0).map((g) => g.id).sort()).toEqual([...model.lagging].sort());
      expect(theme.organisations).toBeNull();
    }
    // Each measured theme over the waves, as the model's trend of the organisation.
    const line = report.trends!.find((t) => t.kind === "theme" && t.item === "leiderschap" && t.groupId === null)!;
    const {points} = view.themes.find((t) => t.id === "leiderschap")!.trend!;
    expect(points.map((p) => p.label)).toEqual(["2021", "2023", "2025"]);
    points.forEach((p, i) => expect(p.score).toBeCloseTo(line.points[i].score!, 4));
    expect(view.themes.find((t) => t.id === "eenvoud")!.trend).toBeNull();
    expect(view.variable).toBe("Domein");
    expect(view.themes.find((t) => t.id === "eenvoud")).toMatchObject({measured: false, score: null, context: [{id: "lbo2", kind: "question"}, {id: "lei6", kind: "question"}]});
    expect(JSON.stringify(view)).not.toMatch(/r25-\d/);
    expect(reportPages(report).map((p) => p.path).slice(0, 2)).toEqual(["/agenda", "/leeswijzer"]);
  });

  it("agendaView(report) of a study compares each organisation's theme with the mean of the others, and gives a suppressed one no number", () => {
    const report = scoreReport(readBundle(writeBundle({"survey.yaml": STUDY_SURVEY, "responses.csv": studyCsv()})));
    const [theme] = agendaView(report)!.themes;
    expect(theme.organisations!.map((o) => [o.label, o.suppressed])).toEqual([["P1", false], ["P2", true], ["P3", false], ["P4", true], ["P5", false]]);
    expect(theme.organisations![3]).toMatchObject({score: null, ci: null, n: null, difference: null});
    expect(theme.organisations![0].score).not.toBeNull();
    const model = report.agenda!.themes[0];
    const shown = model.groups.filter((g) => !g.suppressed);
    expect(theme.organisationsMean).toBeCloseTo(shown.reduce((s, g) => s + g.score!, 0) / shown.length, 4);
    // Each against the unweighted mean of the other shown organisations, z test on SE² + Σ SEᵢ²/k².
    for (const own of shown) {
      const others = shown.filter((g) => g !== own);
      const reference = others.reduce((s, g) => s + g.score!, 0) / others.length;
      const se = Math.sqrt(own.se! ** 2 + others.reduce((s, g) => s + g.se! ** 2, 0) / others.length ** 2);
      const c = model.comparisons.find((x) => x.group === own.group && x.against === "organisations")!;
      expect(c.reference).toBeCloseTo(reference, 12);
      expect(c.pValue).toBeCloseTo(tTestPValue((own.score! - reference) / se, Infinity), 10);
      expect(theme.organisations!.find((o) => o.id === own.group)!.difference).toBeCloseTo(own.score! - reference, 4);
    }
    // A theme's scores exist for the organisations only where the group is shown.
    expect(model.groups.find((g) => g.suppressed)).toMatchObject({score: null, n: null});
  });
});

describe("agendaSentences", () => {
  it("agendaSentences(view) says where the organisation stands per theme, each number linked to the theme's chart", () => {
    const view = {
      language: "nl" as const,
      scoring: "mean" as const,
      themes: [
        {
          id: "leiderschap",
          name: "Leiderschap",
          measured: true,
          score: {score: 7.08, ci: [7.02, 7.14]},
          previous: {against: "previous", label: "Vorig onderzoek", reference: 7.12, difference: -0.04, level: "none"},
          benchmarks: [{against: "b", label: "Benchmark", reference: 6.2, difference: 0.88, level: "relevant"}],
          lagging: [{id: "domein=A"}, {id: "domein=B"}]
        },
        {id: "eenvoud", name: "Eenvoud", measured: false, score: null, previous: null, benchmarks: [], lagging: []}
      ]
    } as unknown as Parameters<typeof agendaSentences>[0];
    const sentences = agendaSentences(view);
    const link = (text: string) => ({text, href: "#thema-leiderschap"});
    expect(sentences.get("leiderschap")).toEqual([
      "Leiderschap scoort ",
      link("7,1"),
      " (marge 7,0–7,1)",
      ", ",
      "niet duidelijk anders dan ",
      "Vorig onderzoek (",
      link("7,1"),
      ")",
      " en ",
      "relevant hoger dan ",
      "Benchmark (",
      link("6,2"),
      ")",
      ". ",
      link("2"),
      " groepen blijven duidelijk achter."
    ]);
    expect(sentences.get("eenvoud")).toEqual(["Eenvoud meet deze peiling niet rechtstreeks: er is geen score."]);
    const english = agendaSentences({...view, themes: [{...view.themes[0], previous: null, lagging: []}]}, {locale: "en", link: () => "./agenda#thema-leiderschap"});
    expect(english.get("leiderschap")!.map((p) => (typeof p === "string" ? p : "text" in p ? p.text : "")).join("")).toBe(
      "Leiderschap scores 7.1 (margin 7.0–7.1), relevantly higher than Benchmark (6.2). No group clearly lags behind."
    );
  });

  it("agendaSentences(view) says how a theme moved over the waves on its current questions, each number linked to its chart over the waves", () => {
    const theme = {id: "leiderschap", name: "Leiderschap", measured: true, score: {score: 7.3, ci: [7.2, 7.4]}, previous: null, benchmarks: [], lagging: []};
    const points = [
      {label: "2021", score: 6.8, sameQuestions: false},
      {label: "2023", score: 7.0, sameQuestions: true},
      {label: "2025", score: 7.3, sameQuestions: true}
    ];
    const said = (trend: unknown, locale: "nl" | "en" = "nl") => {
      const view = {language: "nl", scoring: "mean", survey: {settings: {comparison: {confidence: 0.95}}}, themes: [{...theme, trend}]} as unknown as Parameters<typeof agendaSentences>[0];
      const parts = agendaSentences(view, {locale})!.get("leiderschap")!;
      // The sentence on where it stands, then " " and the one on how it moved, if any.
      return parts.includes(" ") ? parts.slice(parts.indexOf(" ") + 1) : parts;
    };
    const link = (text: string) => ({text, href: "#thema-leiderschap-verloop"});
    expect(said({points, linear: null})).toEqual(["Door de jaren: ", link("7,0"), " in 2023", " en ", link("7,3"), " in 2025", " (2021 op andere vragen, niet vergeleken)", "."]);
    const same = points.map((p) => ({...p, sameQuestions: true}));
    expect(said({points: same, linear: {slope: 0.12, pValue: 0.001}})).toEqual([
      "Door de jaren: ", link("6,8"), " in 2021", ", ", link("7,0"), " in 2023", " en ", link("7,3"), " in 2025", "; een stijgende lijn (", link("+0,1"), " per jaar)", "."
    ]);
    const text = (parts: ReturnType<typeof said>) => parts.map((p) => (typeof p === "string" ? p : "text" in p ? p.text : "")).join("");
    expect(text(said({points: same, linear: {slope: -0.12, pValue: 0.3}}, "en"))).toBe("Over the years: 6.8 in 2021, 7.0 in 2023 and 7.3 in 2025; no clear rising or falling line.");
    expect(text(said({points: same, linear: {slope: -0.12, pValue: 0.01}}, "en"))).toContain("a falling line (−0.1 a year)");
    // One wave on the current questions says nothing on movement; nor does a theme without a trend.
    const alone = ["Leiderschap scoort ", {text: "7,3", href: "#thema-leiderschap"}, " (marge 7,2–7,4)", ". ", "Geen groep blijft duidelijk achter."];
    expect(said({points: points.map((p, i) => ({...p, sameQuestions: i === 2})), linear: null})).toEqual(alone);
    expect(said(null)).toEqual(alone);
  });
});
