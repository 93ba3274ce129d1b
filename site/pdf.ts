/**
 * `peiling pdf <bundle> [--out report.pdf] [--site dir]`: prints the report site, every page in
 * report order, into one PDF (A4, page numbers in the footer) with Debian's headless Chromium.
 */

import {existsSync, readFileSync} from "node:fs";
import {join, resolve} from "node:path";
import {PDFDocument, StandardFonts, rgb, type PDFFont} from "pdf-lib";
import {chromium, type Browser} from "playwright-core";
import {distDir} from "./paths.ts";
import {siteText} from "../text/siteText.ts";
import {isLanguage, type Language} from "../text/translations.ts";
import {serveStatic} from "./serve.ts";
import {build} from "./build.ts";
import {CommandError} from "./CommandError.ts";
import {checkFileOut, writeWhole} from "./writeWhole.ts";

/** Options of {@link pdf}. */
export interface PdfOptions {
  /** The PDF to write, relative to the working directory; default `report.pdf`. */
  out?: string;
  /** A built site to print instead of building the bundle (e.g. `dist`). */
  site?: string;
  /** How many pages Chromium prints at once; default 2. */
  concurrency?: number;
  /** Progress lines; default to stderr. */
  log?: (message: string) => void;
}

/** What {@link pdf} printed. */
export interface PdfResult {
  file: string;
  /** Each site page in report order, with the number of PDF pages it took. */
  pages: {path: string; pageCount: number}[];
  pageCount: number;
}

/** Debian's Chromium (`apt-get install chromium`); `CHROMIUM_PATH` overrides it. */
const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Flags that let Chromium run as root with no network and no background traffic. */
const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

/** A4 with the print stylesheet's margins (16/14/18 mm): the width, in CSS pixels, charts are drawn at. */
const PRINT_WIDTH = Math.round(((210 - 2 * 14) / 25.4) * 96);

const WAIT_MS = 60_000;

/**
 * Prints a report to one PDF: builds the site for `bundleDir` (or takes the built site in
 * `options.site`), serves it on 127.0.0.1, opens every page of the report in report order (the
 * order the home page lists, `#peiling-report-pages`) in headless Chromium with print media and
 * charts drawn at the printed width, prints each to A4 and joins them with pdf-lib, numbering
 * the pages "Pagina 3 van 120" in the footer. Requests to other origins are refused. The PDF is
 * written whole or not at all.
 *
 * @example
 * const {pageCount} = await pdf("data/voorbeeld", {out: "rapport.pdf"});
 */
