import {beforeAll, describe, expect, it} from "vitest";
import {scoreBundle} from "../../../scoring/index.ts";
import {EXAMPLE_BUNDLE} from "../../../site/reportSource.ts";
import type {Report} from "../../../scoring/types.ts";
import {groupPages, groupViews} from "../../../site/views/groupView.ts";
import {groupQuestionsView, groupsView} from "../../../site/views/groupsView.ts";
import {overviewView} from "../../../site/views/overviewView.ts";
import {questionsView} from "../../../site/views/questionsView.ts";

const kilobytes = (value: unknown) => JSON.stringify(value).length / 1024;

describe("the views of the example bundle", () => {
  let report: Report;
  beforeAll(async () => {
    report = await scoreBundle(EXAMPLE_BUNDLE);
  });

  it("overviewView(example) stays well under 300 KB and the other views within bounds", () => {
    expect(kilobytes(overviewView(report))).toBeLessThan(100);
    expect(kilobytes(questionsView(report))).toBeLessThan(250);
    expect(kilobytes(groupsView(report))).toBeLessThan(350);
    expect(kilobytes(groupQuestionsView(report))).toBeLessThan(1200);
    for (const view of groupViews(report)) expect(kilobytes(view)).toBeLessThan(200);
  });

  it("overviewView(example) tells the published report's story: eNPS up relevantly, no module changed relevantly, workload weakest", () => {
    const {facts} = overviewView(report);
    expect(facts.changes.map((c) => [c.item, c.level])).toEqual([["enps", "relevant"]]);
    expect(facts.smallChanges[0]).toMatchObject({item: "werkdruk", significant: true});
    expect(facts.weakest[0]).toMatchObject({id: "werkdruk", reversed: true});
    expect(facts.strongest[0].id).toBe("ongewenste_omgangsvormen");
    expect(facts.response.benchmarks).toEqual([{benchmark: "provincies", label: "Benchmark Provincies", rate: 0.63}]);
    expect(facts.proud[0].label).toBe("Collega's");
  });

  it("groupPages(example) gives every shown group a unique page and no suppressed group one", () => {
    const pages = groupPages(report);
    const shown = report.groups.filter((g) => !g.suppressed);
    expect(pages.map((p) => p.id)).toEqual(shown.map((g) => g.id));
    expect(new Set(pages.map((p) => p.slug)).size).toBe(pages.length);
    for (const page of pages) expect(page.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*(--[a-z0-9]+(-[a-z0-9]+)*)*$/);
    expect(pages.find((p) => p.id === "domein=Mobiliteit|team=Wegen en Vaarwegen")?.slug).toBe("domein-mobiliteit--team-wegen-en-vaarwegen");
  });
});
