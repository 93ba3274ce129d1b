import * as Plot from "@observablehq/plot";
import type {Comparison, GroupReport, Report} from "../scoring/types.ts";
import {chartFigure} from "./chartFigure.ts";
import type {TableData} from "./dataTable.ts";
import {DifferenceLegend} from "./DifferenceLegend.ts";
import {differencePalette, differenceStyle, type DifferencePalette, type DifferenceStyle} from "./differenceStyle.ts";
import {format, missingValue, type Scoring} from "../text/format.ts";
import type {Language} from "../text/translations.ts";
import {surveyDefaults} from "./surveyDefaults.ts";
import {chartText, type ChartText} from "../text/chartText.ts";
import {noData} from "./noData.ts";
import {plotOptions, type PlotPassThrough} from "./plotOptions.ts";
import {scrollBox} from "./scrollBox.ts";
import {textWidth} from "./textWidth.ts";
import {wrapText} from "./wrapText.ts";
import type {TrendsView} from "./types.ts";

/** What {@link GroupHeatmap} reads: the groups, their comparisons, and names of modules and questions. A whole `Report` will do. */
export type GroupHeatmapData = Pick<Report, "groups"> & Partial<Pick<Report, "modules" | "questions" | "comparisons" | "survey">>;

/** The options of {@link GroupHeatmap}. */
export interface GroupHeatmapOptions extends PlotPassThrough {
  /** The columns: `modules` (default) or `questions`. */
  items?: "modules" | "questions";
  /** What a cell shows: the group's `score` (default) or its `difference` with the reference. */
  measure?: "score" | "difference";
  /** The `against` of the comparisons that colour the cells; default `organisation`. */
  against?: string;
  /** Only the groups of this grouping variable (e.g. `afdeling`); default the survey's first variable that is not a crossing, or every group without a survey; null for every group. */
  variable?: string | null;
  /** A row's label; default the group's value. */
  groupLabel?: (group: GroupReport) => string;
  /** Append the level's symbol (▲ ▼) to each number; default true. */
  symbols?: boolean | null;
  scoring?: Scoring;
  width?: number;
  /** Row height in pixels; default 26 up to 40 groups, 18 beyond. */
  rowHeight?: number;
  /** Taller than this many pixels, the rows scroll under a sticky header; default 600; null never scrolls. */
  maxHeight?: number | null;
  /** Caption and accessible name; default "Scores per groep"; null hides the caption. */
  title?: string | null;
  /** Accessible description; default a generated summary; null for none. */
  description?: string | null;
  /** The data table under "Tabel"; default true; null drops it. */
  table?: boolean | null;
  /** The colour legend; default true; null drops it. */
  legend?: boolean | null;
  locale?: Language;
  palette?: DifferencePalette;
  document?: Document;
  /**
   * The trends over earlier waves (`trends.json`, {@link TrendsView}): each shown module cell then
   * carries a faint sparkline of that group's module over the waves, behind its number; default
   * none. Questions get none (the view holds only the groups' module trends).
   */
  trends?: Pick<TrendsView, "trends"> | null;
}

interface Column {
  id: string;
  label: string;
  lines: string[];
}

interface Cell {
  group: GroupReport;
  column: Column;
  suppressed: boolean;
  value: number | null;
  /** The formatted value, without symbol. */
  number: string;
  comparison: Comparison | null;
  style: DifferenceStyle;
  text: string;
  title: string;
  fill: string;
  color: string;
}

const defaults = {
  items: "modules" as const,
  measure: "score" as const,
  against: "organisation",
  symbols: true,
  scoring: "mean" as Scoring,
  width: 640,
  maxHeight: 600,
  table: true,
  legend: true,
  palette: differencePalette,
  groupLabel: (group: GroupReport) => group.value
};

const hatch = {base: "#FAFAFA", line: "#BDBDBD"};
let nextPatternId = 0;

/**
 * Charts groups × modules (or questions) as a heatmap: each cell shows the group's score (or its
 * difference with the organisation, `measure: "difference"`), coloured by the level of its
 * comparison `against: "organisation"` and marked with the level's symbol, so colour is never the
 * only signal. A suppressed group gets hatched cells with a "–" and an italic label, explained in
 * the legend ("afgeschermd"): never an ambiguous blank. It reads at 5 groups and at
 * 250: rows shrink from 26 to 18 px past 40 groups, long labels are cut with the full text as a
 * tooltip, and a chart taller than `maxHeight` (600 px) scrolls inside its box under a sticky
 * header row (a second, `aria-hidden` SVG), so the column names stay in view. Defaults: modules,
 * scores, the groups of the survey's first grouping variable in report order, the survey's language (else Dutch), legend and
 * table shown; other options go to Plot.
 *
 * @example
 * display(resize((width) => GroupHeatmap(report, {width, variable: "afdeling", measure: "difference"})));
 */
