import {readFileSync} from "node:fs";
import {join} from "node:path";
import {beforeAll, expect, test} from "vitest";
import {fevsStudyDir} from "../../scripts/fevsStudySite.ts";
import {scoreBundle, type Report} from "../../scoring/index.ts";
import {organisationPages, studyView} from "../../site/views/studyView.ts";
import {chartText} from "../../text/chartText.ts";
import {format} from "../../text/format.ts";
import {openPage, studySite, waitForCells} from "./harness.ts";
import {checkPages, reportPages, useSite} from "./pageChecks.ts";
import {jsonFiles, suppressedFields} from "./suppressedFields.ts";

// The study across organisations on the real FEVS 2018 data (built by globalSetup): its own pages
// pass the checks every page passes; a reader picks an agency from the study page and reads its own
// report; no suppressed group shows a number; the research page's numbers are the model's.
const env = useSite(studySite);
let report: Report;

beforeAll(async () => {
  // The model the site was built from, scored again from the same bundle.
  report = await scoreBundle(fevsStudyDir);
});

/** The agency whose page every check runs on (Army: the largest but one, with many sub-agencies). */
const AGENCY = "/organisaties/agency-ar";

/** The fewest charts each study page draws. */
const CHARTS: Record<string, number> = {
  "/organisaties": 3, // spread, funnel, heatmap
  "/onderzoek": 3 + 4 + 2, // three relationships of the first module, a funnel per module, two outcomes' drivers
  [AGENCY]: 1 + 4 + 1, // modules, a funnel per module, the sub-agencies' heatmap
  "/embed/spread-chart": 1,
  "/embed/funnel-plot": 1,
  "/embed/correlation-chart": 1,
  "/embed/driver-chart": 1
};

test("the study site has the organisations and research pages and a page per agency, in report order", () => {
  const order = reportPages(studySite);
  expect(order).toEqual(expect.arrayContaining(["/organisaties", "/onderzoek", AGENCY]));
  expect(order.filter((p) => p.startsWith("/organisaties/"))).toEqual(organisationPages(report).map((p) => p.path));
  expect(organisationPages(report)).toHaveLength(report.groups.filter((g) => g.variable === "AGENCY" && !g.suppressed).length);
});

checkPages(Object.keys(CHARTS), (path) => CHARTS[path], env);

test("the study page lists every agency as a link in its HTML, so the list works without JavaScript", () => {
  const html = readFileSync(join(studySite, "organisaties.html"), "utf-8");
  for (const page of organisationPages(report)) expect(html).toContain(`<a href=".${page.path}">${page.label}</a>`);
  const agencies = report.groups.filter((g) => g.variable === "AGENCY");
  expect(html.match(/<li[ >]/g)?.length).toBeGreaterThanOrEqual(agencies.length);
});

test("a reader picks an agency on the study page and reads its own report, its charts drawn", async () => {
  const {page, problems} = await openPage(env.browser(), new URL("organisaties", env.site().url).href);
  await waitForCells(page, 30_000);
  await page.locator(`.peiling-organisation-list a[href=".${AGENCY}"]`).click();
  await page.waitForURL(/organisaties\/agency-ar$/);
  await waitForCells(page, 30_000);
  await page.waitForFunction(() => document.querySelectorAll("main svg[role=img]").length >= 6, undefined, {timeout: 30_000});
  const ar = report.groups.find((g) => g.id === "AGENCY=AR")!;
  expect(await page.locator("main h1").innerText()).toBe(ar.value);
  // Its own respondents, and its benchmarks against the other agencies, as the model gives them.
  const f = format({locale: "en", scoring: "percent-positive"});
  const keyPoints = await page.locator(".peiling-key-points").innerText();
  expect(keyPoints).toContain(f.count(ar.n));
  const table = await page.locator("table.peiling-comparison-table").first().innerText();
  for (const name of ["Mean of the other organisations", "Top 3 of the other organisations"]) expect(table).toContain(name);
  const mean = report.comparisons.find((c) => c.group === ar.id && c.kind === "module" && c.item === "leaders_lead" && c.against === "organisations")!;
  expect(table).toContain(f.score(mean.reference));
  expect(problems.consoleErrors).toEqual([]);
  await page.close();
});

