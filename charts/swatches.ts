/** The shape of a legend key. */
export type SwatchShape = "bar" | "tick" | "dot" | "diamond" | "hatch" | "line" | "dash" | "dotted";

/** One entry of a {@link swatches} legend. */
export interface Swatch {
  label: string;
  shape?: SwatchShape;
  fill?: string;
  stroke?: string;
  /** A symbol drawn after the key (e.g. ▲▲), or inside it for a `bar`. */
  symbol?: string;
  /** Colour of the symbol; default currentColor. */
  symbolColor?: string;
}

/** The options of {@link swatches}. */
export interface SwatchesOptions {
  /** A heading before the entries, e.g. "Kleuring"; default none. */
  title?: string | null;
  className?: string;
  document?: Document;
}

const svgNs = "http://www.w3.org/2000/svg";

/**
 * Renders a small HTML legend: one key per entry (a bar, tick, dot, diamond, line or hatched
 * square drawn in a 16×16 inline SVG, plus an optional symbol) followed by its label, wrapping
 * onto new lines as needed. Keys are decorative (`aria-hidden`); the labels carry the meaning.
 *
 * @example
 * swatches([{label: "Vorig onderzoek", shape: "tick", stroke: "#333"}], {document});
 */
export function swatches(items: Swatch[], {title = null, className = "peiling-legend", document = globalThis.document}: SwatchesOptions = {}): HTMLDivElement {
  const root = document.createElement("div");
  root.className = className;
  root.setAttribute("style", "display: flex; flex-wrap: wrap; align-items: center; gap: 4px 14px; font: 12px/1.4 system-ui, sans-serif; margin: 4px 0 8px;");
  if (title) {
    const heading = document.createElement("span");
    heading.textContent = title;
    heading.style.fontWeight = "600";
    root.append(heading);
  }
  for (const item of items) {
    const entry = document.createElement("span");
    entry.setAttribute("style", "display: inline-flex; align-items: center; gap: 4px;");
    entry.append(key(document, item));
    if (item.symbol && item.shape !== "bar") {
      const symbol = document.createElement("span");
      symbol.setAttribute("aria-hidden", "true");
      symbol.textContent = item.symbol;
      symbol.style.color = item.symbolColor ?? "currentColor";
      entry.append(symbol);
    }
    const label = document.createElement("span");
    label.textContent = item.label;
    entry.append(label);
    root.append(entry);
  }
  return root;
}

function key(document: Document, {shape = "bar", fill = "currentColor", stroke = "none", symbol, symbolColor}: Swatch): SVGSVGElement {
  const svg = document.createElementNS(svgNs, "svg");
  const wide = shape === "bar" ? 24 : 16;
  svg.setAttribute("width", `${wide}`);
  svg.setAttribute("height", "16");
  svg.setAttribute("viewBox", `0 0 ${wide} 16`);
  svg.setAttribute("aria-hidden", "true");
  const add = (name: string, attributes: Record<string, string>) => {
    const element = document.createElementNS(svgNs, name);
    for (const [k, v] of Object.entries(attributes)) element.setAttribute(k, v);
    svg.append(element);
    return element;
  };
  switch (shape) {
    case "bar":
      add("rect", {x: "0.5", y: "2.5", width: `${wide - 1}`, height: "11", fill, stroke: stroke === "none" ? "#999" : stroke, "stroke-width": "1"});
      if (symbol) add("text", {x: `${wide / 2}`, y: "11.5", "text-anchor": "middle", "font-size": "9", fill: symbolColor ?? "currentColor"}).textContent = symbol;
      break;
    case "hatch":
      add("rect", {x: "0.5", y: "0.5", width: "15", height: "15", fill: "#F4F4F4", stroke: "#999"});
      add("path", {d: "M0,8L8,0M0,16L16,0M8,16L16,8", stroke: "#999", "stroke-width": "1.5"});
      add("text", {x: "8", y: "12", "text-anchor": "middle", "font-size": "11", fill: "#333"}).textContent = "–";
      break;
    case "tick":
      add("rect", {x: "5.5", y: "1.5", width: "5", height: "13", fill, stroke: stroke === "none" ? "#333" : stroke, "stroke-width": "1.5"});
      break;
    case "line":
      add("line", {x1: "0", x2: "16", y1: "8", y2: "8", stroke, "stroke-width": "2"});
      break;
    case "dash":
      add("line", {x1: "8", x2: "8", y1: "0", y2: "16", stroke, "stroke-width": "1.5", "stroke-dasharray": "3,2"});
      break;
    case "dotted":
      add("line", {x1: "0", x2: "16", y1: "8", y2: "8", stroke, "stroke-width": "2", "stroke-dasharray": "1,2.5"});
      break;
    case "dot":
      add("circle", {cx: "8", cy: "8", r: "5", fill, stroke: stroke === "none" ? "white" : stroke, "stroke-width": "1.5"});
      break;
    case "diamond":
      add("path", {d: "M8,1.5L14.5,8L8,14.5L1.5,8Z", fill, stroke: stroke === "none" ? "white" : stroke, "stroke-width": "1.5"});
      break;
  }
  return svg;
}
