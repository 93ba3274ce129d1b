import type {Report} from "../../scoring/types.ts";
import {isChoiceQuestion} from "./isChoiceQuestion.ts";

/** What deciding which pages a report has reads of it. */
export type PageSource = Pick<Report, "groups" | "survey" | "enps" | "topics" | "comments" | "norm">;

/**
 * The report's own pages in report order, after the summary (`/`): the names are keys of the page
 * dictionary; `holds` says whether a report has anything for the page (a bundle without modules
 * gets no Modules page, one without an nps question no eNPS page, one with a norm the Keurmerk page).
 */
export const REPORT_PAGES = [
  {key: "quality", path: "/keurmerk", holds: (report: PageSource) => report.norm != null},
  {key: "guide", path: "/leeswijzer", holds: () => true},
  {key: "modules", path: "/modules", holds: (report: PageSource) => report.survey.modules.length > 0},
  {key: "questions", path: "/vragen", holds: (report: PageSource) => report.survey.modules.length > 0},
  {key: "enps", path: "/enps", holds: (report: PageSource) => report.enps != null},
  {key: "topics", path: "/onderwerpen", holds: (report: PageSource) => report.topics.length > 0 || report.comments.length > 0},
  {key: "distributions", path: "/verdelingen", holds: (report: PageSource) => report.survey.questions.some(isChoiceQuestion)},
  {key: "groups", path: "/groepen", holds: (report: PageSource) => report.groups.some((g) => !g.suppressed)}
] as const;

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
