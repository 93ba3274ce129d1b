import {describe, expect, it} from "vitest";
import type {Distribution, GroupReport, Report, Topic} from "../../../scoring/types.ts";
import {groupPages, groupView, groupViews} from "../../../site/views/groupView.ts";
import {groupLabels, groupQuestionsView, groupsView} from "../../../site/views/groupsView.ts";
import {overviewView} from "../../../site/views/overviewView.ts";
import {choiceViews, questionsView} from "../../../site/views/questionsView.ts";
import {absentPages} from "../../../site/views/reportPages.ts";
import {siteNavigation, type PageNames} from "../../../site/siteNavigation.ts";
import {report} from "../../charts/fixtures.ts";

describe("overviewView", () => {
  const overview = overviewView(report);

  it("overviewView(report) keeps the organisation's module and eNPS comparisons only", () => {
    expect(new Set(overview.comparisons.map((c) => `${c.kind}:${c.against}:${c.group}`))).toEqual(
      new Set(["module:previous:null", "module:provincies:null", "module:top3:null", "enps:previous:null"])
    );
  });

  it("overviewView(report) carries survey, response, previous label, modules, eNPS, topics, facts and the report's pages, and no groups", () => {
    expect(Object.keys(overview).sort()).toEqual(
      ["benchmarks", "comments", "comparisons", "enps", "facts", "invited", "likertScale", "modules", "pages", "previous", "respondents", "responseBenchmarks", "responseRate", "survey", "topics"].sort()
    );
    // The fixture has no choice question: no Verdelingen.
    expect(overview.pages.map((p) => p.path)).toEqual(["/leeswijzer", "/modules", "/vragen", "/enps", "/onderwerpen", "/groepen"]);
    expect(overview.previous).toEqual({label: "Vorig onderzoek (2023)", scoresOnly: false, respondents: 865, invited: 1372, responseRate: report.previous!.responseRate});
    expect(overview.modules).toEqual(report.modules);
  });

  it("overviewView(report) gives the answer options of a likert question with their scores", () => {
    expect(overview.likertScale).toEqual([
      {label: "Helemaal mee oneens", score: 0, missing: false},
      {label: "Mee oneens", score: 2.5, missing: false},
      {label: "Niet mee eens/niet mee oneens", score: 5, missing: false},
      {label: "Mee eens", score: 7.5, missing: false},
      {label: "Helemaal mee eens", score: 10, missing: false},
      {label: "Weet niet/geen ervaring", score: null, missing: true}
    ]);
    expect(overviewView({...report, distributions: []}).likertScale).toBe(null);
  });

  it("overviewView(report) without a previous survey has previous null", () => {
    expect(overviewView({...report, previous: null}).previous).toBe(null);
  });
});

const choice = (question: string, counts: [string, number][]): Distribution => {
  const n = counts.reduce((a, [, c]) => a + c, 0);
  return {
    question,
    type: "choice",
    n,
    dontKnow: 0,
    options: counts.map(([label, count]) => ({code: label, label, count, share: count / n, missing: false, score: null}))
  };
};
const multiTopic = (question: string, option: string, count: number, of: number, rank: number): Topic => ({question, option, label: option, count, answered: of, share: count / of, rank});

const withChoices: Report = {
  ...report,
  survey: {
    ...report.survey,
    questions: [
      ...report.survey.questions,
      {id: "oordeel", text: "Ik vind mijn werkdruk", short: "Oordeel werkdruk", type: "choice", module: "werkdruk", reverse: false, topic: null, options: []},
      {id: "actie", text: "Ik zoek ander werk", short: "", type: "multi", module: null, reverse: false, topic: null, options: []}
    ]
  },
  distributions: [...report.distributions, choice("oordeel", [["Goed", 6], ["Te hoog", 4]])],
  topics: [...report.topics, multiTopic("actie", "Nee", 75, 100, 1), multiTopic("actie", "Ja", 30, 100, 2)],
  previous: {...report.previous!, distributions: [choice("oordeel", [["Goed", 5], ["Te hoog", 5]])], topics: []}
};

