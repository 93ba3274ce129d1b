/**
 * Embeds what respondents are proud of and want improved (TopicRankingChart).
 *
 * @example
 * import {render} from "https://rapport.example.nl/embed/topic-ranking.js";
 * render(document.querySelector("#peiling"), {top: 3});
 */

import {TopicRankingChart} from "../lib/components.js";
import {localeOf, mount} from "./shared/embed.js";
import {overview} from "./shared/data.js";

/**
 * Draws the topic ranking into `element` and resolves to the wrapper it appended. Options:
 * `width` (default the element's width, following it), `locale` (`nl`/`en`, default the
 * report's language), `top` (topics per panel, default 5), and any other option of
 * TopicRankingChart (`proud`, `improve`, `title`, `table`, …).
 */
export async function render(element, {width, locale, ...options} = {}) {
  const data = await overview();
  locale = localeOf(locale, data.survey);
  return mount(element, (width, document) => TopicRankingChart(data, {...options, locale, width, document}), {width});
}

export default render;
