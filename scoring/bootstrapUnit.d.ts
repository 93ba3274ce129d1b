/** See bootstrapUnit.js: above this many respondents a set's module totals are kept per block of respondents. */
export const MAX_BOOTSTRAP_UNITS: 1000;

/** See bootstrapUnit.js: the bootstrap unit of the respondent at `position` of a set of `size`. */
export function bootstrapUnit(position: number, size: number, salt: number): number;
