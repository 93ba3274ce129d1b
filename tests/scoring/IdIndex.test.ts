import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {IdIndex} from "../../bundle/IdIndex.ts";

describe("IdIndex", () => {
  it("IdIndex.firstLine(an id read before) gives the line of its first use, and 0 for a new one", () => {
    const ids = new IdIndex();
    expect(ids.firstLine("17", 2)).toBe(0);
    expect(ids.firstLine("r-17", 3)).toBe(0);
    expect(ids.firstLine("17", 9)).toBe(2);
    expect(ids.firstLine("r-17", 10)).toBe(3);
    expect(ids.size).toBe(2);
  });

  it("IdIndex(7, 07, 7.0 and ' 7') keeps them as four ids: only an integer without leading zeros is a number", () => {
    const ids = new IdIndex();
    ["7", "07", "7.0", " 7"].forEach((id, i) => expect(ids.firstLine(id, i + 2)).toBe(0));
    expect(ids.size).toBe(4);
    expect([...ids.numberIds()]).toEqual([7]);
    expect(ids.stringIds()).toEqual(["07", "7.0", " 7"]);
  });

  it("IdIndex(random ids, integers and words, many repeated) tells duplicates as a Map of strings does, through growing", () => {
    const id = fc.oneof(fc.nat(3000).map(String), fc.constantFrom("0", "999999999999999", "1000000000000000", "x1", "01"), fc.string({maxLength: 3}));
    fc.assert(
      fc.property(fc.array(id, {maxLength: 3000}), (list) => {
        const ids = new IdIndex();
        const map = new Map<string, number>();
        list.forEach((value, i) => {
          const line = i + 2;
          const expected = map.get(value) ?? 0;
          if (!map.has(value)) map.set(value, line);
          expect(ids.firstLine(value, line)).toBe(expected);
        });
        expect(ids.size).toBe(map.size);
        for (const value of map.keys()) expect(ids.has(value)).toBe(true);
        expect(ids.numberIds().length + ids.stringIds().length).toBe(map.size);
      }),
      {numRuns: 60, seed: 20261130}
    );
  });

  it("IdIndex.firstLineOfNumber(ids a power of two apart, beyond 2³², and each again) knows every id and its line while the table grows", () => {
    const ids = new IdIndex();
    const xs = Array.from({length: 5000}, (_, i) => [i * 2 ** 20, 2 ** 40 + i * 1024]).flat();
    xs.forEach((x, i) => expect(ids.firstLineOfNumber(x, i + 2)).toBe(0));
    xs.forEach((x, i) => expect(ids.firstLineOfNumber(x, 99_999)).toBe(i + 2));
    expect(ids.size).toBe(xs.length);
    expect([...ids.numberIds()].sort((a, b) => a - b)).toEqual([...xs].sort((a, b) => a - b));
  });
});
