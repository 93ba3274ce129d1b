/** See compiledEntry.js: where the compiled `peiling` command is, and whether it is current. */
export const COMPILED_FOLDER: string;
export const MANIFEST: string;
export function compiledEntry(root?: string): {file: string; reason: null} | {file: null; reason: string};
