import {describe, expect, it} from "vitest";
import {compact} from "../../../site/views/compact.ts";
import {groupSlugs, slugify} from "../../../site/views/groupSlugs.ts";
import type {GroupReport} from "../../../scoring/types.ts";

const group = (id: string, variable: string, value: string, parent: string | null = null, crossing?: [string, string]): GroupReport => ({
  id,
  variable,
  value,
  parent,
  ...(crossing ? {crossing} : {}),
  n: null,
  invited: null,
  responseRate: null,
  suppressed: false
});

describe("compact", () => {
  it("compact(value) keeps integers, rounds other numbers to 6 significant digits and drops undefined", () => {
    expect(compact({score: 6.866411538335559, n: 919, p: 5.420777544011461e-10, ci: [6.79962263823071, 6.933200438440407], none: null, gone: undefined})).toEqual({
      score: 6.86641,
      n: 919,
      p: 5.42078e-10,
      ci: [6.79962, 6.9332],
      none: null
    });
  });

  it("compact(value) leaves strings, booleans and empty values alone", () => {
    expect(compact({a: "7.123456789", b: true, c: [], d: {}})).toEqual({a: "7.123456789", b: true, c: [], d: {}});
    expect(compact(null)).toBe(null);
  });
});

describe("slugify", () => {
  it("slugify(text) drops accents, lowercases and joins words with single hyphens", () => {
    expect(slugify("Financiën & Control")).toBe("financien-control");
    expect(slugify("  Collega's  ")).toBe("collega-s");
    expect(slugify("60 jaar en ouder")).toBe("60-jaar-en-ouder");
  });

  it("slugify(text) never returns an empty slug", () => {
    expect(slugify("")).toBe("x");
    expect(slugify("—")).toBe("x");
  });
});

describe("groupSlugs", () => {
  it("groupSlugs(groups) prefixes a group within another by its parent's slug", () => {
    const slugs = groupSlugs([
      group("domein=Mobiliteit", "domein", "Mobiliteit"),
      group("domein=Mobiliteit|team=Wegen en Vaarwegen", "team", "Wegen en Vaarwegen", "domein=Mobiliteit")
    ]);
    expect([...slugs.values()]).toEqual(["domein-mobiliteit", "domein-mobiliteit--team-wegen-en-vaarwegen"]);
  });

  it("groupSlugs(groups) joins the two groups of a crossing with --x--", () => {
    const slugs = groupSlugs([
      group("domein=Mobiliteit", "domein", "Mobiliteit"),
      group("leeftijd=tot 30 jaar", "leeftijd", "tot 30 jaar"),
      group("domein=Mobiliteit&leeftijd=tot 30 jaar", "domein×leeftijd", "Mobiliteit × tot 30 jaar", null, ["domein=Mobiliteit", "leeftijd=tot 30 jaar"])
    ]);
    expect(slugs.get("domein=Mobiliteit&leeftijd=tot 30 jaar")).toBe("domein-mobiliteit--x--leeftijd-tot-30-jaar");
  });

  it("groupSlugs(groups) numbers colliding slugs in report order, so every slug is unique", () => {
    const slugs = groupSlugs([group("afdeling=R&D", "afdeling", "R&D"), group("afdeling=R-D", "afdeling", "R-D"), group("afdeling=R D", "afdeling", "R D")]);
    expect([...slugs.values()]).toEqual(["afdeling-r-d", "afdeling-r-d-2", "afdeling-r-d-3"]);
  });

  it("groupSlugs(groups) gives a group the same slug whatever other groups there are", () => {
    const team = group("domein=A|team=B", "team", "B", "domein=A");
    const alone = groupSlugs([group("domein=A", "domein", "A"), team]);
    const more = groupSlugs([group("domein=Z", "domein", "Z"), group("domein=A", "domein", "A"), group("domein=Z|team=B", "team", "B", "domein=Z"), team]);
    expect(more.get(team.id)).toBe(alone.get(team.id));
  });

  it("groupSlugs([]) is empty", () => {
    expect(groupSlugs([]).size).toBe(0);
  });
});
