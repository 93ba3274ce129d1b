/** See cellTallyInto.js: counts one closed question's answers per audit cell and option. */
export function cellTallyInto(codes: Int16Array | Int8Array, cellOfRow: Int32Array, options: number, tally: Int32Array): void;
