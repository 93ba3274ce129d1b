/** The options of {@link scrollBox}. */
export interface ScrollBoxOptions {
  /** The box's maximum height in pixels; default 600. */
  maxHeight?: number;
  /** The accessible name of the scrolling region. */
  label?: string | null;
  document?: Document;
}

/**
 * Puts a tall chart in a box of at most `maxHeight` pixels (default 600) that scrolls vertically,
 * with `header` (e.g. an SVG with the column names or the axis) stuck to its top, so the reader
 * never loses the header while scrolling 250 rows. The header is `aria-hidden`: it repeats what
 * the chart's description and table say. The box takes keyboard focus, as a scrolling region must
 * (WCAG 2.1.1), and uses the page's `--theme-background` behind the header.
 *
 * @example
 * scrollBox(headerSvg, bodySvg, {maxHeight: 500, label: "Scores per groep", document});
 */
export function scrollBox(header: Element, body: Element, {maxHeight = 600, label = null, document = globalThis.document}: ScrollBoxOptions = {}): HTMLDivElement {
  const box = document.createElement("div");
  box.className = "peiling-scroll";
  box.setAttribute("style", `max-height: ${maxHeight}px; overflow-y: auto; position: relative; border-bottom: 1px solid #ddd;`);
  box.setAttribute("tabindex", "0");
  box.setAttribute("role", "region");
  if (label) box.setAttribute("aria-label", label);
  header.setAttribute("aria-hidden", "true");
  const sticky = document.createElement("div");
  sticky.setAttribute("style", "position: sticky; top: 0; z-index: 1; background: var(--theme-background, white);");
  sticky.append(header);
  box.append(sticky, body);
  return box;
}
