/**
 * Embedding, end to end: the built site is served on one origin (with CORS), an intranet-like
 * host page on another, and Chromium pastes the gallery's own snippets into the host page. Every
 * embed module must draw its chart from the other origin, and the iframe form must show the chart
 * page without the site's chrome.
 */

import {existsSync, readFileSync, readdirSync} from "node:fs";
import {join} from "node:path";
import type {Browser, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {chartText} from "../../charts/index.ts";
import {srcDir} from "../../site/paths.ts";
import type {StaticServer} from "../../site/serve.ts";
import {hostPage, startHostSite, type HostSite} from "./embed/hostSite.ts";
import {exampleSite, launchBrowser, openPage, startSite, waitForCells} from "./harness.ts";

/** The embed modules, from the sources: `src/embed/<name>.js`. */
const modules = readdirSync(join(srcDir, "embed"))
  .filter((file) => file.endsWith(".js"))
  .map((file) => file.slice(0, -3))
  .sort();

/** Modules for what only a quality-mark bundle has (settings.norm): the example's gallery leaves them out (quality.test.ts checks them). */
const QUALITY_ONLY = ["grade-distribution"];

/** Modules for what only a study across organisations has (`study`): the example's gallery leaves them out (study.test.ts checks them). */
const STUDY_ONLY = ["correlation-chart", "driver-chart", "funnel-plot", "spread-chart"];

/** The modules the example's gallery shows. */
const shown = modules.filter((name) => !QUALITY_ONLY.includes(name) && !STUDY_ONLY.includes(name));

/** A snippet of the gallery, as a reader copies it. */
interface Snippets {
  name: string;
  script: string;
  iframe: string;
}

let site: StaticServer;
let host: HostSite;
let browser: Browser;
let snippets: Snippets[];

beforeAll(async () => {
  [site, host, browser] = await Promise.all([startSite(), startHostSite(), launchBrowser()]);
  const {page, problems} = await openPage(browser, new URL("gallery", site.url).href);
  await waitForCells(page);
  await page.waitForFunction((n) => document.querySelectorAll(".peiling-gallery-item pre").length >= 2 * n, shown.length, {timeout: 15_000});
  snippets = await page.$$eval(".peiling-gallery-item", (sections) =>
    sections.map((section) => {
      const [script, iframe] = [...section.querySelectorAll("pre")].map((pre) => pre.textContent ?? "");
      return {name: (section as HTMLElement).dataset.embed ?? "", script, iframe};
    })
  );
  expect(problems.consoleErrors).toEqual([]);
  await page.close();
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([site?.close(), host?.close()]);
});

test("there are embed modules: one per chart component", () => {
  expect(modules).toEqual([
    "correlation-chart",
    "driver-chart",
    "enps-distribution",
    "enps-group-strip",
    "funnel-plot",
    "grade-distribution",
    "group-heatmap",
    "likert-distribution",
    "module-bars",
    "response-rate",
    "slope-chart",
    "spread-chart",
    "topic-ranking",
    "trend-chart"
  ]);
});

test("every src/embed/*.js is in the built dist/embed/, with its iframe page", () => {
  for (const name of modules) {
    expect(existsSync(join(exampleSite, "embed", `${name}.js`)), `${name}.js`).toBe(true);
    expect(existsSync(join(exampleSite, "embed", `${name}.html`)), `${name}.html`).toBe(true);
  }
});

test("Plot ships once: one copy in dist/, which every embed module imports", () => {
  const plotFolders = readdirSync(join(exampleSite, "_npm"), {recursive: true, encoding: "utf-8"}).filter((path) => /^@observablehq[\\/]plot@[^\\/]+$/.test(path));
  expect(plotFolders).toHaveLength(1);
  const plotFiles = readdirSync(exampleSite, {recursive: true, encoding: "utf-8"}).filter(
    (path) => path.endsWith(".js") && readFileSync(join(exampleSite, path), "utf-8").includes("unknown scale type")
  );
  expect(plotFiles).toHaveLength(1);
  for (const name of modules) {
    const preloads = readFileSync(join(exampleSite, "embed", `${name}.js`), "utf-8").match(/_npm\/@observablehq\/plot@[^"]+/g);
    expect(preloads, name).toEqual([plotFiles[0].replace(/\\/g, "/")]);
  }
});

test("the iframe pages carry no site chrome (sidebar, header, footer, pager, table of contents)", () => {
  for (const name of modules) {
    const html = readFileSync(join(exampleSite, "embed", `${name}.html`), "utf-8");
    for (const chrome of ["observablehq-sidebar", "observablehq-header", "observablehq-footer", "observablehq-pager", "observablehq-toc"]) {
      expect(html, `${name}.html has #${chrome}`).not.toContain(`id="${chrome}"`);
    }
  }
});

test("the gallery shows every module the report has data for with its two snippets, pointing at the site's own origin", () => {
  expect(snippets.map((s) => s.name).sort()).toEqual(shown);
  for (const {name, script, iframe} of snippets) {
    expect(script).toContain(`import {render} from "${site.url}embed/${name}.js";`);
    expect(script).toContain(`render(document.querySelector("#peiling-${name}")`);
    expect(iframe).toMatch(new RegExp(`^<iframe src="${site.url}embed/${name}\\.html[^"]*" title="[^"]+" width="100%" height="\\d+"`));
  }
});

test("a copy button puts its snippet on the clipboard", async () => {
  const context = await browser.newContext({permissions: ["clipboard-read", "clipboard-write"]});
  const page = await context.newPage();
  await page.goto(new URL("gallery", site.url).href);
  const section = page.locator('.peiling-gallery-item[data-embed="module-bars"]');
  await section.locator("pre").first().waitFor({timeout: 15_000});
  await section.locator(".peiling-snippet button").first().click();
  await page.waitForFunction(() => document.querySelector('[data-embed="module-bars"] [role="status"]')?.textContent !== "", undefined, {timeout: 5_000});
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippets.find((s) => s.name === "module-bars")!.script);
  await context.close();
});

describe("a page on another origin", () => {
  let page: Page;
  let problems: Awaited<ReturnType<typeof openPage>>["problems"];

  beforeAll(async () => {
    expect(new URL(host.url).origin).not.toBe(new URL(site.url).origin);
    host.setPage(hostPage(snippets.map((s) => s.script).join("\n")));
    ({page, problems} = await openPage(browser, host.url, {allowOrigins: [site.url]}));
    await page.waitForFunction((names) => names.every((name) => document.querySelector(`#peiling-${name} figure`)), shown, {timeout: 15_000});
  });

  afterAll(() => page?.close());

  test("draws every embedded chart from the module snippets (one SVG chart each at least)", async () => {
    for (const name of shown) {
      const figure = page.locator(`#peiling-${name} figure`);
      expect(await figure.count(), name).toBe(1);
      expect(await figure.locator('svg[role="img"]').count(), name).toBeGreaterThanOrEqual(1);
      expect((await figure.locator("figcaption").innerText()).trim(), name).not.toBe("");
    }
  });

  test("draws each chart at the width of its element", async () => {
    const widths = await page.$$eval("[id^=peiling-]", (elements) =>
      elements.map((e) => [Math.round(e.getBoundingClientRect().width), Math.max(...[...e.querySelectorAll('svg[role="img"]')].map((svg) => Number(svg.getAttribute("width"))))])
    );
    for (const [element, chart] of widths) expect(chart).toBeLessThanOrEqual(element);
    expect(Math.max(...widths.map(([, chart]) => chart))).toBeGreaterThan(500);
  });

  test("logs no console error and loads nothing that fails", () => {
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.failedRequests).toEqual([]);
    expect(problems.outsideRequests).toEqual([]);
  });

  test("follows the element's width when it changes", async () => {
    const name = "module-bars";
    await page.locator(`#peiling-${name}`).evaluate((e) => ((e as HTMLElement).style.width = "360px"));
    await page.waitForFunction((id) => Number(document.querySelector(`#${id} svg[role="img"]`)?.getAttribute("width")) <= 360, `peiling-${name}`, {timeout: 5_000});
    expect(problems.consoleErrors).toEqual([]);
  });
});

describe("the iframe form on another origin", () => {
  let page: Page;
  let problems: Awaited<ReturnType<typeof openPage>>["problems"];

  beforeAll(async () => {
    const {iframe} = snippets.find((s) => s.name === "likert-distribution")!;
    const origin = new URL(site.url).origin;
    // The gallery's optional height script, as a host adds it once.
    const resize = `<script>addEventListener("message", (event) => { if (event.origin !== "${origin}" || event.data?.type !== "peiling:resize") return; for (const f of document.querySelectorAll("iframe")) if (f.contentWindow === event.source) f.style.height = event.data.height + "px"; });</script>`;
    host.setPage(hostPage(`${resize}\n${iframe.replace(/\?[^"]*"/, '?question=bev1&locale=en"')}`));
    ({page, problems} = await openPage(browser, host.url, {allowOrigins: [site.url]}));
    await page.frameLocator("iframe").locator('svg[role="img"]').first().waitFor({timeout: 15_000});
  });

  afterAll(() => page?.close());

  test("shows the chart with the options of its query string, without the site's chrome", async () => {
    const frame = page.frameLocator("iframe");
    expect(await frame.locator("figcaption").first().innerText()).toBe(chartText("en").likertTitle);
    expect(await frame.locator("figure table tbody tr").count()).toBe(1); // one question: bev1
    expect(await frame.locator("#observablehq-sidebar, #observablehq-header, #observablehq-footer, .observablehq-pager, #observablehq-toc").count()).toBe(0);
  });

  test("is sized to its content by the height the chart's page reports", async () => {
    await page.waitForFunction(() => document.querySelector("iframe")?.style.height.endsWith("px"), undefined, {timeout: 5_000});
    const {iframe, content} = await page.evaluate(() => {
      const frame = document.querySelector("iframe")!;
      return {iframe: frame.getBoundingClientRect().height, content: frame.contentDocument ? -1 : 0};
    });
    const inner = await page.frameLocator("iframe").locator("html").evaluate((html) => html.getBoundingClientRect().height);
    expect(content).toBe(0); // another origin: the host cannot read the frame's document
    expect(Math.abs(iframe - inner)).toBeLessThanOrEqual(2);
  });

  test("logs no console error and loads nothing that fails", () => {
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.failedRequests).toEqual([]);
    expect(problems.outsideRequests).toEqual([]);
  });
});
