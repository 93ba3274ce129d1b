import * as Plot from "@observablehq/plot";
import {chartFigure} from "./chartFigure.ts";
import type {TableData} from "./dataTable.ts";
import {DifferenceLegend} from "./DifferenceLegend.ts";
import {differencePalette} from "./differenceStyle.ts";
import {format, type Scoring} from "../text/format.ts";
import type {Language} from "../text/translations.ts";
import {surveyDefaults} from "./surveyDefaults.ts";
import {chartText, type ChartText} from "../text/chartText.ts";
import {moduleBarColumns, moduleBarLayout, moduleBarsX, type ModuleBarRow, type ModuleBarsData, type ModuleBarsOptions, type ModuleReference} from "./moduleBarsX.ts";
import {noData} from "./noData.ts";
import {plotOptions, type PlotPassThrough} from "./plotOptions.ts";
import {swatches, type Swatch} from "./swatches.ts";
import {textWidth} from "./textWidth.ts";

/** The options of {@link ModuleBarsChart}: those of {@link moduleBarsX}, the figure's, and any `Plot.plot` option. */
export interface ModuleBarsChartOptions extends ModuleBarsOptions, PlotPassThrough {
  width?: number;
  /** Height of one module's row (name and bar) in pixels; default 40. */
  rowHeight?: number;
  /** Caption and accessible name; default "Scores per module"; null hides the caption. */
  title?: string | null;
  /** Accessible description; default a generated summary; null for none. */
  description?: string | null;
  /** The data table under "Tabel"; default true; null drops it. */
  table?: boolean | null;
  /** The legend of markers and colours above the chart; default true; null drops it. */
  legend?: boolean | null;
  document?: Document;
}

const defaults = {
  width: 640,
  rowHeight: 40,
  scoring: "mean" as Scoring,
  table: true,
  legend: true,
  differences: true,
  ci: false,
  palette: differencePalette,
  fill: "#D3D3D3"
};

/**
 * Charts the organisation's (or a group's) module scores as horizontal bars on 0–10 (0–100 % with
 * percent-positive scoring), with markers for the previous survey, the benchmark and the top
 * benchmark, the differences coloured by the two-strength rule and printed with symbols, inside
 * an accessible figure with a legend and a data table. Defaults: width 640, rows of 40 px, report
 * order, the survey's language (else Dutch), scoring from `survey.settings` or else `mean`, legend and table shown. Remaining
 * options go to `Plot.plot`, so `{x: {grid: false}}` works; empty modules give "Geen gegevens".
 *
 * @example
 * display(resize((width) => ModuleBarsChart(report, {width, sort: "score", ci: true})));
 */
export function ModuleBarsChart(data: ModuleBarsData, options: ModuleBarsChartOptions = {}): HTMLElement {
  const {
    scoring = data.survey?.settings.scoring ?? defaults.scoring,
    group,
    previous,
    benchmark,
    top,
    sort,
    references: givenReferences,
    ci = defaults.ci,
    differences = defaults.differences,
    fill = defaults.fill,
    locale = surveyDefaults(data.survey).language,
    palette = defaults.palette,
    width = defaults.width,
    rowHeight = defaults.rowHeight,
    title,
    description,
    table = defaults.table,
    legend = defaults.legend,
    document = globalThis.document,
    ...rest
  } = options;
  const text = chartText(locale);
  const heading = title === undefined ? text.moduleBarsTitle : title;
  if (!data.modules?.length) return noData({title: heading, locale, document});
  const markOptions: ModuleBarsOptions = {scoring, group, previous, benchmark, top, sort, references: givenReferences, ci, differences, fill, locale, palette};
  const {rows, references} = moduleBarLayout(data, markOptions);
  const f = format({locale, scoring});
  const share = scoring === "percent-positive";
  // Columns as wide as their widest text (a difference with its symbols, or the header), so
  // "−12 pp ▼▼" never runs into its neighbour, and no wider than they need to be.
  const differenceTexts = rows.flatMap((row) => row.comparisons.map((c, i) => (c ? `${f.difference(c.difference)} ${row.styles[i].symbol}` : "")));
  const headers = references.map((r) => (r.short === text.benchmark && width < 520 ? text.benchmarkShort : r.short));
  const columns = {
    gap: moduleBarColumns.gap,
    score: Math.ceil(Math.max(textWidth(text.score, 11), ...rows.map((row) => textWidth(f.score(row.score), 12, {bold: true})))) + 4,
    reference: Math.ceil(Math.max(44, ...differenceTexts.map((t) => textWidth(t, 12)), ...headers.map((h) => textWidth(h, 11)))) + 10
  };
  const marginLeft = 16;
  // Too narrow for the signed differences (a phone): the columns keep only the symbols, so the
  // bars keep some room and colour is still not the only signal; the numbers stay in the table.
  const compact = width - marginLeft - (columns.gap + columns.score + columns.reference * references.length) < 150;
  if (compact) columns.reference = Math.ceil(Math.max(22, ...references.map((r) => textWidth(r.short === text.benchmark ? text.benchmarkShort : r.short, 11)))) + 8;
  const marginRight = differences ? columns.gap + columns.score + columns.reference * references.length + 4 : 48;
  const marginTop = differences ? 24 : 8;
  const marginBottom = 28;
  const svg = Plot.plot(
    plotOptions(
      {
        document,
        width,
        height: marginTop + marginBottom + rows.length * rowHeight,
        marginLeft,
        marginRight,
        marginTop,
        marginBottom,
        style: {fontSize: "12px"},
        ariaLabel: heading ?? text.moduleBarsTitle,
        x: {
          domain: share ? [0, 1] : [0, 10],
          ticks: share ? [0, 0.2, 0.4, 0.6, 0.8, 1] : [0, 2, 4, 6, 8, 10],
          tickFormat: share ? (x: number) => f.percent(x, 0) : (x: number) => f.number(x, 0),
          grid: true,
          label: null
        },
        y: {domain: rows.map((row) => row.id), padding: 0, axis: null},
        marks: [
          Plot.ruleX([0], {stroke: "#888888"}),
          moduleBarsX(data, {...markOptions, rowHeight, columns, compact, nameWidth: width - marginLeft - marginRight})
        ]
      },
      rest
    )
  );
  const summary = describe(rows, references, f, text, share);
  return chartFigure(svg, {
    title: heading,
    description: description === undefined ? summary : description,
    legend: legend ? legendOf(references, rows, {fill, locale, scoring, palette, document, text: chartText(locale), survey: data.survey}) : null,
    table: table ? tableOf(rows, references, f, locale, ci) : null,
    locale,
    document
  });
}

