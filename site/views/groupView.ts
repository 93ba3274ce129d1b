import type {Benchmark, Comparison, GroupReport, Report} from "../../scoring/types.ts";
import {compact} from "./compact.ts";
import {groupSlugs} from "./groupSlugs.ts";
import {compactComparison, compactScore, groupLabels, groupSummaries} from "./groupsView.ts";
import {previousView} from "./overviewView.ts";
import {choiceViews} from "./questionsView.ts";
import {differenceFact, rankModules, topTopics} from "./summaryFacts.ts";
import type {ContextScores, GroupFacts, GroupPage, GroupView} from "../../charts/types.ts";
import {PAGES} from "../pages.ts";

/**
 * The group pages of the site: one per shown group (suppressed groups get none), in report order,
 * with its slug, path (`/groepen/<slug>`) and names.
 *
 * @example
 * groupPages(report).map((p) => p.path); // ["/groepen/domein-bedrijfsvoering", …]
 */
export function groupPages(report: Pick<Report, "groups" | "survey">): GroupPage[] {
  const slugs = groupSlugs(report.groups);
  const labels = groupLabels(report.groups);
  const variables = new Map(report.survey.groups.map((v) => [v.id, v.name]));
  return report.groups
    .filter((g) => !g.suppressed)
    .map((g) => {
      const slug = slugs.get(g.id)!;
      return {
        id: g.id,
        slug,
        path: `${PAGES.group.path}${slug}`,
        variable: g.variable,
        variableName: variables.get(g.variable) ?? g.variable,
        value: g.value,
        label: labels.get(g.id) ?? g.value,
        parent: g.parent
      };
    });
}

/**
 * The comparisons of each group (`Comparison.group`), in report order; with `keep`, only those it
 * keeps. The organisation's own comparisons (no group) are left out.
 *
 * @example
 * comparisonsByGroup(report.comparisons).get("afdeling=Beleid") // [{group: "afdeling=Beleid", against: "organisation", …}, …]
 */
export function comparisonsByGroup(comparisons: Comparison[], keep: (c: Comparison) => boolean = () => true): Map<string, Comparison[]> {
  const byGroup = new Map<string, Comparison[]>();
  for (const c of comparisons) {
    if (c.group == null || !keep(c)) continue;
    const list = byGroup.get(c.group);
    if (list) list.push(c);
    else byGroup.set(c.group, [c]);
  }
  return byGroup;
}

/**
 * The view of every group page (`groups/<slug>.json`), in report order: the group's own scores
 * (modules, questions, eNPS, topics, comment words and its choice questions set against the
 * organisation and its previous answers), its comparisons with the organisation, its parent and
 * its previous scores, the parent's and the organisation's scores for context, its subgroups
 * with their comparisons against it, and the facts its summary tells. Suppressed groups get no view.
 *
 * @example
 * for (const view of groupViews(report)) writeFile(`${view.page.slug}.json`, JSON.stringify(view));
 */
