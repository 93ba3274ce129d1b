import {dataTable, type TableData} from "./dataTable.ts";
import type {Language} from "../text/translations.ts";
import {chartText} from "../text/chartText.ts";

/** The options of {@link chartFigure}. */
export interface ChartFigureOptions {
  /** The visible caption and the accessible name of the chart; null for neither caption nor name. */
  title?: string | null;
  /** What the chart shows, in a sentence or two, for readers who cannot see it; null for none. */
  description?: string | null;
  /** The chart's data as a table, shown under a "Tabel" disclosure; null for no table. */
  table?: TableData | HTMLTableElement | null;
  /** A legend placed between the caption and the chart; null for none. */
  legend?: Element | null;
  locale?: Language;
  document?: Document;
}

const svgNs = "http://www.w3.org/2000/svg";

const defaults = {title: null, description: null, table: null, legend: null, locale: "nl" as Language};

/**
 * Wraps a chart in an accessible `<figure>`: a `<figcaption>` with the title, an optional legend,
 * the chart, and its data as a `<table>` inside `<details><summary>Tabel</summary>`. Every SVG in
 * the chart that is not `aria-hidden` becomes `role="img"` named by the title and described by
 * the description (as `aria-label`, `aria-description` and `<title>`/`<desc>` children), so a
 * screen reader announces one image rather than hundreds of shapes. Plot's mark groups
 * (`<g aria-label="rule">`) get `role="group"`: ARIA prohibits a label on a `<g>` without a role
 * (WCAG 4.1.2), and inside the image they are not announced anyway. Title, description, table and
 * legend default to none; the summary is in Dutch unless `locale` is `"en"`.
 *
 * @example
 * chartFigure(Plot.plot({marks}), {title: "Respons", description: "66 % responded.", table});
 */
export function chartFigure(
  chart: Element | Element[],
  {
    title = defaults.title,
    description = defaults.description,
    table = defaults.table,
    legend = defaults.legend,
    locale = defaults.locale,
    document = globalThis.document
  }: ChartFigureOptions = {}
): HTMLElement {
  const figure = document.createElement("figure");
  figure.className = "peiling-figure";
  figure.style.margin = "0 0 1em";
  if (title) {
    const caption = document.createElement("figcaption");
    caption.className = "peiling-title";
    caption.textContent = title;
    caption.setAttribute("style", "font: 600 14px/1.3 system-ui, sans-serif; margin-bottom: 4px;");
    figure.append(caption);
  }
  if (legend) figure.append(legend);
  const charts = Array.isArray(chart) ? chart : [chart];
  for (const element of charts) {
    const svgs = element.tagName.toLowerCase() === "svg" ? [element] : Array.from(element.querySelectorAll("svg"));
    for (const svg of svgs) {
      for (const g of svg.querySelectorAll("g[aria-label]:not([role])")) g.setAttribute("role", "group");
      if (svg.getAttribute("aria-hidden") === "true" || svg.closest("[aria-hidden=true]")) continue;
      describe(svg, title, description, document);
    }
    figure.append(element);
  }
  if (table) {
    const details = document.createElement("details");
    details.className = "peiling-table-details";
    const summary = document.createElement("summary");
    summary.textContent = chartText(locale).table;
    // A wide table scrolls inside its own box rather than widening the page.
    const scroller = document.createElement("div");
    scroller.setAttribute("style", "overflow-x: auto; max-width: 100%; font: 13px/1.4 system-ui, sans-serif;");
    scroller.append("tagName" in table ? table : dataTable(table, {caption: title, document}));
    details.append(summary, scroller);
    figure.append(details);
  }
  return figure;
}

function describe(svg: Element, title: string | null, description: string | null, document: Document): void {
  svg.setAttribute("role", "img");
  if (title && !svg.hasAttribute("aria-label")) svg.setAttribute("aria-label", title);
  if (description && !svg.hasAttribute("aria-description")) svg.setAttribute("aria-description", description);
  const first = svg.firstChild;
  if (title) {
    const element = document.createElementNS(svgNs, "title");
    element.textContent = title;
    svg.insertBefore(element, first);
  }
  if (description) {
    const element = document.createElementNS(svgNs, "desc");
    element.textContent = description;
    svg.insertBefore(element, first);
  }
}