export function GroupHeatmap(data: GroupHeatmapData, options: GroupHeatmapOptions = {}): HTMLElement {
  const {
    items = defaults.items,
    measure = defaults.measure,
    against = defaults.against,
    variable = data.survey?.groups.find((g) => !g.crossing)?.id ?? null,
    groupLabel = defaults.groupLabel,
    symbols = defaults.symbols,
    scoring = data.survey?.settings.scoring ?? defaults.scoring,
    width = defaults.width,
    rowHeight: rowHeightOption,
    maxHeight = defaults.maxHeight,
    title,
    description,
    table = defaults.table,
    legend = defaults.legend,
    locale = surveyDefaults(data.survey).language,
    palette = defaults.palette,
    document = globalThis.document,
    trends = null,
    ...rest
  } = options;
  const text = chartText(locale);
  const f = format({locale, scoring});
  const heading = title === undefined ? text.heatmapTitle : title;
  const sparklines = trends && items === "modules" ? new Map(trends.trends.filter((l) => l.kind === "module" && l.groupId !== null).map((l) => [`${l.groupId}\u0000${l.item}`, l.points.map((p) => p.score)])) : null;
  const groups = data.groups.filter((g) => variable == null || g.variable === variable);
  const ids = columnIds(data, items, groups);
  if (!groups.length || !ids.length) return noData({title: heading, locale, document});

  const fontSize = groups.length > 40 ? 10 : 11;
  const rowHeight = rowHeightOption ?? (groups.length > 40 ? 18 : 26);
  const rowLabels = new Map(groups.map((g) => [g.id, groupLabel(g)]));
  const marginLeft = Math.round(Math.min(Math.max(80, ...[...rowLabels.values()].map((l) => textWidth(l, fontSize) + 14)), width * 0.3));
  const marginRight = 8;
  const columnWidth = (width - marginLeft - marginRight) / ids.length;
  const vertical = columnWidth < 60;
  const names = columnNames(data, items);
  const columns: Column[] = ids.map((id) => {
    const label = names.get(id) ?? id;
    const lines = vertical ? wrapText(label, 150, {maxLines: 1, fontSize: 11, bold: true}) : wrapText(label, columnWidth - 8, {maxLines: 3, fontSize: 11, bold: true});
    return {id, label, lines};
  });
  const headerHeight = vertical
    ? Math.ceil(Math.max(...columns.map((c) => textWidth(c.lines[0], 11, {bold: true})))) + 10
    : Math.max(...columns.map((c) => c.lines.length)) * 13 + 8;

  const comparisons = new Map<string, Comparison>();
  for (const c of data.comparisons ?? []) {
    if (c.against === against && c.group != null && c.kind === (items === "modules" ? "module" : "question")) comparisons.set(`${c.group}\u0000${c.item}`, c);
  }
  const cells: Cell[] = groups.flatMap((group) =>
    columns.map((column): Cell => {
      const score = items === "modules" ? group.modules?.find((m) => m.id === column.id) : group.questions?.find((q) => q.id === column.id);
      const suppressed = group.suppressed || !score || score.suppressed || score.score == null;
      const comparison = suppressed ? null : comparisons.get(`${group.id}\u0000${column.id}`) ?? null;
      const style = differenceStyle(comparison, {locale, palette});
      const value = suppressed ? null : measure === "score" ? score.score : comparison?.difference ?? null;
      const number = measure === "score" ? f.score(value) : value == null ? "·" : f.difference(value);
      const withSymbol = symbols && style.symbol ? `${number} ${style.symbol}` : number;
      const fits = textWidth(withSymbol, fontSize) + 6 <= columnWidth;
      const label = rowLabels.get(group.id) ?? group.value;
      const reason = text.suppressed;
      return {
        group,
        column,
        suppressed,
        value,
        number,
        comparison,
        style,
        text: suppressed ? missingValue : fits || !style.symbol ? withSymbol : style.symbol,
        title: suppressed
          ? `${label} · ${column.label}: ${reason}`
          : `${label} · ${column.label}: ${f.score(score?.score)}` +
            (comparison ? `; ${text.difference.toLowerCase()} ${f.difference(comparison.difference)} (${style.label.toLowerCase()})` : `; ${text.noComparison}`),
        fill: suppressed ? "" : style.fill,
        color: suppressed ? "#555555" : style.text
      };
    })
  );

  const patternId = `peiling-hatch-${++nextPatternId}`;
  const body = (withHeader: boolean): Plot.Markish[] => [
    withHeader ? headerMark(columns, vertical) : null,
    hatchPattern(patternId),
    Plot.cell(cells, {
      x: (d: Cell) => d.column.id,
      y: (d: Cell) => d.group.id,
      fill: (d: Cell) => (d.suppressed ? `url(#${patternId})` : d.fill),
      stroke: (d: Cell) => (d.suppressed ? hatch.line : "none"),
      inset: 0.5,
      title: (d: Cell) => d.title
    }),
    sparklines ? cellSparklines(cells.filter((c) => !c.suppressed), sparklines) : null,
    Plot.text(cells, {
      x: (d: Cell) => d.column.id,
      y: (d: Cell) => d.group.id,
      text: (d: Cell) => d.text,
      fill: (d: Cell) => d.color,
      fontSize,
      fontVariant: "tabular-nums",
      // The cell beneath carries the tooltip; the text lets the pointer through to it.
      pointerEvents: "none"
    }),
    Plot.text(groups, {
      y: "id",
      text: (g: GroupReport) => wrapText(rowLabels.get(g.id) ?? g.value, marginLeft - 12, {maxLines: 1, fontSize})[0],
      title: (g: GroupReport) => `${rowLabels.get(g.id)}${g.suppressed ? ` (${text.suppressed})` : g.n != null ? ` (n = ${f.count(g.n)})` : ""}`,
      fill: (g: GroupReport) => (g.suppressed ? "#666666" : "currentColor"),
      frameAnchor: "left",
      textAnchor: "end",
      dx: -6,
      fontSize
    })
  ];
  const bodyHeight = groups.length * rowHeight;
  const scroll = maxHeight != null && bodyHeight + headerHeight > maxHeight;
  const base = {
    document,
    width,
    marginLeft,
    marginRight,
    marginBottom: 0,
    style: {fontSize: `${fontSize}px`},
    x: {type: "band" as const, domain: ids, axis: null, padding: 0},
    y: {type: "band" as const, domain: groups.map((g) => g.id), axis: null, padding: 0}
  };
  const svg = Plot.plot(
    plotOptions(
      {
        ...base,
        height: bodyHeight + (scroll ? 1 : headerHeight),
        marginTop: scroll ? 1 : headerHeight,
        ariaLabel: heading ?? text.heatmapTitle,
        marks: body(!scroll)
      },
      rest
    )
  );
  let chart: Element = svg;
  if (scroll) {
    const header = Plot.plot(
      plotOptions({...base, height: headerHeight, marginTop: headerHeight, y: undefined, marks: [headerMark(columns, vertical)]}, rest)
    );
    chart = scrollBox(header, svg, {maxHeight, label: heading ?? text.heatmapTitle, document});
  }

  const anySuppressed = cells.some((c) => c.suppressed);
  const relevant = cells.filter((c) => c.style.level !== "none").length;
  const suppressedGroups = groups.filter((g) => g.suppressed).length;
  const summary = text.describe.heatmap({groups: groups.length, columns: columns.length, items, measure, against, relevant, suppressed: suppressedGroups});
  return chartFigure(chart, {
    title: heading,
    description: description === undefined ? summary : description,
    legend: legend
      ? DifferenceLegend({
          locale,
          scoring,
          palette,
          document,
          note: null,
          suppressed: anySuppressed,
          survey: data.survey
        })
      : null,
    table: table ? tableOf(groups, columns, cells, rowLabels, f, text) : null,
    locale,
    document
  });
}

