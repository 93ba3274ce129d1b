import * as Plot from "@observablehq/plot";
import type {Report} from "../scoring/types.ts";
import {chartFigure} from "./chartFigure.ts";
import {format, missingValue} from "../text/format.ts";
import type {Language} from "../text/translations.ts";
import {surveyDefaults} from "./surveyDefaults.ts";
import {chartText} from "../text/chartText.ts";
import {noData} from "./noData.ts";
import {plotOptions, type PlotPassThrough} from "./plotOptions.ts";
import {textWidth} from "./textWidth.ts";

/** What {@link ResponseRateChart} reads: the response and, when there is one, the previous survey's. A whole `Report` will do. */
export type ResponseRateData = Pick<Report, "respondents" | "invited" | "responseRate"> & Partial<Pick<Report, "previous" | "survey">>;

/** A response rate to compare with, e.g. a benchmark's. */
export interface ResponseRateReference {
  label: string;
  /** The response rate, a share 0–1. */
  rate: number;
}

/** The options of {@link ResponseRateChart}. */
export interface ResponseRateChartOptions extends PlotPassThrough {
  /** Show the previous survey's response rate (when known); default true; null hides it. */
  previous?: boolean | null;
  /** Benchmark response rates: the report model has none, so pass them here; default none. */
  benchmarks?: ResponseRateReference[] | null;
  /** Bar colour of the current survey; default dark grey. */
  fill?: string;
  /** Bar colour of the references; default light grey. */
  referenceFill?: string;
  width?: number;
  /** Caption and accessible name; default "Responspercentage en vergelijking"; null hides the caption. */
  title?: string | null;
  description?: string | null;
  /** The data table under "Tabel"; default true; null drops it. */
  table?: boolean | null;
  locale?: Language;
  document?: Document;
}

interface Row {
  key: string;
  label: string;
  rate: number;
  respondents: number | null;
  invited: number | null;
  current: boolean;
}

const defaults = {previous: true, fill: "#4D4D4D", referenceFill: "#BDBDBD", width: 640, table: true};

/**
 * Charts the response rate as a bar on 0–100 %, labelled with the rate and "919 van 1.388",
 * above bars for the previous survey's rate and any benchmark rates passed as options (the report
 * model carries no benchmark response rate). Defaults: previous survey shown when known, no
 * benchmarks, width 640, the survey's language (else Dutch), table shown. Without a known headcount it says "Responspercentage
 * onbekend" with the number of respondents instead of drawing an empty bar.
 *
 * @example
 * ResponseRateChart(report, {benchmarks: [{label: "Benchmark Provincies", rate: 0.63}]});
 */
export function ResponseRateChart(data: ResponseRateData, options: ResponseRateChartOptions = {}): HTMLElement {
  const {
    previous = defaults.previous,
    benchmarks,
    fill = defaults.fill,
    referenceFill = defaults.referenceFill,
    width = defaults.width,
    title,
    description,
    table = defaults.table,
    locale = surveyDefaults(data.survey).language,
    document = globalThis.document,
    ...rest
  } = options;
  const text = chartText(locale);
  const f = format({locale});
  const heading = title === undefined ? text.responseRateTitle : title;
  if (data.responseRate == null) {
    const message = data.respondents ? `${text.responseRateUnknown} (${f.count(data.respondents)} ${text.respondents.toLowerCase()})` : null;
    return noData({title: heading, message, locale, document});
  }
  const rows: Row[] = [{key: "current", label: text.current, rate: data.responseRate, respondents: data.respondents, invited: data.invited, current: true}];
  if (previous && data.previous?.responseRate != null) {
    rows.push({key: "previous", label: data.previous.label || text.previous, rate: data.previous.responseRate, respondents: data.previous.respondents, invited: data.previous.invited, current: false});
  }
  for (const [i, b] of (benchmarks ?? []).entries()) rows.push({key: `benchmark-${i}`, label: b.label, rate: b.rate, respondents: null, invited: null, current: false});
  const value = (r: Row) => `${f.percent(r.rate)}${r.respondents != null && r.invited != null ? ` (${f.count(r.respondents)} ${text.of} ${f.count(r.invited)})` : ""}`;
  const marginLeft = Math.round(Math.min(Math.max(...rows.map((r) => textWidth(r.label, 12, {bold: r.current}))) + 14, width * 0.4));
  const marginRight = Math.ceil(Math.max(...rows.map((r) => textWidth(value(r), 12)))) + 12;
  const rowHeight = 32;
  const svg = Plot.plot(
    plotOptions(
      {
        document,
        width,
        height: 8 + 26 + rows.length * rowHeight,
        marginTop: 8,
        marginBottom: 26,
        marginLeft,
        marginRight,
        style: {fontSize: "12px"},
        ariaLabel: heading ?? text.responseRateTitle,
        x: {domain: [0, 1], ticks: [0, 0.25, 0.5, 0.75, 1], tickFormat: (x: number) => f.percent(x, 0), grid: true, label: null},
        y: {domain: rows.map((r) => r.key), padding: 0.3, axis: null},
        marks: [
          Plot.barX(rows, {x: "rate", y: "key", fill: (r: Row) => (r.current ? fill : referenceFill), title: (r: Row) => `${r.label}: ${value(r)}`}),
          Plot.ruleX([0], {stroke: "#333333"}),
          Plot.text(rows.filter((r) => r.current), {x: "rate", y: "key", text: value, textAnchor: "start", dx: 5, fontWeight: "bold", fontVariant: "tabular-nums"}),
          Plot.text(rows.filter((r) => !r.current), {x: "rate", y: "key", text: value, textAnchor: "start", dx: 5, fontVariant: "tabular-nums"}),
          Plot.text(rows.filter((r) => r.current), {y: "key", text: "label", frameAnchor: "left", textAnchor: "end", dx: -8, fontWeight: "bold"}),
          Plot.text(rows.filter((r) => !r.current), {y: "key", text: "label", frameAnchor: "left", textAnchor: "end", dx: -8})
        ]
      },
      rest
    )
  );
  const summary = rows.map((r) => `${r.label}: ${value(r)}`).join("; ") + ".";
  return chartFigure(svg, {
    title: heading,
    description: description === undefined ? summary : description,
    table: table
      ? {
          columns: [{label: text.columns.survey}, {label: text.responseRate, numeric: true}, {label: text.respondents, numeric: true}, {label: text.columns.invited, numeric: true}],
          rows: rows.map((r) => [r.label, f.percent(r.rate), r.respondents == null ? missingValue : f.count(r.respondents), r.invited == null ? missingValue : f.count(r.invited)])
        }
      : null,
    locale,
    document
  });
}
