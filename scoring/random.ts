/**
 * A seeded pseudo-random number generator (mulberry32): the same seed gives the same sequence on
 * every machine, so bootstrap intervals are reproducible.
 *
 * @example
 * const random = seededRandom(hashSeed(1, "organisation", "werkdruk"));
 * random() // a number in [0, 1)
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Derives a 32-bit seed from a base seed and names (FNV-1a), so that each score gets its own
 * stream and results do not depend on the order in which scores are computed.
 *
 * @example
 * hashSeed(1, "domein=Mobiliteit", "werkdruk")
 */
export function hashSeed(seed: number, ...keys: string[]): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (const key of keys) {
    for (let i = 0; i < key.length; ++i) {
      h ^= key.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    h ^= 0xff;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}
