/**
 * The lock around the part of `peiling build` that uses the project's shared Framework folders
 * (`src/.observablehq/cache`, `src/lib/components.js`): two builds at once would clear and write
 * each other's files.
 */
import {mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {setTimeout as sleep} from "node:timers/promises";
import {CommandError} from "./CommandError.ts";
import {onInterrupt} from "./onInterrupt.ts";

/** Options of {@link withBuildLock}. */
export interface BuildLockOptions {
  /** How long to wait for another build before giving up, in milliseconds; default 15 minutes. */
  waitMs?: number;
  /** How often to look whether the other build is done; default 500 ms. */
  pollMs?: number;
  /** Told once when another build holds the lock and this one waits. */
  onWait?: (message: string) => void;
}

/**
 * Runs `work` holding the lock folder `lock` (made with `mkdir`, which only one process can do,
 * holding a `pid` file). While another live process holds it, waits for it (saying so once through
 * `onWait`) and throws a CommandError "another peiling build is running (pid …)" after `waitMs`. A
 * lock whose process is gone (a build that was killed) is stale and taken over. The lock is
 * released when `work` ends, fails or the process is interrupted.
 *
 * @example
 * await withBuildLock(join(repoRoot, ".peiling-build.lock"), () => runFramework());
 */
export async function withBuildLock<T>(lock: string, work: () => Promise<T>, {waitMs = 15 * 60_000, pollMs = 500, onWait}: BuildLockOptions = {}): Promise<T> {
  const deadline = Date.now() + waitMs;
  let told = false;
  for (;;) {
    const holder = tryLock(lock);
    if (holder === null) break;
    const message = `another peiling build is running (pid ${holder})`;
    if (Date.now() >= deadline) throw new CommandError(`${message}; tried for ${Math.round(waitMs / 1000)} s. If no build is running, remove ${lock}`);
    if (!told) onWait?.(`${message}: waiting for it to finish`);
    told = true;
    await sleep(pollMs);
  }
  const release = () => rmSync(lock, {recursive: true, force: true});
  const done = onInterrupt(release);
  try {
    return await work();
  } finally {
    release();
    done();
  }
}

/** Takes the lock and returns null, or returns the pid of the live process holding it. */
function tryLock(lock: string): number | null {
  try {
    mkdirSync(lock);
    writeFileSync(join(lock, "pid"), String(process.pid));
    return null;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  let pid = 0;
  try {
    pid = Number(readFileSync(join(lock, "pid"), "utf-8"));
  } catch {
    // Just made by another process, which is writing its pid: look again (unless it died doing so).
    if (Date.now() - lockAge(lock) < 10_000) return 0;
  }
  if (pid > 0 && isAlive(pid)) return pid;
  // A stale lock: the build holding it is gone. Take it over: rename, so only one process wins.
  const stale = `${lock}.stale-${process.pid}`;
  try {
    renameSync(lock, stale);
  } catch {
    return 0;
  }
  rmSync(stale, {recursive: true, force: true});
  return tryLock(lock);
}

/** When the lock folder was made (0 when it is gone). */
function lockAge(lock: string): number {
  try {
    return statSync(lock).mtimeMs;
  } catch {
    return 0;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
