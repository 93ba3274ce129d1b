import {existsSync, rmSync, statSync} from "node:fs";
import {rename, rm, writeFile} from "node:fs/promises";
import {dirname, resolve} from "node:path";
import {CommandError} from "./CommandError.ts";
import {onInterrupt} from "./onInterrupt.ts";

/**
 * Throws a CommandError naming the option when `path` cannot take a file written by
 * {@link writeWhole}: it is an existing folder, or its folder does not exist. Called before any
 * work, so a command refuses at once instead of after minutes of scoring.
 *
 * @example
 * checkFileOut("report.json", "--out");
 */
export function checkFileOut(path: string, option: string): void {
  const folder = dirname(resolve(path));
  if (existsSync(path) && statSync(path).isDirectory()) throw new CommandError(`${option} ${path} is a folder: give the name of a file to write`);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new CommandError(`${option} ${path}: the folder ${folder} does not exist`);
}

/**
 * Writes a file whole or not at all: into `<path>.<pid>.tmp` beside it, then renamed over `path`,
 * so a reader never sees half a file. The temporary file is removed when the write fails or the
 * process is interrupted (SIGINT, SIGTERM).
 *
 * @example
 * await writeWhole("report.json", JSON.stringify(report));
 */
export async function writeWhole(path: string, content: string | Uint8Array): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  const done = onInterrupt(() => rmSync(temporary, {force: true}));
  try {
    await writeFile(temporary, content);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, {force: true});
    throw error;
  } finally {
    done();
  }
}
