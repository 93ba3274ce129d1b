import {describe, expect, it} from "vitest";
import {BundleError, scoreBundle} from "../../scoring/index.ts";
import {judge} from "../../scoring/norm.ts";
import {writeBundle} from "../helpers/bundle.ts";

/** A client-satisfaction survey with one grade question and services as groups. */
function surveyYaml({settings = "", groups = "  - {id: dienst, name: Dienst}"} = {}): string {
  return `title: Tevredenheidsonderzoek
organisation: Re-integratiebureau
period: {start: 2020-01-01, end: 2020-12-31}
scales:
  cijfer: {type: grade, decimals: 1}
groups:
${groups}
questions:
  - {id: cijfer, text: Welk rapportcijfer geeft u?, scale: cijfer}
settings:
  minGroupSize: 3
  norm: {question: cijfer, variable: dienst, total: 6.5, group: 5.5}
${settings}`;
}

/** responses.csv with one row per grade, services in the order given. */
function responses(grades: Record<string, (number | string)[]>): string {
  let id = 0;
  const rows = Object.entries(grades).flatMap(([dienst, list]) => list.map((g) => `${++id},${dienst},${g}`));
  return ["id,dienst,cijfer", ...rows].join("\n") + "\n";
}

const score = (files: Record<string, string>) => scoreBundle(writeBundle(files));

describe("judge", () => {
  it("judge({mean: 6.5}, 6.5) passes by the mean at exactly the norm", () => {
    expect(judge({mean: 6.5, robustMean: 6.5}, 6.5)).toEqual({pass: true, passedBy: "mean"});
  });

  it("judge({mean just below}, 6.5) falls back to the robust mean, and fails when both fall short", () => {
    expect(judge({mean: 6.49, robustMean: 6.5}, 6.5)).toEqual({pass: true, passedBy: "robust"});
    expect(judge({mean: 6.49, robustMean: 6.49}, 6.5)).toEqual({pass: false, passedBy: null});
  });

  it("judge({mean: null}) judges nothing", () => {
    expect(judge({mean: null, robustMean: null}, 6.5)).toEqual({pass: null, passedBy: null});
  });
});

