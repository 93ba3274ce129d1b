/** See tallyCodes.js: adds one closed question's answers to per-set option tallies. */
export function tallyCodesInto(
  codes: Int16Array,
  options: number,
  membership: Int32Array,
  parts: number,
  weights: Float64Array | null,
  count: Float64Array,
  weight: Float64Array | null,
  weight2: Float64Array | null
): void;
