/**
 * Embeds the response rate (ResponseRateChart), with the previous survey's and the benchmarks'
 * when the report has them.
 *
 * @example
 * import {render} from "https://rapport.example.nl/embed/response-rate.js";
 * render(document.querySelector("#peiling"));
 */

import {ResponseRateChart} from "../lib/components.js";
import {localeOf, mount} from "./shared/embed.js";
import {overview} from "./shared/data.js";

/**
 * Draws the response rate into `element` and resolves to the wrapper it appended. Options:
 * `width` (default the element's width, following it), `locale` (`nl`/`en`, default the
 * report's language), `previous` (null hides the previous survey), `benchmarks` (default the
 * benchmarks' response rates in the report; null hides them), and any other option of
 * ResponseRateChart (`title`, `table`, …).
 */
export async function render(element, {width, locale, ...options} = {}) {
  const data = await overview();
  locale = localeOf(locale, data.survey);
  const benchmarks = data.responseBenchmarks?.length ? data.responseBenchmarks : null;
  return mount(element, (width, document) => ResponseRateChart(data, {benchmarks, ...options, locale, width, document}), {width});
}

export default render;