describe("questionsView", () => {
  const view = questionsView(withChoices);

  it("questionsView(report) lists each module's questions and likert questions in survey order", () => {
    expect(view.modules.find((m) => m.id === "werkdruk")).toEqual({
      id: "werkdruk",
      name: "Werkdruk",
      description: null,
      questions: ["werkdruk1", "werkdruk2", "oordeel"],
      likert: ["werkdruk1", "werkdruk2"],
      notCore: []
    });
  });

  it("questionsView(report) keeps the organisation's question comparisons only", () => {
    expect(view.comparisons.every((c) => c.kind === "question" && c.group == null)).toBe(true);
  });

  it("choiceViews(survey, own, references) sets choice questions against the previous survey and recovers a multi question's respondents", () => {
    expect(view.choices).toEqual([
      {
        question: "oordeel",
        type: "choice",
        text: "Ik vind mijn werkdruk",
        short: "Oordeel werkdruk",
        module: "werkdruk",
        n: 10,
        options: [
          {code: "Goed", label: "Goed", count: 6, share: 0.6},
          {code: "Te hoog", label: "Te hoog", count: 4, share: 0.4}
        ],
        references: [
          {
            id: "previous",
            label: "Vorig onderzoek (2023)",
            n: 10,
            options: [
              {code: "Goed", label: "Goed", count: 5, share: 0.5},
              {code: "Te hoog", label: "Te hoog", count: 5, share: 0.5}
            ]
          }
        ]
      },
      {
        question: "actie",
        type: "multi",
        text: "Ik zoek ander werk",
        short: "Ik zoek ander werk",
        module: null,
        n: 100,
        options: [
          {code: "Nee", label: "Nee", count: 75, share: 0.75},
          {code: "Ja", label: "Ja", count: 30, share: 0.3}
        ],
        references: []
      }
    ]);
  });

  it("choiceViews(survey, own) leaves out proud/improve topics and questions nobody answered", () => {
    expect(choiceViews(report.survey, report)).toEqual([]);
    expect(choiceViews(withChoices.survey, {distributions: [], topics: []})).toEqual([]);
  });
});

const team = (id: string, value: string, parent: string, extra: Partial<GroupReport> = {}): GroupReport => ({
  ...report.groups[0],
  id,
  variable: "team",
  value,
  parent,
  ...extra
});
const hierarchy: Report = {
  ...report,
  survey: {...report.survey, groups: [...report.survey.groups, {id: "team", name: "Team", parent: "afdeling"}]},
  groups: [
    ...report.groups,
    team("afdeling=Mobiliteit|team=Beleid", "Beleid", "afdeling=Mobiliteit"),
    team("afdeling=Bedrijfsvoering|team=Beleid", "Beleid", "afdeling=Bedrijfsvoering"),
    team("afdeling=Mobiliteit|team=Klein", "Klein", "afdeling=Mobiliteit", {n: null, suppressed: true, modules: undefined, questions: undefined, enps: undefined})
  ],
  comparisons: [
    ...report.comparisons,
    {...report.comparisons.find((c) => c.group === "afdeling=Mobiliteit" && c.kind === "module")!, group: "afdeling=Mobiliteit|team=Beleid", against: "parent", level: "relevant", difference: -0.9}
  ]
};

describe("groupsView", () => {
  const view = groupsView(hierarchy);

  it("groupsView(report) gives shown groups a slug and compact module scores, suppressed ones neither", () => {
    const directie = view.groups.find((g) => g.value === "Directie")!;
    expect(directie).toEqual({
      id: "afdeling=Directie",
      slug: null,
      variable: "afdeling",
      value: "Directie",
      label: "Directie",
      parent: null,
      n: null,
      invited: null,
      responseRate: null,
      suppressed: true
    });
    const mobiliteit = view.groups.find((g) => g.value === "Mobiliteit")!;
    expect(mobiliteit.slug).toBe("afdeling-mobiliteit");
    expect(mobiliteit.modules?.[0]).toEqual({id: "bevlogenheid", score: 7.73, suppressed: false});
    expect(mobiliteit.questions).toBeUndefined();
  });

  it("groupsView(report) keeps compact group comparisons of modules and eNPS; groupQuestionsView those of questions", () => {
    expect(view.comparisons.every((c) => c.kind !== "question" && c.group != null)).toBe(true);
    expect(Object.keys(view.comparisons[0]).sort()).toEqual(["against", "difference", "group", "item", "kind", "level"]);
    const questions = groupQuestionsView(hierarchy);
    expect(questions.comparisons.length).toBeGreaterThan(0);
    expect(questions.comparisons.every((c) => c.kind === "question")).toBe(true);
    expect(questions.groups.find((g) => g.value === "Mobiliteit")?.questions?.length).toBe(12);
  });

  it("groupLabels(groups) adds the parent's value only where a value is ambiguous", () => {
    const labels = groupLabels(hierarchy.groups);
    expect(labels.get("afdeling=Mobiliteit|team=Beleid")).toBe("Beleid (Mobiliteit)");
    expect(labels.get("afdeling=Mobiliteit|team=Klein")).toBe("Klein");
  });
});

