/**
 * What the embed modules in `src/embed/` share: drawing a chart into an element of the host page
 * at that element's width (and again when the width changes), the report's language as the
 * default locale, a clear message instead of a chart for a group that cannot be shown, and
 * reading options from a query string for the iframe pages. See docs/embedding.md.
 */

import {chartText, isLanguage, noData} from "../../lib/components.js";

/** The width in pixels used when the element has no width yet (hidden, or not in the page). */
const FALLBACK_WIDTH = 640;

/**
 * Appends a `<div class="peiling-embed">` to `element` and draws `chart(width, document)` in it.
 * Without a `width` the chart takes the div's width and is drawn again when that width changes
 * (a ResizeObserver; nothing is redrawn for a change in height). Returns the div.
 *
 * @example
 * mount(element, (width, document) => ModuleBarsChart(data, {width, document}), {width: 480});
 */
export function mount(element, chart, {width} = {}) {
  if (!element || typeof element.append !== "function") {
    throw new TypeError(`Peiling: render(element) needs an element of the page, e.g. document.querySelector("#peiling"); got ${element}`);
  }
  const document = element.ownerDocument;
  const root = document.createElement("div");
  root.className = "peiling-embed";
  element.append(root);
  let drawn = 0;
  const draw = (w) => {
    drawn = w;
    root.replaceChildren(chart(w, document));
  };
  if (width != null) {
    draw(+width);
    return root;
  }
  draw(Math.floor(root.getBoundingClientRect().width) || FALLBACK_WIDTH);
  const view = document.defaultView;
  if (view && typeof view.ResizeObserver === "function") {
    let frame;
    new view.ResizeObserver(([entry]) => {
      const w = Math.floor(entry.contentRect.width);
      if (!w || w === drawn) return; // hidden or removed, or only the height changed
      view.cancelAnimationFrame(frame);
      frame = view.requestAnimationFrame(() => draw(w));
    }).observe(root);
  }
  return root;
}

/** The locale of an embed: the option when given (`nl` or `en`), else the report's language. */
export function localeOf(option, survey) {
  const locale = option ?? survey?.language ?? "nl";
  if (!isLanguage(locale)) throw new RangeError(`Peiling: locale must be "nl" or "en"; got ${JSON.stringify(locale)}`);
  return locale;
}

/**
 * Finds a group by id (`domein=Mobiliteit`, `domein=Mobiliteit|team=Openbaar Vervoer`) or slug
 * (`domein-mobiliteit`) and returns it, or returns a figure that says why it cannot be shown:
 * unknown, or suppressed for confidentiality. `title` is the figure's caption.
 */
export function findGroup(groups, key, {title, locale, document}) {
  const group = groups.find((g) => g.id === key) ?? groups.find((g) => g.slug != null && g.slug === key);
  const text = chartText(locale);
  if (!group) {
    const message = text.noGroup(key);
    return {figure: noData({title, message, locale, document})};
  }
  const name = group.label ?? group.value;
  if (group.suppressed) {
    const reason = text.suppressed;
    return {figure: noData({title: title && `${title}: ${name}`, message: `${name}: ${reason}`, locale, document})};
  }
  return {group};
}

/** Option names read as numbers, lists (comma-separated) or JSON from a query string. */
const NUMBERS = new Set(["width", "top", "rowHeight", "maxHeight", "confidence"]);
const LISTS = new Set(["questions"]);

/**
 * Reads embed options from a query string, as the iframe pages get them:
 * `?question=bev1&locale=en&table=false` → `{question: "bev1", locale: "en", table: null}`.
 * `true` and `false` become booleans (`false` as null, which switches a part off), `width`,
 * `top`, `rowHeight`, `maxHeight` and `confidence` numbers, `questions` a list split on commas.
 *
 * @example
 * render(element, queryOptions(location.search));
 */
export function queryOptions(search) {
  const options = {};
  for (const [key, value] of new URLSearchParams(search)) {
    if (value === "true") options[key] = true;
    else if (value === "false" || value === "null") options[key] = null;
    else if (NUMBERS.has(key) && value !== "" && Number.isFinite(+value)) options[key] = +value;
    else if (LISTS.has(key)) options[key] = value.split(",").map((s) => s.trim()).filter(Boolean);
    else options[key] = value;
  }
  return options;
}

/**
 * Runs an iframe page: renders the chart into `#peiling` with the options of the page's query
 * string, names the page after the chart's caption, then tells the parent page the content's
 * height whenever it changes (`{type: "peiling:resize", height, href}` by postMessage), so a host
 * can size the iframe to fit. Resolves to `element` once the chart is drawn: the page's cell
 * (`frame(render)`) shows Framework's loading indicator until then, and displaying the element
 * keeps it where it is (in the cell, right after the Markdown `<div id="peiling">`).
 */
export async function frame(render, element = document.querySelector("#peiling")) {
  const root = await render(element, queryOptions(location.search));
  // The page's title follows the chart's caption, in the chart's language.
  const caption = root.querySelector("figcaption")?.textContent;
  if (caption) document.title = caption;
  if (window.parent !== window) {
    let last = 0;
    new ResizeObserver(() => {
      const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      window.parent.postMessage({type: "peiling:resize", height, href: location.href}, "*");
    }).observe(document.body);
  }
  return element;
}
