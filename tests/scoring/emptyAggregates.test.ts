import {describe, expect, test} from "vitest";
import {aggregateSets, emptyAggregates, MAX_BOOTSTRAP_UNITS} from "../../scoring/aggregate.ts";
import {resolveSettings} from "../../scoring/resolveSettings.ts";
import {readBundle} from "../../scoring/index.ts";
import {responsesCsv, SURVEY_YAML, writeBundle} from "../helpers/bundle.ts";

const bundle = readBundle(
  writeBundle({
    "survey.yaml": SURVEY_YAML.replace("settings:", "weight: gewicht\nsettings:"),
    "responses.csv": responsesCsv([
      {id: "r1", afdeling: "A", team: "T1", bev1: "4", bev2: "5", wd1: "2", enps: "9", trots: "Collega's", toelichting: "Goed"},
      {id: "r2", afdeling: "A", team: "T2", bev1: "2", bev2: "", wd1: "9", enps: "3", trots: "", toelichting: ""}
    ]).replace(/^id,/, "gewicht,id,").replace(/\n(r\d)/g, "\n2,$1")
  })
);
const context = {definition: bundle.definition, table: bundle.table, settings: resolveSettings(bundle.definition.survey.settings)};

describe("emptyAggregates(context, respondents)", () => {
  test("emptyAggregates(context, 0) holds an empty entry for every question, by its kind", () => {
    const empty = emptyAggregates(context, 0);
    expect(empty.respondents).toBe(0);
    expect([...empty.tallies.keys()]).toEqual(["bev1", "bev2", "wd1", "enps"]);
    expect(empty.tallies.get("bev1")).toEqual({count: new Float64Array(6), weight: new Float64Array(6), weight2: new Float64Array(6), blank: 0});
    expect([...empty.choices.entries()]).toEqual([["trots", {answered: 0, answeredWeight: 0, count: new Float64Array(3), weight: new Float64Array(3)}]]);
    expect([...empty.texts.entries()]).toEqual([["toelichting", []]]);
    expect(empty.numbers.size).toBe(0);
    expect(empty.modules.totals).toMatchObject({units: 0, num: new Float64Array(0), den: new Float64Array(0)});
    expect(empty.modules.answered).toEqual([0, 0]);
  });

  test("emptyAggregates(context, n) has one unit per respondent, at most MAX_BOOTSTRAP_UNITS", () => {
    const {width} = emptyAggregates(context, 1).modules.totals;
    expect(width).toBeGreaterThan(0);
    expect(emptyAggregates(context, 7).modules.totals.num).toEqual(new Float64Array(7 * width));
    expect(emptyAggregates(context, 5000).modules.totals.units).toBe(MAX_BOOTSTRAP_UNITS);
  });

  test("aggregateSets gives a set without rows its empty aggregates", () => {
    const [[organisation], [none]] = aggregateSets(context, [
      {keys: ["organisation"], ofRow: new Int32Array(2)},
      {keys: ["nobody"], ofRow: new Int32Array(2).fill(-1)}
    ]);
    expect(none).toEqual(emptyAggregates(context, 0));
    expect(organisation.respondents).toBe(2);
    expect(organisation.tallies.get("bev1")!.weight[3]).toBe(2);
  });
});
