/**
 * The report site's pages: the one place a page's path or an anchor (a heading id a link may
 * target) is written. Links are built from it with {@link pageLink}; which pages a report has is
 * decided in `site/views/reportPages.ts` from the same keys. Imports nothing but `text/`, so the
 * narrative may build its links from it.
 */

/** A page's key: the key of its name in the page dictionary (`siteText(language).pages`), or `group`/`organisation` for a group's or an organisation's page. */
export type PageKey = keyof typeof PAGES;

/**
 * Every page of the site with its path and its anchors, the summary first and then in report
 * order; `group` stands for every group page (`/groepen/<slug>`), `organisation` for every
 * organisation page of a study (`/organisaties/<slug>`). An anchor ending in `-` is a
 * prefix: the page has one per item (`module-<id>` on the questions page).
 */
export const PAGES = {
  summary: {path: "/", anchors: ["kernpunten", "respons", "modules", "onderwerpen", "verder", "ontwikkeling"]},
  agenda: {path: "/agenda", anchors: ["overzicht", "thema-", "organisaties"]},
  quality: {path: "/keurmerk", anchors: ["norm", "uitkomst", "spreiding", "aangeraden", "sterk", "verder"]},
  guide: {path: "/leeswijzer", anchors: ["scores", "kleuring", "vertrouwelijkheid", "marges", "vergelijkingen"]},
  modules: {path: "/modules", anchors: ["scores", "vergelijking", "betrouwbaarheid", "beschrijvingen", "ontwikkeling", "vorig-en-huidig"]},
  questions: {path: "/vragen", anchors: ["module-"]},
  enps: {path: "/enps", anchors: ["verdeling", "vergelijking", "groepen"]},
  topics: {path: "/onderwerpen", anchors: ["trots-en-verbeteren", "opmerkingen"]},
  distributions: {path: "/verdelingen", anchors: []},
  groups: {path: "/groepen", anchors: ["heatmap", "enps", "overzicht"]},
  group: {path: "/groepen/", anchors: ["kernpunten", "modules", "vergelijking", "enps", "subgroepen", "vragen", "onderwerpen", "verdelingen", "ontwikkeling"]},
  // A study across organisations (`study` in survey.yaml): the study's organisations, the research page, and each organisation's own report.
  study: {path: "/organisaties", anchors: ["kiezen", "spreiding", "trechter", "overzicht"]},
  research: {path: "/onderzoek", anchors: ["samenhang", "verschillen", "drijfveren", "methode"]},
  organisation: {path: "/organisaties/", anchors: ["kernpunten", "modules", "benchmarks", "positie", "enps", "subgroepen", "vragen", "onderwerpen"]}
} as const satisfies Record<string, {path: string; anchors: readonly string[]}>;

/** The anchors of a page; a prefix anchor (`module-`) stands for every id it begins. */
export type Anchor<K extends PageKey> = (typeof PAGES)[K]["anchors"][number] extends infer A extends string ? (A extends `${string}-` ? `${A}${string}` : A) : never;

/** The pages that stand for one page per item (`/groepen/<slug>`, `/organisaties/<slug>`): links from them go up one folder. */
const DETAIL_PAGES: readonly PageKey[] = ["group", "organisation"];

/** The options of {@link pageLink}. */
export interface PageLinkOptions<K extends PageKey> {
  /** A heading of the page to land on. */
  anchor?: Anchor<K>;
  /** The page the link is written on; default the summary (`/`). A link to the same page is its anchor alone. */
  from?: PageKey;
  /** For a group or organisation page: its slug. */
  slug?: string;
}

/**
 * Builds a link to a page of the registry, relative to the page it is written on (so the site
 * works in any folder): `./modules#vergelijking` from the summary, `../groepen#overzicht` from a
 * group page, `#modules` within a page.
 *
 * @example
 * pageLink("modules", {anchor: "vergelijking"}); // "./modules#vergelijking"
 * pageLink("groups", {anchor: "overzicht", from: "group"}); // "../groepen#overzicht"
 */
export function pageLink<K extends PageKey>(page: K, {anchor, from = "summary", slug}: PageLinkOptions<K> = {}): string {
  const hash = anchor ? `#${anchor}` : "";
  const detail = DETAIL_PAGES.includes(page);
  if (page === from && !detail && hash) return hash;
  if (detail && page === from && slug == null && hash) return hash;
  const path = detail ? `${PAGES[page].path}${slug ?? ""}` : PAGES[page].path;
  const up = DETAIL_PAGES.includes(from) ? ".." : ".";
  return `${up}${path === "/" ? "/" : path}${hash}`;
}
