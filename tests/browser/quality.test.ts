import {existsSync} from "node:fs";
import {join} from "node:path";
import {expect, test} from "vitest";
import {openPage, qualitySite, sitePages, waitForCells} from "./harness.ts";
import {checkPages, reportPages, useSite} from "./pageChecks.ts";

// The quality-mark example's site (data/keurmerk, built by globalSetup): every page passes the
// same checks as the main example's, and the Keurmerk page shows table 1.1 and its verdict.
const pages = sitePages(qualitySite);
const env = useSite(qualitySite);

/** The fewest charts each page draws for the quality-mark example. */
const CHARTS: Record<string, number> = {
  "/": 2, // response, modules high to low
  "/keurmerk": 2, // the grades of clients and of commissioners
  "/modules": 1,
  "/vragen": 4, // a likert chart per module
  "/verdelingen": 8 // recommendation, expectation, complaints, background
};

test("the quality-mark site has the Keurmerk page after the summary, and no page for what the bundle lacks", () => {
  expect(reportPages(qualitySite).slice(0, 7)).toEqual(["/", "/keurmerk", "/leeswijzer", "/modules", "/vragen", "/verdelingen", "/groepen"]);
  for (const absent of ["enps", "onderwerpen"]) expect(existsSync(join(qualitySite, `${absent}.html`)), absent).toBe(false);
  // The main example has no norm, so no Keurmerk page.
  expect(reportPages()).not.toContain("/keurmerk");
});

checkPages(pages, (path) => CHARTS[path] ?? 0, env);

test("the Keurmerk page shows table 1.1 with its figures, the verdict and the rule in Dutch", async () => {
  const {page, problems} = await openPage(env.browser(), new URL("keurmerk", env.site().url).href);
  await waitForCells(page);
  const rows = await page.$$eval("table.peiling-norm-table tbody tr", (trs) => trs.map((tr) => [...tr.children].map((c) => (c.textContent ?? "").trim())));
  const byLabel = new Map(rows.map((cells) => [cells[0], cells.slice(1)]));
  // Net sample, completed, response, grade (then margin, corrected, norm, outcome, publication).
  expect(byLabel.get("Outplacement")?.slice(0, 4)).toEqual(["6", "4", "66,7\u00a0%", "8,1* (rust op weinig antwoorden)"]);
  expect(byLabel.get("Toeleiden van werk naar werk (eerste en tweede spoor)")?.slice(0, 4)).toEqual(["428", "81", "18,9\u00a0%", "7,6"]);
  expect(byLabel.get("Toeleiden naar werk vanuit situatie geen werk")?.slice(0, 4)).toEqual(["26", "12", "46,2\u00a0%", "7,7"]);
  expect(byLabel.get("Totaal cliënten")?.slice(0, 4)).toEqual(["460", "97", "21,1\u00a0%", "7,6"]);
  expect(byLabel.get("Totaal opdrachtgevers")?.slice(0, 4)).toEqual(["58", "11", "19,0\u00a0%", "7,6"]);
  expect(byLabel.get("Totaal cliënten")?.slice(-2)).toEqual(["✓ gehaald", "ja"]);
  const text = await page.locator(".peiling-norm-sentences").innerText();
  expect(text).toContain("De norm is gehaald");
  expect(text).toContain("minstens 6,5");
  expect(text).toContain("als een 5");
  expect(problems.consoleErrors).toEqual([]);
  await page.close();
});

test("the quality-mark gallery offers the grade chart and no chart the bundle has no data for", async () => {
  const {page, problems} = await openPage(env.browser(), new URL("gallery", env.site().url).href);
  await waitForCells(page);
  await page.locator('.peiling-gallery-item[data-embed="grade-distribution"] pre').first().waitFor({timeout: 15_000});
  const names = await page.$$eval(".peiling-gallery-item", (sections) => sections.map((s) => (s as HTMLElement).dataset.embed));
  expect(names).toContain("grade-distribution");
  for (const absent of ["enps-distribution", "enps-group-strip", "topic-ranking"]) expect(names).not.toContain(absent);
  expect(problems.consoleErrors).toEqual([]);
  await page.close();
});

test("the grade chart embeds as an iframe page for the population its query string names", async () => {
  const {page, problems} = await openPage(env.browser(), new URL("embed/grade-distribution?population=Opdrachtgevers", env.site().url).href);
  await page.locator('figure svg[role="img"]').first().waitFor({timeout: 15_000});
  expect(await page.locator("figcaption").first().innerText()).toBe("Spreiding van de rapportcijfers · Opdrachtgevers (n = 11)");
  expect(problems.consoleErrors).toEqual([]);
  await page.close();
});
