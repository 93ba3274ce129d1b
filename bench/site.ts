/**
 * Page weight and drawing time of a built report site, measured in headless Chromium: for each
 * page, the bytes it loads (JavaScript, data, CSS, HTML) as served and as gzip would send them,
 * and the time from navigation until its last chart is drawn.
 *
 * Run on its own: `npx tsx bench/site.ts [dist]`; `bench/run.ts` calls {@link measureSite}.
 */
import {gzipSync} from "node:zlib";
import {fileURLToPath} from "node:url";
import {launchBrowser, sitePages, startSite} from "../tests/browser/harness.ts";

/** One page's weight and drawing time. */
export interface PageMeasure {
  page: string;
  requests: number;
  /** Bytes of every response as served (uncompressed). */
  bytes: number;
  /** The same bytes gzipped, as a compressing server would transfer them. */
  gzipBytes: number;
  charts: number;
  /** Milliseconds from navigation start until the last chart's SVG appeared. */
  drawnMs: number;
}

/** Time after the last chart during which no new chart may appear before a page counts as drawn. */
const QUIET_MS = 1500;

/**
 * Opens every page of the built site once in a fresh browser context (no cache) and measures it.
 * Embed pages and the gallery are left out unless `all` is set; `groupPages` limits the group pages.
 *
 * @example
 * const measures = await measureSite("dist");
 */
export async function measureSite(dir: string, {all = false, groupPages = Infinity}: {all?: boolean; groupPages?: number} = {}): Promise<PageMeasure[]> {
  const server = await startSite(dir);
  const browser = await launchBrowser();
  const measures: PageMeasure[] = [];
  try {
    let groups = 0;
    const pages = sitePages(dir)
      .filter((p) => all || !(p.startsWith("/embed") || p.startsWith("/gallery")))
      .filter((p) => !p.startsWith("/groepen/") || ++groups <= groupPages);
    for (const path of pages) {
      const context = await browser.newContext({viewport: {width: 1280, height: 900}});
      const page = await context.newPage();
      // Record when the last chart (a Plot SVG) enters the document.
      await page.addInitScript(() => {
        const w = window as unknown as {__charts: number; __lastChart: number};
        w.__charts = 0;
        w.__lastChart = 0;
        new MutationObserver((records) => {
          for (const record of records) {
            for (const node of record.addedNodes) {
              const svgs = node instanceof SVGSVGElement ? [node] : node instanceof Element ? [...node.querySelectorAll("svg")] : [];
              const charts = svgs.filter((svg) => svg.getAttribute("role") === "img" || svg.classList.value.startsWith("plot"));
              if (charts.length) {
                w.__charts += charts.length;
                w.__lastChart = performance.now();
              }
            }
          }
        }).observe(document, {childList: true, subtree: true});
      });
      const bodies: Promise<Buffer | null>[] = [];
      page.on("response", (response) => bodies.push(response.body().catch(() => null)));
      await page.goto(new URL(path, server.url).href, {waitUntil: "load"});
      // Wait until no chart has appeared for a while.
      for (let last = -1; ; ) {
        await page.waitForTimeout(QUIET_MS);
        const now = await page.evaluate(() => (window as unknown as {__lastChart: number}).__lastChart);
        if (now === last) break;
        last = now;
      }
      const {charts, lastChart} = await page.evaluate(() => {
        const w = window as unknown as {__charts: number; __lastChart: number};
        return {charts: w.__charts, lastChart: w.__lastChart};
      });
      const buffers = (await Promise.all(bodies)).filter((b): b is Buffer => b !== null);
      measures.push({
        page: path,
        requests: buffers.length,
        bytes: buffers.reduce((sum, b) => sum + b.length, 0),
        gzipBytes: buffers.reduce((sum, b) => sum + gzipSync(b).length, 0),
        charts,
        drawnMs: charts ? Math.round(lastChart) : 0
      });
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return measures;
}

/** A markdown table of page measures. */
export function siteTable(measures: PageMeasure[]): string {
  const kb = (bytes: number) => (bytes / 1024).toFixed(0);
  const lines = ["| page | requests | loaded (kB) | gzipped (kB) | charts | last chart drawn (ms) |", "|---|---:|---:|---:|---:|---:|"];
  for (const m of measures) lines.push(`| ${m.page} | ${m.requests} | ${kb(m.bytes)} | ${kb(m.gzipBytes)} | ${m.charts} | ${m.drawnMs} |`);
  return lines.join("\n");
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? "dist";
  console.log(siteTable(await measureSite(dir, {all: process.argv.includes("--all")})));
}
