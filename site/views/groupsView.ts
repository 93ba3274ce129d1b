import type {Comparison, GroupReport, ModuleScore, QuestionScore, Report} from "../../scoring/types.ts";
import {compact} from "./compact.ts";
import {groupSlugs} from "./groupSlugs.ts";
import type {CompactComparison, CompactScore, GroupSummary, GroupsView} from "../../charts/types.ts";

/** The `against` values of group comparisons that the groups page and group pages read. */
export const GROUP_REFERENCES = ["organisation", "parent", "previous"] as const;

/**
 * The groups view (`groups.json`): every group of every grouping variable in report order, each
 * with its slug (null when suppressed: no page), names, response, compact module scores and eNPS,
 * plus the group comparisons of modules and eNPS against the organisation, the parent group and
 * the group's previous scores, reduced to what the heatmap and the eNPS strip read. Suppressed
 * groups stay in the list, marked, so charts can say why they are blank. Question scores are in
 * {@link groupQuestionsView}, which a page loads only when asked for them.
 *
 * @example
 * groupsView(report).groups.filter((g) => g.variable === "domein").map((g) => g.label);
 */
export function groupsView(report: Report): GroupsView {
  return compact({
    survey: report.survey,
    modules: report.modules.map((m) => ({id: m.id, name: m.name})),
    questions: [],
    enps: report.enps && report.enps.n ? {score: report.enps.score, n: report.enps.n} : null,
    groups: groupSummaries(report, "modules"),
    comparisons: groupComparisons(report, (c) => c.kind !== "question"),
    references: referencesOf(report)
  });
}

/**
 * The groups' question scores (`group-questions.json`), in the shape of {@link groupsView}: every
 * group with its compact question scores and the group comparisons of questions, for the
 * heatmap of groups × questions. Five times the size of the module view, so a page loads it
 * only when the reader asks for questions.
 *
 * @example
 * GroupHeatmap(groupQuestionsView(report), {items: "questions"});
 */
export function groupQuestionsView(report: Report): GroupsView {
  return compact({
    survey: report.survey,
    modules: [],
    questions: report.questions.filter((q) => q.type !== "text" && q.type !== "multi").map((q) => ({id: q.id, type: q.type})),
    enps: null,
    groups: groupSummaries(report, "questions"),
    comparisons: groupComparisons(report, (c) => c.kind === "question"),
    references: referencesOf(report)
  });
}

function referencesOf(report: Pick<Report, "comparisons">): string[] {
  const used = new Set(report.comparisons.filter((c) => c.group != null).map((c) => c.against));
  return GROUP_REFERENCES.filter((a) => used.has(a));
}

function groupComparisons(report: Pick<Report, "comparisons">, keep: (c: Comparison) => boolean): CompactComparison[] {
  return report.comparisons.filter((c) => c.group != null && (GROUP_REFERENCES as readonly string[]).includes(c.against) && keep(c)).map(compactComparison);
}

/**
 * Every group in report order as the groups page reads it: slug, label, response, and the compact
 * module scores and eNPS (default), or question scores, or (null) no scores.
 *
 * @example
 * groupSummaries(report)[0]; // {id: "domein=Bedrijfsvoering", slug: "domein-bedrijfsvoering", label: "Bedrijfsvoering", n: 243, …}
 */
export function groupSummaries(report: Pick<Report, "groups">, scores: "modules" | "questions" | null = "modules"): GroupSummary[] {
  const slugs = groupSlugs(report.groups);
  const labels = groupLabels(report.groups);
  return report.groups.map((g) => groupSummary(g, slugs.get(g.id) ?? null, labels.get(g.id) ?? g.value, scores));
}

/**
 * The names lists show for groups: the value, with the parent's value in brackets where two groups
 * of the same variable share a value ("Beleid (Mobiliteit)"), and "a × b" for a cell of a crossing.
 *
 * @example
 * groupLabels(report.groups).get("domein=Mobiliteit|team=Wegen en Vaarwegen"); // "Wegen en Vaarwegen"
 */
export function groupLabels(groups: readonly GroupReport[]): Map<string, string> {
  const byId = new Map(groups.map((g) => [g.id, g]));
  const count = new Map<string, number>();
  for (const g of groups) count.set(`${g.variable}\u0000${g.value}`, (count.get(`${g.variable}\u0000${g.value}`) ?? 0) + 1);
  const labels = new Map<string, string>();
  for (const g of groups) {
    if (g.crossing) {
      labels.set(g.id, g.crossing.map((id) => byId.get(id)?.value ?? id).join(" × "));
      continue;
    }
    const parent = g.parent ? byId.get(g.parent) : undefined;
    const ambiguous = (count.get(`${g.variable}\u0000${g.value}`) ?? 0) > 1;
    labels.set(g.id, ambiguous && parent ? `${g.value} (${parent.value})` : g.value);
  }
  return labels;
}

function groupSummary(g: GroupReport, slug: string | null, label: string, scores: "modules" | "questions" | null): GroupSummary {
  const base: GroupSummary = {
    id: g.id,
    slug: g.suppressed ? null : slug,
    variable: g.variable,
    value: g.value,
    label,
    parent: g.parent,
    ...(g.crossing ? {crossing: g.crossing} : {}),
    n: g.n,
    invited: g.invited,
    responseRate: g.responseRate,
    suppressed: g.suppressed
  };
  if (g.suppressed || scores == null) return base;
  if (scores === "questions") return {...base, questions: (g.questions ?? []).filter((q) => q.type !== "text" && q.type !== "multi").map(compactScore)};
  return {...base, modules: (g.modules ?? []).map(compactScore), enps: g.enps && g.enps.n ? {score: g.enps.score, ci: g.enps.ci, n: g.enps.n} : null};
}

/**
 * A score reduced to what the heatmap reads: id, score (null when suppressed) and the flag.
 *
 * @example
 * compactScore(module); // {id: "werkdruk", score: 5.03, suppressed: false}
 */
export function compactScore(s: ModuleScore | QuestionScore): CompactScore {
  return {id: s.id, score: s.suppressed ? null : s.score, suppressed: s.suppressed || s.score == null};
}

/**
 * A comparison reduced to what the heatmap and the eNPS strip read.
 *
 * @example
 * compactComparison(c); // {item: "werkdruk", kind: "module", against: "organisation", group: "domein=Mobiliteit", difference: 0.3, level: "none"}
 */
export function compactComparison(c: Comparison): CompactComparison {
  return {item: c.item, kind: c.kind, against: c.against, group: c.group, difference: c.difference, level: c.level};
}