describe("groupPages and groupViews", () => {
  it("groupPages(report) has a page for every shown group and none for suppressed ones", () => {
    const pages = groupPages(hierarchy);
    expect(pages.map((p) => p.path)).toEqual([
      "/groepen/afdeling-mobiliteit",
      "/groepen/afdeling-ruimte-en-wonen",
      "/groepen/afdeling-bedrijfsvoering",
      "/groepen/afdeling-natuur-landschap-en-landbouwontwikkeling",
      "/groepen/afdeling-mobiliteit--team-beleid",
      "/groepen/afdeling-bedrijfsvoering--team-beleid"
    ]);
    expect(pages[4]).toEqual({
      id: "afdeling=Mobiliteit|team=Beleid",
      slug: "afdeling-mobiliteit--team-beleid",
      path: "/groepen/afdeling-mobiliteit--team-beleid",
      variable: "team",
      variableName: "Team",
      value: "Beleid",
      label: "Beleid (Mobiliteit)",
      parent: "afdeling=Mobiliteit"
    });
  });

  it("groupViews(report) gives a team its parent's and the organisation's scores and names both as references", () => {
    const view = groupView(hierarchy, "afdeling-mobiliteit--team-beleid");
    expect(view.benchmarks.map((b) => [b.id, b.name])).toEqual([
      ["parent", "Afdeling Mobiliteit"],
      ["organisation", "Voorbeeldorganisatie"]
    ]);
    expect(view.parentScores).toMatchObject({id: "afdeling=Mobiliteit", label: "Afdeling Mobiliteit", path: "/groepen/afdeling-mobiliteit", n: 120});
    expect(view.organisation).toMatchObject({id: "organisation", label: "Voorbeeldorganisatie", path: null, n: 919});
    expect(view.comparisons.map((c) => [c.item, c.against])).toEqual([["bevlogenheid", "parent"]]);
    expect(view.facts.differences.map((d) => [d.item, d.against, d.level])).toEqual([["bevlogenheid", "parent", "relevant"]]);
    expect(view.children).toEqual([]);
  });

  it("groupViews(report) lists a department's teams, suppressed ones without a slug, with their comparisons against it", () => {
    const view = groupView(hierarchy, "afdeling-mobiliteit");
    expect(view.children.map((c) => [c.value, c.slug])).toEqual([
      ["Beleid", "afdeling-mobiliteit--team-beleid"],
      ["Klein", null]
    ]);
    expect(view.childComparisons).toEqual([{item: "bevlogenheid", kind: "module", against: "parent", group: "afdeling=Mobiliteit|team=Beleid", difference: -0.9, level: "relevant"}]);
    expect(view.parentScores).toBe(null);
    expect(view.benchmarks.map((b) => b.id)).toEqual(["organisation"]);
    expect(view.comparisons.length).toBeGreaterThan(0);
    expect(view.comparisons.every((c) => c.group === null)).toBe(true);
    expect(view.respondents).toBe(120);
    expect(view.facts.strongest.length).toBe(3);
  });

  it("groupView(report, slug) refuses a suppressed group's slug: it has no page", () => {
    expect(() => groupView(hierarchy, "afdeling-directie")).toThrow(/no group page "afdeling-directie"/);
    expect(groupViews(hierarchy).map((v) => v.page.slug)).not.toContain("afdeling-mobiliteit--team-klein");
  });
});

