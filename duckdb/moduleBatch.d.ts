import type {CellIndex, ModuleWork} from "../scoring/aggregate.ts";
import type {UnitCarry} from "../scoring/moduleUnitTotals.js";

/** See moduleBatch.js: adds a batch of rows to every partition's module totals and to the sums for Cronbach's α. */
export function moduleBatchInto(index: CellIndex, modules: ModuleWork, weights: Float64Array, carry: UnitCarry, sums: Float64Array[]): void;
