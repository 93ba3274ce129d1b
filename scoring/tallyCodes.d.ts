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

/** See tallyCodes.js: adds each row's answer to its cell in every block, a count or with weights a count, Σw and Σw² per cell and option. */
export function tallyCellsInto(codes: ArrayLike<number>, options: number, index: Pick<CellIndex, "rows" | "blocks" | "cellOfRow">, weights: ArrayLike<number> | null, sums: Float64Array): void;

/** See tallyCodes.js: adds each cell's tally (`step` numbers per option, this one at `offset`) to every set that contains it. */
export function addCells(index: Pick<CellIndex, "blockStart" | "partitions">, stride: number, sums: Float64Array, step: number, offset: number, into: Float64Array): void;
