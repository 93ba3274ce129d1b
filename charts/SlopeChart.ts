import * as Plot from "@observablehq/plot";
import {chartFigure} from "./chartFigure.ts";
import {differenceStyle} from "./differenceStyle.ts";
import {format, missingValue, type Scoring} from "../text/format.ts";
import type {Language} from "../text/translations.ts";
import {surveyDefaults} from "./surveyDefaults.ts";
import {chartText} from "../text/chartText.ts";
import {noData} from "./noData.ts";
import {plotOptions, type PlotPassThrough} from "./plotOptions.ts";
import {textWidth} from "./textWidth.ts";
import {trendLines, type TrendSelection} from "./trendLines.ts";
import type {TrendsView} from "./types.ts";

/** The options of {@link SlopeChart}: which trends ({@link TrendSelection}), the figure's, and any `Plot.plot` option. */
export interface SlopeChartOptions extends TrendSelection, PlotPassThrough {
  scoring?: Scoring;
  width?: number;
  /** Pixels per line at the least; default 15. */
  lineSpacing?: number;
  /** Caption and accessible name; default "Vorig en huidig onderzoek per module"; null hides the caption. */
  title?: string | null;
  description?: string | null;
  /** The data table under "Tabel"; default true; null drops it. */
  table?: boolean | null;
  locale?: Language;
  document?: Document;
}

interface Row {
  name: string;
  before: number;
  after: number;
  ink: string;
  symbol: string;
  label: string;
  /** Where the name sits at the right, in score units, moved apart so names do not overlap. */
  labelY: number;
}

const defaults = {width: 640, lineSpacing: 15, table: true, marginTop: 16, marginBottom: 28};

/**
 * Charts the last two waves side by side: a line per item (by default every module of the
 * organisation) from its score in the wave before to its score now, coloured and marked (▲, ▼▼)
 * by the two-strength rule, with its name and score at the right (names moved apart where they
 * would overlap). Items without a score in either wave are left out. Defaults: every module of the
 * organisation, at least 15 px per line, the survey's language and scoring, table shown; other
 * options go to `Plot.plot`. Without an earlier wave it says "Geen eerdere onderzoeken".
 *
 * @example
 * display(resize((width) => SlopeChart(trends, {width})));
 */
export function SlopeChart(data: TrendsView, options: SlopeChartOptions = {}): HTMLElement {
  const {
    kind,
    items,
    group,
    scoring = surveyDefaults(data.survey).scoring,
    width = defaults.width,
    lineSpacing = defaults.lineSpacing,
    title,
    description,
    table = defaults.table,
    locale = surveyDefaults(data.survey).language,
    document = globalThis.document,
    ...rest
  } = options;
  const text = chartText(locale);
  const heading = title === undefined ? text.trends.slopeTitle : title;
  const n = data.waves.length;
  const lines = trendLines(data, {kind, items, group}, {enps: text.enps, responseRate: text.responseRate}).filter(({line}) => n >= 2 && line.points[n - 2].score !== null && line.points[n - 1].score !== null);
  if (!lines.length) return noData({title: heading, message: text.trends.noWaves, locale, document});
  const f = format({locale, scoring});
  const value = lines[0].line.kind === "enps" ? f.enps : scoring === "percent-positive" ? (x: number) => f.percent(x, 0) : f.score;
  const [from, to] = [data.waves[n - 2].label, data.waves[n - 1].label];
  const rows: Row[] = lines.map(({line, name}) => {
    const change = line.points[n - 1].change;
    const style = differenceStyle(change, {locale});
    return {name, before: line.points[n - 2].score!, after: line.points[n - 1].score!, ink: change ? style.ink : "#4D4D4D", symbol: style.symbol, label: style.label, labelY: line.points[n - 1].score!};
  });
  const height = Math.max(240, rows.length * lineSpacing + defaults.marginTop + defaults.marginBottom);
  const scores = rows.flatMap((r) => [r.before, r.after]);
  const pad = (Math.max(...scores) - Math.min(...scores)) * 0.05 || 0.5;
  const domain = [Math.min(...scores) - pad, Math.max(...scores) + pad];
  spreadLabels(rows, domain, height - defaults.marginTop - defaults.marginBottom, lineSpacing);
  const label = (r: Row) => `${value(r.after)}${r.symbol ? ` ${r.symbol}` : ""}  ${r.name}`;
  const marginRight = Math.min(width * 0.55, Math.ceil(Math.max(...rows.map((r) => textWidth(label(r), 11)))) + 16);
  const svg = Plot.plot(
    plotOptions(
      {
        document,
        width,
        height,
        marginTop: defaults.marginTop,
        marginBottom: defaults.marginBottom,
        marginLeft: 44,
        marginRight,
        style: {fontSize: "11px"},
        ariaLabel: heading ?? text.trends.slopeTitle,
        x: {type: "point", domain: [from, to], padding: 0.1, label: null},
        y: {domain, grid: true, label: null, ticks: 5, tickFormat: value},
        marks: [
          Plot.link(rows, {x1: () => from, x2: () => to, y1: "before", y2: "after", stroke: "ink", strokeWidth: (r: Row) => (r.symbol ? 2.5 : 1.2)}),
          Plot.dot(rows, {x: () => from, y: "before", r: 3, fill: "ink"}),
          Plot.dot(rows, {x: () => to, y: "after", r: 3, fill: "ink", title: (r: Row) => `${r.name}: ${value(r.before)} → ${value(r.after)}${r.symbol ? ` ${r.symbol} ${r.label}` : ""}`}),
          Plot.text(rows, {x: () => to, y: "labelY", text: label, fill: "ink", textAnchor: "start", dx: 8})
        ]
      },
      rest
    )
  );
  const higher = rows.filter((r) => r.symbol.startsWith("▲")).length;
  const lower = rows.filter((r) => r.symbol.startsWith("▼")).length;
  return chartFigure(svg, {
    title: heading,
    description: description === undefined ? text.trends.describeSlope({count: rows.length, from, to, higher, lower}) : description,
    table: table
      ? {
          columns: [{label: lines[0].line.kind === "module" ? text.module : text.question}, {label: from, numeric: true}, {label: to, numeric: true}, {label: text.trends.change, numeric: true}],
          rows: lines.map(({line, name}) => {
            const change = line.points[n - 1].change;
            const style = differenceStyle(change, {locale});
            return [name, value(line.points[n - 2].score!), value(line.points[n - 1].score!), change ? `${f.difference(change.difference)}${style.symbol ? ` ${style.symbol}` : ""}` : missingValue];
          })
        }
      : null,
    locale,
    document
  });
}

/** Moves the rows' label positions apart to at least `spacing` pixels, keeping them in the plot's height. */
function spreadLabels(rows: Row[], [low, high]: number[], innerHeight: number, spacing: number): void {
  const toPixel = (y: number) => ((high - y) / (high - low)) * innerHeight;
  const toScore = (p: number) => high - (p / innerHeight) * (high - low);
  const order = [...rows].sort((a, b) => b.labelY - a.labelY);
  const pixels = order.map((r) => toPixel(r.labelY));
  for (let i = 1; i < pixels.length; i++) pixels[i] = Math.max(pixels[i], pixels[i - 1] + spacing);
  const overflow = pixels[pixels.length - 1] - innerHeight;
  if (overflow > 0) for (let i = pixels.length - 1; i >= 0; i--) pixels[i] = Math.min(pixels[i], (i === pixels.length - 1 ? innerHeight : pixels[i + 1] - spacing));
  order.forEach((r, i) => (r.labelY = toScore(pixels[i])));
}
