import type {Report} from "../../scoring/types.ts";
import type {OrganisationPosition, OrganisationView, Reference} from "../../charts/types.ts";
import {studyText} from "../../text/studyText.ts";
import {compact} from "./compact.ts";
import {limitPosition} from "../../charts/limitPosition.ts";
import {comparisonsByGroup, groupFacts, groupViews} from "./groupView.ts";
import {groupSummaries} from "./groupsView.ts";
import {moduleNames, organisationPages, spreadRows, studyOrganisations} from "./studyView.ts";

/**
 * The view of every organisation page of a study (`organisations/<slug>.json`), by name: the
 * organisation's own report as its group page has it (scores, questions, eNPS, the groups below it
 * with their comparisons against it, then the cells of a crossing of the organisation variable with
 * another (`crossings` in survey.yaml), its comparisons with the whole study as `against: "study"`),
 * plus the benchmarks the study computes from the other organisations (`organisations`, their mean;
 * `top`, the mean of the best of them) among its comparisons and named in its benchmarks, its rank
 * and place against the funnel's limits per module, and each module's spread with itself
 * highlighted. One audited model: nothing here is scored apart. Suppressed organisations get no
 * view; without a study, none.
 *
 * @example
 * organisationViews(report)[0].positions[0]; // {item: "leaders_lead", name: "Leaders Lead", rank: 12, of: 45, outside: null, exceptional: null}
 */
export function organisationViews(report: Report): OrganisationView[] {
  const study = report.survey.study;
  if (!study || !report.analyses) return [];
  const pages = new Map(organisationPages(report).map((p) => [p.id, p]));
  const organisations = studyOrganisations(report);
  const names = moduleNames(report);
  const text = studyText(report.survey.language);
  const variableName = report.survey.groups.find((g) => g.id === study.organisation)?.name ?? study.organisation;
  const benchmarks: Reference[] = [
    {id: "organisations", name: text.benchmarkMean, phrase: text.benchmarkMeanPhrase, kind: "average", items: []},
    {id: "top", name: text.benchmarkTop(study.top), phrase: text.benchmarkTopPhrase(study.top), kind: "top", items: []}
  ];
  const shown = report.analyses.spread[0]?.organisations.length ?? organisations.filter((o) => !o.suppressed).length;
  const own = comparisonsByGroup(report.comparisons, (c) => c.against === "organisations" || c.against === "top");
  const byId = new Map(report.groups.map((g) => [g.id, g]));
  const summaries = groupSummaries(report);

  return groupViews(report)
    .filter((view) => pages.has(view.id))
    .sort((a, b) => pages.get(a.id)!.label.localeCompare(pages.get(b.id)!.label))
    .map(({survey, ...view}) => {
      const page = pages.get(view.id)!;
      // Against the rest of the report's organisation is, for an organisation of a study, against the whole study.
      const comparisons = [...(own.get(view.id) ?? []).map((c) => ({...c, group: null})), ...view.comparisons.map((c) => (c.against === "organisation" ? {...c, against: "study"} : c))];
      const positions = report.analyses!.spread.flatMap((s): OrganisationPosition[] => {
        const point = s.organisations.find((p) => p.group === view.id);
        if (!point) return [];
        return [{item: s.item, name: names.get(s.item) ?? s.item, rank: point.rank, of: s.organisations.length, outside: limitPosition(point), exceptional: limitPosition(point, "widened")}];
      });
      // The survey is compact already, and the same in every view.
      return {
        survey,
        ...compact({
          ...view,
          page: {...view.page, slug: page.slug, path: page.path},
          // The groups below it: its own subgroups, then the cells of any crossing with the organisation variable.
          children: [...view.children, ...summaries.filter((s) => s.crossing?.includes(view.id))],
          comparisons,
          benchmarks: [...benchmarks, ...view.benchmarks.map((b) => (b.id === "organisation" ? {...b, id: "study"} : b))],
          facts: groupFacts(byId.get(view.id)!, comparisons, report),
          study: {variable: {id: study.organisation, name: variableName}, top: study.top, organisations: shown},
          positions,
          spread: report.analyses!.spread.map((s) => spreadRows(s, organisations, names, view.id))
        })
      };
    });
}
