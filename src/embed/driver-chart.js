/**
 * Embeds the key drivers of an outcome of a study: each module's Shapley/LMG share of R² (DriverChart), for a report of a study across organisations (`study` in
 * survey.yaml).
 *
 * @example
 * import {render} from "https://rapport.example.nl/embed/driver-chart.js";
 * render(document.querySelector("#peiling"), {outcome: "global_satisfaction"});
 */

import {DriverChart, noData} from "../lib/components.js";
import {localeOf, mount} from "./shared/embed.js";
import {study} from "./shared/data.js";

/**
 * Draws the chart into `element` and resolves to the wrapper it appended. Options: `outcome` (an outcome's id; default the first),
 * `width` (default the element's width, following it), `locale` (`nl`/`en`, default the report's language), and any other option of DriverChart (`title`, `table`, …). A report without a
 * study shows a note instead.
 */
export async function render(element, {outcome, width, locale, ...options} = {}) {
  const data = await study();
  if (!data) return mount(element, (width, document) => noData({locale: localeOf(locale, null), document}), {width});
  locale = localeOf(locale, data.survey);
  const drivers = data.drivers.find((d) => d.outcome.id === (outcome ?? data.drivers[0]?.outcome.id));
  if (!drivers) throw new RangeError(`Peiling: no outcome ${JSON.stringify(outcome)}; the study has ${data.drivers.map((d) => JSON.stringify(d.outcome.id)).join(", ")}`);
  return mount(element, (width, document) => DriverChart(drivers, {survey: data.survey, ...options, locale, width, document}), {width});
}

export default render;
