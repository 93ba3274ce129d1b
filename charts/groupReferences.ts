import type {GroupView} from "./types.ts";
import type {Language} from "../text/translations.ts";
import {chartText} from "../text/chartText.ts";
import type {ModuleReference} from "./moduleBarsX.ts";

/**
 * The references a group page's module chart shows, as far as the group was compared with them:
 * its own previous scores (a bar-shaped tick), the group it lies within (a circle, headed by that
 * group's variable, "Domein") and the organisation (a diamond). Pass them as `references` to
 * {@link ModuleBarsChart}. Dutch unless `locale` is `"en"`.
 *
 * @example
 * ModuleBarsChart(view, {references: groupReferences(view)});
 */
export function groupReferences(view: Pick<GroupView, "previous" | "comparisons" | "parentScores" | "organisation">, locale: Language = "nl"): ModuleReference[] {
  const text = chartText(locale);
  const compared = new Set(view.comparisons.filter((c) => c.kind === "module").map((c) => c.against));
  const references: ModuleReference[] = [];
  if (compared.has("previous")) references.push({kind: "previous", against: "previous", label: view.previous?.label ?? text.previous, short: text.previousShort});
  if (compared.has("parent") && view.parentScores) {
    references.push({kind: "benchmark", against: "parent", label: view.parentScores.label, short: view.parentScores.variableName ?? view.parentScores.label});
  }
  if (compared.has("organisation")) references.push({kind: "top", against: "organisation", label: view.organisation.label, short: text.organisation});
  return references;
}
