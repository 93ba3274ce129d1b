/** Cleanups to run when the process is interrupted, newest first. */
const cleanups: (() => void)[] = [];
const SIGNALS = {SIGINT: 2, SIGTERM: 15} as const;
let installed = false;

/**
 * Runs `cleanup` (synchronously: the process exits right after) when the process gets SIGINT or
 * SIGTERM, then exits with 128 + the signal's number, as a shell reports it. Returns a function
 * that unregisters the cleanup once the work it guards is done. Used for temporary files and
 * folders and the build lock, so an interrupted command leaves nothing behind.
 *
 * @example
 * const done = onInterrupt(() => rmSync(temporary, {force: true}));
 * try { writeFileSync(temporary, text); renameSync(temporary, path); } finally { done(); }
 */
export function onInterrupt(cleanup: () => void): () => void {
  if (!installed) {
    installed = true;
    for (const [signal, number] of Object.entries(SIGNALS)) {
      process.on(signal, () => {
        for (const run of cleanups.splice(0).reverse()) {
          try {
            run();
          } catch {
            // Best effort: the other cleanups still run.
          }
        }
        process.exit(128 + number);
      });
    }
  }
  cleanups.push(cleanup);
  return () => {
    const i = cleanups.indexOf(cleanup);
    if (i >= 0) cleanups.splice(i, 1);
  };
}
