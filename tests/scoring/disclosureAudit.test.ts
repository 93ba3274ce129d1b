import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {auditDisclosure, findDisclosures, provedByFloor, type AuditFamily, type AuditStructure} from "../../scoring/disclosureAudit.ts";

/** A structure from sets written as lists of cells; set 0 is the organisation (every cell). */
function structureOf(cells: number, groups: number[][]): AuditStructure {
  return {cells, sets: [Int32Array.from({length: cells}, (_, c) => c), ...groups.map((g) => Int32Array.from([...g].sort((a, b) => a - b)))]};
}

function familyOf(structure: AuditStructure, counts: number[], minSize: number, ineligible: number[] = []): AuditFamily {
  const size = (s: number) => [...structure.sets[s]].reduce((sum, c) => sum + counts[c], 0);
  return {counts, minSize, eligible: structure.sets.map((_, s) => !ineligible.includes(s) && size(s) >= minSize)};
}

/**
 * The independent check: by exact integer elimination, every nonempty set of cells with fewer
 * than minSize contributors whose indicator lies in the row space of the published sets.
 */
function bruteForceDisclosures(structure: AuditStructure, counts: number[], minSize: number, published: boolean[]): number[][] {
  const live = counts.map((c, i) => (c > 0 ? i : -1)).filter((i) => i >= 0);
  const rows = structure.sets.filter((_, s) => published[s]).map((cells) => live.map((c) => (cells.includes(c) ? 1n : 0n)));
  const base = rank(rows);
  const found: number[][] = [];
  for (let mask = 1; mask < 1 << live.length; ++mask) {
    const cells = live.filter((_, i) => mask & (1 << i));
    const total = cells.reduce((sum, c) => sum + counts[c], 0);
    if (total >= minSize) continue;
    const v = live.map((c) => (cells.includes(c) ? 1n : 0n));
    if (rank([...rows, v]) === base) found.push(cells);
  }
  return found;
}

function rank(matrix: bigint[][]): number {
  const rows = matrix.map((r) => [...r]);
  let r = 0;
  for (let c = 0; c < (rows[0]?.length ?? 0) && r < rows.length; ++c) {
    const p = rows.findIndex((row, i) => i >= r && row[c] !== 0n);
    if (p < 0) continue;
    [rows[r], rows[p]] = [rows[p], rows[r]];
    for (let i = 0; i < rows.length; ++i) {
      if (i === r || rows[i][c] === 0n) continue;
      const a = rows[r][c];
      const b = rows[i][c];
      rows[i] = rows[i].map((x, j) => x * a - rows[r][j] * b);
    }
    ++r;
  }
  return r;
}

