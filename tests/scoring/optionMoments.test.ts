import {describe, expect, it} from "vitest";
import {optionMoments} from "../../scoring/estimate.ts";

describe("optionMoments", () => {
  // Four options: 0 (2 answers), 5 (none), 10 (3 answers, Σw 6), and a "don't know" (index 3) left out.
  const tally = {count: [2, 0, 3, 7], weight: [2, 0, 6, 7], weight2: [2, 0, 12, 7]};

  it("optionMoments(xs, options, tally) sums only the listed options with answers, about their weighted mean", () => {
    const m = optionMoments([0, 5, 10], [0, 1, 2], tally);
    expect(m.n).toBe(5);
    expect(m.sw).toBe(8);
    expect(m.swx).toBe(60);
    expect(m.sw2x2).toBe(1200);
    // Mean 60/8 = 7.5; Σw(x − x̄)² = 2·7.5² + 6·2.5² = 150; Σw²(x − x̄)² = 2·7.5² + 12·2.5² = 187.5.
    expect(m.centred).toEqual({mean: 7.5, ss: 150, ss2: 187.5});
  });

  it("optionMoments reads each option's tally through its index, in the order listed", () => {
    const m = optionMoments([10, 0], [2, 0], tally);
    expect([m.n, m.sw, m.swx]).toEqual([5, 8, 60]);
    expect(m.centred).toEqual({mean: 7.5, ss: 150, ss2: 187.5});
  });

  it("optionMoments without answers has every sum zero and no centred sums", () => {
    expect(optionMoments([0, 5], [0, 1], {count: [0, 0], weight: [0, 0], weight2: [0, 0]})).toEqual({n: 0, sw: 0, swx: 0, swx2: 0, sw2: 0, sw2x: 0, sw2x2: 0});
  });
});
