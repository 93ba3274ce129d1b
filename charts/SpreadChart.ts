import * as Plot from "@observablehq/plot";
import {chartFigure} from "./chartFigure.ts";
import {differencePalette} from "./differenceStyle.ts";
import {limitPosition} from "./limitPosition.ts";
import {noData} from "./noData.ts";
import {plotOptions, type PlotPassThrough} from "./plotOptions.ts";
import {studyChartSetup} from "./studyChartSetup.ts";
import type {SurveyLike} from "./surveyDefaults.ts";
import {swatches, type Swatch} from "./swatches.ts";
import {textWidth} from "./textWidth.ts";
import type {OrganisationPoint} from "./types.ts";
import {missingValue, type Formatter, type Scoring} from "../text/format.ts";
import type {StudyText} from "../text/studyText.ts";
import type {TableData} from "./dataTable.ts";
import type {Language} from "../text/translations.ts";

/** The options of {@link SpreadChart}. */
export interface SpreadChartOptions extends PlotPassThrough {
  /** The survey the rows come from: language and scoring method. */
  survey?: SurveyLike | null;
  /** What the rows score (a module's name), for the title and description; default none. */
  item?: string | null;
  /** The centre line (the organisations' mean); default the midpoint of the first row's limits; null hides it. */
  mean?: number | null;
  /** Colours of a score above and below the 99.8 % limits and within them. */
  above?: string;
  below?: string;
  within?: string;
  /** Caption and accessible name; default "<item>: de organisaties gerangschikt"; null hides the caption. */
  title?: string | null;
  description?: string | null;
  /** The data table under "Tabel"; default true; null drops it. */
  table?: boolean | null;
  /** The legend of the colours; default true; null drops it. */
  legend?: boolean | null;
  width?: number;
  scoring?: Scoring;
  locale?: Language;
  document?: Document;
}

const defaults = {above: differencePalette.better.veryRelevant.ink, below: differencePalette.worse.veryRelevant.ink, within: "#595959", width: 640, table: true, legend: true};

/**
 * Ranks organisations on one score, highest first: a dot per organisation with its confidence
 * interval as a line, the organisations' mean as a vertical rule, and each dot coloured (and
 * marked ▲ or ▼ in the table) by where it lies against its funnel's 99.8 % control limits
 * ({@link limitPosition}), so a reader sees which ranks are more than chance. Takes any rows of
 * {@link OrganisationPoint} (label, score, n, ci, limits; `highlight` makes a label bold).
 * Labels are not links: a link inside the chart's image would nest controls (WCAG 4.1.2); the
 * page lists the organisations' pages beside it. Defaults: the survey's language and scoring method, width 640, legend and table
 * shown. No rows give "Geen gegevens". Other options go to `Plot.plot`.
 *
 * @example
 * display(resize((width) => SpreadChart(spread.rows, {width, survey, item: spread.name, mean: spread.mean})));
 */
