import type {Report} from "../../scoring/types.ts";
import {compact} from "./compact.ts";
import {reportPages} from "./reportPages.ts";
import {summaryFacts} from "./summaryFacts.ts";
import type {OverviewView, PreviousView} from "../../charts/types.ts";

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
    likertScale: likertScale(report),
    facts,
    pages: reportPages(report).map(({key, path}) => ({key, path}))
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

/**
 * The answer options of the survey's first likert question with the score each gives (after
 * reversal the scale reads the other way, so a question that is not reversed is preferred), for
 * the reading guide's "from answer to score"; null without likert questions.
 *
 * @example
 * likertScale(report); // [{label: "Helemaal mee oneens", score: 0, missing: false}, …, {label: "Weet niet", score: null, missing: true}]
 */
export function likertScale(report: Pick<Report, "distributions" | "survey">): OverviewView["likertScale"] {
  const reversed = new Set(report.survey.questions.filter((q) => q.reverse).map((q) => q.id));
  const likert = report.distributions.filter((d) => d.type === "likert");
  const chosen = likert.find((d) => !reversed.has(d.question)) ?? likert[0];
  if (!chosen) return null;
  return chosen.options.map((o) => ({label: o.label, score: o.score, missing: o.missing}));
}
