#!/usr/bin/env node
// The `peiling` command. Runs the compiled JavaScript in compiled/ (`npm run compile`, which `npm ci`
// runs as `prepare`) when it is newer than every source it was bundled from; otherwise registers tsx
// and runs the TypeScript sources as they are, so a changed source is never left unrun. At a terminal
// it says so, since that start is slower.
import {pathToFileURL} from "node:url";
import {compiledEntry} from "./compiledEntry.js";

const entry = compiledEntry();
if (entry.file) {
  await import(pathToFileURL(entry.file).href);
} else {
  if (process.stderr.isTTY) console.error(`peiling: running the TypeScript sources (${entry.reason}; \`npm run compile\` for a faster start)`);
  const {register} = await import("tsx/esm/api");
  register();
  await import("../cli/peiling.ts");
}
