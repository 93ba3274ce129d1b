import {describe, expect, it} from "vitest";
import {readBundle, scoreReport} from "../../scoring/index.ts";
import type {Bundle} from "../../bundle/readBundle.ts";

/** Counts the aggregations of a bundle (each scoring of it aggregates once). */
function counted(bundle: Bundle): {bundle: Bundle; calls: () => number} {
  let calls = 0;
  const inner = bundle.aggregate;
  const aggregate = Object.assign((...args: Parameters<typeof inner>) => (++calls, inner(...args)), {cells: inner.cells});
  return {bundle: {...bundle, aggregate}, calls: () => calls};
}

describe("scoreReport with earlier waves", () => {
  it("scoreReport scores the previous survey once when it is the latest wave with the same modules, with the same trends as scoring it twice", () => {
    const bundle = readBundle("data/voorbeeld");
    const latest = bundle.waves.at(-1)!;
    expect(latest.bundle.table).toBe(bundle.previous!.table);
    const previous = counted(bundle.previous!);
    const wave = counted(latest.bundle);
    const once = scoreReport({...bundle, previous: previous.bundle, waves: [...bundle.waves.slice(0, -1), {...latest, bundle: wave.bundle}]});
    expect(previous.calls()).toBe(1);
    expect(wave.calls()).toBe(0);

    // A wave with a table of its own (the same rows) is scored on its own: the trends do not change.
    const own = counted({...latest.bundle, table: {...latest.bundle.table}});
    const twice = scoreReport({...bundle, waves: [...bundle.waves.slice(0, -1), {...latest, bundle: own.bundle}]});
    expect(own.calls()).toBe(1);
    expect(once.trends!.length).toBeGreaterThan(0);
    expect(JSON.stringify(once.trends)).toBe(JSON.stringify(twice.trends));
  });

  it("scoreReport scores the latest wave on its own when sets of questions are asked for", () => {
    const bundle = readBundle("data/voorbeeld");
    const latest = bundle.waves.at(-1)!;
    const wave = counted(latest.bundle);
    // Three core questions of the current modules that the latest wave asked too.
    const asked = new Set(latest.bundle.definition.survey.modules.flatMap((m) => m.core ?? []));
    const questions = bundle.definition.survey.questions.filter((q) => q.module && asked.has(q.id)).slice(0, 3).map((q) => q.id);
    expect(questions).toHaveLength(3);
    const report = scoreReport({...bundle, waves: [...bundle.waves.slice(0, -1), {...latest, bundle: wave.bundle}]}, {questionSets: [{id: "theme", questions}]});
    expect(wave.calls()).toBe(1);
    expect(report.trends!.some((t) => t.kind === "questionSet" && t.points.at(-2)!.score !== null)).toBe(true);
  });
});
