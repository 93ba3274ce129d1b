import {describe, expect, test} from "vitest";
import {boundedSlug, groupSlugs, MAX_SLUG_LENGTH} from "../../../site/views/groupSlugs.ts";

const group = (variable: string, value: string, parent?: string) => ({id: `${parent ? `${parent}/` : ""}${variable}=${value}`, variable, value, parent: parent ?? null, crossing: undefined});

describe("bounded slugs", () => {
  test("groupSlugs gives a ~115-character group name a slug of at most 80 characters (no ENAMETOOLONG)", () => {
    const long = "Directie Ruimtelijke Ontwikkeling, Mobiliteit, Wonen en Leefomgeving: afdeling Vergunningverlening en Handhaving Noord";
    expect(long.length).toBeGreaterThanOrEqual(115);
    const slug = groupSlugs([group("afdeling", long)]).get(`afdeling=${long}`)!;
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug).toMatch(/^afdeling-directie-ruimtelijke-ontwikkeling-[a-z0-9-]+-[0-9a-f]{8}$/);
  });

  test("groupSlugs keeps long names that share their first 100 characters apart", () => {
    const start = "x".repeat(100);
    const groups = [group("team", `${start} een`), group("team", `${start} twee`), group("team", `${start} een`, "afdeling=A")];
    const slugs = [...groupSlugs(groups).values()];
    expect(new Set(slugs).size).toBe(3);
    for (const slug of slugs) expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
  });

  test("boundedSlug leaves a short slug as it is and is deterministic for a long one", () => {
    expect(boundedSlug("domein-mobiliteit")).toBe("domein-mobiliteit");
    const long = `team-${"a".repeat(120)}`;
    expect(boundedSlug(long)).toBe(boundedSlug(long));
    expect(boundedSlug(long)).toHaveLength(MAX_SLUG_LENGTH);
  });
});
