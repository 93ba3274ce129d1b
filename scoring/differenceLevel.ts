import type {DifferenceLevel} from "./types.ts";

/** Differences are compared with thresholds after rounding away floating-point noise (7.4 − 6.7 is 0.7000000000000002). */
const TOLERANCE = 1e-9;

/**
 * The two-strength colouring rule of the reference reports: a difference is "relevant" when it is
 * significant and its absolute size exceeds `min`, "very relevant" when it also exceeds `strong`.
 * Where no variance is known (`significant` null) only the practical threshold applies.
 *
 * @example
 * differenceLevel(0.9, true, {min: 0.7, strong: 1.4}) // "relevant"
 */
export function differenceLevel(difference: number, significant: boolean | null, {min, strong}: {min: number; strong: number}): DifferenceLevel {
  if (significant === false) return "none";
  const size = Math.abs(difference);
  if (size > strong + TOLERANCE) return "veryRelevant";
  if (size > min + TOLERANCE) return "relevant";
  return "none";
}
