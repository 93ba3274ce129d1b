import {describe, expect, it} from "vitest";
import {normOutcome} from "../../charts/normOutcome.ts";

describe("normOutcome", () => {
  it("normOutcome(row) tells met by the mean, by the corrected mean, not met and not judged apart", () => {
    expect([
      normOutcome({pass: true, passedBy: "mean"}),
      normOutcome({pass: true, passedBy: "robust"}),
      normOutcome({pass: false, passedBy: null}),
      normOutcome({pass: null, passedBy: null}, "en")
    ]).toEqual(["gehaald", "gehaald (gecorrigeerd)", "niet gehaald", "not judged"]);
  });
});
