import {describe, expect, it} from "vitest";
import type {Report} from "../../../scoring/types.ts";
import {summaryFacts} from "../../../site/views/summaryFacts.ts";
import {report} from "../../charts/fixtures.ts";

const brief = (facts: {item: string; against: string; difference: number; level: string}[]) => facts.map((f) => [f.item, f.against, f.difference, f.level]);

describe("summaryFacts", () => {
  const facts = summaryFacts(report);

  it("summaryFacts(report) names the three strongest and the three weakest modules, weakest first", () => {
    expect(facts.strongest).toEqual([
      {id: "veiligheid", name: "Sociale veiligheid", score: 7.62, reversed: false},
      {id: "bevlogenheid", name: "Bevlogenheid", score: 7.43, reversed: false},
      {id: "samenwerking", name: "Samenwerking", score: 7.31, reversed: false}
    ]);
    expect(facts.weakest.map((m) => [m.id, m.reversed])).toEqual([
      ["werkdruk", true],
      ["loopbaan", false],
      ["betrokkenheid", false]
    ]);
  });

  it("summaryFacts(report) lists relevant changes since the previous survey, largest first, and the significant small ones apart", () => {
    expect(brief(facts.changes)).toEqual([
      ["veiligheid", "previous", 1.52, "veryRelevant"],
      ["betrokkenheid", "previous", 0.75, "relevant"]
    ]);
    expect(facts.changes[0]).toEqual({
      kind: "module",
      item: "veiligheid",
      name: "Sociale veiligheid",
      module: "veiligheid",
      against: "previous",
      score: 7.62,
      reference: 6.1,
      difference: 1.52,
      level: "veryRelevant",
      significant: true
    });
    expect(facts.smallChanges.map((f) => f.item)).toEqual(["bevlogenheid", "werkdruk", "loopbaan", "samenwerking"]);
    expect(facts.modules).toEqual({shown: 6, comparedWithPrevious: 6});
  });

  it("summaryFacts(report) tells per benchmark the relevant differences, how many modules score higher and lower, and the largest gap", () => {
    const [average, top] = facts.benchmarks;
    expect({...average, modules: brief(average.modules), largestGap: average.largestGap?.item}).toEqual({
      benchmark: "provincies",
      name: "Benchmark Provincies",
      kind: "average",
      compared: 6,
      higher: 1,
      lower: 3,
      modules: [["loopbaan", "provincies", -1.02, "relevant"]],
      questions: [],
      largestGap: "loopbaan",
      enps: null
    });
    expect(brief(top.modules).map(([item, , , level]) => [item, level])).toEqual([
      ["samenwerking", "veryRelevant"],
      ["werkdruk", "veryRelevant"],
      ["betrokkenheid", "relevant"]
    ]);
    expect([top.compared, top.higher, top.lower, top.largestGap?.item]).toEqual([5, 0, 5, "samenwerking"]);
  });

  it("summaryFacts(report) gives the eNPS with its change and the top three proud and improve topics", () => {
    expect(facts.enps?.previous && brief([facts.enps.previous])).toEqual([["enps", "previous", 0.7301, "none"]]);
    expect(facts.enps?.n).toBe(919);
    expect(facts.proud.map((t) => t.label)).toEqual(["Collega's", "Betrokkenheid samenleving", "Hybride werken"]);
    expect(facts.improve.map((t) => [t.rank, t.label])).toEqual([
      [1, "Rolduidelijkheid"],
      [2, "Leiderschap"],
      [3, "Samenwerking"]
    ]);
  });

  it("summaryFacts(report) takes the benchmarks' response rates from their responseRate item", () => {
    const withRate: Report = {
      ...report,
      benchmarks: [{...report.benchmarks[0], items: [...report.benchmarks[0].items, {item: "responseRate", score: 0.63, n: null, sd: null}]}, report.benchmarks[1]]
    };
    expect(summaryFacts(withRate).response).toEqual({
      respondents: 919,
      invited: 1388,
      responseRate: report.responseRate,
      previous: {respondents: 865, invited: 1372, responseRate: report.previous!.responseRate},
      benchmarks: [{benchmark: "provincies", label: "Benchmark Provincies", rate: 0.63}]
    });
  });

  it("summaryFacts(report) leaves suppressed modules out of strongest and weakest", () => {
    const modules = report.modules.map((m) => (m.id === "veiligheid" || m.id === "werkdruk" ? {...m, score: null, suppressed: true} : m));
    const f = summaryFacts({...report, modules});
    expect(f.strongest.map((m) => m.id)).toEqual(["bevlogenheid", "samenwerking"]);
    expect(f.weakest.map((m) => m.id)).toEqual(["loopbaan", "betrokkenheid"]);
    expect(f.modules.shown).toBe(4);
  });

  it("summaryFacts(report) with one module names it strongest and none weakest; with none, neither", () => {
    expect(summaryFacts({...report, modules: report.modules.slice(0, 1)})).toMatchObject({strongest: [{id: "bevlogenheid"}], weakest: []});
    expect(summaryFacts({...report, modules: []})).toMatchObject({strongest: [], weakest: [], modules: {shown: 0}});
  });

  it("summaryFacts(report) without a previous survey, benchmarks, eNPS or topics has nothing to tell about them", () => {
    const bare: Report = {
      ...report,
      previous: null,
      benchmarks: [],
      enps: null,
      topics: [],
      invited: null,
      responseRate: null,
      comparisons: report.comparisons.filter((c) => c.group != null)
    };
    const f = summaryFacts(bare);
    expect({response: f.response, enps: f.enps, changes: f.changes, smallChanges: f.smallChanges, benchmarks: f.benchmarks, proud: f.proud, improve: f.improve}).toEqual({
      response: {respondents: 919, invited: null, responseRate: null, previous: null, benchmarks: []},
      enps: null,
      changes: [],
      smallChanges: [],
      benchmarks: [],
      proud: [],
      improve: []
    });
    expect(f.modules.comparedWithPrevious).toBe(0);
  });

  it("summaryFacts(report) ignores group comparisons", () => {
    const onlyGroups = {...report, comparisons: report.comparisons.filter((c) => c.group != null)};
    expect(summaryFacts(onlyGroups).changes).toEqual([]);
    expect(summaryFacts(onlyGroups).benchmarks.every((b) => b.compared === 0 && b.largestGap === null)).toBe(true);
  });
});
