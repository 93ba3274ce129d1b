/**
 * Embeds the organisations of a study ranked on one module, with their intervals (SpreadChart), for a report of a study across organisations (`study` in
 * survey.yaml).
 *
 * @example
 * import {render} from "https://rapport.example.nl/embed/spread-chart.js";
 * render(document.querySelector("#peiling"), {module: "leaders_lead"});
 */

import {SpreadChart, noData} from "../lib/components.js";
import {localeOf, mount} from "./shared/embed.js";
import {study} from "./shared/data.js";

/**
 * Draws the chart into `element` and resolves to the wrapper it appended. Options: `module` (a module id; default the first),
 * `width` (default the element's width, following it), `locale` (`nl`/`en`, default the report's language), and any other option of SpreadChart (`title`, `table`, …). A report without a
 * study shows a note instead.
 */
export async function render(element, {module, width, locale, ...options} = {}) {
  const data = await study();
  if (!data) return mount(element, (width, document) => noData({locale: localeOf(locale, null), document}), {width});
  locale = localeOf(locale, data.survey);
  const spread = data.spread.find((s) => s.item === (module ?? data.spread[0]?.item));
  if (!spread) throw new RangeError(`Peiling: no module ${JSON.stringify(module)}; the study has ${data.spread.map((s) => JSON.stringify(s.item)).join(", ")}`);
  return mount(element, (width, document) => SpreadChart(spread.rows, {survey: data.survey, item: spread.name, mean: spread.mean, ...options, locale, width, document}), {width});
}

export default render;
