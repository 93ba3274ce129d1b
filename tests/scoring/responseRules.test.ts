import {describe, expect, test} from "vitest";
import {readSurvey} from "../../bundle/readSurvey.ts";
import {choiceParts, EMPTY_ROW, headerIssues, NO_ANSWERS, numberBounds, requiredColumns, setAsideReason, TOO_FEW_ANSWERS} from "../../bundle/responseRules.ts";
import type {Scale} from "../../bundle/surveySchema.ts";
import {SURVEY_YAML} from "../helpers/bundle.ts";

const {survey} = readSurvey(SURVEY_YAML.replace("settings:", "weight: gewicht\nignore: [tijdstip]\nsettings:"), "survey.yaml").definition!;

describe("responseRules", () => {
  test("requiredColumns(survey) lists id, the grouping variables, the weight and the questions, in that order", () => {
    expect(requiredColumns(survey)).toEqual(["id", "afdeling", "team", "gewicht", "bev1", "bev2", "wd1", "enps", "trots", "toelichting"]);
  });

  test("headerIssues(header, survey, file) accepts the required columns, an ignored one and a column without a name", () => {
    const {issues, columnOf} = headerIssues(["tijdstip", ...requiredColumns(survey), ""], survey, "responses.csv");
    expect(issues).toEqual([]);
    expect(columnOf.get("id")).toBe(1);
    expect(columnOf.has("")).toBe(false);
  });

  test("headerIssues(header, survey, file) reports a name twice, the missing columns and the unknown ones, in that order", () => {
    const header = ["id", "afdeling", "afdeling", "extra", "team", "gewicht", "bev1", "bev2", "wd1", "enps"];
    const {issues, columnOf} = headerIssues(header, survey, "previous/responses.csv");
    expect(issues.map(({line, column, kind, message}) => ({line, column, kind, message}))).toEqual([
      {line: 1, column: 3, kind: "duplicate-column", message: 'the column "afdeling" appears twice (also column 2)'},
      {line: 1, column: undefined, kind: "missing-column", message: 'the header lacks the columns "trots", "toelichting"'},
      {line: 1, column: 4, kind: "unknown-column", message: '"extra" is not a question, grouping variable or weight in survey.yaml'}
    ]);
    expect(issues.every((issue) => issue.file === "previous/responses.csv")).toBe(true);
    expect(columnOf.get("afdeling")).toBe(1);
  });

  test("headerIssues([], survey, file) says the file is empty, and nothing else", () => {
    expect(headerIssues([], survey, "responses.csv").issues.map((issue) => issue.message)).toEqual(["the file is empty"]);
  });

  test("setAsideReason(empty, answered, minAnswers) sets aside empty rows and rows below minAnswers", () => {
    expect(setAsideReason(true, 0, 1)).toBe(EMPTY_ROW);
    expect(setAsideReason(false, 0, 1)).toBe(NO_ANSWERS);
    expect(setAsideReason(false, 1, 2)).toBe(TOO_FEW_ANSWERS);
    expect(setAsideReason(false, 2, 2)).toBe(null);
  });

  test("choiceParts(text, separator) keeps the parts that are not blank, untrimmed", () => {
    expect(choiceParts("Collega's; ; Samenwerking;", ";")).toEqual(["Collega's", " Samenwerking"]);
    expect(choiceParts(" ", ";")).toEqual([]);
  });

  test("numberBounds(scale) is the scale's range, unbounded where not given", () => {
    expect(numberBounds({type: "number", min: 0, missing: []} as Scale)).toEqual({min: 0, max: Infinity});
    expect(numberBounds(survey.scales.eens5)).toEqual({min: -Infinity, max: Infinity});
  });
});
