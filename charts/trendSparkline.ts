/** The options of {@link trendSparkline}. */
export interface TrendSparklineOptions {
  /** Default 80. */
  width?: number;
  /** Default 22. */
  height?: number;
  /** The score range the line is drawn in; default the points' own range (a flat line in the middle when they are equal). */
  domain?: [number, number] | null;
  /** Line colour; default dark grey. */
  stroke?: string;
  /** Colour of the last point; default the line's. */
  last?: string;
  document?: Document;
}

const svgNs = "http://www.w3.org/2000/svg";
const defaults = {width: 80, height: 22, stroke: "#4D4D4D"};

/**
 * A sparkline of one trend: an SVG of a line through the scores of the waves (a gap where a wave
 * has none) and a dot on the last, for a table cell. It is `aria-hidden`: the numbers it draws
 * must be in the table's text beside it. Defaults: 80 × 22 px, the points' own range, dark grey.
 *
 * @example
 * cell.append(trendSparkline([6.3, null, 6.9], {domain: [0, 10]}));
 */
export function trendSparkline(scores: (number | null)[], {width = defaults.width, height = defaults.height, domain = null, stroke = defaults.stroke, last = stroke, document = globalThis.document}: TrendSparklineOptions = {}): SVGSVGElement {
  const svg = document.createElementNS(svgNs, "svg") as SVGSVGElement;
  svg.setAttribute("width", String(width));
  svg.setAttribute("height", String(height));
  svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
  svg.setAttribute("aria-hidden", "true");
  svg.setAttribute("class", "peiling-sparkline");
  const values = scores.filter((s): s is number => s !== null);
  if (!values.length) return svg;
  const [low, high] = domain ?? [Math.min(...values), Math.max(...values)];
  const pad = 3;
  const x = (i: number) => (scores.length === 1 ? width / 2 : pad + (i / (scores.length - 1)) * (width - 2 * pad));
  const y = (s: number) => (high === low ? height / 2 : pad + ((high - s) / (high - low)) * (height - 2 * pad));
  let d = "";
  scores.forEach((s, i) => {
    if (s === null) return;
    d += `${d && scores[i - 1] !== null ? "L" : "M"}${x(i).toFixed(1)},${y(s).toFixed(1)}`;
  });
  const path = document.createElementNS(svgNs, "path");
  path.setAttribute("d", d);
  path.setAttribute("fill", "none");
  path.setAttribute("stroke", stroke);
  path.setAttribute("stroke-width", "1.5");
  svg.append(path);
  const end = scores.length - 1 - [...scores].reverse().findIndex((s) => s !== null);
  const dot = document.createElementNS(svgNs, "circle");
  dot.setAttribute("cx", x(end).toFixed(1));
  dot.setAttribute("cy", y(scores[end]!).toFixed(1));
  dot.setAttribute("r", "2.5");
  dot.setAttribute("fill", last);
  svg.append(dot);
  return svg;
}
