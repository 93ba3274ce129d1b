import {groupPages} from "./views/groupView.ts";
import {organisationPages} from "./views/studyView.ts";
import {reportPages, type PageSource, type ReportPageKey} from "./views/reportPages.ts";
import type {GroupPage} from "../charts/types.ts";
import {existsSync} from "node:fs";
import {galleryText} from "../text/galleryText.ts";
import type {Language} from "../text/translations.ts";
import {srcDir} from "./paths.ts";

/** A page's name in the report's language, by the keys of the report's pages plus the summary. */
export type PageNames = Record<ReportPageKey | "summary", string>;

/** A page in Framework's sidebar. */
export interface SidebarPage {
  name: string;
  path: string;
}

/** A (collapsible) section of Framework's sidebar. */
export interface SidebarSection {
  name: string;
  collapsible: boolean;
  open: boolean;
  pages: SidebarPage[];
}

/** Everything the site's config needs to know about the report's pages. */
export interface SiteNavigation {
  /** The sidebar after the home page: the report's pages, then the group pages in sections. */
  sidebar: (SidebarPage | SidebarSection)[];
  /** Every page of the report in report order (`/`, `/leeswijzer`, …, group pages), for the PDF. */
  order: string[];
  /** The group pages' paths, for Framework's `dynamicPaths`. */
  groupPaths: string[];
  /** A study's organisation pages' paths, for Framework's `dynamicPaths`; empty without a study. */
  organisationPaths: string[];
  /** Each page's name, by path (`/index` for the home page), for its `<title>`. */
  names: Map<string, string>;
}

/**
 * Lays out the report site's pages: the summary as home, the report's pages it has (see
 * {@link reportPages}) in report order,
 * in a study a collapsed section of the organisations' own pages (none for suppressed ones),
 * then a page for every shown group (none for suppressed groups), in collapsed sections: a group
 * with subgroups (a department) is a section listing its own page and its subgroups' pages (its
 * teams); the groups of a variable without subgroups (age bands) form one section named after
 * the variable.
 *
 * @example
 * const {sidebar, groupPaths} = siteNavigation(report, siteText(language).pages);
 */
export function siteNavigation(report: PageSource, names: PageNames): SiteNavigation {
  const pages = groupPages(report);
  const own = reportPages(report);
  const byParent = new Map<string, GroupPage[]>();
  for (const page of pages) if (page.parent) byParent.set(page.parent, [...(byParent.get(page.parent) ?? []), page]);
  const sidebar: (SidebarPage | SidebarSection)[] = own.map(({key, path}) => ({name: names[key], path}));
  const ordered: GroupPage[] = [];
  for (const variable of report.survey.groups.filter((v) => v.parent == null)) {
    const top = pages.filter((p) => p.variable === variable.id && p.parent == null);
    if (!top.length) continue;
    const hasChildren = report.survey.groups.some((v) => v.parent === variable.id);
    if (hasChildren) {
      for (const page of top) {
        const children = descendants(page, byParent);
        ordered.push(page, ...children);
        // The section's header is not a link (a link inside <summary> nests two controls): the
        // group's own page comes first in it, named with its variable ("Domein Mobiliteit").
        sidebar.push(
          children.length
            ? {name: page.label, collapsible: true, open: false, pages: [{name: `${page.variableName} ${page.label}`, path: page.path}, ...children.map((c) => ({name: c.label, path: c.path}))]}
            : {name: page.label, path: page.path}
        );
      }
    } else {
      ordered.push(...top);
      sidebar.push({name: variable.name, collapsible: true, open: false, pages: top.map((p) => ({name: p.label, path: p.path}))});
    }
  }
  // Anything not reached from a top-level variable (a subgroup whose parent has no page) still gets listed.
  const rest = pages.filter((p) => !ordered.includes(p));
  if (rest.length) {
    ordered.push(...rest);
    const variables = new Map(report.survey.groups.map((v) => [v.id, v.name]));
    for (const variable of [...new Set(rest.map((p) => p.variable))]) {
      const list = rest.filter((p) => p.variable === variable);
      sidebar.push({name: variables.get(variable) ?? variable, collapsible: true, open: false, pages: list.map((p) => ({name: p.label, path: p.path}))});
    }
  }
  // A study's organisation pages: one collapsed section after the report's pages, before the group pages.
  const organisations = organisationPages(report);
  if (organisations.length) {
    sidebar.splice(own.length, 0, {name: names.study, collapsible: true, open: false, pages: organisations.map((p) => ({name: p.label, path: p.path}))});
  }
  const nameOf = new Map<string, string>([["/index", names.summary], ...own.map(({key, path}): [string, string] => [path, names[key]])]);
  for (const page of ordered) nameOf.set(page.path, `${page.variableName} ${page.label}`);
  for (const page of organisations) nameOf.set(page.path, page.label);
  return {
    sidebar,
    order: ["/", ...own.map((p) => p.path), ...organisations.map((p) => p.path), ...ordered.map((p) => p.path)],
    groupPaths: ordered.map((p) => p.path),
    organisationPaths: organisations.map((p) => p.path),
    names: nameOf
  };
}

function descendants(page: GroupPage, byParent: Map<string, GroupPage[]>): GroupPage[] {
  return (byParent.get(page.id) ?? []).flatMap((child) => [child, ...descendants(child, byParent)]);
}

/**
 * The embedding gallery (`src/gallery.md`) as a sidebar page, when the site has it: a page of the
 * site, not of the report (last in the sidebar, not in the PDF).
 *
 * @example
 * galleryPage("nl") // {name: "Grafieken insluiten", path: "/gallery"}
 */
export function galleryPage(language: Language): SidebarPage | null {
  return existsSync(`${srcDir}/gallery.md`) ? {name: galleryText(language).title, path: "/gallery"} : null;
}
