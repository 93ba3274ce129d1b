/**
 * The attacks of issue #9 ("withheld numbers recovered exactly"), each on a small bundle read and
 * scored as the CLI does: after the disclosure audit, the numbers the subtraction needs are no
 * longer all published. Plus: suppressed groups carry no number, and both engines decide alike.
 */
import {describe, expect, it} from "vitest";
import {readBundleInDatabase} from "../../duckdb/readBundleInDatabase.ts";
import {readBundle, scoreReport, type Report} from "../../scoring/index.ts";
import type {GroupReport, ScoreSet} from "../../scoring/types.ts";
import {groupsView} from "../../site/views/groupsView.ts";
import {writeBundle} from "../helpers/bundle.ts";

const SURVEY = `title: Audit
organisation: Proef
period: {start: 2025-03-10, end: 2025-03-23}
language: nl
scales:
  eens5: {type: likert, missing: [9]}
  aanbevelen: {type: nps}
  trots: {type: multi, options: [Collega's, Werk, Sfeer]}
  opmerking: {type: text}
groups:
  - {id: domein, name: Domein}
  - {id: locatie, name: Locatie}
  - {id: leeftijd, name: Leeftijd}
CROSSINGS
modules:
  - {id: m, name: Module}
questions:
  - {id: q1, text: Vraag een, scale: eens5, module: m}
  - {id: q2, text: Vraag twee, scale: eens5, module: m}
  - {id: enps, text: Aanbevelen, scale: aanbevelen}
  - {id: trots, text: Trots, scale: trots}
  - {id: opm, text: Opmerking, scale: opmerking}
settings:
  minGroupSize: 5
  minCommentGroupSize: 10
  publishComments: true
`;

interface Respondent {
  domein?: string;
  locatie?: string;
  leeftijd?: string;
  /** Whether the respondent answered q1, the recommendation question, the topics and the comment (default true). */
  answers?: boolean;
}

/** `count` respondents alike; answers vary with the position so that no two sets score alike by chance. */
const many = (count: number, respondent: Respondent): Respondent[] => Array.from({length: count}, () => respondent);

/** Writes a bundle of these respondents, with population.csv where given, and returns its folder. */
function bundleOf(respondents: Respondent[], {crossings = "", population}: {crossings?: string; population?: string} = {}): string {
  const header = "id,domein,locatie,leeftijd,q1,q2,enps,trots,opm";
  const lines = respondents.map((r, i) => {
    const answered = r.answers ?? true;
    const q1 = answered ? String(1 + ((i * 7) % 5)) : "";
    const enps = answered ? String((i * 3) % 11) : "";
    const trots = answered ? ["Collega's", "Werk", "Sfeer"][i % 3] : "";
    const comment = answered ? `opmerking nummer ${i}` : "";
    return [`r${i}`, r.domein ?? "", r.locatie ?? "", r.leeftijd ?? "", q1, String(1 + (i % 5)), enps, trots, comment].join(",");
  });
  return writeBundle({
    "survey.yaml": SURVEY.replace("CROSSINGS", crossings),
    "responses.csv": [header, ...lines].join("\n") + "\n",
    ...(population ? {"population.csv": population} : {})
  });
}

/** The organisation's scores (id "organisation") or a group's. */
function scoresOf(report: Report, id: string): (Partial<ScoreSet> & Partial<GroupReport>) | undefined {
  return id === "organisation" ? report : report.groups.find((g) => g.id === id);
}

/** Whether a set's q1 score, with its n, is published. */
const q1Published = (report: Report, id: string) => {
  const q1 = scoresOf(report, id)?.questions?.find((q) => q.id === "q1");
  return q1 !== undefined && !q1.suppressed && q1.mean !== null && q1.n !== null;
};
const enpsPublished = (report: Report, id: string) => scoresOf(report, id)?.enps != null;
const topicsPublished = (report: Report, id: string) => (scoresOf(report, id)?.topics ?? []).some((t) => t.question === "trots");
const commentsPublished = (report: Report, id: string) => (scoresOf(report, id)?.comments ?? []).some((c) => c.question === "opm" && c.comments !== undefined);
const shown = (report: Report, id: string) => id === "organisation" || report.groups.find((g) => g.id === id)?.suppressed === false;

