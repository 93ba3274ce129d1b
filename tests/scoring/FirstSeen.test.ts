import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {FirstSeen} from "../../bundle/FirstSeen.ts";

describe("FirstSeen", () => {
  it("FirstSeen.of(keys in turn) numbers each key by its first appearance, and size counts the keys seen", () => {
    const seen = new FirstSeen(10);
    expect([7, 3, 7, 0, 3, 9].map((key) => seen.of(key))).toEqual([0, 1, 0, 2, 1, 3]);
    expect(seen.size).toBe(4);
  });

  it("FirstSeen with more possible keys than its dense limit (a Map) numbers them as the array of slots does", () => {
    fc.assert(
      fc.property(fc.array(fc.nat(99), {maxLength: 200}), (keys) => {
        const slots = new FirstSeen(100);
        const map = new FirstSeen(100, {dense: 10});
        expect(keys.map((key) => map.of(key))).toEqual(keys.map((key) => slots.of(key)));
        expect(map.size).toBe(new Set(keys).size);
      })
    );
  });
});
