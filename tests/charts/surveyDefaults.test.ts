import {JSDOM} from "jsdom";
import {describe, expect, it} from "vitest";
import {DifferenceLegend} from "../../charts/DifferenceLegend.ts";
import {surveyDefaults} from "../../charts/surveyDefaults.ts";
import {percentPositive, report} from "./fixtures.ts";

const {document} = new JSDOM("<!doctype html>").window;

describe("surveyDefaults", () => {
  it("surveyDefaults(survey) takes the survey's language, scoring and comparison settings", () => {
    const english = {...report.survey, language: "en" as const, settings: {...report.survey.settings, comparison: {...report.survey.settings.comparison, minDifference: 0.5, enpsMinDifference: 5}}};
    expect(surveyDefaults(english)).toEqual({
      language: "en",
      scoring: "mean",
      comparison: {confidence: 0.95, minDifference: 0.5, strongDifference: 1.4, enpsMinDifference: 5, enpsStrongDifference: 14}
    });
  });

  it("surveyDefaults() without a survey is Dutch, mean, and the scoring method's thresholds", () => {
    expect(surveyDefaults(null)).toEqual({language: "nl", scoring: "mean", comparison: {confidence: 0.95, minDifference: 0.7, strongDifference: 1.4, enpsMinDifference: 7, enpsStrongDifference: 14}});
    expect(surveyDefaults(undefined, "percent-positive").comparison).toMatchObject({minDifference: 0.07, strongDifference: 0.14});
  });
});

describe("DifferenceLegend defaults from the survey", () => {
  it("DifferenceLegend({scoring: 'percent-positive'}) prints 7 and 14 pp, not 0.7 (fixed)", () => {
    expect(DifferenceLegend({document, scoring: "percent-positive"}).querySelector("p")?.textContent).toContain("minstens 7\u00a0pp (relevant) of 14\u00a0pp (zeer relevant)");
  });

  it("DifferenceLegend({survey}) takes the survey's language and thresholds; kind: 'enps' the eNPS's", () => {
    const survey = {...percentPositive().survey, language: "en" as const};
    const note = DifferenceLegend({document, survey}).querySelector("p")?.textContent;
    expect(note).toContain(`at least ${Math.round(survey.settings.comparison.minDifference * 100)}\u00a0pp (relevant)`);
    expect(DifferenceLegend({document, survey: report.survey, kind: "enps"}).querySelector("p")?.textContent).toContain("minstens 7,0 (relevant) of 14,0 (zeer relevant)");
  });
});
