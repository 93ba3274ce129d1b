/**
 * A real browser against the built site: a static server for `dist/` on 127.0.0.1, Debian's
 * Chromium driven by playwright-core, and helpers that open a page while recording what went
 * wrong, wait for Framework's cells and charts, and run axe-core.
 */

import {readdirSync} from "node:fs";
import {createRequire} from "node:module";
import {createHash} from "node:crypto";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {chromium, type Browser, type Page} from "playwright-core";
import {repoRoot} from "../../site/paths.ts";
import {serveStatic, type StaticServer} from "../../site/serve.ts";

/**
 * Where the browser tests build the example sites: their own folders, never the project's `dist/`
 * (which may hold whatever was built last), outside the repository (`peiling build` refuses a
 * folder inside it), one set per checkout, kept between runs.
 */
const sitesRoot = join(tmpdir(), `peiling-browser-${createHash("sha256").update(repoRoot).digest("hex").slice(0, 12)}`);
export const exampleSite = join(sitesRoot, "voorbeeld");
export const qualitySite = join(sitesRoot, "keurmerk");
/** The study across organisations on the real FEVS 2018 data (scripts/fevsStudySite.ts writes its bundle). */
export const studySite = join(sitesRoot, "fevs2018-study");

/** Debian's Chromium (`apt-get install chromium`); `CHROMIUM_PATH` overrides it. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Flags that let Chromium run as root with no network and no background traffic. */
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync"
];

/** The WCAG 2.1 A and AA rules of axe-core. */
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

/** Serves the built site (default `dist/`) on 127.0.0.1 at a free port. */
export function startSite(dir = exampleSite): Promise<StaticServer> {
  return serveStatic(dir, {port: 0});
}

/** Launches headless Chromium with a fresh profile. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({executablePath: chromiumPath, headless: true, args: CHROMIUM_ARGS});
}

/** The site's pages as URL paths (`/`, `/modules`), from the HTML files of a build. */
export function sitePages(dir = exampleSite): string[] {
  return readdirSync(dir, {recursive: true, encoding: "utf-8"})
    .filter((file) => file.endsWith(".html") && !file.startsWith("_"))
    .map((file) => `/${file.replace(/\\/g, "/").replace(/(^|\/)index\.html$/, "$1").replace(/\.html$/, "")}`)
    .sort();
}

/** What a page did wrong while it loaded. */
export interface PageProblems {
  /** Console errors and uncaught exceptions (a failing Framework cell logs one). */
  consoleErrors: string[];
  /** Requests that failed or answered 400 or more. */
  failedRequests: string[];
  /** Requests to any origin other than the site's own; they are aborted, never sent. */
  outsideRequests: string[];
}

/** The options of {@link openPage}. */
export interface OpenPageOptions {
  /** Other origins the page may load from (e.g. the site a host page embeds a chart of); default none. */
  allowOrigins?: string[];
}

/**
 * Opens `url` in a new page, recording problems from the first request on. Requests to other
 * origins (than the page's own and `allowOrigins`) are recorded and aborted, so a test never
 * depends on the network.
 *
 * @example
 * const {page, problems} = await openPage(browser, `${site.url}modules`);
 */
export async function openPage(browser: Browser, url: string, {allowOrigins = []}: OpenPageOptions = {}): Promise<{page: Page; problems: PageProblems}> {
  const origins = new Set([new URL(url).origin, ...allowOrigins.map((o) => new URL(o).origin)]);
  const problems: PageProblems = {consoleErrors: [], failedRequests: [], outsideRequests: []};
  const page = await browser.newPage();
  page.on("console", (message) => {
    if (message.type() === "error") problems.consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => problems.consoleErrors.push(String(error)));
  page.on("requestfailed", (request) => {
    if (origins.has(new URL(request.url()).origin)) problems.failedRequests.push(`${request.url()}: ${request.failure()?.errorText}`);
  });
  page.on("response", (response) => {
    if (response.status() >= 400) problems.failedRequests.push(`${response.url()}: ${response.status()}`);
  });
  await page.route("**/*", (route) => {
    const target = route.request().url();
    if (/^(data|blob):/.test(target) || origins.has(new URL(target).origin)) return route.continue();
    problems.outsideRequests.push(target);
    return route.abort("blockedbyclient");
  });
  await page.goto(url, {waitUntil: "load"});
  return {page, problems};
}

/**
 * Waits until every Framework cell on the page has displayed (no loading indicator left) and the
 * page has settled: nothing in it changed for {@link SETTLED_MS} ms, so that a cell drawn again
 * once its data arrives (or one that had not started when the indicators were counted) is done.
 */
export async function waitForCells(page: Page, timeout = 15_000): Promise<void> {
  const started = Date.now();
  await page.waitForFunction(() => !document.querySelector("observablehq-loading"), undefined, {timeout});
  await page.evaluate(
    ([quiet, limit]) =>
      new Promise<void>((resolve, reject) => {
        let timer = setTimeout(done, quiet);
        const deadline = setTimeout(() => {
          observer.disconnect();
          clearTimeout(timer);
          reject(new Error(`the page kept changing (or a cell loading) for ${limit} ms`));
        }, limit);
        const observer = new MutationObserver(() => {
          clearTimeout(timer);
          timer = setTimeout(done, quiet);
        });
        observer.observe(document.body, {childList: true, subtree: true, characterData: true});
        function done() {
          // A cell loading again (its input changed) is waited for as well.
          if (document.querySelector("observablehq-loading")) {
            timer = setTimeout(done, quiet);
            return;
          }
          observer.disconnect();
          clearTimeout(deadline);
          resolve();
        }
      }),
    [SETTLED_MS, Math.max(1_000, timeout - (Date.now() - started))] as const
  );
}

/** How long a page must stay unchanged for {@link waitForCells} to call it settled. */
const SETTLED_MS = 150;

/** Waits for at least `count` charts (SVG in the page's main column) and returns how many there are. */
export async function waitForCharts(page: Page, count = 1, timeout = 15_000): Promise<number> {
  await page.waitForFunction((n) => document.querySelectorAll("main svg").length >= n, count, {timeout});
  return page.locator("main svg").count();
}

/** One axe-core finding, reduced to what a test failure message needs. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  /** CSS selectors of the offending elements. */
  targets: string[];
}

/** Runs axe-core's WCAG 2.1 A/AA rules on the page as it is now and returns the violations. */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({path: axePath});
  return page.evaluate(async (tags) => {
    // `axe` is the global the injected script defines.
    const {axe} = window as unknown as {axe: typeof import("axe-core")};
    const {violations} = await axe.run(document, {runOnly: {type: "tag", values: tags}});
    return violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(" "))
    }));
  }, AXE_TAGS);
}