export function groupViews(report: Report): GroupView[] {
  const pages = groupPages(report);
  const byId = new Map(report.groups.map((g) => [g.id, g]));
  const pageOf = new Map(pages.map((p) => [p.id, p]));
  const comparisons = comparisonsByGroup(report.comparisons);
  const summaries = groupSummaries(report);
  const previousGroups = new Map((report.previous?.groups ?? []).map((g) => [g.id, g]));
  const organisation = contextOf("organisation", report.survey.organisation, null, null, report);
  const variables = new Map(report.survey.groups.map((v) => [v.id, v.name]));
  // The same in every view: made compact once (it was almost half of each view's numbers to round).
  const survey = compact(report.survey);
  const previousReport = previousView(report);

  return pages.map((page) => {
    const group = byId.get(page.id)!;
    const parent = group.parent ? byId.get(group.parent) : undefined;
    const parentPage = parent ? pageOf.get(parent.id) : undefined;
    const parentLabel = parent ? `${variables.get(parent.variable) ?? parent.variable} ${parent.value}` : null;
    const own = (comparisons.get(group.id) ?? []).filter((c) => c.against === "organisation" || c.against === "parent" || c.against === "previous");
    const children = summaries.filter((s) => s.parent === group.id);
    const childIds = new Set(children.map((c) => c.id));
    const references: Benchmark[] = [
      ...(parent && parentLabel ? [{id: "parent", name: parentLabel, kind: "average" as const, items: []}] : []),
      {id: "organisation", name: report.survey.organisation, kind: "average", items: []}
    ];
    const previousGroup = previousGroups.get(group.id);
    const previous = previousReport && {
      ...previousReport,
      respondents: previousGroup && !previousGroup.suppressed ? previousGroup.n : null,
      invited: previousGroup?.invited ?? null,
      responseRate: previousGroup && !previousGroup.suppressed ? previousGroup.responseRate : null
    };
    return {
      survey,
      ...compact({
        page,
        id: group.id,
        variable: group.variable,
        value: group.value,
        parent: group.parent,
        ...(group.crossing ? {crossing: group.crossing} : {}),
        respondents: group.n ?? 0,
        invited: group.invited,
        responseRate: group.responseRate,
        modules: group.modules ?? [],
        questions: group.questions ?? [],
        enps: group.enps ?? null,
        topics: group.topics ?? [],
        comments: group.comments ?? [],
        choices: choiceViews(report.survey, {distributions: group.distributions ?? [], topics: group.topics ?? []}, [
          {id: "organisation", label: report.survey.organisation, source: report},
          ...(previousReport && previousGroup && !previousGroup.suppressed
            ? [{id: "previous", label: previousReport.label, source: {distributions: previousGroup.distributions ?? [], topics: previousGroup.topics ?? []}}]
            : [])
        ]),
        comparisons: own.map((c) => ({...c, group: null})),
        benchmarks: references,
        previous,
        parentScores: parent && parentLabel && !parent.suppressed ? contextOf(parent.id, parentLabel, variables.get(parent.variable) ?? parent.variable, parentPage?.path ?? null, parent) : null,
        organisation,
        children,
        childComparisons: [...childIds].flatMap((id) => (comparisons.get(id) ?? []).filter((c) => c.against === "parent" && c.kind !== "question").map(compactComparison)),
        facts: groupFacts(group, own, report)
      })
    };
  });
}

/**
 * The view of one group page by its slug; throws when no shown group has that slug (a suppressed
 * group has no page), so a loader asked for it fails the build.
 *
 * @example
 * groupView(report, "domein-mobiliteit").page.label; // "Mobiliteit"
 */
export function groupView(report: Report, slug: string): GroupView {
  const view = groupViews(report).find((v) => v.page.slug === slug);
  if (!view) throw new Error(`no group page "${slug}": not a shown group of this report`);
  return view;
}

function contextOf(id: string, label: string, variableName: string | null, path: string | null, scores: Pick<GroupReport, "modules" | "questions" | "enps"> & {n?: number | null; respondents?: number}): ContextScores {
  return {
    id,
    label,
    variableName,
    path,
    n: scores.n ?? scores.respondents ?? null,
    modules: (scores.modules ?? []).map(compactScore),
    questions: (scores.questions ?? []).filter((q) => q.type !== "text" && q.type !== "multi").map(compactScore),
    enps: scores.enps && scores.enps.n ? scores.enps.score : null
  };
}

const KIND_ORDER = {enps: 0, module: 1, question: 2} as const;
const AGAINST_ORDER: Record<string, number> = {parent: 0, organisation: 1, previous: 2};

/**
 * What a group page's summary tells: its three strongest and weakest modules, its relevant
 * differences (level ≠ none) with the parent, the organisation and its previous scores, and its
 * top three proud and improve topics.
 *
 * @example
 * groupFacts(group, comparisons, report).differences[0]; // {kind: "module", name: "Werkdruk", against: "organisation", difference: -0.9, …}
 */
export function groupFacts(group: GroupReport, comparisons: Comparison[], report: Pick<Report, "survey">): GroupFacts {
  const {strongest, weakest} = rankModules(group.modules ?? [], report.survey);
  const compared: Record<string, number> = {};
  for (const c of comparisons) if (c.kind === "module") compared[c.against] = (compared[c.against] ?? 0) + 1;
  return {
    strongest,
    weakest,
    differences: comparisons
      .filter((c) => c.level !== "none")
      .map((c) => differenceFact(c, report.survey))
      .sort(
        (a, b) =>
          KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || (AGAINST_ORDER[a.against] ?? 9) - (AGAINST_ORDER[b.against] ?? 9) || Math.abs(b.difference) - Math.abs(a.difference)
      ),
    compared,
    proud: topTopics(group.topics ?? [], report.survey, "proud"),
    improve: topTopics(group.topics ?? [], report.survey, "improve")
  };
}
