import {afterEach, describe, expect, it} from "vitest";
import {scoreBundle} from "../../scoring/index.ts";

/** The worker thread that tallies most closed questions of a large survey must change nothing. */
describe("aggregation on two threads", () => {
  afterEach(() => {
    delete process.env.PEILING_THREADS;
  });

  it("gives a report model byte-identical to one thread's", async () => {
    process.env.PEILING_THREADS = "1";
    const single = JSON.stringify(await scoreBundle("data/voorbeeld"));
    process.env.PEILING_THREADS = "2";
    const double = JSON.stringify(await scoreBundle("data/voorbeeld"));
    expect(double).toBe(single);
    expect(double.length).toBeGreaterThan(1_000_000);
  });
});