describe("siteNavigation", () => {
  const names: PageNames = {summary: "Samenvatting", guide: "Leeswijzer", modules: "Modules", questions: "Vragen per module", enps: "eNPS", topics: "Onderwerpen", distributions: "Verdelingen", groups: "Groepen", quality: "Keurmerk", agenda: "Agenda", study: "Organisaties", research: "Onderzoek"};

  it("siteNavigation(report, names) lists the report's pages, then a section per department with its own page and its teams", () => {
    const {sidebar, order, groupPaths, names: titles} = siteNavigation(hierarchy, names);
    expect(sidebar).toEqual([
      {name: "Leeswijzer", path: "/leeswijzer"},
      {name: "Modules", path: "/modules"},
      {name: "Vragen per module", path: "/vragen"},
      {name: "eNPS", path: "/enps"},
      {name: "Onderwerpen", path: "/onderwerpen"},
      {name: "Groepen", path: "/groepen"},
      {
        name: "Mobiliteit",
        collapsible: true,
        open: false,
        pages: [
          {name: "Afdeling Mobiliteit", path: "/groepen/afdeling-mobiliteit"},
          {name: "Beleid (Mobiliteit)", path: "/groepen/afdeling-mobiliteit--team-beleid"}
        ]
      },
      {name: "Ruimte en Wonen", path: "/groepen/afdeling-ruimte-en-wonen"},
      {
        name: "Bedrijfsvoering",
        collapsible: true,
        open: false,
        pages: [
          {name: "Afdeling Bedrijfsvoering", path: "/groepen/afdeling-bedrijfsvoering"},
          {name: "Beleid (Bedrijfsvoering)", path: "/groepen/afdeling-bedrijfsvoering--team-beleid"}
        ]
      },
      {name: "Natuur, Landschap en Landbouwontwikkeling", path: "/groepen/afdeling-natuur-landschap-en-landbouwontwikkeling"}
    ]);
    // The fixture has no choice question, so no Verdelingen page.
    expect(order.slice(0, 7)).toEqual(["/", "/leeswijzer", "/modules", "/vragen", "/enps", "/onderwerpen", "/groepen"]);
    expect(order.slice(7)).toEqual(groupPaths);
    expect(groupPaths).toHaveLength(6);
    expect(titles.get("/index")).toBe("Samenvatting");
    expect(titles.get("/groepen/afdeling-mobiliteit--team-beleid")).toBe("Team Beleid (Mobiliteit)");
  });

  it("siteNavigation(report, names) puts the groups of a variable without subgroups in one section named after it", () => {
    const {sidebar} = siteNavigation(report, names);
    expect(sidebar.slice(6)).toEqual([
      {
        name: "Afdeling",
        collapsible: true,
        open: false,
        pages: [
          {name: "Mobiliteit", path: "/groepen/afdeling-mobiliteit"},
          {name: "Ruimte en Wonen", path: "/groepen/afdeling-ruimte-en-wonen"},
          {name: "Bedrijfsvoering", path: "/groepen/afdeling-bedrijfsvoering"},
          {name: "Natuur, Landschap en Landbouwontwikkeling", path: "/groepen/afdeling-natuur-landschap-en-landbouwontwikkeling"}
        ]
      }
    ]);
  });

  it("siteNavigation(report, names) without groups has only the report's pages", () => {
    const nav = siteNavigation({...report, groups: []}, names);
    expect(nav.sidebar.map((p) => (p as {path: string}).path)).toEqual(["/leeswijzer", "/modules", "/vragen", "/enps", "/onderwerpen"]);
    expect(nav.groupPaths).toEqual([]);
  });

  it("siteNavigation(report, names) lists only the pages the report has something for: no modules, eNPS or topics, a norm", () => {
    const norm = {question: "cijfer", variable: "afdeling", within: null, thresholds: {total: 6.5, group: 5.5, failingGrade: 5.5}, total: {} as never, groups: [], populations: [], pass: true};
    const bare = {...report, survey: {...report.survey, modules: []}, enps: null, topics: [], comments: [], groups: [], norm};
    expect(siteNavigation(bare, names).order).toEqual(["/", "/keurmerk", "/leeswijzer"]);
    expect(absentPages(bare)).toEqual(["/agenda", "/modules", "/vragen", "/enps", "/onderwerpen", "/verdelingen", "/groepen", "/organisaties", "/onderzoek"]);
    expect(absentPages(report)).toEqual(["/agenda", "/keurmerk", "/verdelingen", "/organisaties", "/onderzoek"]);
  });
});
