import {beforeAll, describe, expect, it} from "vitest";
import {scoreBundle} from "../../../scoring/index.ts";
import {EXAMPLE_BUNDLE} from "../../../site/reportSource.ts";
import type {Report} from "../../../scoring/types.ts";
import {trendsView} from "../../../site/views/trendsView.ts";

describe("trendsView", () => {
  let report: Report;
  beforeAll(async () => {
    report = await scoreBundle(EXAMPLE_BUNDLE);
  });

  it("trendsView(example) labels the waves 2021, 2023 and 2025 and keeps each point's score, n, interval and change, under 350 KB", () => {
    const view = trendsView(report);
    expect(view.waves).toEqual([{wave: "2021", label: "2021"}, {wave: "2023", label: "2023"}, {wave: "current", label: "2025"}]);
    expect(JSON.stringify(view).length / 1024).toBeLessThan(350);
    const model = report.trends!.find((t) => t.kind === "module" && t.item === "werkdruk" && t.groupId === null)!;
    const line = view.trends.find((t) => t.kind === "module" && t.item === "werkdruk" && t.groupId === null)!;
    line.points.forEach((p, i) => {
      expect(p.score).toBeCloseTo(model.points[i].score!, 4);
      expect(p.n).toBe(model.points[i].n);
      expect(p.change?.level ?? null).toBe(model.points[i].change?.level ?? null);
    });
    expect(line.linear!.slope).toBeCloseTo(model.linear!.slope, 4);
  });

  it("trendsView(example) holds the organisation's question trends but no group's, and no suppressed group", () => {
    const view = trendsView(report);
    expect(view.trends.some((t) => t.kind === "question" && t.groupId === null)).toBe(true);
    expect(view.trends.some((t) => t.kind === "question" && t.groupId !== null)).toBe(false);
    const suppressed = new Set(report.groups.filter((g) => g.suppressed).map((g) => g.id));
    expect(view.trends.some((t) => t.groupId !== null && suppressed.has(t.groupId))).toBe(false);
    expect(view.trends.find((t) => t.item === "lei6")!.wordingChanged).toEqual(["2021"]);
    // bet3 was first asked in 2025: Betrokkenheid's earlier points rest on other questions.
    const betrokkenheid = view.trends.find((t) => t.kind === "module" && t.item === "betrokkenheid" && t.groupId === null)!;
    expect(betrokkenheid.points.map((p) => p.otherQuestions ?? false)).toEqual([true, true, false]);
  });

  it("trendsView(report) has no waves and no trends without earlier waves", () => {
    const view = trendsView({...report, trends: []});
    expect(view.waves).toEqual([]);
    expect(view.trends).toEqual([]);
  });
});