describe("the disclosure audit against the attacks of issue #9", () => {
  it("item-level withholding is protected: organisation minus two sibling domains no longer gives a shown group's withheld q1, eNPS, topics or comments", () => {
    // Alfa: 8 respondents of whom 3 answered q1, the recommendation question, the topics and a comment.
    const respondents = [...many(5, {domein: "Alfa", answers: false}), ...many(3, {domein: "Alfa"}), ...many(20, {domein: "Beta"}), ...many(25, {domein: "Gamma"})];
    const report = scoreReport(readBundle(bundleOf(respondents)));
    const sets = ["organisation", "domein=Beta", "domein=Gamma"];
    expect(shown(report, "domein=Alfa")).toBe(true);
    expect(q1Published(report, "domein=Alfa")).toBe(false);
    expect(sets.every((id) => q1Published(report, id))).toBe(false);
    expect(sets.every((id) => enpsPublished(report, id))).toBe(false);
    expect(sets.every((id) => topicsPublished(report, id))).toBe(false);
    expect(sets.every((id) => commentsPublished(report, id))).toBe(false);
    // What is still published is published whole: the organisation keeps its q1.
    expect(q1Published(report, "organisation")).toBe(true);
  });

  it("a size-suppressed group through a question its sibling was not asked: organisation q1 minus Beta q1 no longer gives Gamma's q1", () => {
    const respondents = [...many(40, {domein: "Alfa", answers: false}), ...many(41, {domein: "Beta"}), ...many(3, {domein: "Gamma"})];
    const report = scoreReport(readBundle(bundleOf(respondents)));
    expect(shown(report, "domein=Gamma")).toBe(false);
    expect(q1Published(report, "organisation") && q1Published(report, "domein=Beta")).toBe(false);
    expect(enpsPublished(report, "organisation") && enpsPublished(report, "domein=Beta")).toBe(false);
  });

  it("crossings: the table is audited whole, so D1 − D1×A2 − (A3 − D2×A3 − D3×A3) no longer gives D1×A1", () => {
    const sizes: [string, string, number][] = [
      ["D1", "A1", 3],
      ["D1", "A2", 10],
      ["D1", "A3", 6],
      ["D2", "A1", 20],
      ["D2", "A2", 10],
      ["D2", "A3", 10],
      ["D3", "A1", 30],
      ["D3", "A2", 10],
      ["D3", "A3", 10]
    ];
    const respondents = sizes.flatMap(([domein, leeftijd, n]) => many(n, {domein, leeftijd}));
    const report = scoreReport(readBundle(bundleOf(respondents, {crossings: "crossings: [[domein, leeftijd]]"})));
    const cell = (d: string, a: string) => `domein=${d}&leeftijd=${a}`;
    expect(shown(report, cell("D1", "A1"))).toBe(false);
    const needed = ["domein=D1", cell("D1", "A2"), "leeftijd=A3", cell("D2", "A3"), cell("D3", "A3")];
    expect(needed.every((id) => shown(report, id))).toBe(false);
    expect(needed.every((id) => q1Published(report, id))).toBe(false);
  });

  it("two grouping variables: location Den Haag minus domain Alfa no longer gives suppressed Gamma", () => {
    const respondents = [
      ...many(41, {domein: "Alfa", locatie: "Den Haag"}),
      ...many(3, {domein: "Gamma", locatie: "Den Haag"}),
      ...many(50, {domein: "Beta", locatie: "Utrecht"}),
      ...many(3, {domein: "Delta", locatie: "Utrecht"})
    ];
    const report = scoreReport(readBundle(bundleOf(respondents)));
    expect(shown(report, "domein=Gamma")).toBe(false);
    expect(shown(report, "locatie=Den Haag") && shown(report, "domein=Alfa")).toBe(false);
    expect(q1Published(report, "locatie=Den Haag") && q1Published(report, "domein=Alfa")).toBe(false);
  });

  it("suppressed groups carry no number at all: no invited headcount, no n, no reason, in the model and in groups.json", () => {
    const respondents = [...many(20, {domein: "Alfa"}), ...many(20, {domein: "Beta"}), ...many(3, {domein: "Gamma"}), ...many(3, {domein: "Delta"})];
    const population = "domein,invited\n,70\nAlfa,25\nBeta,25\nGamma,10\nDelta,10\n";
    const report = scoreReport(readBundle(bundleOf(respondents, {population})));
    const hidden = report.groups.filter((g) => g.suppressed);
    expect(hidden.map((g) => g.id)).toEqual(["domein=Gamma", "domein=Delta"]);
    for (const g of hidden) expect(g).toEqual({id: g.id, variable: g.variable, value: g.value, parent: null, n: null, invited: null, responseRate: null, suppressed: true});
    for (const g of groupsView(report).groups.filter((g) => g.suppressed)) {
      expect(Object.keys(g)).not.toContain("suppression");
      expect([g.n, g.invited, g.responseRate, g.slug]).toEqual([null, null, null, null]);
    }
    // Shown groups keep their headcount.
    expect(report.groups.find((g) => g.id === "domein=Alfa")!.invited).toBe(25);
  });
});

describe("both engines make the same disclosure decisions", () => {
  const cases: [string, () => string][] = [
    ["item-level withholding", () => bundleOf([...many(5, {domein: "Alfa", answers: false}), ...many(3, {domein: "Alfa"}), ...many(20, {domein: "Beta"}), ...many(25, {domein: "Gamma"})])],
    ["a sibling not asked the question", () => bundleOf([...many(40, {domein: "Alfa", answers: false}), ...many(41, {domein: "Beta"}), ...many(3, {domein: "Gamma"})])],
    [
      "two grouping variables and a crossing",
      () =>
        bundleOf(
          [
            ...many(41, {domein: "Alfa", locatie: "Den Haag", leeftijd: "A1"}),
            ...many(3, {domein: "Gamma", locatie: "Den Haag", leeftijd: "A2"}),
            ...many(50, {domein: "Beta", locatie: "Utrecht", leeftijd: "A2"}),
            ...many(3, {domein: "Delta", locatie: "Utrecht", leeftijd: "A1", answers: false})
          ],
          {crossings: "crossings: [[domein, leeftijd]]"}
        )
    ]
  ];
  for (const [name, make] of cases) {
    it(`readBundleInDatabase gives readBundle's report model: ${name}`, async () => {
      const dir = make();
      const fallbacks: string[] = [];
      const db = await readBundleInDatabase(dir, {onFallback: (reason) => fallbacks.push(reason)});
      expect(fallbacks).toEqual([]);
      const js = scoreReport(readBundle(dir));
      expect(js.groups.some((g) => g.suppressed || g.questions!.some((q) => q.suppressed))).toBe(true);
      expect(JSON.stringify(scoreReport(db))).toBe(JSON.stringify(js));
    });
  }
});
