import type {OrganisationView} from "./types.ts";
import type {ModuleReference} from "./moduleBarsX.ts";
import {studyText} from "../text/studyText.ts";
import {chartText} from "../text/chartText.ts";
import type {Language} from "../text/translations.ts";

/**
 * The references an organisation page's module chart shows, as far as the organisation was
 * compared with them: its previous scores (a bar-shaped tick), the mean of the other
 * organisations (a circle) and the mean of the best `top` of them (a diamond). The whole study is
 * in the comparison table. Pass them as `references` to `ModuleBarsChart`. Dutch unless `locale`
 * is `"en"`.
 *
 * @example
 * ModuleBarsChart(view, {references: organisationReferences(view, "en")});
 */
export function organisationReferences(view: Pick<OrganisationView, "previous" | "comparisons" | "study">, locale: Language = "nl"): ModuleReference[] {
  const text = studyText(locale);
  const compared = new Set(view.comparisons.filter((c) => c.kind === "module").map((c) => c.against));
  const references: ModuleReference[] = [];
  if (compared.has("previous")) references.push({kind: "previous", against: "previous", label: view.previous?.label ?? chartText(locale).previous, short: chartText(locale).previousShort});
  if (compared.has("organisations")) references.push({kind: "benchmark", against: "organisations", label: text.benchmarkMean, short: text.benchmarkMeanShort});
  if (compared.has("top")) references.push({kind: "top", against: "top", label: text.benchmarkTop(view.study.top), short: text.benchmarkTopShort(view.study.top)});
  return references;
}
