import {describe, expect, it} from "vitest";
import {columnTotals, influenceSquares, ownInfluence, ratioInfluence, type UnitTotals} from "../../scoring/bootstrap.ts";
import {meanEstimate, meanWithError, momentsOf} from "../../scoring/estimate.ts";

describe("meanWithError", () => {
  const point = (x: number, count: number) => ({x, count, w: count, w2: count});
  const design = {respondents: 7, fraction: 0.5};

  it("meanWithError(m, design) is meanEstimate's mean, sd and se without the interval", () => {
    const m = momentsOf([point(0, 1), point(5, 2), point(10, 4)]);
    const full = meanEstimate(m, {design, confidence: 0.95})!;
    expect(full.ci).not.toBeNull();
    expect(meanWithError(m, design)).toEqual({...full, ci: null});
  });

  it("meanWithError without answers is null, and with one answer has no sd or se", () => {
    expect(meanWithError(momentsOf([]), design)).toBeNull();
    expect(meanWithError(momentsOf([point(4, 1)]), design)).toEqual({value: 4, sd: null, se: null, ci: null});
  });
});

describe("ownInfluence", () => {
  // Three units, two columns: the second column has no answers in the last unit.
  const totals: UnitTotals = {units: 3, width: 2, num: Float64Array.from([6, 8, 3, 10, 9, 0]), den: Float64Array.from([1, 1, 1, 1, 1, 0])};
  const slice = {offset: 0, width: 2};

  it("ownInfluence(totals, slice) is the set's ratioInfluence at its column totals with its influenceSquares", () => {
    const influence = ratioInfluence(columnTotals(totals), slice)!;
    expect(ownInfluence(totals, slice)).toEqual({influence, squares: influenceSquares(totals, influence)});
    expect(ownInfluence(totals, slice)!.squares).toBeGreaterThan(0);
  });

  it("ownInfluence is null for a slice whose columns have no answers", () => {
    const empty: UnitTotals = {units: 2, width: 1, num: new Float64Array(2), den: new Float64Array(2)};
    expect(ownInfluence(empty, {offset: 0, width: 1})).toBeNull();
  });
});
