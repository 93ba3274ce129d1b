/** See serveLoaderOutput.js: writes the output of the loader that makes `file` (below `src/`) to stdout. */
export function serveLoaderOutput(file: string): Promise<void>;
