import {readFileSync} from "node:fs";
import {beforeAll, describe, expect, it} from "vitest";
import {readBundle, scoreBundle, type Report} from "../../scoring/index.ts";
import {enpsTargets, moduleTargets, questionTargets, responseTargets} from "../../scripts/example/targets.ts";

/** The bundled example, scored by the engine, against the reference report's published figures. */
let report: Report;
beforeAll(async () => {
  report = await scoreBundle("data/voorbeeld");
});

describe("peiling score data/voorbeeld", () => {
  it("has the reference report's response: 919 of 1388, a previous survey of 865", () => {
    expect([report.respondents, report.invited]).toEqual([responseTargets.current.respondents, responseTargets.current.invited]);
    expect(report.previous!.respondents).toBe(responseTargets.previous.respondents);
    expect(report.accounting).toMatchObject({read: 919, accepted: 919, setAside: 0});
  });

  it("scores every question within 0.1 of the published figure", () => {
    const scores = new Map(report.questions.map((q) => [q.id, q.score]));
    const off = questionTargets.filter((t) => Math.abs(scores.get(t.id)! - t.current) > 0.1);
    expect(off).toEqual([]);
    expect(questionTargets.length).toBeGreaterThan(60);
  });

  it("scores every theme within 0.1 of the published figure, now and in the previous survey", () => {
    const now = new Map(report.modules.map((m) => [m.id, m.score]));
    const before = new Map(report.previous!.modules.map((m) => [m.id, m.score]));
    expect(moduleTargets.filter((t) => Math.abs(now.get(t.id)! - t.current) > 0.1)).toEqual([]);
    expect(moduleTargets.filter((t) => t.previous !== null && Math.abs(before.get(t.id)! - t.previous) > 0.1)).toEqual([]);
    expect(report.modules).toHaveLength(17);
  });

  it("has the published eNPS split within a percentage point", () => {
    const {current} = enpsTargets;
    expect(Math.abs(report.enps!.promoters - current.promoters!)).toBeLessThan(0.01);
    expect(Math.abs(report.enps!.passives - current.passives!)).toBeLessThan(0.01);
    expect(Math.abs(report.enps!.detractors - current.detractors!)).toBeLessThan(0.01);
    expect(Math.round(report.enps!.score)).toBe(current.score);
  });

  it("shows teams too small to report as suppressed, and compares with both benchmarks", () => {
    const bundle = readBundle("data/voorbeeld");
    const small = report.groups.filter((g) => g.suppressed && bundle.groups.find((node) => node.id === g.id)!.size < report.survey.settings.minGroupSize);
    expect(small.length).toBeGreaterThan(0);
    expect(report.groups.filter((g) => g.suppressed).length).toBeGreaterThan(small.length);
    expect(report.benchmarks.map((b) => [b.id, b.kind])).toEqual([
      ["provincies", "average"],
      ["top3", "top"]
    ]);
    const against = new Set(report.comparisons.map((c) => c.against));
    expect([...against].sort()).toEqual(["organisation", "parent", "previous", "provincies", "top3"]);
  });

  it("puts no respondent id or raw comment in the report model", () => {
    const json = JSON.stringify(report);
    const ids = readFileSync("data/voorbeeld/responses.csv", "utf8").trim().split("\n").slice(1).map((line) => line.split(",")[0]);
    expect(ids.length).toBe(919);
    expect(ids.filter((id) => json.includes(`"${id}"`))).toEqual([]);
    expect(report.comments.every((c) => c.comments === undefined)).toBe(true);
  });
});