export function SpreadChart(rows: OrganisationPoint[], options: SpreadChartOptions = {}): HTMLElement {
  const {
    survey,
    item = null,
    mean: meanOption,
    above = defaults.above,
    below = defaults.below,
    within = defaults.within,
    title,
    description,
    table = defaults.table,
    legend = defaults.legend,
    width = defaults.width,
    scoring,
    locale: localeOption,
    document = globalThis.document,
    ...rest
  } = options;
  const {locale, text, f} = studyChartSetup({survey, scoring, locale: localeOption});
  const heading = title === undefined ? (item ? text.charts.spreadTitle(item) : null) : title;
  if (!rows.length) return noData({title: heading, locale, document});
  const ranked = [...rows].sort((a, b) => b.score - a.score || a.label.localeCompare(b.label));
  const mean = meanOption === undefined ? centre(ranked) : meanOption;
  const colours = {above, below, within};
  const colour = (r: OrganisationPoint) => colours[limitPosition(r) ?? "within"];
  const marginLeft = Math.round(Math.min(Math.max(...ranked.map((r) => textWidth(r.label, 11, {bold: r.highlight}))) + 12, width * 0.4));
  const counts = {above: ranked.filter((r) => limitPosition(r) === "above").length, below: ranked.filter((r) => limitPosition(r) === "below").length};
  const svg = Plot.plot(
    plotOptions(
      {
        document,
        width,
        height: 30 + 28 + ranked.length * 16,
        marginLeft,
        marginTop: 30,
        style: {fontSize: "11px"},
        ariaLabel: heading ?? undefined,
        x: {grid: true, label: text.charts.score, tickFormat: (x: number) => f.score(x)},
        y: {domain: ranked.map((r) => r.label), label: null, tickSize: 0, tickFormat: () => ""},
        marks: [
          mean == null ? null : Plot.ruleX([mean], {stroke: "#333333", strokeDasharray: "3,3"}),
          Plot.link(
            ranked.filter((r) => r.ci),
            {x1: (r: OrganisationPoint) => r.ci![0], x2: (r: OrganisationPoint) => r.ci![1], y1: "label", y2: "label", stroke: colour, strokeOpacity: 0.6}
          ),
          Plot.dot(ranked, {x: "score", y: "label", fill: colour, r: 3.5, title: (r: OrganisationPoint) => `${r.label}: ${f.score(r.score)} (${f.interval(r.ci?.[0], r.ci?.[1])}; n = ${f.count(r.n)})`}),
          ...[true, false].map((bold) =>
            Plot.text(
              ranked.filter((r) => Boolean(r.highlight) === bold),
              {y: "label", text: "label", frameAnchor: "left", textAnchor: "end", dx: -6, fontWeight: bold ? "bold" : "normal"}
            )
          )
        ]
      },
      rest
    )
  );
  const describe = text.charts.describe.spread({
    item: item ?? text.charts.score,
    count: ranked.length,
    highest: `${ranked[0].label} ${f.score(ranked[0].score)}`,
    lowest: `${ranked.at(-1)!.label} ${f.score(ranked.at(-1)!.score)}`,
    mean: f.score(mean),
    ...counts
  });
  return chartFigure(svg, {
    title: heading,
    description: description === undefined ? describe : description,
    legend: legend ? limitSwatches(text, colours, document) : null,
    table: table ? limitTable(ranked, f, text) : null,
    locale,
    document
  });
}

/** The centre line of rows with limits: the midpoint of the first row's 95 % limits. */
function centre(rows: OrganisationPoint[]): number | null {
  const first = rows.find((r) => r.limits);
  return first ? (first.limits!.p95[0] + first.limits!.p95[1]) / 2 : null;
}

/**
 * The legend of the colours of {@link SpreadChart} and {@link FunnelPlot}: above, below and within the
 * 99.8 % limits, then any `more` entries (the funnel's lines).
 *
 * @example
 * limitSwatches(studyText("en"), {above: "#0072B2", below: "#B34A00", within: "#595959"}, document);
 */
export function limitSwatches(text: StudyText, colours: {above: string; below: string; within: string}, document: Document, more: Swatch[] = []): HTMLElement {
  return swatches(
    [
      {label: text.charts.above, shape: "dot", fill: colours.above},
      {label: text.charts.below, shape: "dot", fill: colours.below},
      {label: text.charts.within, shape: "dot", fill: colours.within},
      ...more
    ],
    {document}
  );
}

/**
 * The table of {@link SpreadChart} and {@link FunnelPlot}: rank, organisation, score, interval, respondents and place against the limits, in the rows' order.
 *
 * @example
 * limitTable(rows, format({locale: "en"}), studyText("en")).rows[0]; // ["FT", "1", "80%", "73%–88%", "80", "▲ above the 99.8% limits"]
 */
export function limitTable(rows: OrganisationPoint[], f: Formatter, text: StudyText): TableData {
  const place = {above: text.charts.above, below: text.charts.below};
  return {
    columns: [
      {label: text.charts.organisation},
      {label: text.charts.rank, numeric: true},
      {label: text.charts.score, numeric: true},
      {label: text.charts.interval, numeric: true},
      {label: text.charts.respondents, numeric: true},
      {label: text.charts.position}
    ],
    rows: rows.map((r, i) => [r.label, String(i + 1), f.score(r.score), r.ci ? f.interval(r.ci[0], r.ci[1]) : missingValue, f.count(r.n), r.limits ? place[limitPosition(r) as "above" | "below"] ?? text.charts.within : missingValue])
  };
}
