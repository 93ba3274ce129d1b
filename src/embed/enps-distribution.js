/**
 * Embeds the organisation's eNPS distribution (EnpsDistributionChart).
 *
 * @example
 * import {render} from "https://rapport.example.nl/embed/enps-distribution.js";
 * render(document.querySelector("#peiling"));
 */

import {EnpsDistributionChart} from "../lib/components.js";
import {localeOf, mount} from "./shared/embed.js";
import {overview} from "./shared/data.js";

/**
 * Draws the eNPS histogram into `element` and resolves to the wrapper it appended. Options:
 * `width` (default the element's width, following it), `locale` (`nl`/`en`, default the report's
 * language), and any other option of EnpsDistributionChart (`score`, `categories`, `title`,
 * `table`, …). The confidence level in the text is the survey's.
 */
export async function render(element, {width, locale, ...options} = {}) {
  const data = await overview();
  locale = localeOf(locale, data.survey);
  const confidence = data.survey.settings?.comparison?.confidence;
  return mount(element, (width, document) => EnpsDistributionChart(data.enps, {confidence, ...options, locale, width, document}), {width});
}

export default render;
