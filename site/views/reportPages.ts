import type {Report} from "../../scoring/types.ts";
import {isChoiceQuestion} from "./isChoiceQuestion.ts";
import {PAGES, type PageKey} from "../pages.ts";

/** What deciding which pages a report has reads of it. */
export type PageSource = Pick<Report, "groups" | "survey" | "enps" | "topics" | "comments" | "norm"> & Partial<Pick<Report, "agenda" | "analyses">>;

/** The pages of the registry a report may lack, after the summary: the pages of {@link REPORT_PAGES}. */
export type ReportPageKey = Exclude<PageKey, "summary" | "group" | "organisation">;

/**
 * Whether a report has anything for each of its own pages: a bundle without modules gets no
 * Modules page, one without an nps question no eNPS page, one with a norm the Keurmerk page, one
 * with an agenda the Agenda page, a study (`study` in survey.yaml, the model's `analyses`) its
 * organisations and research pages.
 */
const HOLDS: Record<ReportPageKey, (report: PageSource) => boolean> = {
  agenda: (report) => report.agenda != null,
  quality: (report) => report.norm != null,
  guide: () => true,
  modules: (report) => report.survey.modules.length > 0,
  questions: (report) => report.survey.modules.length > 0,
  enps: (report) => report.enps != null,
  topics: (report) => report.topics.length > 0 || report.comments.length > 0,
  distributions: (report) => report.survey.questions.some(isChoiceQuestion),
  groups: (report) => report.groups.some((g) => !g.suppressed),
  study: (report) => report.analyses != null,
  research: (report) => report.analyses != null
};

/**
 * The report's own pages in report order (the order of the registry, `site/pages.ts`), after the
 * summary (`/`): the key of each page's name in the page dictionary, its path, and `holds`, whether
 * a report has anything for it.
 */
export const REPORT_PAGES: readonly {key: ReportPageKey; path: string; holds: (report: PageSource) => boolean}[] = (Object.keys(PAGES) as PageKey[])
  .filter((key): key is ReportPageKey => key in HOLDS)
  .map((key) => ({key, path: PAGES[key].path, holds: HOLDS[key]}));

/** A page of {@link REPORT_PAGES}. */
export type ReportPage = (typeof REPORT_PAGES)[number];

/**
 * The pages of {@link REPORT_PAGES} this report has, in report order.
 *
 * @example
 * reportPages(report).map((p) => p.path) // ["/leeswijzer", "/modules", …]
 */
export function reportPages(report: PageSource): ReportPage[] {
  return REPORT_PAGES.filter((page) => page.holds(report));
}

/**
 * The paths of {@link REPORT_PAGES} this report does not have: the build removes them from the
 * site, so no page stands empty.
 *
 * @example
 * absentPages(report) // ["/keurmerk"] for a report without a norm
 */
export function absentPages(report: PageSource): string[] {
  return REPORT_PAGES.filter((page) => !page.holds(report)).map((page) => page.path);
}
