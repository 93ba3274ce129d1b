import type {Browser, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import type {StaticServer} from "../../scripts/site/serve.ts";
import {launchBrowser, openPage, runAxe, sitePages, startSite, waitForCells, waitForCharts, type PageProblems} from "./harness.ts";

let site: StaticServer;
let browser: Browser;

beforeAll(async () => {
  site = await startSite();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const pages = sitePages();

test("the built site has a home page", () => {
  expect(pages).toContain("/");
});

describe.each(pages)("page %s", (path) => {
  let page: Page;
  let problems: PageProblems;

  beforeAll(async () => {
    ({page, problems} = await openPage(browser, new URL(path.slice(1), site.url).href));
    await waitForCells(page);
  });

  afterAll(() => page?.close());

  test("renders its content", async () => {
    expect((await page.locator("main").innerText()).trim()).not.toBe("");
    expect(await page.locator("main .observablehq--error").count()).toBe(0);
  });

  test("logs no console error", () => {
    expect(problems.consoleErrors).toEqual([]);
  });

  test("loads every resource from its own origin, none failing", () => {
    expect(problems.outsideRequests).toEqual([]);
    expect(problems.failedRequests).toEqual([]);
  });

  test("has no WCAG 2.1 AA violation found by axe-core", async () => {
    expect(await runAxe(page)).toEqual([]);
  });
});

test("the home page draws its chart", async () => {
  const {page} = await openPage(browser, site.url);
  expect(await waitForCharts(page)).toBeGreaterThanOrEqual(1);
  await page.close();
});