describe("norm in scoreReport", () => {
  it("passes a total of exactly 6.5 by the mean (grades 6 and 7)", async () => {
    const report = await score({"survey.yaml": surveyYaml(), "responses.csv": responses({A: [6, 7, 6, 7], B: [7, 6, 6, 7]})});
    expect(report.norm!.total).toMatchObject({n: 8, mean: 6.5, pass: true, passedBy: "mean", published: true, few: true});
    expect(report.norm!.groups.map((g) => [g.value, g.mean, g.passedBy])).toEqual([
      ["A", 6.5, "mean"],
      ["B", 6.5, "mean"]
    ]);
    expect(report.norm!.pass).toBe(true);
  });

  it("passes a mean that falls short by the robust mean (every failing grade counted as 5)", async () => {
    // A: mean (1 + 1 + 8 + 8) / 4 = 4.5 < 5.5, robust (5 + 5 + 8 + 8) / 4 = 6.5; total mean 6.25 < 6.5, robust 7.25.
    const report = await score({"survey.yaml": surveyYaml(), "responses.csv": responses({A: [1, 1, 8, 8], B: [8, 8, 8, 8]})});
    const [a] = report.norm!.groups;
    expect(a).toMatchObject({value: "A", mean: 4.5, robustMean: 6.5, pass: true, passedBy: "robust"});
    expect(report.norm!.total).toMatchObject({mean: 6.25, robustMean: 7.25, pass: true, passedBy: "robust"});
    expect(report.norm!.pass).toBe(true);
  });

  it("fails a service whose mean and robust mean both fall short, and with it the norm", async () => {
    const report = await score({"survey.yaml": surveyYaml(), "responses.csv": responses({A: [1, 2, 5, 5], B: [9, 9, 9, 9, 9, 9]})});
    expect(report.norm!.groups[0]).toMatchObject({value: "A", mean: 3.25, robustMean: 5, pass: false, passedBy: null});
    expect(report.norm!.total.pass).toBe(true);
    expect(report.norm!.pass).toBe(false);
  });

  it("reads grades with a decimal, written with a point or a comma", async () => {
    const report = await score({"survey.yaml": surveyYaml(), "responses.csv": responses({A: ["7.5", '"7,5"', 8], B: [6, 6, 6]})});
    expect(report.norm!.groups[0].mean).toBeCloseTo(23 / 3, 12);
  });

  it("publishes a grade only with enough completed questionnaires and response (settings.publication)", async () => {
    const report = await score({
      "survey.yaml": surveyYaml({settings: "  publication: {minCompleted: 4, minRate: 0.3}"}),
      "responses.csv": responses({A: [8, 8, 8, 8], B: [7, 7, 7], C: [7, 7, 7, 7]}),
      "population.csv": "dienst,invited\nA,10\nB,5\nC,20\n"
    });
    expect(report.norm!.groups.map((g) => [g.value, g.n, g.responseRate, g.published])).toEqual([
      ["A", 4, 0.4, true],
      ["B", 3, 0.6, false], // too few completed
      ["C", 4, 0.2, false] // too low a response rate
    ]);
    expect(report.norm!.total).toMatchObject({invited: 35, n: 11, published: true});
  });

  it("gives a suppressed service no number, and hides a sibling so the total cannot reveal it", async () => {
    const report = await score({"survey.yaml": surveyYaml(), "responses.csv": responses({A: [2, 3], B: [8, 8, 8, 8], C: [7, 7, 7, 7, 7]})});
    const [a, b, c] = report.norm!.groups;
    expect(a).toEqual({id: "dienst=A", value: "A", suppressed: true, invited: null, n: null, responseRate: null, mean: null, ci: null, robustMean: null, pass: null, passedBy: null, published: false, few: false});
    expect(b).toMatchObject({suppressed: true, n: null, mean: null});
    expect(c).toMatchObject({suppressed: false, n: 5, mean: 7});
    // Judged on what is shown; the total still counts every grade.
    expect(report.norm!.total).toMatchObject({n: 11, pass: true});
    expect(report.norm!.pass).toBe(true);
  });

  it("checks the norm within one population and lists every population (clients, commissioners)", async () => {
    const yaml = surveyYaml({groups: "  - {id: populatie, name: Populatie}\n  - {id: dienst, name: Dienst, parent: populatie}"}).replace("group: 5.5}", "group: 5.5, within: Cliënten}");
    const csv = ["id,populatie,dienst,cijfer", ...[7, 7, 8, 8].map((g, i) => `c${i},Cliënten,A,${g}`), ...[6, 6, 6].map((g, i) => `d${i},Cliënten,B,${g}`), ...["7.5", 8, 9].map((g, i) => `o${i},Opdrachtgevers,,${g}`)].join("\n");
    const report = await score({"survey.yaml": yaml, "responses.csv": csv + "\n"});
    const result = report.norm!;
    expect(result.within).toBe("Cliënten");
    expect(result.total).toMatchObject({n: 7, mean: 48 / 7});
    expect(result.groups.map((g) => g.value)).toEqual(["A", "B"]);
    expect(result.populations.map((p) => [p.value, p.n, p.mean])).toEqual([
      ["Cliënten", 7, 48 / 7],
      ["Opdrachtgevers", 3, 24.5 / 3]
    ]);
  });

  it("checks nothing when within names a population no one belongs to", async () => {
    const yaml = surveyYaml({groups: "  - {id: populatie, name: Populatie}\n  - {id: dienst, name: Dienst, parent: populatie}"}).replace("group: 5.5}", "group: 5.5, within: Clienten}");
    const csv = ["id,populatie,dienst,cijfer", ...[7, 7, 8, 8].map((g, i) => `c${i},Cliënten,A,${g}`)].join("\n");
    const result = (await score({"survey.yaml": yaml, "responses.csv": csv + "\n"})).norm!;
    expect([result.groups, result.populations, result.total.mean, result.pass]).toEqual([[], [], null, null]);
  });

  it("is null without settings.norm", async () => {
    const report = await score({"survey.yaml": surveyYaml().replace(/ {2}norm: .*\n/, ""), "responses.csv": responses({A: [8, 8, 8]})});
    expect(report.norm).toBeNull();
  });

  it("refuses a norm on a question that is not a grade, naming survey.yaml's line", async () => {
    const yaml = surveyYaml().replace("scale: cijfer}", "scale: cijfer}\n  - {id: tekst, text: Toelichting, scale: open}").replace("cijfer: {type: grade, decimals: 1}", "cijfer: {type: grade, decimals: 1}\n  open: {type: text}").replace("question: cijfer,", "question: tekst,");
    const error = await score({"survey.yaml": yaml, "responses.csv": "id,dienst,cijfer,tekst\n1,A,8,x\n"}).catch((e) => e);
    expect(error).toBeInstanceOf(BundleError);
    expect((error as BundleError).issues[0]).toMatchObject({file: "survey.yaml", line: 14, message: expect.stringContaining("needs a grade scale")});
  });
});
