import {expect, test} from "vitest";
import {openPage, waitForCells} from "./harness.ts";
import {useSite} from "./pageChecks.ts";

// The trends of the example (waves 2021 and 2023, and 2025) on the summary, the modules page, a
// group page and the groups heatmap, in Chromium. The pages' general checks (no console error,
// axe-core, …) are site.test.ts's and groupPages.test.ts's.
const env = useSite();

const open = async (path: string) => {
  const opened = await openPage(env.browser(), new URL(path, env.site().url).href);
  await waitForCells(opened.page, 30_000);
  return opened;
};

test("the summary says what changed over the years, each number linked to the trends, and shows the modules' sparklines and the eNPS trend", async () => {
  const {page, problems} = await open("");
  const point = page.locator(".peiling-key-points li", {hasText: "Over de jaren."});
  await point.waitFor();
  expect(await point.innerText()).toMatch(/Van 2021 tot 2025 stegen \d+ van de \d+ modulescores significant: .*De eNPS was −13 in 2021, −9 in 2023 en 1 in 2025\./s);
  const links = await point.locator("a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  expect(links.length).toBeGreaterThanOrEqual(9);
  expect(new Set(links)).toEqual(new Set(["./modules#ontwikkeling", "#ontwikkeling"]));
  const section = page.locator("#ontwikkeling");
  await section.waitFor();
  const table = page.locator("figure.peiling-figure table", {has: page.locator("svg.peiling-sparkline")});
  expect(await table.locator("thead th").allInnerTexts()).toEqual(["Module", "Verloop", "2021", "2023", "2025"]);
  expect(await table.locator("tbody tr").count()).toBe(17);
  expect(await page.locator("figure.peiling-figure figcaption", {hasText: "Ontwikkeling per module"}).count()).toBe(1);
  expect(problems.consoleErrors).toEqual([]);
  await page.close();
});

test("the modules page draws every module over the three waves and the last two side by side", async () => {
  const {page, problems} = await open("modules");
  await page.locator("#ontwikkeling").waitFor();
  await page.waitForFunction(() => document.querySelectorAll("main svg[role=img]").length >= 3);
  const trend = page.locator("figure.peiling-figure", {has: page.locator("details table thead th", {hasText: "per jaar"})});
  expect(await trend.locator("details table tbody tr").count()).toBe(17);
  expect(await trend.locator("svg[role=img] g[aria-label=line] path").count()).toBe(17);
  const slope = page.locator("figure.peiling-figure", {has: page.locator("details table thead th", {hasText: /^Verandering$/})});
  expect(await slope.locator("details table thead th").allTextContents()).toEqual(["Module", "2023", "2025", "Verandering"]);
  expect(await slope.locator("svg[role=img]").getAttribute("aria-description")).toMatch(/^Lijnen van 17 modulescores van 2023 naar 2025/);
  expect(problems.consoleErrors).toEqual([]);
  await page.close();
});

test("a team too small in 2021 but shown now has no 2021 scores on its page, and its key points say so", async () => {
  const {page, problems} = await open("groepen/domein-bedrijfsvoering--team-juridische-zaken");
  await page.locator("#ontwikkeling").waitFor();
  expect(await page.locator(".peiling-key-points").innerText()).toContain("In 2021 was deze groep te klein om te tonen.");
  const table = page.locator("figure.peiling-figure table", {has: page.locator("svg.peiling-sparkline")});
  const rows = await table.locator("tbody tr").evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent?.trim() ?? "")));
  expect(rows.length).toBeGreaterThan(0);
  expect(rows.every((cells) => cells[2] === "–" && cells[4] !== "–")).toBe(true);
  expect(problems.consoleErrors).toEqual([]);
  await page.close();
});

test("the groups heatmap carries a sparkline in its module cells", async () => {
  const {page, problems} = await open("groepen");
  await page.waitForFunction(() => document.querySelectorAll(".peiling-heatmap-sparklines path").length > 0);
  expect(await page.locator(".peiling-heatmap-sparklines").first().getAttribute("aria-hidden")).toBe("true");
  expect(problems.consoleErrors).toEqual([]);
  await page.close();
});

test("the trend embeds take their options from the iframe's query: a list of items, a language; the heatmap's sparklines on request", async () => {
  const {page, problems} = await open("embed/trend-chart.html?items=werkdruk,leiderschap&locale=en");
  await page.locator('svg[role="img"]').first().waitFor({timeout: 15_000});
  expect(await page.locator("figcaption").first().innerText()).toBe("Trend by module");
  expect(await page.locator("figure details table tbody th").allTextContents()).toEqual(["Werkdruk", "Leiderschap"]);
  await page.close();
  const heatmap = await open("embed/group-heatmap.html?trends=true&items=modules");
  await heatmap.page.waitForFunction(() => document.querySelectorAll(".peiling-heatmap-sparklines path").length > 0, undefined, {timeout: 15_000});
  await heatmap.page.close();
  expect([...problems.consoleErrors, ...heatmap.problems.consoleErrors]).toEqual([]);
});