test("no suppressed sub-agency shows a number on its agency's page", async () => {
  const hidden = report.groups.filter((g) => g.variable === "LEVEL1" && g.suppressed);
  expect(hidden.length).toBeGreaterThan(0);
  const agency = organisationPages(report).find((p) => p.id === hidden[0].parent)!;
  const {page} = await openPage(env.browser(), new URL(agency.path.slice(1), env.site().url).href);
  await waitForCells(page, 30_000);
  const rows = await page.$$eval("table.peiling-group-table tbody tr", (trs) => trs.map((tr) => [...tr.children].map((c) => (c.textContent ?? "").trim())));
  for (const group of hidden.filter((g) => g.parent === agency.id)) {
    const row = rows.find((cells) => cells[0] === `${group.value} (${chartText("en").suppressed})`);
    expect(row, group.value).toBeDefined();
    expect(row!.slice(1).join(" ")).not.toMatch(/\d/);
  }
  await page.close();
});

test("with JavaScript, a reader can also choose an agency and open it", async () => {
  const {page, problems} = await openPage(env.browser(), new URL("organisaties", env.site().url).href);
  await waitForCells(page, 30_000);
  await page.locator("form.peiling-picker select").selectOption({label: "NV"});
  await page.locator("form.peiling-picker button").click();
  await page.waitForURL(/organisaties\/agency-nv$/);
  await waitForCells(page, 30_000);
  expect(await page.locator("main h1").innerText()).toBe("NV");
  expect(problems.consoleErrors).toEqual([]);
  await page.close();
});

test("the research page's numbers are the model's: r and its interval, the spread, R²", async () => {
  const view = studyView(report)!;
  const {page, problems} = await openPage(env.browser(), new URL("onderzoek", env.site().url).href);
  await waitForCells(page, 30_000);
  const text = await page.locator("main").innerText();
  const f = format({locale: "en"});
  const score = format({locale: "en", scoring: "percent-positive"});
  const first = report.survey.modules[0].id;
  const pairs = report.analyses!.correlations.filter((c) => c.a === first || c.b === first);
  expect(pairs.length).toBe(report.survey.modules.length - 1);
  for (const c of pairs) expect(text).toContain(`(r = ${f.number(c.r, 2)}, 95% interval ${f.interval(c.ci![0], c.ci![1], (x) => f.number(x, 2))})`);
  for (const s of report.analyses!.spread) {
    const [top, bottom] = [s.organisations[0], s.organisations.at(-1)!];
    expect(text).toContain(`organisations range from ${score.score(top.score)} (${top.value}) to ${score.score(bottom.score)} (${bottom.value}), around a mean of ${score.score(s.mean)}`);
  }
  for (const d of view.drivers) {
    const r2 = report.analyses!.drivers.find((x) => x.outcome === d.outcome.id)!.r2;
    expect(text).toContain(`drivers explain ${f.percent(r2, 0)} of the variance in ${d.outcome.name}`);
  }
  expect(problems.consoleErrors).toEqual([]);
  await page.close();
});

test("the study site's data gives every hidden group, sub-agencies among them, nothing but its identity", () => {
  const files = jsonFiles(studySite);
  const hidden = report.groups.filter((g) => g.suppressed);
  expect(hidden.length).toBeGreaterThan(0);
  // The hidden groups are listed in the data (as themselves, without numbers) ...
  for (const g of hidden) expect(files.some((f) => f.text.includes(`"id":${JSON.stringify(g.id)}`)), g.id).toBe(true);
  // ... and no listing gives one a number or a score.
  expect(suppressedFields(files)).toEqual([]);
});
