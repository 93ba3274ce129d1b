/**
 * Embeds the spread of the grades of one population (GradeDistributionChart), for a report with
 * a quality mark's norm (settings.norm).
 *
 * @example
 * import {render} from "https://rapport.example.nl/embed/grade-distribution.js";
 * render(document.querySelector("#peiling"), {population: "Opdrachtgevers"});
 */

import {GradeDistributionChart, noData} from "../lib/components.js";
import {localeOf, mount} from "./shared/embed.js";
import {quality} from "./shared/data.js";

/**
 * Draws the spread of the grades into `element` and resolves to the wrapper it appended. Options:
 * `population` (a population's name, e.g. "Cliënten"; default the first), `width` (default the
 * element's width, following it), `locale` (`nl`/`en`, default the report's language), and any
 * other option of GradeDistributionChart (`title`, `table`, `legend`, …). A report without a norm
 * shows a note instead.
 */
export async function render(element, {population, width, locale, ...options} = {}) {
  const data = await quality();
  if (!data) return mount(element, (width, document) => noData({locale: localeOf(locale, null), document}), {width});
  locale = localeOf(locale, data.survey);
  const chosen = population == null ? data.populations[0] : data.populations.find((p) => p.label === population);
  if (!chosen) throw new RangeError(`Peiling: no population "${population}"; the report has ${data.populations.map((p) => JSON.stringify(p.label)).join(", ")}`);
  return mount(element, (width, document) => GradeDistributionChart(chosen, {failingGrade: data.norm.thresholds.failingGrade, ...options, locale, width, document}), {width});
}

export default render;