function legendOf(
  references: ModuleReference[],
  rows: ModuleBarRow[],
  {fill, locale, scoring, palette, document, text, survey}: {fill: string; locale: Language; scoring: Scoring; palette: typeof differencePalette; document: Document; text: ChartText; survey: ModuleBarsData["survey"]}
): HTMLElement {
  const root = document.createElement("div");
  const shape = {previous: "tick", benchmark: "dot", top: "diamond"} as const;
  const items: Swatch[] = [
    {label: text.current, shape: "bar", fill},
    ...references.map((r): Swatch => ({label: r.label, shape: shape[r.kind], fill: "#FFFFFF", stroke: "#333333"}))
  ];
  root.append(swatches(items, {document}));
  if (references.length) {
    root.append(
      DifferenceLegend({
        locale,
        scoring,
        palette,
        document,
        survey,
        note: null,
        suppressed: rows.some((row) => row.score == null)
      })
    );
  }
  return root;
}

function describe(rows: ModuleBarRow[], references: ModuleReference[], f: ReturnType<typeof format>, text: ChartText, share: boolean): string {
  const scored = rows.filter((row) => row.score != null).sort((a, b) => (b.score ?? 0) - (a.score ?? 0));
  const scale = share ? "0–100 %" : "0–10";
  const highest = scored[0];
  const lowest = scored[scored.length - 1];
  const relevant = rows.flatMap((row) => row.styles.filter((s) => s.level !== "none")).length;
  return text.describe.moduleBars({
    count: rows.length,
    scale,
    highest: highest ? `${highest.name} (${f.score(highest.score)})` : null,
    lowest: lowest ? `${lowest.name} (${f.score(lowest.score)})` : null,
    references: references.length ? references.map((r) => r.label).join(", ") : null,
    relevant
  });
}

function tableOf(rows: ModuleBarRow[], references: ModuleReference[], f: ReturnType<typeof format>, locale: Language, ci: boolean | null | undefined): TableData {
  const text = chartText(locale);
  const columns = [
    {label: text.module},
    {label: text.score, numeric: true},
    ...(ci ? [{label: text.intervalShort, numeric: true}] : []),
    {label: "n", numeric: true},
    ...references.flatMap((r) => [
      {label: r.label, numeric: true},
      {label: `${text.difference} ${r.short.toLowerCase()}`, numeric: true}
    ])
  ];
  return {
    columns,
    rows: rows.map((row) => [
      row.name,
      row.score == null ? `${f.score(null)} (${text.suppressed})` : f.score(row.score),
      ...(ci ? [row.ci ? f.interval(row.ci[0], row.ci[1]) : f.score(null)] : []),
      row.score == null ? f.count(null) : f.count(row.n),
      ...references.flatMap((_, i) => {
        const comparison = row.comparisons[i];
        if (!comparison || row.score == null) return [f.score(null), f.difference(null)];
        const style = row.styles[i];
        return [f.score(comparison.reference), style.symbol ? `${f.difference(comparison.difference)} ${style.symbol} ${style.label.toLowerCase()}` : f.difference(comparison.difference)];
      })
    ])
  };
}
