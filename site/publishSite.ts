/**
 * Where `peiling build` may put a site, and how it replaces a previous one without ever removing
 * a file Peiling did not write: every site carries a marker file of Peiling's own, a folder is
 * replaced only when it holds that marker (or is empty), and the new site is built in a sibling
 * folder and swapped in with renames, so an interrupted or failed build leaves the old site whole.
 */
import {existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, realpathSync, renameSync, rmSync, statSync, writeFileSync} from "node:fs";
import {basename, dirname, isAbsolute, join, relative, sep} from "node:path";
import {CommandError} from "./CommandError.ts";
import {onInterrupt} from "./onInterrupt.ts";

/** The marker file in every site Peiling writes: `{"tool": "peiling", "version": …, "bundle": …}`. */
export const SITE_MARKER = ".peiling-site";

/** What the marker says about a site. */
export interface SiteMarker {
  tool: "peiling";
  version: string;
  /** The bundle's folder name (not its path: the site may be published). */
  bundle: string;
}

/** Where a site may go: the folders it must stay out of, and the one project folder it may be. */
export interface SiteOutRules {
  /** The Peiling project: a site never goes into it (but for `ownDist`) nor around it. */
  project: string;
  /** The project's own output folder (`dist/`), always Peiling's to replace. */
  ownDist: string;
  /** The survey bundle: a site never goes into it, onto it, nor around it. */
  bundle: string;
}

/** Whether `child` is `parent` or lies within it. */
export function isWithin(parent: string, child: string): boolean {
  const path = relative(parent, child);
  return path === "" || (!isAbsolute(path) && path !== ".." && !path.startsWith(`..${sep}`));
}

/**
 * Checks that a site may be written to `out` (an absolute path) and throws a {@link CommandError}
 * saying why not: `out` may be a new folder, an empty folder, a folder holding a site Peiling
 * wrote (its {@link SITE_MARKER}), or the project's own `dist/`; never a file, never the bundle or
 * a folder within or around it, never a folder within or around the project.
 *
 * @example
 * checkSiteOut("/home/ann/rapport", {project: "/opt/peiling", ownDist: "/opt/peiling/dist", bundle: "/home/ann/enquete"});
 */
export function checkSiteOut(out: string, {project, ownDist, bundle}: SiteOutRules): void {
  const real = (path: string) => (existsSync(path) ? realpathSync(path) : path);
  const [o, p, d, b] = [real(out), real(project), real(ownDist), real(bundle)];
  if (o === d) return;
  const refuse = (why: string) => {
    throw new CommandError(`--out ${out}: ${why}; nothing was written`);
  };
  if (isWithin(o, p)) refuse("this folder holds the Peiling project itself: choose a folder of its own");
  if (isWithin(p, o)) refuse(`this folder is inside the Peiling project (${p}): choose a folder outside it, or leave out --out to build into ${d}`);
  if (isWithin(o, b)) refuse(`this folder holds the survey bundle ${bundle}: choose a folder of its own`);
  if (isWithin(b, o)) refuse(`this folder is inside the survey bundle ${bundle}: choose a folder outside it`);
  if (!existsSync(out)) {
    const parent = nearestExisting(dirname(out));
    if (!statSync(parent).isDirectory()) refuse(`${parent} is a file, not a folder`);
    return;
  }
  if (!statSync(out).isDirectory()) refuse("this is a file, not a folder");
  if (readdirSync(out).length === 0) return;
  if (!readMarker(out)) {
    refuse(
      `this folder is not empty and holds no site Peiling wrote (no ${SITE_MARKER} file), so Peiling will not replace it: ` +
        "give a new or empty folder (a site from a Peiling without the marker: remove it yourself first)"
    );
  }
}

/** The site marker in `dir`, or null when there is none or it is not Peiling's. */
export function readMarker(dir: string): SiteMarker | null {
  const path = join(dir, SITE_MARKER);
  try {
    if (!lstatSync(path).isFile()) return null;
    const marker = JSON.parse(readFileSync(path, "utf-8")) as Partial<SiteMarker>;
    return marker && marker.tool === "peiling" ? (marker as SiteMarker) : null;
  } catch {
    return null;
  }
}

function nearestExisting(path: string): string {
  let at = path;
  while (!existsSync(at) && dirname(at) !== at) at = dirname(at);
  return at;
}

/**
 * Writes a site to `out` whole or not at all: `fill` writes it into a fresh folder beside `out`
 * (same parent, so same file system), the {@link SITE_MARKER} is added, and the new folder is
 * swapped in with two renames (the previous `out` to `<out>.old-<pid>`, the new one to `out`)
 * before the previous site is removed. The new folder is removed when `fill` fails or the process
 * is interrupted (SIGINT, SIGTERM); a failed swap puts the previous site back. Check `out` with
 * {@link checkSiteOut} first.
 *
 * @example
 * await publishSite("/home/ann/rapport", {tool: "peiling", version: "0.1.0", bundle: "enquete"}, async (dir) => build(dir));
 */
export async function publishSite(out: string, marker: SiteMarker, fill: (dir: string) => Promise<void>): Promise<void> {
  const parent = dirname(out);
  mkdirSync(parent, {recursive: true});
  const fresh = join(parent, `.${basename(out)}.peiling-new-${process.pid}`);
  const old = `${out}.old-${process.pid}`;
  rmSync(fresh, {recursive: true, force: true});
  mkdirSync(fresh);
  const done = onInterrupt(() => rmSync(fresh, {recursive: true, force: true}));
  try {
    await fill(fresh);
    writeFileSync(join(fresh, SITE_MARKER), `${JSON.stringify(marker)}\n`);
    swapIn(fresh, out, old);
  } finally {
    rmSync(fresh, {recursive: true, force: true});
    done();
  }
  rmSync(old, {recursive: true, force: true});
}

/** Renames `fresh` to `out`, moving a previous `out` to `old` first and back again should the second rename fail. */
function swapIn(fresh: string, out: string, old: string): void {
  const previous = existsSync(out);
  if (previous) renameSync(out, old);
  try {
    renameSync(fresh, out);
  } catch (error) {
    if (previous) renameSync(old, out);
    throw new CommandError(`could not move the new site to ${out} (${(error as Error).message}); the previous site is untouched`);
  }
}
