import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {attack, equal, fraction, publishedNumbers, siteFiles, type AttackInput, type PublishedNumber} from "./attacker.ts";
import {attackBundle, crossedCells, itemLevelWithholding, nestedLocation, randomBundle, themeRespondents, unaskedSibling, type BundleSpec} from "./bundles.ts";

/**
 * Issue #9: an attacker with the published report (model and site files), the org chart and exact
 * arithmetic must never recover a withheld number. Every test here attacks a bundle and expects
 * no recovery; a failure lists each recovery with the combination of published sets it used.
 */

/** The recoveries of one attack in the given families, as readable lines. */
function recovered(spec: BundleSpec, families?: string[]): string[] {
  const {recoveries} = attackBundle(spec);
  return recoveries.filter((r) => !families || families.includes(r.family)).map((r) => r.description);
}

/** How many respondents of a spec satisfy a condition. */
const countOf = (spec: BundleSpec, keep: (r: BundleSpec["respondents"][number]) => boolean) => spec.respondents.filter(keep).length;

describe("the attacker", () => {
  // Cells: Alfa (40 respondents), Beta (41), Gamma (3); minimum 5.
  const structure = (published: PublishedNumber[]): AttackInput => ({
    cells: 3,
    sets: new Map([
      ["organisation", [0, 1, 2]],
      ["Alfa", [0]],
      ["Beta", [1]],
      ["Gamma", [2]]
    ]),
    cellNames: ["Alfa", "Beta", "Gamma"],
    families: new Map([["q", {minSize: 5, contributors: [40, 41, 3]}]]),
    published,
    truth: (_family, kind, cells) => fraction(cells.reduce((s, c) => s + [100, 200, 7][c] * (kind === "sum" ? 1 : 0), 0))
  });
  const sum = (set: string, value: number): PublishedNumber => ({family: "q", kind: "sum", set, value: fraction(value)});

  it("attack(input) recovers a small set that is the difference of published sets, naming the combination", () => {
    const {recoveries, mismatches} = attack(structure([sum("organisation", 307), sum("Alfa", 100), sum("Beta", 200)]));
    expect(recoveries.map((r) => r.description)).toEqual(["organisation − Alfa − Beta gives Gamma q: sum 7 (3 contributors)"]);
    expect(mismatches).toEqual([]);
  });

  it("attack(input) reports a determined target whose published numbers do not add up as a mismatch, not a recovery", () => {
    const {recoveries, mismatches} = attack(structure([sum("organisation", 308), sum("Alfa", 100), sum("Beta", 200)]));
    expect(recoveries).toEqual([]);
    expect(mismatches.map((r) => r.description)).toEqual(["organisation − Alfa − Beta gives Gamma q: sum 8 (truth 7) (3 contributors)"]);
  });

  it("attack(input) finds nothing when the published sets only isolate large sets", () => {
    expect(attack(structure([sum("organisation", 307), sum("Alfa", 100)])).recoveries).toEqual([]);
  });

  it("attack(input) counts a union's contributors only: with Alfa not asked, organisation − Beta gives Gamma", () => {
    const input = structure([sum("organisation", 207), sum("Beta", 200)]);
    input.families.set("q", {minSize: 5, contributors: [0, 41, 3]});
    input.truth = (_family, _kind, cells) => fraction(cells.reduce((s, c) => s + [0, 200, 7][c], 0));
    expect(attack(input).recoveries.map((r) => r.description)).toEqual(["organisation − Beta gives Gamma q: sum 7 (3 contributors)"]);
  });

  it("attack(input) does not take a cell for empty because nobody in it answered: a difference of −1 there is no target", () => {
    // Sets {Gamma, Beta} and {Alfa, Beta}: their difference is Gamma − Alfa, Gamma's only if Alfa is known to be empty.
    const input = structure([sum("Gamma+Beta", 207), sum("Alfa+Beta", 200)]);
    input.sets.set("Gamma+Beta", [1, 2]).set("Alfa+Beta", [0, 1]);
    input.families.set("q", {minSize: 5, contributors: [0, 41, 3]});
    expect(attack(input).recoveries).toEqual([]);
  });
});

describe("publishedNumbers", () => {
  it("publishedNumbers(report, siteFiles(report)) reads from the site's files the same numbers the model publishes, groups' included", () => {
    const spec = itemLevelWithholding();
    const {report} = attackBundle(spec);
    const key = (p: PublishedNumber) => `${p.family} ${p.kind} ${p.set}`;
    const fromModel = new Map(publishedNumbers(report, null).map((p) => [key(p), p.value]));
    const fromFiles = publishedNumbers(report, siteFiles(report), {model: false});
    const shared = fromFiles.filter((p) => fromModel.has(key(p)));
    expect(shared.filter((p) => !equal(p.value, fromModel.get(key(p))!)).map(key)).toEqual([]);
    // The files give a shown group's scores (its page) as well as the organisation's.
    const shownGroups = report.groups.filter((g) => !g.suppressed).map((g) => g.id);
    expect(shownGroups.length).toBeGreaterThan(0);
    for (const id of shownGroups) expect(shared.some((p) => p.set === id && p.family === "q:q2" && p.kind === "sum")).toBe(true);
    expect(shared.some((p) => p.set === "organisation" && p.family === "q:q1" && p.kind === "option:1")).toBe(true);
  });
});

