/**
 * Embeds the scores per group as a heatmap (GroupHeatmap): groups × modules, or × questions.
 *
 * @example
 * import {render} from "https://rapport.example.nl/embed/group-heatmap.js";
 * render(document.querySelector("#peiling"), {variable: "domein", measure: "difference"});
 */

import {GroupHeatmap} from "../lib/components.js";
import {localeOf, mount} from "./shared/embed.js";
import {groupQuestions, groups, trends} from "./shared/data.js";

/**
 * Draws the heatmap into `element` and resolves to the wrapper it appended. Options: `width`
 * (default the element's width, following it), `locale` (`nl`/`en`, default the report's
 * language), `variable` (the grouping variable, e.g. `domein`; default the survey's first),
 * `items` (`modules`, or `questions`, which loads the larger question view), `measure` (`score`
 * or `difference`), `trends` (true: a sparkline of each group's module over the earlier waves in
 * its cell, loading `trends.json`; default none), and any other option of GroupHeatmap (`against`,
 * `maxHeight`, `title`, …).
 */
export async function render(element, {width, locale, trends: withTrends, ...options} = {}) {
  const [data, waves] = await Promise.all([options.items === "questions" ? groupQuestions() : groups(), withTrends ? trends() : null]);
  locale = localeOf(locale, data.survey);
  const sparklines = waves && waves.waves.length > 1 ? waves : null;
  return mount(element, (width, document) => GroupHeatmap(data, {...options, trends: sparklines, locale, width, document}), {width});
}

export default render;
