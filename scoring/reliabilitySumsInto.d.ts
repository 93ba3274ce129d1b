import type {ModuleWork} from "./aggregate.ts";

/** See reliabilitySumsInto.js: adds the sums of every module's Cronbach's α over every row to `out` (per module: n, Σw, Σw·xⱼ, Σw·xⱼ·xₗ). */
export function reliabilitySumsInto(modules: ModuleWork, rows: number, weights: Float64Array | null, out: Float64Array[]): void;
