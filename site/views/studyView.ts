import type {Report, Spread} from "../../scoring/types.ts";
import type {OrganisationPoint, StudyCorrelation, StudyDrivers, StudyOrganisation, StudySpread, StudyView} from "../../charts/types.ts";
import {compact} from "./compact.ts";
import {groupSummaries} from "./groupsView.ts";
import {PAGES} from "../pages.ts";
import {limitPosition} from "../../charts/limitPosition.ts";

/**
 * The organisation pages of a study: one per shown organisation (a group of the study's
 * organisation variable), with its slug (its group's slug) and path (`/organisaties/<slug>`), by
 * name. Suppressed organisations get none; a report without a study has none.
 *
 * @example
 * organisationPages(report).map((p) => p.path); // ["/organisaties/agency-af", …]
 */
export function organisationPages(report: Pick<Report, "groups" | "survey">): {id: string; slug: string; path: string; label: string}[] {
  return studyOrganisations(report)
    .filter((o) => o.slug != null)
    .map((o) => ({id: o.id, slug: o.slug!, path: o.path!, label: o.label}));
}

/**
 * Every organisation of a study, suppressed ones included (marked, without a number, a page or
 * scores), ordered by name; empty without a study.
 *
 * @example
 * studyOrganisations(report)[0]; // {id: "AGENCY=AF", value: "AF", slug: "agency-af", path: "/organisaties/agency-af", n: 5619, modules: […], …}
 */
export function studyOrganisations(report: Pick<Report, "groups" | "survey">): StudyOrganisation[] {
  const variable = report.survey.study?.organisation;
  if (!variable) return [];
  return groupSummaries(report)
    .filter((g) => g.variable === variable)
    .map((g): StudyOrganisation => ({...g, path: g.slug && `${PAGES.organisation.path}${g.slug}`}))
    .sort((a, b) => a.label.localeCompare(b.label));
}

/**
 * The view of a study's pages (`study.json`): the organisations (suppressed ones marked), the
 * spread of the organisations per module as rows for `SpreadChart` and `FunnelPlot` (with those
 * outside the 99.8 % limits named), every pair of modules across organisations with its points and
 * Pearson's r for `CorrelationChart`, and the key drivers per outcome for `DriverChart`. Only
 * numbers the report publishes: shown organisations' scores and the analyses. Null without a study.
 *
 * @example
 * studyView(report)?.spread[0].rows[0]; // {label: "FT", score: 0.80, n: 80, ci: […], limits: {…}}
 */
export function studyView(report: Report): StudyView | null {
  const study = report.survey.study;
  if (!study || !report.analyses) return null;
  const organisations = studyOrganisations(report);
  const name = moduleNames(report);
  return compact({
    survey: report.survey,
    variable: {id: study.organisation, name: report.survey.groups.find((g) => g.id === study.organisation)?.name ?? study.organisation},
    top: study.top,
    respondents: report.respondents,
    modules: report.survey.modules.map((m) => ({id: m.id, name: m.name})),
    organisations,
    spread: report.analyses.spread.map((s) => spreadRows(s, organisations, name, null)),
    correlations: correlationPoints(report, organisations, name),
    drivers: driverRows(report, name)
  });
}

/**
 * One module's spread as chart rows: each shown organisation's label, score, size, interval and
 * limits (plain and widened by τ), the organisation `highlight` marked; and which lie above and
 * below the 99.8 % limits, and above and below those widened by τ.
 *
 * @example
 * spreadRows(report.analyses.spread[0], studyOrganisations(report), names, "AGENCY=AF").rows[0].highlight; // false
 */
export function spreadRows(spread: Spread, organisations: StudyOrganisation[], name: Map<string, string>, highlight: string | null): StudySpread {
  const byId = new Map(organisations.map((o) => [o.id, o]));
  const rows = spread.organisations.map((p): OrganisationPoint => {
    const own = byId.get(p.group);
    return {
      label: own?.label ?? p.value,
      score: p.score,
      n: p.n,
      ci: p.ci,
      limits: p.limits,
      widened: p.widened,
      ...(highlight === p.group ? {highlight: true} : {})
    };
  });
  return {
    item: spread.item,
    name: name.get(spread.item) ?? spread.item,
    mean: spread.mean,
    heterogeneity: spread.heterogeneity,
    rows,
    above: rows.filter((r) => limitPosition(r) === "above").map((r) => r.label),
    below: rows.filter((r) => limitPosition(r) === "below").map((r) => r.label),
    exceptional: {
      above: rows.filter((r) => limitPosition(r, "widened") === "above").map((r) => r.label),
      below: rows.filter((r) => limitPosition(r, "widened") === "below").map((r) => r.label)
    }
  };
}

/**
 * The names of the survey's modules and questions (their short text), by id: what a study's views
 * call a module, a driver or an outcome.
 *
 * @example
 * moduleNames(report).get("leaders_lead"); // "Leaders Lead"
 */
export function moduleNames(report: Pick<Report, "survey">): Map<string, string> {
  return new Map([...report.survey.questions.map((q): [string, string] => [q.id, q.short]), ...report.survey.modules.map((m): [string, string] => [m.id, m.name])]);
}

function correlationPoints(report: Report, organisations: StudyOrganisation[], name: Map<string, string>): StudyCorrelation[] {
  return (report.analyses?.correlations ?? []).map((c) => {
    const points = organisations.flatMap((o) => {
      const x = o.modules?.find((m) => m.id === c.a)?.score;
      const y = o.modules?.find((m) => m.id === c.b)?.score;
      return x != null && y != null ? [{label: o.label, x, y}] : [];
    });
    return {a: {id: c.a, name: name.get(c.a) ?? c.a}, b: {id: c.b, name: name.get(c.b) ?? c.b}, r: c.r, ci: c.ci, n: c.n, points};
  });
}

function driverRows(report: Report, name: Map<string, string>): StudyDrivers[] {
  const outcomes = [...new Set((report.analyses?.drivers ?? []).map((d) => d.outcome))];
  return outcomes.map((outcome) => {
    const rows = report.analyses!.drivers.filter((d) => d.outcome === outcome);
    return {
      outcome: {id: outcome, name: name.get(outcome) ?? outcome},
      r2: rows[0]?.r2 ?? null,
      n: rows[0]?.n ?? null,
      drivers: rows.map((d) => ({item: d.item, name: name.get(d.item) ?? d.item, importance: d.importance}))
    };
  });
}