// A faint line per cell through the group's scores of that module over the waves (one scale for
// every cell, so slopes compare), drawn under the number; aria-hidden, as the numbers are in the trend charts.
function cellSparklines(cells: Cell[], scores: Map<string, (number | null)[]>): Plot.RenderFunction {
  return (_index, scales, _values, _dimensions, context) => {
    const svgNs = "http://www.w3.org/2000/svg";
    const g = context.document.createElementNS(svgNs, "g");
    g.setAttribute("aria-hidden", "true");
    g.setAttribute("class", "peiling-heatmap-sparklines");
    const all = [...scores.values()].flat().filter((s): s is number => s !== null);
    const [low, high] = [Math.min(...all), Math.max(...all)];
    const x = scales.x as unknown as ((v: string) => number) & {bandwidth: () => number};
    const y = scales.y as unknown as ((v: string) => number) & {bandwidth: () => number};
    for (const cell of cells) {
      const series = scores.get(`${cell.group.id}\u0000${cell.column.id}`);
      if (!series || series.filter((s) => s !== null).length < 2) continue;
      const [left, top, w, h] = [x(cell.column.id) + 3, y(cell.group.id) + 2, x.bandwidth() - 6, y.bandwidth() - 4];
      let d = "";
      series.forEach((s, i) => {
        if (s === null) return;
        const px = left + (series.length === 1 ? w / 2 : (i / (series.length - 1)) * w);
        const py = top + (high === low ? h / 2 : ((high - s) / (high - low)) * h);
        d += `${d && series[i - 1] !== null ? "L" : "M"}${px.toFixed(1)},${py.toFixed(1)}`;
      });
      const path = context.document.createElementNS(svgNs, "path");
      path.setAttribute("d", d);
      path.setAttribute("fill", "none");
      path.setAttribute("stroke", cell.color);
      path.setAttribute("stroke-opacity", "0.35");
      path.setAttribute("stroke-width", "1.5");
      g.append(path);
    }
    return g;
  };
}

