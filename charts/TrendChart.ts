import * as Plot from "@observablehq/plot";
import {chartFigure} from "./chartFigure.ts";
import {differencePalette, differenceStyle} from "./differenceStyle.ts";
import {format, missingValue, type Scoring} from "../text/format.ts";
import type {Language} from "../text/translations.ts";
import {surveyDefaults} from "./surveyDefaults.ts";
import {chartText} from "../text/chartText.ts";
import {noData} from "./noData.ts";
import {plotOptions, type PlotPassThrough} from "./plotOptions.ts";
import {trendLines, type TrendSelection} from "./trendLines.ts";
import type {TrendsView} from "./types.ts";

/** The options of {@link TrendChart}: which trends ({@link TrendSelection}), the figure's, and any `Plot.plot` option. */
export interface TrendChartOptions extends TrendSelection, PlotPassThrough {
  /** Panels per row; default as many of 200 px as the width holds (at most 4), one for a single trend. */
  columns?: number;
  /** Height of one panel in pixels; default 150 (260 for a single trend). */
  panelHeight?: number;
  /** Draw each point's interval; default true; null hides them. */
  ci?: boolean | null;
  scoring?: Scoring;
  width?: number;
  /** Caption and accessible name; default "Ontwikkeling per module"; null hides the caption. */
  title?: string | null;
  description?: string | null;
  /** The data table under "Tabel"; default true; null drops it. */
  table?: boolean | null;
  locale?: Language;
  document?: Document;
}

interface Row {
  panel: number;
  name: string;
  wave: string;
  score: number;
  low: number | null;
  high: number | null;
  fill: string;
  symbol: string;
  label: string;
}

const defaults = {width: 640, ci: true, table: true, panelWidth: 200, maxColumns: 4, panelHeight: 150, singleHeight: 260};

/**
 * Charts trends over the waves: a line per item (by default every module of the organisation, as
 * small multiples) through its score in each wave, with its interval as a vertical rule, and each
 * point coloured and marked (▲, ▼) by its change from the wave before by the two-strength rule,
 * so colour is never the only signal. A wave without a point (a group too small then, a question
 * not asked) has none; the table marks a module's point on other questions than now ("op andere
 * vragen") and a question asked in other words then ("anders geformuleerd"). Defaults: every module of the
 * organisation, panels of 200 px (at most 4 per row) and 150 px high, intervals shown, the
 * survey's language and scoring, table shown; other options go to `Plot.plot`. Without earlier
 * waves it says "Geen eerdere onderzoeken".
 *
 * @example
 * display(resize((width) => TrendChart(trends, {width})));
 * TrendChart(trends, {kind: "enps", group: "domein=Mobiliteit"});
 */
