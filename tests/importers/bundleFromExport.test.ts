import {describe, expect, it} from "vitest";
import YAML from "yaml";
import {bundleFromExport} from "../../importers/bundleFromExport.ts";
import type {ImportedExport, ImportedVariable} from "../../importers/ImportedExport.ts";

/** A small export in the shared model: variables, and rows as arrays of values. */
function exported(variables: ImportedVariable[], rows: (string | string[])[][], extra: Partial<ImportedExport> = {}): ImportedExport {
  return {file: "export.csv", format: "qualtrics", unit: "line", variables, rows: rows.map((values, i) => ({at: i + 2, values})), ...extra};
}

const v = (name: string, extra: Partial<ImportedVariable> = {}, column = 1): ImportedVariable => ({name, text: name, column, ...extra});
const AGREE = [
  {code: "1", label: "Strongly disagree"},
  {code: "2", label: "Disagree"},
  {code: "3", label: "Neutral"},
  {code: "4", label: "Agree"},
  {code: "5", label: "Strongly agree"}
];

describe("bundleFromExport", () => {
  it("bundleFromExport(a numeric department with value labels) writes the labels as group values", () => {
    const {survey, responses} = bundleFromExport(
      exported(
        [v("id"), v("department", {options: [{code: "1", label: "Finance"}, {code: "2", label: "IT"}], strict: true}, 2), v("q1", {text: "My work inspires me", options: AGREE, strict: true}, 3)],
        [["7", "1", "4"], ["8", "2", "5"], ["9", "2", "3"]],
        {format: "sav", unit: "record"}
      )
    );
    expect(responses).toBe("id,department,q1\n7,Finance,4\n8,IT,5\n9,IT,3\n");
    expect(YAML.parse(survey).groups).toEqual([{id: "department", name: "department"}]);
    expect(YAML.parse(survey).language).toBe("en");
  });

  it("bundleFromExport(SPSS strings) takes a filled one with few values as a grouping variable, a sparse one as text", () => {
    const rows = Array.from({length: 10}, (_, i) => [String(i + 1), ["Noord", "Zuid"][i % 2], i < 4 ? "nee" : "", String(1 + (i % 5))]);
    const {survey} = bundleFromExport(
      exported([v("id"), v("regio_code", {isString: true}, 2), v("toelichting", {isString: true}, 3), v("q1", {options: AGREE, strict: true}, 4)], rows, {format: "sav", unit: "record"})
    );
    const parsed = YAML.parse(survey);
    expect(parsed.groups).toEqual([{id: "regio_code", name: "regio_code"}]);
    expect(parsed.questions.map((q: {id: string; scale: string}) => [q.id, q.scale])).toEqual([["toelichting", "text"], ["q1", "agree5"]]);
  });

  it("bundleFromExport(columns without a header) drops an empty one and names one with answers by its position", () => {
    const {survey, responses} = bundleFromExport(exported([v("id"), v("", {}, 2), v("", {}, 3)], [["1", "", "Fine"], ["2", "", "Good"]]));
    expect(responses).toBe("id,q1\n1,Fine\n2,Good\n");
    expect(YAML.parse(survey).questions).toEqual([{id: "q1", text: "column 3", scale: "text"}]);
  });

  it("bundleFromExport(no id column) numbers the respondents and says so", () => {
    const {survey, responses} = bundleFromExport(exported([v("Q1", {text: "My work inspires me"})], [["Agree"], ["Disagree"], ["Agree"]]));
    expect(responses).toBe("id,Q1\n1,Agree\n2,Disagree\n3,Agree\n");
    expect(survey).toContain("The export has no respondent id column");
  });

  it("bundleFromExport(team within department) makes the department the team's parent", () => {
    const rows = [["1", "A", "A1", "Agree"], ["2", "A", "A2", "Agree"], ["3", "B", "B1", "Disagree"], ["4", "B", "B1", "Agree"], ["5", "A", "A1", "Agree"]];
    const {survey} = bundleFromExport(exported([v("ResponseId"), v("Department", {}, 2), v("Team", {}, 3), v("Q1", {}, 4)], rows));
    expect(YAML.parse(survey).groups).toEqual([{id: "Department", name: "Department"}, {id: "Team", name: "Team", parent: "Department"}]);
  });

  it("bundleFromExport(a team given without its department) sets no parent", () => {
    const rows = [["1", "A", "A1", "Agree"], ["2", "", "A2", "Agree"], ["3", "B", "B1", "Disagree"], ["4", "B", "B1", "Agree"]];
    const {survey} = bundleFromExport(exported([v("ResponseId"), v("Department", {}, 2), v("Team", {}, 3), v("Q1", {}, 4)], rows));
    expect(YAML.parse(survey).groups).toEqual([{id: "Department", name: "Department"}, {id: "Team", name: "Team"}]);
  });

  it("bundleFromExport(one answer in several spellings) lists it once and writes its first spelling", () => {
    const rows = [["1", "Ja", "Colleagues,Teamwork"], ["2", "ja ", "colleagues"], ["3", "Nee", "Teamwork,COLLEAGUES"], ["4", "JA", "Teamwork"]];
    const {survey, responses} = bundleFromExport(exported([v("id"), v("Q1", {}, 2), v("Q2", {}, 3)], rows, {multiSeparator: ","}));
    const parsed = YAML.parse(survey);
    expect(parsed.scales.Q1.options).toEqual(["Ja", "Nee"]);
    expect(parsed.scales.Q2.options).toEqual(["Colleagues", "Teamwork"]);
    expect(responses).toBe("id,Q1,Q2\n1,Ja,Colleagues;Teamwork\n2,Ja,Colleagues\n3,Nee,Teamwork;Colleagues\n4,Ja,Teamwork\n");
  });

  it("bundleFromExport(a question answered only 'n.v.t.') keeps it as the choice's one option", () => {
    const {survey, responses} = bundleFromExport(exported([v("id"), v("Q1", {}, 2)], [["1", "n.v.t."], ["2", "n.v.t."], ["3", "n.v.t."]]));
    expect(YAML.parse(survey).scales.Q1).toEqual({type: "choice", options: ["n.v.t."]});
    expect(responses).toBe("id,Q1\n1,n.v.t.\n2,n.v.t.\n3,n.v.t.\n");
  });

  it("bundleFromExport(rows without answers) sets them aside and counts them", () => {
    const {accounting, responses} = bundleFromExport(exported([v("id"), v("Q1", {}, 2), v("Q2", {kind: "text"}, 3)], [["1", "Agree", ""], ["2", "", ""], ["3", "", "Nice"]]));
    expect(accounting).toEqual({file: "export.csv", unit: "line", read: 3, written: 2, setAside: 1, reasons: {"no answers": 1}});
    expect(responses).toBe("id,Q1,Q2\n1,Agree,\n3,,Nice\n");
  });

  it("bundleFromExport(a value outside the labels, an empty id) lists every defect with its line and column", () => {
    const run = () =>
      bundleFromExport(exported([v("id"), v("q1", {options: AGREE, strict: true, missing: ["9"]}, 2)], [["1", "6"], ["", "4"], ["3", "9"]]));
    expect(run).toThrow(/export\.csv:2:2 \(column "q1"\): the answer "6" has no value label[^]*export\.csv:3:1 \(column "id"\): the respondent id is empty/);
  });

  it("bundleFromExport(only metadata and personal data) fails: there is nothing to score", () => {
    expect(() => bundleFromExport(exported([v("ResponseId"), v("RecipientEmail", {}, 2)], [["R_1", "a@b.nl"]]))).toThrow("the export has no question columns");
  });

  it("bundleFromExport(questions nobody answered) fails as a defect of the export: no respondent answered", () => {
    expect(() => bundleFromExport(exported([v("id"), v("Q1", {}, 2)], [["1", ""], ["2", " "]]))).toThrow("no respondent answered a question (2 lines read, none with an answer)");
  });

  it("bundleFromExport(an open question with commas) keeps it text; chosen options separated by commas become multi", () => {
    const rows = [
      ["1", "Colleagues,Teamwork", "Fewer meetings, more focus"],
      ["2", "Colleagues", "Better coffee, and chairs"],
      ["3", "Teamwork,Colleagues", ""]
    ];
    const {survey, responses} = bundleFromExport(exported([v("id"), v("Q5", {}, 2), v("Q6", {}, 3)], rows, {multiSeparator: ","}));
    const parsed = YAML.parse(survey);
    expect(parsed.scales.Q5).toEqual({type: "multi", options: ["Colleagues", "Teamwork"]});
    expect(parsed.questions.find((q: {id: string}) => q.id === "Q6").scale).toBe("text");
    expect(responses.split("\n")[1]).toBe('1,Colleagues;Teamwork,"Fewer meetings, more focus"');
  });

  it("bundleFromExport(statements of one matrix, one about workload) suggests a module and reverse", () => {
    const rows = [["1", "Agree", "Disagree"], ["2", "Disagree", "Agree"], ["3", "Agree", "Agree"]];
    const {survey} = bundleFromExport(exported([v("id"), v("Q1_1", {text: "About your work - I like my work"}, 2), v("Q1_2", {text: "About your work - I have too much work"}, 3)], rows));
    const comments = survey.replace(/\n# /g, " ");
    expect(comments).toContain('perhaps one module: Q1_1, Q1_2 ("About your work")');
    expect(comments).toContain("These read as negative: Q1_2.");
  });
});
