/** Two builds at once: the Framework step takes turns through a lock folder. */
import {spawn} from "node:child_process";
import {existsSync, mkdirSync, mkdtempSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {setTimeout as sleep} from "node:timers/promises";
import {describe, expect, test} from "vitest";
import {CommandError} from "../../site/CommandError.ts";
import {withBuildLock} from "../../site/withBuildLock.ts";

const lockPath = () => join(mkdtempSync(join(tmpdir(), "peiling-lock-")), "build.lock");

describe("withBuildLock", () => {
  test("withBuildLock runs two builds at once one after the other, never overlapping", async () => {
    const lock = lockPath();
    const events: string[] = [];
    const job = (name: string) =>
      withBuildLock(lock, async () => {
        events.push(`${name} start`);
        await sleep(50);
        events.push(`${name} end`);
      }, {pollMs: 10});
    await Promise.all([job("a"), job("b")]);
    expect(events).toEqual(["a start", "a end", "b start", "b end"]);
    expect(existsSync(lock)).toBe(false);
  });

  test("withBuildLock says another peiling build is running (pid …) and gives up after waitMs", async () => {
    const lock = lockPath();
    const holder = spawn(process.execPath, ["-e", "setTimeout(() => {}, 10000)"]);
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, "pid"), String(holder.pid));
      const told: string[] = [];
      const attempt = withBuildLock(lock, async () => "ran", {waitMs: 100, pollMs: 20, onWait: (m) => told.push(m)});
      await expect(attempt).rejects.toThrow(CommandError);
      await expect(attempt).rejects.toThrow(`another peiling build is running (pid ${holder.pid})`);
      expect(told).toEqual([`another peiling build is running (pid ${holder.pid}): waiting for it to finish`]);
      expect(existsSync(lock)).toBe(true);
    } finally {
      holder.kill();
    }
  });

  test("withBuildLock takes over a stale lock whose build is gone", async () => {
    const lock = lockPath();
    const gone = spawn(process.execPath, ["-e", ""]);
    await new Promise((resolve) => gone.on("exit", resolve));
    mkdirSync(lock);
    writeFileSync(join(lock, "pid"), String(gone.pid));
    await expect(withBuildLock(lock, async () => "ran", {waitMs: 100})).resolves.toBe("ran");
    expect(existsSync(lock)).toBe(false);
  });

  test("withBuildLock releases the lock when the build fails", async () => {
    const lock = lockPath();
    await expect(withBuildLock(lock, async () => Promise.reject(new Error("framework failed")))).rejects.toThrow("framework failed");
    expect(existsSync(lock)).toBe(false);
  });
});
