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
import {siteText} from "./text/siteText.ts";
import {loadReport} from "./site/reportSource.ts";
import {galleryPage, siteNavigation} from "./site/siteNavigation.ts";
import {headSource, pageFooter, pageHead} from "./site/pageParts.ts";
import {htmlAttribute} from "./site/html.ts";

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

const gallery = galleryPage(language);
const source = headSource(report, language, navigation);

/**
 * Each page's own part of its head and its footer (`site/pageParts.ts`). In `peiling build` its
 * postbuild step writes them into every built page (PEILING_LOADED names that build's loader
 * outputs), which spares Framework fresh jsdom windows per page to parse and rewrite them; in
 * `npm run dev`, Framework puts them in.
 */
const building = Boolean(process.env.PEILING_LOADED);
const head = building ? null : ({path, title}: {path: string; title: string | null}) => pageHead(path, Boolean(title), source);
const footer = building ? null : ({path}: {path: string}) => pageFooter(path, report.survey);

export default {
  root: "src",
  // `peiling build` builds into a fresh folder beside the one asked for, then swaps it in (site/publishSite.ts).
  output: process.env.PEILING_OUTPUT || "dist",
  home: htmlAttribute(text.pages.summary),
  pages: [...navigation.sidebar, ...(gallery ? [gallery] : [])],
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
  footer
};
