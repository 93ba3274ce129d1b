import type {CellIndex, ModuleWork} from "./aggregate.ts";

/** Per set, where rows handed over in batches take up the module totals (see moduleUnitTotals.js). */
export interface UnitCarry {
  /** The position of the set's next respondent. */
  position: Int32Array;
  /** The Weyl sequence's value for it (its block, in a set of more than MAX_BOOTSTRAP_UNITS). */
  weyl: Uint32Array;
}

/** See moduleUnitTotals.js: adds the module totals per bootstrap unit of every set of partition `p`. */
export function moduleUnitTotalsInto(index: CellIndex, p: number, modules: ModuleWork, weights: Float64Array | null, carry?: UnitCarry | null): void;
