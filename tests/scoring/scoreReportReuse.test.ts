import {describe, expect, it} from "vitest";
import {readBundle, scoreReport} from "../../scoring/index.ts";
import type {Bundle} from "../../bundle/readBundle.ts";

/** A bundle (and its previous survey) without the survey's agenda. */
function withoutAgenda(bundle: Bundle): Bundle {
  const strip = (b: Bundle): Bundle => ({...b, definition: {...b.definition, survey: {...b.definition.survey, agenda: undefined}}});
  return {...strip(bundle), previous: bundle.previous && strip(bundle.previous)};
}

/** Counts the aggregations of a bundle (each scoring of it aggregates once). */
function counted(bundle: Bundle): {bundle: Bundle; calls: () => number} {
  let calls = 0;
  const inner = bundle.aggregate;
  const aggregate = Object.assign((...args: Parameters<typeof inner>) => (++calls, inner(...args)), {cells: inner.cells});
  return {bundle: {...bundle, aggregate}, calls: () => calls};
}

describe("scoreReport with earlier waves", () => {
  it("scoreReport scores the previous survey once when it is the latest wave with the same modules (and no agenda), with the same trends as scoring it twice", () => {
    // Without the agenda: the example's agenda is read against the latest wave as a trend, not in
    // the previous survey's own definition, so with it the two differ and the wave is scored apart.
    const read = readBundle("data/voorbeeld");
    const bundle = withoutAgenda(read);
    const latest = {...read.waves.at(-1)!, bundle: withoutAgenda(read.waves.at(-1)!.bundle)};
    expect(latest.bundle.table).toBe(bundle.previous!.table);
    expect(latest.bundle.table).toBe(bundle.previous!.table);
    const previous = counted(bundle.previous!);
    const wave = counted(latest.bundle);
    const once = scoreReport({...bundle, previous: previous.bundle, waves: [...read.waves.slice(0, -1).map((w) => ({...w, bundle: withoutAgenda(w.bundle)})), {...latest, bundle: wave.bundle}]});
    expect(previous.calls()).toBe(1);
    expect(wave.calls()).toBe(0);

    // A wave with a table of its own (the same rows) is scored on its own: the trends do not change.
    const own = counted({...latest.bundle, table: {...latest.bundle.table}});
    const twice = scoreReport({...bundle, waves: [...read.waves.slice(0, -1).map((w) => ({...w, bundle: withoutAgenda(w.bundle)})), {...latest, bundle: own.bundle}]});
    expect(once.trends!.some((t) => t.kind === "theme")).toBe(false);
    expect(own.calls()).toBe(1);
    expect(once.trends!.length).toBeGreaterThan(0);
    expect(JSON.stringify(once.trends)).toBe(JSON.stringify(twice.trends));
  });

  it("scoreReport scores the latest wave on its own when its modules differ from the previous survey's", () => {
    const bundle = readBundle("data/voorbeeld");
    const latest = bundle.waves.at(-1)!;
    const wave = counted(latest.bundle);
    // The previous survey read with one module fewer: the wave's trends need the module it lacks.
    const definition = {...bundle.previous!.definition, survey: {...bundle.previous!.definition.survey, modules: bundle.previous!.definition.survey.modules.slice(1)}};
    scoreReport({...bundle, previous: {...bundle.previous!, definition}, waves: [...bundle.waves.slice(0, -1), {...latest, bundle: wave.bundle}]});
    expect(wave.calls()).toBe(1);
  });
});
