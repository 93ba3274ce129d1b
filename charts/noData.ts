import type {Language} from "../text/translations.ts";
import {chartText} from "../text/chartText.ts";

/** The options of {@link noData}. */
export interface NoDataOptions {
  /** The chart's title, kept as the caption so the reader knows what is missing; null for none. */
  title?: string | null;
  /** The message; default "Geen gegevens" ("No data" in English). */
  message?: string | null;
  locale?: Language;
  document?: Document;
}

/**
 * Returns what a chart shows when it has nothing to draw: a `<figure>` with the chart's title and
 * a clear message ("Geen gegevens" by default, "No data" in English) instead of an empty or
 * broken chart. Components call it for empty data rather than throwing.
 *
 * @example
 * if (!modules.length) return noData({title: "Scores per module", document});
 */
export function noData({title = null, message = null, locale = "nl", document = globalThis.document}: NoDataOptions = {}): HTMLElement {
  const figure = document.createElement("figure");
  figure.className = "peiling-figure peiling-no-data";
  figure.style.margin = "0 0 1em";
  if (title) {
    const caption = document.createElement("figcaption");
    caption.className = "peiling-title";
    caption.textContent = title;
    caption.setAttribute("style", "font: 600 14px/1.3 system-ui, sans-serif; margin-bottom: 4px;");
    figure.append(caption);
  }
  const p = document.createElement("p");
  p.setAttribute("role", "note");
  p.setAttribute("style", "font: italic 13px system-ui, sans-serif; color: #555; margin: 0; padding: 12px; border: 1px dashed #bbb;");
  p.textContent = message ?? chartText(locale).noData;
  figure.append(p);
  return figure;
}
