import * as Plot from "@observablehq/plot";
import type {Enps} from "../scoring/types.ts";
import {chartFigure} from "./chartFigure.ts";
import {format} from "../text/format.ts";
import type {Language} from "../text/translations.ts";
import {chartText} from "../text/chartText.ts";
import {noData} from "./noData.ts";
import {plotOptions, type PlotPassThrough} from "./plotOptions.ts";

/** The colours of the three eNPS categories. */
export interface EnpsColors {
  detractors: string;
  passives: string;
  promoters: string;
}

/** The options of {@link EnpsDistributionChart}. */
export interface EnpsDistributionChartOptions extends PlotPassThrough {
  width?: number;
  /** The confidence level of `enps.ci`, for the text; default 0.95. */
  confidence?: number;
  /** The headline with the score, its split and interval; default true; null hides it. */
  score?: boolean | null;
  /** The category bands under the axis with their shares; default true; null hides them. */
  categories?: boolean | null;
  /** Percentages above the bars (when the bars are wide enough); default true; null hides them. */
  barLabels?: boolean | null;
  colors?: EnpsColors;
  /** Caption and accessible name; default "eNPS-verdeling"; null hides the caption. */
  title?: string | null;
  description?: string | null;
  /** The data table under "Tabel"; default true; null drops it. */
  table?: boolean | null;
  locale?: Language;
  document?: Document;
}

/**
 * The default eNPS colours: Okabe–Ito orange for detractors, grey for passives and bluish green
 * for promoters. They differ from the blue/vermillion of differences, so a category is never
 * read as a "relevant difference", and stay distinct for colour-blind readers.
 *
 * @example
 * EnpsDistributionChart(report.enps, {colors: {...enpsColors, passives: "#bbb"}});
 */
export const enpsColors: EnpsColors = {detractors: "#E69F00", passives: "#B0B0B0", promoters: "#009E73"};

const defaults = {width: 640, confidence: 0.95, score: true, categories: true, barLabels: true, table: true, locale: "nl" as Language, colors: enpsColors};

type Category = "detractors" | "passives" | "promoters";
const categoryOf = (answer: number): Category => (answer <= 6 ? "detractors" : answer <= 8 ? "passives" : "promoters");

/**
 * Charts an eNPS: the 0–10 histogram of `enps.distribution` with each bar coloured as detractor
 * (0–6), passive (7–8) or promoter (9–10), the categories' shares in bands under the axis, and a
 * headline with the score, how it is made (% promoters − % detractors) and its confidence
 * interval. Defaults: width 640, 95 % interval, headline, bands, bar labels and table shown,
 * Dutch. A missing eNPS or one with n = 0 gives "Geen gegevens"; other options go to Plot.
 *
 * @example
 * display(resize((width) => EnpsDistributionChart(report.enps, {width})));
 */
