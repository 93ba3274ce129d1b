import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import YAML from "yaml";
import {surveySchema} from "../../bundle/surveySchema.ts";
import {surveyJsonSchema} from "../../scripts/schema.ts";

/** The minimal survey.yaml of the contract, read from the contract itself (../shared/spec/bundle.md). */
const contract = readFileSync(new URL("../../../shared/spec/bundle.md", import.meta.url), "utf8");
const contractExample = /```yaml\n([\s\S]*?)```/.exec(contract)![1];

describe("surveySchema", () => {
  it("accepts the contract's minimal survey.yaml as is, and fills in the defaults", () => {
    const survey = surveySchema.parse(YAML.parse(contractExample));
    expect(survey.settings).toEqual({
      minGroupSize: 5,
      minCommentGroupSize: 10,
      scoring: "mean",
      moduleScore: "mean-of-questions",
      comparison: {confidence: 0.95, minDifference: 0.7, strongDifference: 1.4, enpsMinDifference: 7, enpsStrongDifference: 14, multipleTesting: "benjamini-hochberg"},
      interval: {module: "linearization", replicates: 5000, seed: 1, finitePopulation: true},
      failingGrade: 5.5,
      publishComments: false,
      topWords: 10,
      minAnswers: 1
    });
    expect(survey.questions.find((q) => q.id === "wd1")!.reverse).toBe(true);
  });

  it("rejects unknown keys, so a misspelt setting is not silently ignored", () => {
    const result = surveySchema.safeParse({...YAML.parse(contractExample), settings: {minGroupSise: 3}});
    expect(result.success).toBe(false);
  });

  it("is published as the JSON Schema in docs/survey.schema.json, kept current", () => {
    expect(readFileSync("docs/survey.schema.json", "utf8")).toBe(surveyJsonSchema());
  });
});
