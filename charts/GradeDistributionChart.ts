import * as Plot from "@observablehq/plot";
import type {QualityPopulation} from "./types.ts";
import {chartFigure} from "./chartFigure.ts";
import {format} from "../text/format.ts";
import type {Language} from "../text/translations.ts";
import {noData} from "./noData.ts";
import {chartText} from "../text/chartText.ts";
import {plotOptions, type PlotPassThrough} from "./plotOptions.ts";
import {swatches} from "./swatches.ts";

/** The options of {@link GradeDistributionChart}. */
export interface GradeDistributionChartOptions extends PlotPassThrough {
  /** Grades below this are failing and drawn in `failFill`; default 5.5 (pass the survey's `failingGrade`). */
  failingGrade?: number;
  /** Bar colour of passing grades; default dark blue-grey. */
  fill?: string;
  /** Bar colour of failing grades; default dark red. */
  failFill?: string;
  width?: number;
  /** Caption and accessible name; default "Spreiding van de rapportcijfers · <label> (n = …)"; null hides the caption. */
  title?: string | null;
  description?: string | null;
  /** The legend of passing and failing grades; default true; null hides it. */
  legend?: boolean | null;
  /** The data table under "Tabel"; default true; null drops it. */
  table?: boolean | null;
  locale?: Language;
  document?: Document;
}

const defaults = {failingGrade: 5.5, fill: "#4D5B6A", failFill: "#9B1C1C", width: 640, legend: true, table: true, locale: "nl" as Language};

interface Bar {
  grade: number;
  count: number;
  share: number;
  failing: boolean;
}

/**
 * Charts how a population's grades (1–10, counted at the nearest whole grade) are spread: a bar
 * per grade with its share of the grades and count, failing grades in another colour and named
 * in the legend, so colour is never the only signal. Defaults: failing below 5.5, width 640,
 * Dutch, legend and table shown. A population without grades to show (suppressed, or no grade
 * question answered) gets a note instead of an empty chart.
 *
 * @example
 * GradeDistributionChart(qualityView(report).populations[0], {failingGrade: 5.5, width: 480});
 */
export function GradeDistributionChart(population: QualityPopulation, options: GradeDistributionChartOptions = {}): HTMLElement {
  const {
    failingGrade = defaults.failingGrade,
    fill = defaults.fill,
    failFill = defaults.failFill,
    width = defaults.width,
    title,
    description,
    legend = defaults.legend,
    table = defaults.table,
    locale = defaults.locale,
    document = globalThis.document,
    ...rest
  } = options;
  const text = chartText(locale);
  const words = text.grades;
  const f = format({locale});
  const grades = population.grades;
  const heading = title === undefined ? `${words.title} · ${population.label}${grades ? ` (n = ${f.count(grades.n)})` : ""}` : title;
  if (!grades || grades.n === 0) return noData({title: heading, message: words.none, locale, document});
  const bars: Bar[] = grades.counts.map((count, i) => ({grade: i + 1, count, share: count / grades.n, failing: i + 1 < failingGrade}));
  const label = (b: Bar) => (b.count ? `${f.percent(b.share, 0)}` : "");
  const svg = Plot.plot(
    plotOptions(
      {
        document,
        width,
        height: 220,
        marginTop: 20,
        marginBottom: 34,
        marginLeft: 44,
        style: {fontSize: "12px"},
        ariaLabel: heading ?? words.title,
        x: {domain: bars.map((b) => b.grade), label: words.grade, labelAnchor: "center", labelOffset: 30, padding: 0.2},
        y: {domain: [0, Math.max(0.05, ...bars.map((b) => b.share))], grid: true, ticks: 4, tickFormat: (y: number) => f.percent(y, 0), label: null},
        marks: [
          Plot.barY(bars, {x: "grade", y: "share", fill: (b: Bar) => (b.failing ? failFill : fill), title: (b: Bar) => `${b.grade}: ${f.percent(b.share)} (${f.count(b.count)})`}),
          Plot.ruleY([0], {stroke: "#333333"}),
          Plot.text(bars, {x: "grade", y: "share", text: label, dy: -8, fontVariant: "tabular-nums"})
        ]
      },
      rest
    )
  );
  const failing = bars.filter((b) => b.failing).reduce((sum, b) => sum + b.count, 0);
  const summary =
    text.describe.grades({n: f.count(grades.n), failing: f.count(failing), failingGrade: f.number(failingGrade, 1)}) + bars.filter((b) => b.count).map((b) => `${b.grade}: ${f.count(b.count)}`).join(", ") + ".";
  return chartFigure(svg, {
    title: heading,
    description: description === undefined ? summary : description,
    legend: legend
      ? swatches(
          [
            {label: words.pass(f.number(failingGrade, 1)), shape: "bar", fill},
            {label: words.fail(f.number(failingGrade, 1)), shape: "bar", fill: failFill}
          ],
          {document}
        )
      : null,
    table: table
      ? {
          columns: [{label: words.grade}, {label: text.columns.count, numeric: true}, {label: text.columns.share, numeric: true}],
          rows: bars.map((b) => [String(b.grade), f.count(b.count), f.percent(b.share)])
        }
      : null,
    locale,
    document
  });
}
