import type {CellIndex} from "./aggregate.ts";

/** See tallyCodes.js: adds one closed question's answers to per-set option tallies, through the cells of `index`. */
export function tallyCodesInto(
  codes: Int16Array | Int8Array,
  options: number,
  index: CellIndex,
  weights: Float64Array | null,
  count: Float64Array,
  weight: Float64Array | null,
  weight2: Float64Array | null
): void;
