import {expect, test} from "vitest";
import {sitePages, openPage, waitForCells} from "./harness.ts";
import {checkPages, chartCount, reportPages, useSite} from "./pageChecks.ts";

// Every page of the built site except the group pages (groupPages.test.ts): the report's pages,
// and the embedding gallery and embed pages that come with it.
const pages = sitePages().filter((path) => !path.startsWith("/groepen/"));
const env = useSite();

/** The fewest charts each report page draws for the example bundle. */
const CHARTS: Record<string, number> = {
  "/": 4, // response, modules high to low, two topic panels, the eNPS over the waves
  "/agenda": 7, // the overview and a chart per measured theme
  "/modules": 3, // modules, every module over the waves, the last two waves side by side
  "/vragen": 17, // a likert chart per module
  "/enps": 2, // distribution and the strip per group
  "/onderwerpen": 3, // two topic panels and comment words
  "/verdelingen": 3, // workload, job search, home working
  "/groepen": 2 // heatmap and eNPS strip
};

test("the built site has the report's pages, listed in report order on its home page", () => {
  const order = reportPages();
  expect(order.slice(0, 9)).toEqual(["/", "/agenda", "/leeswijzer", "/modules", "/vragen", "/enps", "/onderwerpen", "/verdelingen", "/groepen"]);
  for (const path of order) expect(sitePages()).toContain(path);
});

checkPages(pages, (path) => CHARTS[path] ?? 0, env);

test("every number in the summary links to an element that exists where it points", async () => {
  const {page} = await openPage(env.browser(), env.site().url);
  await waitForCells(page);
  // The key points are drawn once the summary's data (trends included) has loaded.
  await page.waitForFunction(() => document.querySelectorAll(".peiling-key-points a").length > 10, undefined, {timeout: 15_000}).catch(() => {});
  const links = await page.$$eval(".peiling-key-points a", (as) => as.map((a) => (a as HTMLAnchorElement).href));
  await page.close();
  expect(links.length).toBeGreaterThan(10);
  const byPage = new Map<string, Set<string>>();
  for (const link of links) {
    const url = new URL(link);
    expect(url.origin).toBe(new URL(env.site().url).origin);
    expect(url.hash).not.toBe("");
    byPage.set(url.pathname, (byPage.get(url.pathname) ?? new Set()).add(decodeURIComponent(url.hash.slice(1))));
  }
  for (const [pathname, ids] of byPage) {
    const {page: target} = await openPage(env.browser(), new URL(pathname, env.site().url).href);
    await waitForCells(target);
    // Headings a cell displays once its data has loaded (the trends') may come a moment later.
    await target.waitForFunction((list) => list.every((id) => document.getElementById(id)), [...ids], {timeout: 15_000}).catch(() => {});
    const missing = await target.evaluate((list) => list.filter((id) => !document.getElementById(id)), [...ids]);
    await target.close();
    expect(missing, `anchors missing on ${pathname}`).toEqual([]);
  }
});

test("choosing another grouping variable redraws the heatmap with that variable's groups", async () => {
  const {page, problems} = await openPage(env.browser(), new URL("groepen", env.site().url).href);
  await waitForCells(page);
  const heatmap = page.locator("figure.peiling-figure").first();
  const rows = () => heatmap.locator("details table tbody tr").count();
  const before = await rows();
  const labels = await page.locator(".peiling-controls select").first().locator("option").allTextContents();
  expect(labels).toEqual(["Domein", "Team", "Leeftijd"]);
  await page.locator(".peiling-controls select").first().selectOption({label: "Team"});
  await page.waitForFunction((n) => document.querySelectorAll("figure.peiling-figure")[0]?.querySelectorAll("details table tbody tr").length !== n, before);
  expect([before, await rows()]).toEqual([5, 24]);
  expect(await heatmap.locator("details table tbody").textContent()).toContain("Wegen en Vaarwegen");
  // Cells show the difference instead of the score: every shown cell is signed or zero.
  await page.getByLabel("het verschil").check();
  await page.waitForFunction(() => /[+−]\d/.test(document.querySelectorAll("figure.peiling-figure")[0]?.querySelector("details table tbody")?.textContent ?? ""));
  expect(problems.consoleErrors).toEqual([]);
  await page.close();
});

test("the columns of the heatmap switch to questions, loaded only when asked for", async () => {
  const {page, problems} = await openPage(env.browser(), new URL("groepen", env.site().url).href);
  await waitForCells(page);
  const requested: string[] = [];
  page.on("request", (request) => requested.push(new URL(request.url()).pathname));
  expect(requested.some((path) => path.includes("group-questions"))).toBe(false);
  await page.getByLabel("vragen").check();
  await page.waitForFunction(() => (document.querySelectorAll("figure.peiling-figure")[0]?.querySelectorAll("details table thead th").length ?? 0) > 40);
  expect(requested.some((path) => path.includes("group-questions"))).toBe(true);
  expect(await chartCount(page)).toBeGreaterThanOrEqual(2);
  expect(problems.consoleErrors).toEqual([]);
  await page.close();
});
