/**
 * Embeds two modules across the organisations of a study, with Pearson's r and its interval (CorrelationChart), for a report of a study across organisations (`study` in
 * survey.yaml).
 *
 * @example
 * import {render} from "https://rapport.example.nl/embed/correlation-chart.js";
 * render(document.querySelector("#peiling"), {a: "leaders_lead", b: "supervisors"});
 */

import {CorrelationChart, noData} from "../lib/components.js";
import {localeOf, mount} from "./shared/embed.js";
import {study} from "./shared/data.js";

/**
 * Draws the chart into `element` and resolves to the wrapper it appended. Options: `a` and `b` (two module ids; default the first pair),
 * `width` (default the element's width, following it), `locale` (`nl`/`en`, default the report's language), and any other option of CorrelationChart (`title`, `table`, …). A report without a
 * study shows a note instead.
 */
export async function render(element, {a, b, width, locale, ...options} = {}) {
  const data = await study();
  if (!data) return mount(element, (width, document) => noData({locale: localeOf(locale, null), document}), {width});
  locale = localeOf(locale, data.survey);
  const pair = a == null && b == null ? data.correlations[0] : data.correlations.find((c) => (c.a.id === a && c.b.id === b) || (c.a.id === b && c.b.id === a));
  if (!pair) throw new RangeError(`Peiling: no pair of modules ${JSON.stringify(a)} and ${JSON.stringify(b)}; the study has ${data.modules.map((m) => JSON.stringify(m.id)).join(", ")}`);
  return mount(element, (width, document) => CorrelationChart(pair, {survey: data.survey, ...options, locale, width, document}), {width});
}

export default render;
