// Plain JavaScript, so that the worker thread of tallyWorker.js can run it without a TypeScript
// loader; aggregate.ts exports both names with the rest of the aggregation.

/**
 * Above this many respondents a set's module totals are kept for random blocks of respondents
 * rather than for each respondent, which bounds their size; below it, the respondent bootstrap
 * resamples single respondents.
 */
export const MAX_BOOTSTRAP_UNITS = 1000;

/**
 * The bootstrap unit of the respondent at `position` (0, 1, … in row order) of a set of `size`:
 * the respondent itself, or for a large set one of {@link MAX_BOOTSTRAP_UNITS} blocks, by a Weyl
 * sequence ((position · 2654435761 + salt) mod 2³²) mod 1000, which spreads neighbouring rows over
 * the blocks and is computed the same in SQL:
 * `((position * 2654435761) % 4294967296 + salt) % 4294967296 % 1000`.
 *
 * @param {number} position
 * @param {number} size
 * @param {number} salt
 * @returns {number}
 * @example
 * bootstrapUnit(5, 20, salt) // 5
 */
export function bootstrapUnit(position, size, salt) {
  if (size <= MAX_BOOTSTRAP_UNITS) return position;
  return (((Math.imul(position, 0x9e3779b1) >>> 0) + salt) % 4294967296) % MAX_BOOTSTRAP_UNITS;
}