describe("issue #9 scenarios", () => {
  it("item-level withholding: organisation minus two sibling domains does not give the q1 mean of a group where 3 answered", () => {
    const spec = itemLevelWithholding();
    expect(countOf(spec, (r) => r.groups.domein === "Gamma")).toBe(8);
    expect(countOf(spec, (r) => r.groups.domein === "Gamma" && r.q1 !== "")).toBe(3);
    expect(recovered(spec, ["q:q1", "answered:q1"])).toEqual([]);
  });

  it("item-level withholding: organisation minus two sibling domains does not give the three eNPS answers of that group", () => {
    const spec = itemLevelWithholding();
    expect(spec.respondents.filter((r) => r.groups.domein === "Gamma" && r.aanbevelen !== "").map((r) => r.aanbevelen)).toEqual(["0", "1", "10"]);
    expect(recovered(spec, ["q:aanbevelen", "answered:aanbevelen"])).toEqual([]);
  });

  it("item-level withholding: organisation minus two sibling domains does not give that group's topic counts", () => {
    const spec = itemLevelWithholding();
    expect(countOf(spec, (r) => r.groups.domein === "Gamma" && r.trots !== "")).toBe(3);
    expect(recovered(spec, ["multi:trots"])).toEqual([]);
  });

  it("item-level withholding: with publishComments, organisation minus two sibling domains does not give the three raw comments of a group below the comment threshold", () => {
    const spec = itemLevelWithholding();
    expect(spec.publishComments).toBe(true);
    expect(countOf(spec, (r) => r.groups.domein === "Gamma" && r.toelichting !== "")).toBe(3);
    expect(recovered(spec, ["comments:toelichting", "text:toelichting"])).toEqual([]);
  });

  it("a size-suppressed group through a question its sibling was not asked: organisation q1 minus Beta q1 does not give Gamma's q1", () => {
    const spec = unaskedSibling();
    expect(countOf(spec, (r) => r.groups.domein === "Alfa" && r.q1 !== "")).toBe(0);
    expect(countOf(spec, (r) => r.groups.domein === "Gamma")).toBe(3);
    expect(recovered(spec)).toEqual([]);
  });

  it("crossings: A3 − D2×A3 − D3×A3 and D1 − D1×A2 − D1×A3 do not give cell D1×A1", () => {
    const spec = crossedCells();
    expect(countOf(spec, (r) => r.groups.domein === "D1" && r.groups.leeftijd === "A1")).toBe(3);
    expect(recovered(spec)).toEqual([]);
  });

  it("two grouping variables: location Den Haag minus domain Alfa does not give suppressed Gamma", () => {
    const spec = nestedLocation();
    expect(countOf(spec, (r) => r.groups.locatie === "Den Haag")).toBe(44);
    expect(countOf(spec, (r) => r.groups.domein === "Alfa")).toBe(41);
    expect(recovered(spec)).toEqual([]);
  });

  it("agenda themes: organisation minus two sibling domains does not give the 4 respondents of a theme in a shown group", () => {
    const spec = themeRespondents();
    expect(countOf(spec, (r) => r.groups.domein === "Gamma" && (r.q1 !== "" || r.aanbevelen !== ""))).toBe(4);
    const {report} = attackBundle(spec);
    const theme = report.agenda!.themes[0];
    const byValue = (value: string) => theme.groups.find((g) => g.group === report.groups.find((x) => x.value === value)!.id)!;
    expect(report.groups.find((g) => g.value === "Gamma")!.suppressed).toBe(false);
    expect(byValue("Gamma").n).toBeNull();
    // The organisation's theme is published, so one sibling's must be withheld for Gamma's sake.
    expect(theme.score!.n).toBe(44);
    expect([byValue("Alfa").n, byValue("Beta").n].filter((n) => n === null)).toHaveLength(1);
    // The attacker reads the theme's respondents where they are published (organisation, one sibling).
    expect(publishedNumbers(report, siteFiles(report)).filter((p) => p.family === "module:agenda:t1").map((p) => p.set).sort()).toEqual(["domein=Alfa", "domein=Beta", "organisation"].filter((set) => set === "organisation" || theme.groups.find((g) => g.group === set)!.n !== null));
    // A theme is published only where all its questions are, and its respondents are audited as a
    // family: the first makes the second follow from the questions' audits (no combination isolates
    // fewer than the minimum answers to any of them), the second states it for the theme itself.
    expect(recovered(spec, ["module:agenda:t1"])).toEqual([]);
  });

  it("suppressed groups carry no invited, n or reason (model and groups view)", () => {
    // Gamma is suppressed for its size, Alfa for Gamma's sake; population.csv gives headcounts.
    const spec = unaskedSibling();
    const {report} = attackBundle(spec);
    const view = siteFiles(report).groups;
    const hidden = report.groups.filter((g) => g.suppressed);
    expect(hidden.map((g) => g.value).sort()).toEqual(expect.arrayContaining(["Gamma"]));
    const fromView = view.groups.filter((g) => g.suppressed);
    expect(fromView.map((g) => g.id).sort()).toEqual(hidden.map((g) => g.id).sort());
    const identity = new Set(["id", "variable", "value", "label", "parent", "crossing", "slug"]);
    for (const group of [...hidden, ...fromView] as unknown as Record<string, unknown>[]) {
      expect({id: group.id, n: group.n ?? null, invited: group.invited ?? null, responseRate: group.responseRate ?? null}).toEqual({id: group.id, n: null, invited: null, responseRate: null});
      const rest = Object.entries(group).filter(([key]) => !identity.has(key));
      // Nothing but the flag: no field tells a group suppressed for its size from one suppressed for a sibling's sake.
      expect(JSON.stringify(rest)).not.toMatch(/"size"|"secondary"/);
      expect(rest.filter(([, value]) => value !== null && value !== undefined && value !== true)).toEqual([]);
    }
  });
});

describe("random bundles", () => {
  it("no random bundle lets the attacker recover a withheld value", () => {
    fc.assert(
      fc.property(randomBundle, (spec) => {
        expect(recovered(spec)).toEqual([]);
      }),
      {numRuns: 100, seed: 20260930}
    );
  }, 600_000);
});
