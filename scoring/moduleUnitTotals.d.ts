import type {CellIndex, ModuleWork} from "./aggregate.ts";

/** See moduleUnitTotals.js: adds the module totals per bootstrap unit of every set of partition `p`. */
export function moduleUnitTotalsInto(index: CellIndex, p: number, modules: ModuleWork, weights: Float64Array | null): void;
