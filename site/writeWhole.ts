import {existsSync, rmSync, statSync} from "node:fs";
import {open, rename, rm, writeFile} from "node:fs/promises";
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
 * process is interrupted (SIGINT, SIGTERM). Pieces of text (`jsonChunks`) are written one after
 * another, the next made while the one before is being written.
 *
 * @example
 * await writeWhole("report.json", jsonChunks(report));
 */
export async function writeWhole(path: string, content: string | Uint8Array | Iterable<string>): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  const done = onInterrupt(() => rmSync(temporary, {force: true}));
  try {
    if (typeof content === "string" || content instanceof Uint8Array) await writeFile(temporary, content);
    else await writePieces(temporary, content);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, {force: true});
    throw error;
  } finally {
    done();
  }
}

/**
 * Writes the pieces in order, each while the next is made: each with the handle's `writeFile`,
 * which writes all of it at the file's position (a single `write` may write only part of it).
 */
async function writePieces(path: string, pieces: Iterable<string>): Promise<void> {
  const file = await open(path, "w");
  try {
    let writing: Promise<unknown> = Promise.resolve();
    for (const piece of pieces) {
      await writing;
      writing = file.writeFile(piece);
    }
    await writing;
  } finally {
    await file.close();
  }
}
