/**
 * Embeds how the answers to likert questions are spread (LikertDistributionChart): one question,
 * a list, or the questions of one module.
 *
 * @example
 * import {render} from "https://rapport.example.nl/embed/likert-distribution.js";
 * render(document.querySelector("#peiling"), {question: "bev1"});
 */

import {LikertDistributionChart} from "../lib/components.js";
import {localeOf, mount} from "./shared/embed.js";
import {questions} from "./shared/data.js";

/**
 * Draws the answer distributions into `element` and resolves to the wrapper it appended.
 * Options: `width` (default the element's width, following it), `locale` (`nl`/`en`, default
 * the report's language), `question` (one question id, e.g. `bev1`), `questions` (a list of
 * ids), `module` (the likert questions of a module, e.g. `bevlogenheid`; an unknown one shows
 * "Geen gegevens"); without any of the three, every likert question. Any other option of
 * LikertDistributionChart (`dontKnow`, `title`, `table`, …) is passed on.
 */
export async function render(element, {width, locale, question, questions: ids, module, ...options} = {}) {
  const data = await questions();
  locale = localeOf(locale, data.survey);
  const chosen = question != null ? [question] : ids ?? (module != null ? data.modules.find((m) => m.id === module)?.likert ?? [] : null);
  return mount(element, (width, document) => LikertDistributionChart(data, {...options, questions: chosen, locale, width, document}), {width});
}

export default render;
