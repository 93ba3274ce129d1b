import {describe, expect, it} from "vitest";
import type {GroupNode} from "../../bundle/groups.ts";
import {scoreBundle} from "../../scoring/index.ts";
import {suppressGroups} from "../../scoring/suppress.ts";
import {responsesCsv, SURVEY_YAML, writeBundle, type Row} from "../helpers/bundle.ts";

/** A group node with `n` respondents (the rows themselves do not matter to suppression). */
function node(id: string, n: number, extra: Partial<GroupNode> = {}): GroupNode {
  const [variable, value] = id.split("|").pop()!.split("=");
  return {id, variable, value, parent: null, path: [], size: n, rows: new Int32Array(n), invited: null, ...extra};
}

const suppressed = (state: Map<string, boolean>) => [...state].filter(([, s]) => s).map(([id]) => id);

describe("suppressGroups, the audit's first pass", () => {
  it("suppresses nothing when every group is large enough and they add up to the whole", () => {
    expect(suppressed(suppressGroups([node("d=A", 10), node("d=B", 12)], {total: 22, minSize: 5}))).toEqual([]);
  });

  it("suppresses a group below the minimum, and the smallest sibling when the rest would reveal it", () => {
    const nodes = [node("d=A", 3), node("d=B", 9), node("d=C", 7)];
    expect(suppressed(suppressGroups(nodes, {total: 19, minSize: 5}))).toEqual([
      "d=A",
      "d=C"
    ]);
  });

  it("keeps siblings when two hidden groups together reach the minimum", () => {
    const nodes = [node("d=A", 3), node("d=B", 3), node("d=C", 7)];
    expect(suppressed(suppressGroups(nodes, {total: 13, minSize: 5}))).toEqual([
      "d=A",
      "d=B"
    ]);
  });

  it("protects respondents without a value: the organisation minus the visible groups is them", () => {
    // 2 respondents have no department: 30 − (12 + 16) = 2 would be revealed.
    const nodes = [node("d=A", 12), node("d=B", 16)];
    expect(suppressed(suppressGroups(nodes, {total: 30, minSize: 5}))).toEqual(["d=A"]);
  });

  it("suppresses the teams of a department suppressed for its sibling's sake, since they add up to it", () => {
    const nodes = [node("d=A", 4), node("d=B", 20), node("d=C", 6), node("d=C|t=X", 6, {parent: "d=C", variable: "t"})];
    expect(suppressed(suppressGroups(nodes, {total: 30, minSize: 5}))).toEqual([
      "d=A",
      "d=C",
      "d=C|t=X"
    ]);
  });

  it("applies the rule to the rows and the columns of a crossing", () => {
    // Department × age: A×young 2 is too small; A's row then hides A×old (the rest of A), and the
    // column "young" would reveal A×young from B×young, so B×young goes too.
    const cell = (a: string, b: string, n: number) => node(`${a}&${b}`, n, {variable: "d×l", crossing: [a, b]});
    const nodes = [node("d=A", 10), node("d=B", 10), node("l=jong", 10, {variable: "l"}), node("l=oud", 10, {variable: "l"}), cell("d=A", "l=jong", 2), cell("d=A", "l=oud", 8), cell("d=B", "l=jong", 8), cell("d=B", "l=oud", 2)];
    expect(suppressed(suppressGroups(nodes, {total: 20, minSize: 5}))).toEqual([
      "d=A&l=jong",
      "d=A&l=oud",
      "d=B&l=jong",
      "d=B&l=oud"
    ]);
  });
});

describe("crossings in the report model", () => {
  it("score every combination of two variables as a group, suppressed by the same rules", async () => {
    const survey = SURVEY_YAML.replace("  - {id: team, name: Team, parent: afdeling}", "  - {id: team, name: Team, parent: afdeling}\n  - {id: leeftijd, name: Leeftijd}").replace("modules:", "crossings: [[afdeling, leeftijd]]\nmodules:");
    const rows = Array.from({length: 30}, (_, i) => ({id: `r${i}`, afdeling: i < 15 ? "A" : "B", leeftijd: i % 3 === 0 ? "jong" : "oud", bev1: "4", bev2: "3", wd1: "2", enps: "8"}));
    const csv = responsesCsv(rows as Row[]).replace("id,afdeling,team,", "id,afdeling,team,leeftijd,").replace(/\n(r\d+),([AB]),,/g, (_, id, a) => `\n${id},${a},,${rows[Number(id.slice(1))].leeftijd},`);
    const report = await scoreBundle(writeBundle({"survey.yaml": survey, "responses.csv": csv}));
    const cells = report.groups.filter((g) => g.variable === "afdeling×leeftijd");
    expect(cells.map((g) => [g.value, g.n, g.crossing])).toEqual([
      ["A × jong", 5, ["afdeling=A", "leeftijd=jong"]],
      ["A × oud", 10, ["afdeling=A", "leeftijd=oud"]],
      ["B × jong", 5, ["afdeling=B", "leeftijd=jong"]],
      ["B × oud", 10, ["afdeling=B", "leeftijd=oud"]]
    ]);
    expect(report.survey.groups.at(-1)).toEqual({id: "afdeling×leeftijd", name: "Afdeling × Leeftijd", parent: null, crossing: ["afdeling", "leeftijd"]});
    expect(report.comparisons.some((c) => c.group === "afdeling=A&leeftijd=jong" && c.against === "organisation")).toBe(true);
  });
});
