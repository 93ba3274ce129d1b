/**
 * Embeds the trends over the earlier waves (TrendChart): a line per module with its intervals,
 * as small multiples, for the organisation or one group.
 *
 * @example
 * import {render} from "https://rapport.example.nl/embed/trend-chart.js";
 * render(document.querySelector("#peiling"), {group: "domein-mobiliteit"});
 */

import {chartText, TrendChart} from "../lib/components.js";
import {findGroup, localeOf, mount} from "./shared/embed.js";
import {groups, trends} from "./shared/data.js";

/**
 * Draws the trends into `element` and resolves to the wrapper it appended. Options: `width`
 * (default the element's width, following it), `locale` (`nl`/`en`, default the report's
 * language), `group` (a group's id or slug; default the organisation), `kind` (`module`, the
 * default, `enps`, or for the organisation `question`, `theme` (an agenda theme) and `responseRate`), `items` (ids), and any
 * other option of TrendChart (`columns`, `ci`, `title`, `table`, …).
 */
export async function render(element, {width, locale, group, ...options} = {}) {
  // An iframe's query gives the items as one comma-separated text (`items` is a string option of the heatmap's).
  if (typeof options.items === "string") options.items = options.items.split(",");
  const data = await trends();
  locale = localeOf(locale, data.survey);
  if (group == null) return mount(element, (width, document) => TrendChart(data, {...options, locale, width, document}), {width});
  const view = await groups();
  return mount(
    element,
    (width, document) => {
      const title = options.title === undefined ? chartText(locale).trends.title : options.title;
      const found = findGroup(view.groups, group, {title, locale, document});
      if (found.figure) return found.figure;
      return TrendChart(data, {title: title && `${title}: ${found.group.label}`, ...options, group: found.group.id, locale, width, document});
    },
    {width}
  );
}

export default render;
