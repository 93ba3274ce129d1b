/**
 * Embeds the eNPS per group (EnpsGroupStrip): a dot with its interval per group, against the
 * organisation's eNPS.
 *
 * @example
 * import {render} from "https://rapport.example.nl/embed/enps-group-strip.js";
 * render(document.querySelector("#peiling"), {variable: "domein", sort: "score"});
 */

import {EnpsGroupStrip} from "../lib/components.js";
import {localeOf, mount} from "./shared/embed.js";
import {groups} from "./shared/data.js";

/**
 * Draws the eNPS strip into `element` and resolves to the wrapper it appended. Options: `width`
 * (default the element's width, following it), `locale` (`nl`/`en`, default the report's
 * language), `variable` (the grouping variable, e.g. `domein`; default the survey's first),
 * `sort` (`report` or `score`), and any other option of EnpsGroupStrip (`ci`, `title`, `table`, …).
 */
export async function render(element, {width, locale, ...options} = {}) {
  const data = await groups();
  locale = localeOf(locale, data.survey);
  return mount(element, (width, document) => EnpsGroupStrip(data, {...options, locale, width, document}), {width});
}

export default render;