export function TrendChart(data: TrendsView, options: TrendChartOptions = {}): HTMLElement {
  const {
    kind,
    items,
    group,
    columns: givenColumns,
    panelHeight: givenHeight,
    ci = defaults.ci,
    scoring = surveyDefaults(data.survey).scoring,
    width = defaults.width,
    title,
    description,
    table = defaults.table,
    locale = surveyDefaults(data.survey).language,
    document = globalThis.document,
    ...rest
  } = options;
  const text = chartText(locale);
  const heading = title === undefined ? text.trends.title : title;
  const lines = trendLines(data, {kind, items, group}, {enps: text.enps, responseRate: text.responseRate});
  if (data.waves.length < 2 || !lines.length) return noData({title: heading, message: text.trends.noWaves, locale, document});
  const f = format({locale, scoring});
  const share = scoring === "percent-positive" || lines[0].line.kind === "responseRate";
  const value = lines[0].line.kind === "enps" ? f.enps : share ? (x: number) => f.percent(x, 0) : f.score;
  const labels = data.waves.map((w) => w.label);
  const rows: Row[] = lines.flatMap(({line, name}, panel) =>
    line.points.flatMap((p, w) => {
      if (p.score === null) return [];
      const style = differenceStyle(p.change, {locale, palette: differencePalette});
      return [{panel, name, wave: labels[w], score: p.score, low: p.ci?.[0] ?? null, high: p.ci?.[1] ?? null, fill: p.change ? style.ink : "#4D4D4D", symbol: style.symbol, label: style.label}];
    })
  );
  const columns = givenColumns ?? (lines.length === 1 ? 1 : Math.max(1, Math.min(defaults.maxColumns, Math.floor(width / defaults.panelWidth))));
  const panelHeight = givenHeight ?? (lines.length === 1 ? defaults.singleHeight : defaults.panelHeight);
  const panelRows = Math.ceil(lines.length / columns);
  const withCi = ci ? rows.filter((r) => r.low !== null && r.high !== null) : [];
  const lows = [...rows.map((r) => r.score), ...withCi.map((r) => r.low!)];
  const highs = [...rows.map((r) => r.score), ...withCi.map((r) => r.high!)];
  const step = lines[0].line.kind === "enps" ? 10 : share ? 0.05 : 0.5;
  const domain = [Math.floor(Math.min(...lows) / step) * step, Math.ceil(Math.max(...highs) / step) * step];
  const fx = (r: {panel: number}) => r.panel % columns;
  const fy = (r: {panel: number}) => Math.floor(r.panel / columns);
  const panels = lines.map(({name}, panel) => ({panel, name}));
  const svg = Plot.plot(
    plotOptions(
      {
        document,
        width,
        height: panelRows * panelHeight + 30,
        marginTop: 22,
        marginLeft: 40,
        marginRight: 16,
        marginBottom: 30,
        style: {fontSize: "11px"},
        ariaLabel: heading ?? text.trends.title,
        fx: {axis: null, padding: 0.12},
        fy: {axis: null, padding: 0.18},
        x: {type: "point", domain: labels, padding: 0.25, label: null},
        y: {domain, grid: true, label: null, ticks: 4, tickFormat: value},
        marks: [
          Plot.frame({stroke: "#DDDDDD"}),
          Plot.text(panels, {fx, fy, text: "name", frameAnchor: "top-left", dy: -16, fontWeight: "bold", lineWidth: 200 / 7}),
          ...(withCi.length ? [Plot.ruleX(withCi, {fx, fy, x: "wave", y1: "low", y2: "high", stroke: "#9E9E9E", strokeWidth: 2})] : []),
          Plot.line(rows, {fx, fy, x: "wave", y: "score", z: "panel", stroke: "#4D4D4D", strokeWidth: 1.5}),
          Plot.dot(rows, {fx, fy, x: "wave", y: "score", r: 4, fill: "fill", stroke: "white", title: (r: Row) => `${r.name}, ${r.wave}: ${value(r.score)}${r.symbol ? ` ${r.symbol} ${r.label}` : ""}`}),
          Plot.text(rows.filter((r) => r.symbol), {fx, fy, x: "wave", y: "score", text: "symbol", fill: "fill", dy: -11, fontSize: 10})
        ]
      },
      rest
    )
  );
  const rising = lines.filter(({line}) => line.linear && line.linear.pValue < 1 - data.survey.settings.comparison.confidence && line.linear.slope > 0).length;
  const falling = lines.filter(({line}) => line.linear && line.linear.pValue < 1 - data.survey.settings.comparison.confidence && line.linear.slope < 0).length;
  const summary = text.trends.describe({count: lines.length, waves: labels.join(", "), rising, falling});
  return chartFigure(svg, {
    title: heading,
    description: description === undefined ? summary : description,
    table: table
      ? {
          columns: [{label: lines[0].line.kind === "module" ? text.module : lines[0].line.kind === "theme" ? text.theme : text.question}, ...labels.map((label) => ({label, numeric: true})), {label: `${text.trends.change} ${text.trends.perYear}`, numeric: true}],
          rows: lines.map(({line, name}) => [
            name,
            ...line.points.map((p, w) => {
              if (p.score === null) return missingValue;
              const style = differenceStyle(p.change, {locale});
              const note = p.otherQuestions ? text.trends.otherQuestions : line.wordingChanged?.includes(data.waves[w].wave) ? text.trends.otherWording : null;
              return `${value(p.score)}${style.symbol ? ` ${style.symbol}` : ""}${note ? ` (${note})` : ""}`;
            }),
            line.linear ? f.difference(line.linear.slope) : missingValue
          ])
        }
      : null,
    locale,
    document
  });
}
