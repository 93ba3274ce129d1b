/**
 * The parts of every page's shell that Peiling writes itself: its own part of the head and its
 * footer. `peiling build` puts them into the built pages (`site/postbuild.ts`); `npm run dev` has
 * Framework put them in (the config's `head` and `footer`). Framework parses a config's head or
 * footer with a fresh jsdom window on every page (the head twice), about a fifth of a large build.
 */
import type {Report} from "../scoring/types.ts";
import {siteText} from "../text/siteText.ts";
import type {Language} from "../text/translations.ts";
import {galleryPage, siteNavigation, type SiteNavigation} from "./siteNavigation.ts";
import {htmlText} from "./html.ts";

/**
 * Framework's sidebar puts its close button (a <label>) inside the first <ol>, which may hold
 * only list items (axe-core: `list`, WCAG 1.3.1): moved next to the list, where its styles
 * (by id, positioned against the sidebar) still apply. Runs once the page is parsed.
 */
const MEND_SIDEBAR = `const c = document.getElementById("observablehq-sidebar-close"); if (c && c.parentElement?.tagName === "OL") c.parentElement.before(c);`;

/** What every page's head is made from: the report's pages and the survey's title and organisation. */
export interface HeadSource {
  navigation: Pick<SiteNavigation, "names" | "order">;
  survey: {title: string; organisation: string};
  /** The embedding gallery's name, when the site has the gallery. */
  gallery?: string;
}

/**
 * The {@link HeadSource} of a report's site in `language`, with its navigation if made already.
 *
 * @example
 * headSource(report, "nl").navigation.order[0] // "/"
 */
export function headSource(report: Report, language: Language, navigation = siteNavigation(report, siteText(language).pages)): HeadSource {
  return {navigation, survey: report.survey, gallery: galleryPage(language)?.name};
}

/**
 * What a page's `<head>` carries besides Framework's own: its `<title>` (the page's name, the
 * survey's title and organisation; Framework's own is left out, as the pages' headings come from
 * the report's language at runtime), unless it has a title of its own (front matter: the gallery,
 * the embed pages); an empty icon (without one the browser asks for /favicon.ico, which the site
 * does not have); on the home page the report's pages in report order, which `peiling pdf`
 * prints; and the sidebar's mend. `peiling build` puts it into the built pages
 * (`site/postbuild.ts`); `npm run dev` has Framework put it in (the config's `head`).
 *
 * @example
 * pageHead("/modules", false, source) // '<title>Modules · MBO 2025 · Provincie Voorbeeld</title>\n<link rel="icon" href="data:,">\n<script type="module">…</script>'
 */
export function pageHead(path: string, ownTitle: boolean, {navigation, survey, gallery}: HeadSource): string {
  const name = navigation.names.get(path) ?? (path === "/gallery" ? gallery : undefined);
  const title = [name, survey.title, survey.organisation].filter(Boolean).join(" · ");
  const titleTag = ownTitle ? "" : `<title>${htmlText(title)}</title>\n`;
  const order = path === "/index" ? `\n<script type="application/json" id="peiling-report-pages">${JSON.stringify(navigation.order)}</script>` : "";
  return `${titleTag}<link rel="icon" href="data:,">${order}\n<script type="module">${MEND_SIDEBAR}</script>`;
}

/**
 * A page's footer (the organisation, the survey and Peiling, as HTML text), or null on an embed
 * page (`/embed/…`), which an iframe shows with its chart alone.
 *
 * @example
 * pageFooter("/modules", {title: "MBO 2025", organisation: "Provincie Voorbeeld"}) // "Provincie Voorbeeld · MBO 2025 · Peiling"
 */
export function pageFooter(path: string, survey: {title: string; organisation: string}): string | null {
  return path.startsWith("/embed/") ? null : htmlText(`${survey.organisation} · ${survey.title} · Peiling`);
}
