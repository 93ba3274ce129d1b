import {describe, expect, it} from "vitest";
import {coreQuestions} from "../../scoring/moduleScores.ts";
import type {Survey} from "../../bundle/surveySchema.ts";

describe("coreQuestions", () => {
  const survey = {
    scales: {eens: {type: "likert"}, keuze: {type: "choice"}},
    questions: [
      {id: "b2", module: "bev", scale: "eens"},
      {id: "b1", module: "bev", scale: "eens"},
      {id: "k1", module: "bev", scale: "keuze"},
      {id: "w1", module: "wd", scale: "eens"}
    ],
    modules: [{id: "bev", name: "Bevlogenheid"}, {id: "wd", name: "Werkdruk", core: ["w1"]}]
  } as unknown as Survey;
  const context = {definition: {survey}} as Parameters<typeof coreQuestions>[0];

  it("coreQuestions(context, module) without a core list is the module's scored questions in survey order", () => {
    expect(coreQuestions(context, survey.modules[0])).toEqual(["b2", "b1"]);
    expect(coreQuestions(context, survey.modules[1])).toEqual(["w1"]);
  });

  it("coreQuestions gives every caller an array of its own, so sorting one changes no other", () => {
    coreQuestions(context, survey.modules[0]).sort();
    expect(coreQuestions(context, survey.modules[0])).toEqual(["b2", "b1"]);
    expect(coreQuestions(context, survey.modules[0])).not.toBe(coreQuestions(context, survey.modules[0]));
    // A declared core as well: the survey's own list is never handed out.
    expect(coreQuestions(context, survey.modules[1])).not.toBe(survey.modules[1].core);
  });
});
