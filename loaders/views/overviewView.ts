import type {Report} from "../types.ts";
import {compact} from "./compact.ts";
import {summaryFacts} from "./summaryFacts.ts";
import type {OverviewView, PreviousView} from "./types.ts";

/**
 * The overview view (`overview.json`): the survey (texts, structure, settings), the response with
 * the previous survey's and the benchmarks' response rates, the organisation's module scores and
 * eNPS, its comparisons of modules and eNPS with the previous survey and the benchmarks, the
 * topics and comment words, and the summary's facts. Group scores, question scores and answer
 * distributions are left to the other views, so the summary page stays small.
 *
 * @example
 * const overview = overviewView(await loadReport());
 * overview.facts.strongest[0].name; // "Ongewenste omgangsvormen"
 */
export function overviewView(report: Report): OverviewView {
  const facts = summaryFacts(report);
  return compact({
    survey: report.survey,
    respondents: report.respondents,
    invited: report.invited,
    responseRate: report.responseRate,
    previous: previousView(report),
    benchmarks: report.benchmarks,
    responseBenchmarks: facts.response.benchmarks,
    modules: report.modules,
    enps: report.enps,
    comparisons: report.comparisons.filter((c) => c.group == null && c.kind !== "question"),
    topics: report.topics,
    comments: report.comments,
    facts
  });
}

/**
 * How pages name the previous survey and what it had: label, respondents, headcount, response
 * rate and whether only reference scores were given; null without a previous survey.
 *
 * @example
 * previousView(report)?.label; // "Vorig onderzoek"
 */
export function previousView(report: Pick<Report, "previous">): PreviousView | null {
  const previous = report.previous;
  if (!previous) return null;
  return {
    label: previous.label,
    scoresOnly: previous.scoresOnly,
    respondents: previous.respondents,
    invited: previous.invited,
    responseRate: previous.responseRate
  };
}
