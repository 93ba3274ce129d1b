import type {ModuleWork} from "./aggregate.ts";

/** See reliabilitySumsInto.js: adds the sums of module `m`'s Cronbach's α over every row to `out` (n, Σw, Σw·xⱼ, Σw·xⱼ·xₗ). */
export function reliabilitySumsInto(modules: ModuleWork, m: number, rows: number, weights: Float64Array | null, out: Float64Array): void;
