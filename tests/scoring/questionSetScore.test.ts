import {describe, expect, it} from "vitest";
import {readBundle} from "../../scoring/index.ts";
import {aggregateInMemory} from "../../scoring/aggregate.ts";
import {designOf} from "../../scoring/estimate.ts";
import {moduleScores} from "../../scoring/moduleScores.ts";
import {tCritical} from "../../scoring/probability.ts";
import {questionScores} from "../../scoring/questionScores.ts";
import {questionSetScore} from "../../scoring/questionSetScore.ts";
import {resolveSettings} from "../../scoring/resolveSettings.ts";
import type {RespondentSet, ScoringContext} from "../../scoring/ScoringContext.ts";
import {responsesCsv, SURVEY_YAML, writeBundle, type Row} from "../helpers/bundle.ts";

/** 30 respondents with answers that differ per question, a few "don't know" (9) and blanks; 45 invited. */
const rows: Row[] = Array.from({length: 30}, (_, i) => ({
  id: `r${i}`,
  afdeling: i < 15 ? "A" : "B",
  bev1: i % 7 === 0 ? "9" : String(1 + (i % 5)),
  bev2: i % 9 === 0 ? "" : String(1 + ((i * 3) % 5)),
  wd1: String(1 + ((i * 2) % 5)),
  enps: String(i % 11)
}));

function organisation() {
  const bundle = readBundle(writeBundle({"survey.yaml": SURVEY_YAML, "responses.csv": responsesCsv(rows), "population.csv": "afdeling,team,invited\n,,45\n"}));
  const context: ScoringContext = {definition: bundle.definition, table: bundle.table, settings: resolveSettings(bundle.definition.survey.settings)};
  const {organisation: aggregates} = aggregateInMemory(context, []);
  const set: RespondentSet = {key: "organisation", invited: 45, design: designOf(30, 45), withheld: new Set()};
  return {context, set, aggregates, questions: questionScores(context, set, aggregates)};
}

describe("questionSetScore", () => {
  it("questionSetScore(…, a module's core questions) is that module's score, standard error and interval", () => {
    const {context, set, aggregates, questions} = organisation();
    const module = moduleScores(context, set, questions, aggregates.modules, aggregates.respondents).find((m) => m.id === "bevlogenheid")!;
    const own = questionSetScore(context, set, aggregates, questions, ["bev1", "bev2"])!;
    expect(own.score).toBeCloseTo(module.score!, 12);
    expect(own.se).toBeCloseTo(module.se!, 12);
    expect(own.ci![0]).toBeCloseTo(module.ci![0], 12);
  });

  it("questionSetScore(…, questions of two modules) has the linearised standard error of the mean of their means, recomputed from the rows", () => {
    const {context, set, aggregates, questions} = organisation();
    const own = questionSetScore(context, set, aggregates, questions, ["bev1", "wd1"])!;
    // Scores as the survey gives them: 1..5 → 0, 2.5, …, 10; wd1 reversed; 9 and blanks missing.
    const value = (row: Row, id: "bev1" | "wd1") => {
      const code = Number(row[id]);
      if (!(code >= 1 && code <= 5)) return null;
      const score = (code - 1) * 2.5;
      return id === "wd1" ? 10 - score : score;
    };
    const means = (["bev1", "wd1"] as const).map((id) => {
      const xs = rows.map((r) => value(r, id)).filter((x): x is number => x !== null);
      return {id, mean: xs.reduce((a, b) => a + b, 0) / xs.length, count: xs.length};
    });
    const psi = rows.map((r) => means.reduce((sum, {id, mean, count}) => (value(r, id) === null ? sum : sum + (value(r, id)! - mean) / count), 0) / 2);
    const n = rows.length;
    const se = Math.sqrt((1 - n / 45) * (n / (n - 1)) * psi.reduce((a, b) => a + b * b, 0));
    expect(own.score).toBeCloseTo((means[0].mean + means[1].mean) / 2, 12);
    expect(own.se).toBeCloseTo(se, 12);
    expect(own.ci![1] - own.score).toBeCloseTo(tCritical(0.95, n - 1) * se, 12);
  });

  it("questionSetScore(…) is null for a question that is no module's core question, or one without a score", () => {
    const {context, set, aggregates, questions} = organisation();
    expect(questionSetScore(context, set, aggregates, questions, ["bev1", "enps"])).toBeNull();
    expect(questionSetScore(context, {...set}, aggregates, questions.map((q) => (q.id === "bev2" ? {...q, score: null} : q)), ["bev1", "bev2"])).toBeNull();
    expect(questionSetScore(context, set, aggregates, questions, [])).toBeNull();
  });
});