describe("auditDisclosure", () => {
  it("auditDisclosure(domains 40, 41 and a suppressed 3) withholds the cheaper sibling, so organisation − the other does not give the 3", () => {
    const structure = structureOf(3, [[0], [1], [2]]);
    const published = auditDisclosure(structure, familyOf(structure, [40, 41, 3], 5));
    expect(published).toEqual([true, false, true, false]);
    expect(bruteForceDisclosures(structure, [40, 41, 3], 5, published)).toEqual([]);
  });

  it("auditDisclosure(a question nobody in Alfa answered) protects Gamma through Beta: organisation − Beta would be Gamma", () => {
    // Cells: Alfa (no answers to this question), Beta 41, Gamma 3. Alfa contributes nothing.
    const structure = structureOf(3, [[0], [1], [2]]);
    const published = auditDisclosure(structure, familyOf(structure, [0, 41, 3], 5));
    expect(published[2]).toBe(false); // Beta withheld for this question
    expect(bruteForceDisclosures(structure, [0, 41, 3], 5, published)).toEqual([]);
  });

  it("auditDisclosure(location Den Haag 44 holding domain Alfa 41) breaks Den Haag − Alfa = suppressed Gamma", () => {
    // Cells: Alfa∩DenHaag 41, Gamma∩DenHaag 3, Beta∩Utrecht 50. Sets: Alfa, Beta, Gamma, Den Haag, Utrecht.
    const structure = structureOf(3, [[0], [2], [1], [0, 1], [2]]);
    const counts = [41, 3, 50];
    expect(findDisclosures(structure, familyOf(structure, counts, 5), familyOf(structure, counts, 5).eligible).length).toBeGreaterThan(0);
    const published = auditDisclosure(structure, familyOf(structure, counts, 5));
    expect(published[3]).toBe(false);
    expect(bruteForceDisclosures(structure, counts, 5, published)).toEqual([]);
    expect(published[0]).toBe(true);
  });

  it("auditDisclosure(a crossing with margins) hides enough cells that no row or column difference gives a small cell", () => {
    // 3 × 3 table; cell (r, c) is cell 3r + c. Small cells: (0,0) 3, (0,2) 6 is fine, (1,0) 20.
    const counts = [3, 12, 6, 20, 15, 9, 8, 11, 14];
    const rows = [0, 1, 2].map((r) => [0, 1, 2].map((c) => 3 * r + c));
    const columns = [0, 1, 2].map((c) => [0, 1, 2].map((r) => 3 * r + c));
    const cells = counts.map((_, i) => [i]);
    const structure = structureOf(9, [...rows, ...columns, ...cells]);
    const published = auditDisclosure(structure, familyOf(structure, counts, 5));
    expect(bruteForceDisclosures(structure, counts, 5, published)).toEqual([]);
    // The margins stay; the small cell and at least three others (a protecting pattern) go.
    expect(published.slice(0, 7).every(Boolean)).toBe(true);
    expect(published.slice(7).filter((p) => !p).length).toBeGreaterThanOrEqual(4);
  });

  it("auditDisclosure(groups that leave nothing small to recover) publishes every eligible set", () => {
    const structure = structureOf(4, [[0, 1], [2, 3], [0, 2], [1, 3]]);
    const counts = [10, 12, 9, 30];
    const family = familyOf(structure, counts, 5);
    expect(auditDisclosure(structure, family)).toEqual(Array.from(family.eligible));
  });

  it("auditDisclosure(no eligible set) publishes nothing and findDisclosures finds nothing", () => {
    const structure = structureOf(2, [[0], [1]]);
    const family = familyOf(structure, [1, 2], 5);
    expect(auditDisclosure(structure, family)).toEqual([false, false, false]);
    expect(findDisclosures(structure, family, [false, false, false])).toEqual([]);
  });

  it("findDisclosures(organisation and one of two teams) names the other team's cells, its size and the combination", () => {
    const structure = structureOf(2, [[0], [1]]);
    const disclosures = findDisclosures(structure, {counts: [9, 2], minSize: 5, eligible: [true, true, false]}, [true, true, false]);
    expect(disclosures).toEqual([{cells: [1], contributors: 2, sets: [0, 1]}]);
  });

  it("findDisclosures(a set of two small blocks determined only together) finds the pair", () => {
    // Cells 0 and 1 (2 and 1 contributors) lie in the same sets but for a split neither side is published in.
    // Sets: organisation, A = {0, 1, 2}, B = {3}; the cells 0 and 1 can only be told apart by unpublished sets.
    const structure = structureOf(4, [[0, 1, 2], [3], [0, 2]]);
    const counts = [2, 1, 10, 20];
    const published = [true, true, true, true];
    // A − {0, 2} = cell 1 (1 contributor): a single; organisation − A − B = nothing.
    const found = findDisclosures(structure, {counts, minSize: 5, eligible: published}, published);
    expect(found.map((d) => d.cells)).toContainEqual([1]);
    expect(bruteForceDisclosures(structure, counts, 5, auditDisclosure(structure, {counts, minSize: 5, eligible: published}))).toEqual([]);
  });

  it("findDisclosures(a small set that only two echelon rows together give) finds it: organisation − the second set", () => {
    // Found by comparing the search with one that looks at single rows only.
    const structure = structureOf(8, [[0, 1, 3, 6], [0, 3, 4, 5, 6]]);
    const counts = [2, 1, 2, 3, 2, 0, 6, 1];
    const published = [true, true, true];
    expect(findDisclosures(structure, {counts, minSize: 5, eligible: published}, published)).toEqual([{cells: [1, 2, 7], contributors: 4, sets: [0, 2]}]);
    expect(bruteForceDisclosures(structure, counts, 5, auditDisclosure(structure, {counts, minSize: 5, eligible: published}))).toEqual([]);
  });

  it("auditDisclosure(random sets over random cells) never leaves a small set recoverable, and withholds only eligible sets", () => {
    const scenario = fc.record({
      counts: fc.array(fc.oneof(fc.integer({min: 0, max: 4}), fc.integer({min: 5, max: 12})), {minLength: 2, maxLength: 9}),
      groups: fc.array(fc.array(fc.nat(7), {minLength: 1, maxLength: 5}), {minLength: 1, maxLength: 7}),
      minSize: fc.constantFrom(3, 5),
      ineligible: fc.array(fc.nat(7), {maxLength: 2})
    });
    fc.assert(
      fc.property(scenario, ({counts, groups, minSize, ineligible}) => {
        const cells = counts.length;
        const sets = groups.map((g) => [...new Set(g.filter((c) => c < cells))]).filter((g) => g.length > 0);
        const structure = structureOf(cells, sets);
        const family = familyOf(structure, counts, minSize, ineligible.map((i) => i + 1));
        const published = auditDisclosure(structure, family);
        published.forEach((p, s) => p && expect(family.eligible[s]).toBe(true));
        expect(bruteForceDisclosures(structure, counts, minSize, published)).toEqual([]);
      }),
      {numRuns: 400, seed: 20261130}
    );
  });
});