export function EnpsDistributionChart(enps: Enps | null | undefined, options: EnpsDistributionChartOptions = {}): HTMLElement {
  const {
    width = defaults.width,
    confidence = defaults.confidence,
    score = defaults.score,
    categories = defaults.categories,
    barLabels = defaults.barLabels,
    colors = defaults.colors,
    title,
    description,
    table = defaults.table,
    locale = defaults.locale,
    document = globalThis.document,
    ...rest
  } = options;
  const text = chartText(locale);
  const f = format({locale});
  const heading = title === undefined ? text.enpsTitle : title;
  const total = enps ? enps.distribution.reduce((a, b) => a + b, 0) : 0;
  if (!enps || !enps.n || !total) return noData({title: heading, locale, document});

  const bars = enps.distribution.map((count, answer) => ({answer, count, share: count / total, category: categoryOf(answer)}));
  type Bar = (typeof bars)[number];
  const names: Record<Category, string> = {detractors: text.detractors, passives: text.passives, promoters: text.promoters};
  const shares: Record<Category, number> = {detractors: enps.detractors, passives: enps.passives, promoters: enps.promoters};
  const spans: {category: Category; from: number; to: number}[] = [
    {category: "detractors", from: 0, to: 6},
    {category: "passives", from: 7, to: 8},
    {category: "promoters", from: 9, to: 10}
  ];
  const marginTop = score ? 80 : 16;
  const marginBottom = categories ? 66 : 30;
  const marginLeft = 44;
  const marginRight = 8;
  const height = marginTop + marginBottom + 200;
  const plotHeight = height - marginTop - marginBottom;
  const ymax = Math.max(...bars.map((b) => b.share)) * 1.15;
  const below = (px: number) => (-px * ymax) / plotHeight; // y value this many pixels under the axis
  const step = (width - marginLeft - marginRight) / 11;
  const confidenceText = f.percent(confidence, 0);
  const interval = f.interval(enps.ci[0], enps.ci[1], (x) => f.enps(x));
  const split = `${f.percent(enps.promoters)} ${text.promoters.toLowerCase()} − ${f.percent(enps.detractors)} ${text.detractors.toLowerCase()}`;
  const svg = Plot.plot(
    plotOptions(
      {
        document,
        width,
        height,
        marginTop,
        marginBottom,
        marginLeft,
        marginRight,
        style: {fontSize: "12px"},
        ariaLabel: heading ?? text.enpsTitle,
        x: {domain: [-0.5, 10.5], ticks: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10], tickFormat: (x: number) => f.number(x, 0), tickSize: 0, label: null},
        y: {domain: [0, ymax], tickFormat: (y: number) => f.percent(y, 0), grid: true, label: null, ticks: 4},
        marks: [
          Plot.rectY(bars, {
            x1: (b: Bar) => b.answer - 0.42,
            x2: (b: Bar) => b.answer + 0.42,
            y: "share",
            fill: (b: Bar) => colors[b.category],
            title: (b: Bar) => `${b.answer}: ${f.count(b.count)} ${text.answers} (${f.percent(b.share)}) · ${names[b.category]}`
          }),
          Plot.ruleY([0]),
          barLabels && step >= 36
            ? Plot.text(bars, {x: "answer", y: "share", text: (b: Bar) => f.percent(b.share, 0), dy: -7, fontSize: 11, fontVariant: "tabular-nums"})
            : null,
          categories
            ? [
                Plot.rect(spans, {
                  x1: (s: (typeof spans)[number]) => s.from - 0.45,
                  x2: (s: (typeof spans)[number]) => s.to + 0.45,
                  y1: below(22),
                  y2: below(27),
                  fill: (s: (typeof spans)[number]) => colors[s.category],
                  clip: false
                }),
                Plot.text(spans, {
                  x: (s: (typeof spans)[number]) => (s.from + s.to) / 2,
                  y: below(31),
                  text: (s: (typeof spans)[number]) => `${names[s.category]}\n${f.percent(shares[s.category])}`,
                  lineAnchor: "top",
                  lineHeight: 1.2,
                  clip: false
                })
              ]
            : null,
          score
            ? [
                Plot.text([`${text.enps} ${f.enps(enps.score)}`], {frameAnchor: "top-left", dx: -marginLeft, dy: -marginTop + 4, lineAnchor: "top", textAnchor: "start", fontSize: 26, fontWeight: "bold"}),
                Plot.text([`= ${split}`], {frameAnchor: "top-left", dx: -marginLeft, dy: -marginTop + 38, lineAnchor: "top", textAnchor: "start", lineWidth: (width - 8) / 12}),
                Plot.text([`${text.interval(confidenceText)}: ${interval} (n = ${f.count(enps.n)})`], {
                  frameAnchor: "top-left",
                  dx: -marginLeft,
                  dy: -marginTop + 56,
                  lineAnchor: "top",
                  textAnchor: "start",
                  fill: "#555555"
                })
              ]
            : null
        ]
      },
      rest
    )
  );
  const summary = text.describe.enps({n: f.count(enps.n), score: f.enps(enps.score), interval: `${text.interval(confidenceText)} ${interval}`, split, passives: f.percent(enps.passives)});
  return chartFigure(svg, {
    title: heading,
    description: description === undefined ? summary : description,
    table: table
      ? {
          columns: [{label: text.columns.answer}, {label: text.columns.count, numeric: true}, {label: text.columns.share, numeric: true}],
          rows: [
            ...bars.map((b) => [`${b.answer} (${names[b.category].toLowerCase()})`, f.count(b.count), f.percent(b.share)]),
            ...spans.map((s) => [`${names[s.category]} (${s.from}–${s.to})`, "", f.percent(shares[s.category])]),
            [`${text.enps} (${text.interval(confidenceText)} ${interval})`, f.count(enps.n), f.enps(enps.score)]
          ]
        }
      : null,
    locale,
    document
  });
}
