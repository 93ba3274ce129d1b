/**
 * A small seeded random source for the example generator: mulberry32 for uniforms, Box–Muller
 * for normals. Never Math.random, so the same seed always gives the same bundle.
 */

import {seededRandom} from "../../scoring/random.ts";

/** A seeded random source. */
export interface Random {
  /** A uniform number in [0, 1). */
  uniform(): number;
  /** A standard normal number (mean 0, standard deviation 1). */
  normal(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** A new array with the items in random order (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[];
  /** An index drawn with probability proportional to its weight. */
  weighted(weights: readonly number[]): number;
}

/**
 * Hashes a seed and a stream name to a 32-bit integer (FNV-1a), so each part of the generator
 * draws from its own stream and a change in one part leaves the others as they were.
 *
 * @example
 * const rng = createRandom(streamSeed(20250310, "current"));
 */
export function streamSeed(seed: number, stream: string): number {
  let hash = 0x811c9dc5;
  for (const char of `${seed}:${stream}`) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/**
 * Creates a seeded random source (mulberry32).
 *
 * @example
 * const rng = createRandom(42);
 * rng.normal(); // the same number on every run
 */
export function createRandom(seed: number): Random {
  let spare: number | null = null;

  const uniform = seededRandom(seed);

  const normal = (): number => {
    if (spare !== null) {
      const value = spare;
      spare = null;
      return value;
    }
    let u = 0;
    while (u === 0) u = uniform();
    const v = uniform();
    const radius = Math.sqrt(-2 * Math.log(u));
    spare = radius * Math.sin(2 * Math.PI * v);
    return radius * Math.cos(2 * Math.PI * v);
  };

  const int = (n: number): number => Math.floor(uniform() * n);

  return {
    uniform,
    normal,
    int,
    chance: (p) => uniform() < p,
    shuffle<T>(items: readonly T[]): T[] {
      const result = items.slice();
      for (let i = result.length - 1; i > 0; i--) {
        const j = int(i + 1);
        [result[i], result[j]] = [result[j], result[i]];
      }
      return result;
    },
    weighted(weights) {
      const total = weights.reduce((sum, w) => sum + w, 0);
      let r = uniform() * total;
      for (let i = 0; i < weights.length; i++) {
        r -= weights[i];
        if (r < 0) return i;
      }
      return weights.length - 1;
    }
  };
}
