/**
 * The checks every built page must pass in a real browser, as one `describe` per page: it renders
 * (no failed cell) with at least the charts it should draw, logs no console error, requests nothing
 * from another origin and nothing fails, keeps its headings in order, and axe-core finds no WCAG
 * 2.1 A/AA violation. Used by site.test.ts (the report's and the site's pages) and
 * groupPages.test.ts (a page per group), which vitest runs side by side.
 */

import {readFileSync} from "node:fs";
import {join} from "node:path";
import type {Browser, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import type {StaticServer} from "../../site/serve.ts";
import {exampleSite, launchBrowser, openPage, runAxe, startSite, waitForCells, type PageProblems} from "./harness.ts";

/** The report's pages in report order, as the built home page lists them for the PDF. */
export function reportPages(dir = exampleSite): string[] {
  const html = readFileSync(join(dir, "index.html"), "utf-8");
  const json = html.match(/<script type="application\/json" id="peiling-report-pages">([^<]*)<\/script>/)?.[1];
  return json ? (JSON.parse(json) as string[]) : [];
}

/** A browser and the built site (default `dist/`), started before a file's tests and closed after them. */
export function useSite(dir = exampleSite): {site: () => StaticServer; browser: () => Browser} {
  let site: StaticServer;
  let browser: Browser;
  beforeAll(async () => {
    site = await startSite(dir);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  return {site: () => site, browser: () => browser};
}

/** The charts (described SVG images) on the page now. */
export function chartCount(page: Page): Promise<number> {
  return page.locator("main svg[role=img]").count();
}

/**
 * Registers the checks for every page in `pages`; `charts(path)` is the fewest charts the page
 * must draw (0 for a page without charts).
 */
export function checkPages(pages: string[], charts: (path: string) => number, env: ReturnType<typeof useSite>): void {
  describe.each(pages)("page %s", (path) => {
    let page: Page;
    let problems: PageProblems;

    beforeAll(async () => {
      ({page, problems} = await openPage(env.browser(), new URL(path.slice(1), env.site().url).href));
      await waitForCells(page, 30_000);
      const fewest = charts(path);
      if (fewest) await page.waitForFunction((n) => document.querySelectorAll("main svg[role=img]").length >= n, fewest, {timeout: 30_000}).catch(() => {});
    });

    afterAll(() => page?.close());

    test("renders its content and charts", async () => {
      expect((await page.locator("main").innerText()).trim()).not.toBe("");
      expect(await page.locator("main .observablehq--error").count()).toBe(0);
      expect(await chartCount(page)).toBeGreaterThanOrEqual(charts(path));
    });

    test("logs no console error", () => {
      expect(problems.consoleErrors).toEqual([]);
    });

    test("loads every resource from its own origin, none failing", () => {
      expect(problems.outsideRequests).toEqual([]);
      expect(problems.failedRequests).toEqual([]);
    });

    test("has a title, a language and headings that skip no level", async () => {
      expect(await page.title()).not.toBe("");
      expect(await page.getAttribute("html", "lang")).toMatch(/^(nl|en)$/);
      const levels = await page.$$eval("main h1, main h2, main h3, main h4", (hs) => hs.map((h) => Number(h.tagName[1])));
      levels.forEach((level, i) => expect(level - (i ? levels[i - 1] : 1), `heading ${i + 1} of ${path}`).toBeLessThanOrEqual(1));
    });

    test("has no WCAG 2.1 AA violation found by axe-core", async () => {
      expect(await runAxe(page)).toEqual([]);
    });
  });
}