describe("provedByFloor", () => {
  // A 3 × 3 crossing (rows 1–3, columns 4–6) in which two cells are small but every margin shows.
  const grid = structureOf(9, [[0, 1, 2], [3, 4, 5], [6, 7, 8], [0, 3, 6], [1, 4, 7], [2, 5, 8]]);
  const gridCounts = [2, 20, 20, 20, 3, 20, 20, 20, 20];
  const all = grid.sets.map(() => true);

  it("provedByFloor(a crossing whose margins pin no small cell) proves it from the floor, as the full search finds nothing", () => {
    const family = {...familyOf(grid, gridCounts, 5), floor: Float64Array.from(gridCounts, (x) => x - 1)};
    expect(provedByFloor(grid, family, all)).toBe(true);
    expect(bruteForceDisclosures(grid, gridCounts, 5, all)).toEqual([]);
  });

  it("provedByFloor(counts below the floor in one cell) declines, and without a floor it declines too", () => {
    const floor = Float64Array.from(gridCounts);
    floor[8] = 21;
    expect(provedByFloor(grid, {...familyOf(grid, gridCounts, 5), floor}, all)).toBe(false);
    expect(provedByFloor(grid, familyOf(grid, gridCounts, 5), all)).toBe(false);
  });

  it("provedByFloor(a team of 2 beside one of 9) declines: the organisation less the 9 gives the 2", () => {
    const teams = structureOf(2, [[0], [1]]);
    const family = {...familyOf(teams, [9, 2], 5), floor: Float64Array.of(9, 2)};
    expect(provedByFloor(teams, family, [true, true, true])).toBe(false);
    expect(findDisclosures(teams, family, [true, true, true])).toHaveLength(1);
  });

  it("provedByFloor(random families above a random floor) says safe only when no small set is recoverable, and the audit publishes the same with the floor as without", () => {
    const scenario = fc.record({
      counts: fc.array(fc.oneof(fc.integer({min: 0, max: 4}), fc.integer({min: 5, max: 12})), {minLength: 2, maxLength: 9}),
      below: fc.array(fc.integer({min: 0, max: 3}), {minLength: 9, maxLength: 9}),
      groups: fc.array(fc.array(fc.nat(7), {minLength: 1, maxLength: 5}), {minLength: 1, maxLength: 7}),
      minSize: fc.constantFrom(3, 5),
      ineligible: fc.array(fc.nat(7), {maxLength: 2})
    });
    let proved = 0;
    let declined = 0;
    fc.assert(
      fc.property(scenario, ({counts, below, groups, minSize, ineligible}) => {
        const cells = counts.length;
        const sets = groups.map((g) => [...new Set(g.filter((c) => c < cells))]).filter((g) => g.length > 0);
        const structure = structureOf(cells, sets);
        const plain = familyOf(structure, counts, minSize, ineligible.map((i) => i + 1));
        const family = {...plain, floor: Float64Array.from(counts, (x, c) => Math.max(0, x - below[c]))};
        const published = plain.eligible as boolean[];
        if (provedByFloor(structure, family, published)) {
          ++proved;
          expect(bruteForceDisclosures(structure, counts, minSize, published)).toEqual([]);
        } else ++declined;
        expect(auditDisclosure(structure, family)).toEqual(auditDisclosure(structure, plain));
      }),
      {numRuns: 400, seed: 20261201}
    );
    // Both branches are taken, so the property says something about each.
    expect(proved).toBeGreaterThan(50);
    expect(declined).toBeGreaterThan(10);
  });
});
