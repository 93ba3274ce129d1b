/**
 * Observable Framework configuration for the Peiling report site (see docs/site-build.md).
 * Build through `npm run build` or `peiling build`, never a bare `observable build`: the prebuild
 * step that makes the build work offline would be skipped.
 *
 * The sidebar, the page titles and the group pages come from the report being built
 * (`loadReport`: the model `peiling build` scored, in `PEILING_REPORT`), in its language
 * (`PEILING_LANGUAGE`, set by the build from the bundle).
 */

import {existsSync, readdirSync} from "node:fs";
import {isLanguage, type Language} from "./text/translations.ts";
import {galleryText} from "./text/galleryText.ts";
import {siteText} from "./text/siteText.ts";
import {loadReport} from "./site/reportSource.ts";
import {siteNavigation} from "./site/siteNavigation.ts";

/**
 * Modules in `src/embed/` that other web pages import to render a chart (`/embed/<name>.js`).
 * Framework emits a JavaScript file only when a page imports it or it is listed here.
 */
function embedModules(): string[] {
  const dir = new URL("./src/embed/", import.meta.url);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith(".js"))
    .sort()
    .map((file) => `/embed/${file}`);
}

const report = await loadReport();
const language: Language = isLanguage(process.env.PEILING_LANGUAGE) ? process.env.PEILING_LANGUAGE : report.survey.language;
const text = siteText(language);
const navigation = siteNavigation(report, text.pages);

// The embedding gallery (src/gallery.md) is a page of the site, not of the report: last in the sidebar, not in the PDF.
const gallery = existsSync(new URL("./src/gallery.md", import.meta.url)) ? [{name: galleryText(language).title, path: "/gallery"}] : [];

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * Each page's `<title>` (Framework's own is left out: the pages' headings come from the report's
 * language at runtime). The home page also carries the report's pages in report order, which
 * `peiling pdf` prints.
 */
function head({path, title: own}: {path: string; title: string | null}): string {
  const name = navigation.names.get(path) ?? (path === "/gallery" ? gallery[0]?.name : undefined);
  const title = [name, report.survey.title, report.survey.organisation].filter(Boolean).join(" · ");
  // A page with a title of its own (front matter: the gallery, the embed pages) already has its <title>.
  const titleTag = own ? "" : `<title>${escape(title)}</title>\n`;
  const order = path === "/index" ? `\n<script type="application/json" id="peiling-report-pages">${JSON.stringify(navigation.order)}</script>` : "";
  // An empty icon: without one the browser asks for /favicon.ico, which the site does not have.
  return `${titleTag}<link rel="icon" href="data:,">${order}\n<script type="module">${MEND_SIDEBAR}</script>`;
}

/**
 * Framework's sidebar puts its close button (a <label>) inside the first <ol>, which may hold
 * only list items (axe-core: `list`, WCAG 1.3.1): moved next to the list, where its styles
 * (by id, positioned against the sidebar) still apply. Runs once the page is parsed.
 */
const MEND_SIDEBAR = `const c = document.getElementById("observablehq-sidebar-close"); if (c && c.parentElement?.tagName === "OL") c.parentElement.before(c);`;

export default {
  root: "src",
  // `peiling build` builds into a fresh folder beside the one asked for, then swaps it in (site/publishSite.ts).
  output: process.env.PEILING_OUTPUT || "dist",
  home: escape(text.pages.summary),
  pages: [...navigation.sidebar, ...gallery],
  dynamicPaths: [...embedModules(), ...navigation.groupPaths, ...navigation.organisationPaths],
  head,
  // Our own stylesheet instead of a theme plus Google Fonts: no outside request from any page.
  style: "style.css",
  globalStylesheets: [],
  pager: false,
  // No header: null, not Framework's default "", which it would still parse on every page (a window of jsdom each).
  header: null,
  search: false,
  toc: false,
  footer: escape(`${report.survey.organisation} · ${report.survey.title} · Peiling`)
};