function headerMark(columns: Column[], vertical: boolean): Plot.Markish {
  return Plot.text(columns, {
    x: "id",
    text: (c: Column) => c.lines.join("\n"),
    title: (c: Column) => c.label,
    frameAnchor: "top",
    lineAnchor: vertical ? "middle" : "bottom",
    textAnchor: vertical ? "start" : "middle",
    rotate: vertical ? -90 : 0,
    dy: -5,
    fontSize: 11,
    fontWeight: "bold"
  });
}

// Plot has no pattern fill; this render function adds the hatch pattern the suppressed cells use.
function hatchPattern(id: string): Plot.RenderFunction {
  return (_index, _scales, _values, _dimensions, context) => {
    const svgNs = "http://www.w3.org/2000/svg";
    const document = context.document;
    const defs = document.createElementNS(svgNs, "defs");
    const pattern = document.createElementNS(svgNs, "pattern");
    pattern.setAttribute("id", id);
    pattern.setAttribute("width", "6");
    pattern.setAttribute("height", "6");
    pattern.setAttribute("patternUnits", "userSpaceOnUse");
    pattern.setAttribute("patternTransform", "rotate(45)");
    const background = document.createElementNS(svgNs, "rect");
    background.setAttribute("width", "6");
    background.setAttribute("height", "6");
    background.setAttribute("fill", hatch.base);
    const line = document.createElementNS(svgNs, "line");
    line.setAttribute("x1", "0");
    line.setAttribute("y1", "0");
    line.setAttribute("x2", "0");
    line.setAttribute("y2", "6");
    line.setAttribute("stroke", hatch.line);
    line.setAttribute("stroke-width", "2");
    pattern.append(background, line);
    defs.append(pattern);
    return defs;
  };
}

function columnIds(data: GroupHeatmapData, items: "modules" | "questions", groups: GroupReport[]): string[] {
  const own = items === "modules" ? data.modules?.map((m) => m.id) : data.questions?.filter((q) => q.type !== "text" && q.type !== "multi").map((q) => q.id);
  if (own?.length) return own;
  const ids = new Set<string>();
  for (const g of groups) for (const s of (items === "modules" ? g.modules : g.questions) ?? []) ids.add(s.id);
  return [...ids];
}

function columnNames(data: GroupHeatmapData, items: "modules" | "questions"): Map<string, string> {
  if (items === "modules") {
    return new Map([...(data.survey?.modules ?? []), ...(data.modules ?? [])].map((m) => [m.id, m.name]));
  }
  return new Map((data.survey?.questions ?? []).map((q) => [q.id, q.short || q.text]));
}

function tableOf(
  groups: GroupReport[],
  columns: Column[],
  cells: Cell[],
  rowLabels: Map<string, string>,
  f: ReturnType<typeof format>,
  text: ChartText
): TableData {
  const byGroup = new Map<string, Cell[]>();
  for (const cell of cells) byGroup.set(cell.group.id, [...(byGroup.get(cell.group.id) ?? []), cell]);
  return {
    columns: [{label: text.group}, {label: "n", numeric: true}, ...columns.map((c) => ({label: c.label, numeric: true}))],
    rows: groups.map((g) => [
      rowLabels.get(g.id) ?? g.value,
      g.suppressed ? `${missingValue} (${text.suppressed})` : f.count(g.n),
      ...(byGroup.get(g.id) ?? []).map((cell) =>
        cell.suppressed ? missingValue : cell.style.symbol ? `${cell.number} ${cell.style.symbol} ${cell.style.label.toLowerCase()}` : cell.number
      )
    ])
  };
}
