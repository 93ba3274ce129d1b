/**
 * Observable Framework configuration for the Peiling report site (see docs/site-build.md).
 * Build through `npm run build` or `peiling build`, never a bare `observable build`: the prebuild
 * step that makes the build work offline would be skipped.
 */

import {existsSync, readdirSync} from "node:fs";

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

/** A page in the sidebar, in report order; `path` is relative to `src/` without `.md`. */
interface Page {
  name: string;
  path: string;
}

/** The report's pages. The home page (`src/index.md`) is always there and not listed. */
const pages: Page[] = [
  // e.g. {name: "Samenvatting", path: "/samenvatting"}, then modules, groups, …
];

export default {
  root: "src",
  title: "Peiling",
  pages,
  dynamicPaths: embedModules(),
  // Our own stylesheet instead of a theme plus Google Fonts: no outside request from any page.
  style: "style.css",
  globalStylesheets: [],
  pager: false,
  search: false,
  footer: "Peiling"
};
