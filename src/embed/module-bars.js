/**
 * Embeds the module scores (ModuleBarsChart): the organisation's, with the previous survey and
 * the benchmarks, or one group's with its own previous scores.
 *
 * @example
 * import {render} from "https://rapport.example.nl/embed/module-bars.js";
 * render(document.querySelector("#peiling"), {sort: "score"});
 */

import {chartText, ModuleBarsChart} from "../lib/components.js";
import {findGroup, localeOf, mount} from "./shared/embed.js";
import {groups, overview} from "./shared/data.js";

/**
 * Draws the module scores into `element` and resolves to the wrapper it appended. Options:
 * `width` (default the element's width, following it), `locale` (`nl`/`en`, default the
 * report's language), `group` (a group's id or slug, e.g. `domein=Mobiliteit` or
 * `domein-mobiliteit`; default the organisation), and any other option of ModuleBarsChart
 * (`sort`, `ci`, `previous`, `benchmark`, `title`, `table`, …).
 */
export async function render(element, {width, locale, group, ...options} = {}) {
  const data = await overview();
  locale = localeOf(locale, data.survey);
  if (group == null) return mount(element, (width, document) => ModuleBarsChart(data, {...options, locale, width, document}), {width});
  const view = await groups();
  return mount(
    element,
    (width, document) => {
      const title = options.title === undefined ? chartText(locale).moduleBarsTitle : options.title;
      const found = findGroup(view.groups, group, {title, locale, document});
      if (found.figure) return found.figure;
      return ModuleBarsChart(groupModules(view, found.group, data), {
        title: title && `${title}: ${found.group.label}`,
        ...options,
        group: found.group.id,
        locale,
        width,
        document
      });
    },
    {width}
  );
}

/**
 * One group's module scores in the shape ModuleBarsChart reads, with the group's own previous
 * scores as the only reference (benchmarks are the organisation's). groups.json keeps compact
 * scores and comparisons: no interval or n, and no reference score, which is score − difference.
 */
function groupModules(view, group, data) {
  const scores = new Map((group.modules ?? []).map((m) => [m.id, m]));
  const modules = view.modules.map(({id, name}) => {
    const own = scores.get(id);
    return {id, name, score: own?.score ?? null, n: null, se: null, ci: null, questions: [], suppressed: own?.suppressed ?? true};
  });
  const comparisons = view.comparisons.flatMap((c) => {
    const score = scores.get(c.item)?.score;
    if (c.group !== group.id || c.kind !== "module" || c.against !== "previous" || score == null) return [];
    return [{...c, score, reference: score - c.difference, pValue: null, adjustedPValue: null, significant: null}];
  });
  return {survey: data.survey, previous: data.previous, benchmarks: [], modules, comparisons};
}

export default render;