export async function pdf(bundleDir: string | undefined, options: PdfOptions = {}): Promise<PdfResult> {
  const log = options.log ?? ((message: string) => console.error(`peiling pdf: ${message}`));
  const start = performance.now();
  const out = resolve(options.out ?? "report.pdf");
  checkFileOut(out, "--out");
  let site: string;
  if (options.site) {
    site = resolve(options.site);
    if (!existsSync(join(site, "index.html"))) throw new CommandError(`--site ${options.site} holds no built site (no index.html)`);
  } else {
    if (!bundleDir) throw new CommandError("give the bundle folder, or --site with a built site");
    await build(bundleDir, {out: distDir});
    site = distDir;
  }
  const order = reportPages(readFileSync(join(site, "index.html"), "utf-8"));
  const lang = readFileSync(join(site, "index.html"), "utf-8").match(/<html[^>]*\blang="(\w+)"/)?.[1];
  const language: Language = isLanguage(lang) ? lang : "nl";
  const title = readFileSync(join(site, "index.html"), "utf-8").match(/<title>([^<]*)<\/title>/)?.[1]?.split(" · ").slice(1).join(" · ") ?? "";
  log(`printing ${order.length} pages from ${site}`);

  const server = await serveStatic(site, {port: 0});
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({executablePath: chromiumPath, headless: true, args: CHROMIUM_ARGS});
    const printed = await mapLimit(order, options.concurrency ?? 2, async (path) => {
      const buffer = await printPage(browser!, new URL(path.replace(/^\//, ""), server.url).href);
      const pageCount = (await PDFDocument.load(buffer)).getPageCount();
      log(`${path}: ${pageCount} page${pageCount === 1 ? "" : "s"}`);
      return {path, buffer, pageCount};
    });
    const merged = await merge(
      printed.map((p) => p.buffer),
      {language, title: decodeEntities(title), footer: [siteText(language).print.page, siteText(language).print.of]}
    );
    await writeWhole(out, merged);
    const pageCount = printed.reduce((sum, p) => sum + p.pageCount, 0);
    log(`${pageCount} pages in ${out} after ${((performance.now() - start) / 1000).toFixed(1)} s`);
    return {file: out, pages: printed.map(({path, pageCount}) => ({path, pageCount})), pageCount};
  } finally {
    await browser?.close();
    await server.close();
  }
}

/**
 * The report's pages in report order, as the home page of a built site lists them in
 * `<script type="application/json" id="peiling-report-pages">`; just the home page without it.
 *
 * @example
 * reportPages(readFileSync("dist/index.html", "utf-8")); // ["/", "/leeswijzer", …]
 */
export function reportPages(indexHtml: string): string[] {
  const json = indexHtml.match(/<script type="application\/json" id="peiling-report-pages">([^<]*)<\/script>/)?.[1];
  if (!json) return ["/"];
  const pages = JSON.parse(json) as unknown;
  if (!Array.isArray(pages) || !pages.every((p) => typeof p === "string" && p.startsWith("/"))) throw new Error("the site's list of report pages is malformed");
  return pages;
}

/** Opens one page with print media at the printed width, waits for its charts and prints it to A4. */
async function printPage(browser: Browser, url: string): Promise<Buffer> {
  const origin = new URL(url).origin;
  const page = await browser.newPage({viewport: {width: PRINT_WIDTH, height: 1100}});
  try {
    await page.route("**/*", (route) => {
      const target = route.request().url();
      return /^(data|blob):/.test(target) || new URL(target).origin === origin ? route.continue() : route.abort("blockedbyclient");
    });
    await page.emulateMedia({media: "print"});
    const response = await page.goto(url, {waitUntil: "load", timeout: WAIT_MS});
    if (!response?.ok()) throw new Error(`${url}: ${response?.status() ?? "no response"}`);
    await page.waitForFunction(() => !document.querySelector("observablehq-loading"), undefined, {timeout: WAIT_MS});
    // Charts are drawn on the next frames after their cells settle (resize observers).
    await page.evaluate(() => new Promise((resolveFrame) => requestAnimationFrame(() => requestAnimationFrame(resolveFrame))));
    const failed = await page.locator("main .observablehq--error").count();
    if (failed) throw new Error(`${url}: ${failed} cell${failed === 1 ? "" : "s"} failed to render`);
    return await page.pdf({format: "A4", printBackground: true, preferCSSPageSize: true, margin: {top: "16mm", right: "14mm", bottom: "18mm", left: "14mm"}});
  } finally {
    await page.close();
  }
}

/** Joins PDFs into one and writes "Pagina n van N · title" in every page's footer. */
async function merge(buffers: Buffer[], {language, title, footer}: {language: string; title: string; footer: [string, string]}): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  for (const buffer of buffers) {
    const source = await PDFDocument.load(buffer);
    for (const page of await document.copyPages(source, source.getPageIndices())) document.addPage(page);
  }
  const font = await document.embedFont(StandardFonts.Helvetica);
  const pages = document.getPages();
  pages.forEach((page, i) => {
    const text = encodable(font, `${footer[0]} ${i + 1} ${footer[1]} ${pages.length}${title ? ` · ${title}` : ""}`);
    const size = 8;
    const {width} = page.getSize();
    page.drawText(text, {x: (width - font.widthOfTextAtSize(text, size)) / 2, y: 22, size, font, color: rgb(0.3, 0.3, 0.3)});
  });
  document.setTitle(title || "Peiling");
  document.setLanguage(language);
  document.setCreator("Peiling");
  document.setProducer("Peiling (Chromium, pdf-lib)");
  return document.save();
}

/** The text with every character the standard font cannot encode replaced, so drawing never throws. */
function encodable(font: PDFFont, text: string): string {
  try {
    font.encodeText(text);
    return text;
  } catch {
    return [...text].map((c) => {
      try {
        font.encodeText(c);
        return c;
      } catch {
        return c === "\u2212" ? "-" : "?";
      }
    }).join("");
  }
}

function decodeEntities(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&#39;/g, "'").replace(/&amp;/g, "&");
}

/** Maps with at most `limit` promises at once, keeping the order of `items`. */
async function mapLimit<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({length: Math.max(1, Math.min(limit, items.length))}, worker));
  return results;
}
