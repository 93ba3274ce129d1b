import * as Plot from "@observablehq/plot";
import {chartFigure} from "./chartFigure.ts";
import {differencePalette} from "./differenceStyle.ts";
import {limitPosition} from "./limitPosition.ts";
import {noData} from "./noData.ts";
import {plotOptions, type PlotPassThrough} from "./plotOptions.ts";
import {limitSwatches, limitTable} from "./SpreadChart.ts";
import {studyChartSetup} from "./studyChartSetup.ts";
import type {SurveyLike} from "./surveyDefaults.ts";
import type {OrganisationPoint} from "./types.ts";
import type {Scoring} from "../text/format.ts";
import type {Language} from "../text/translations.ts";

/** The options of {@link FunnelPlot}. */
export interface FunnelPlotOptions extends PlotPassThrough {
  /** The survey the rows come from: language and scoring method. */
  survey?: SurveyLike | null;
  /** What the rows score (a module's name), for the title and description; default none. */
  item?: string | null;
  /** The centre line; default the midpoint of the first row's limits; null hides it. */
  mean?: number | null;
  /** Name the organisations outside the 99.8 % limits (and a highlighted one) beside their dots; default true. */
  labels?: boolean | null;
  above?: string;
  below?: string;
  within?: string;
  /** Colour of the limits' lines. */
  limitStroke?: string;
  /** Colour of the 99.8 % limits widened by τ (drawn dotted when the rows have them). */
  widenedStroke?: string;
  /** Caption and accessible name; default "<item>: score tegen omvang"; null hides the caption. */
  title?: string | null;
  description?: string | null;
  table?: boolean | null;
  legend?: boolean | null;
  width?: number;
  height?: number;
  scoring?: Scoring;
  locale?: Language;
  document?: Document;
}

const defaults = {
  above: differencePalette.better.veryRelevant.ink,
  below: differencePalette.worse.veryRelevant.ink,
  within: "#595959",
  limitStroke: "#8C8C8C",
  widenedStroke: "#4D4D4D",
  labels: true,
  width: 640,
  height: 360,
  table: true,
  legend: true
};

type Limit = "p95" | "p998";

/**
 * A funnel plot: each organisation's score against its number of respondents (a log scale), with
 * the organisations' mean and the control limits for every size at 95 % (dashed) and 99.8 %
 * (solid), drawn through the rows' own limits, and when the rows have them the 99.8 % limits
 * widened by the organisations' true spread τ (dotted: outside them an organisation is exceptional
 * among organisations that differ anyway); a dot is coloured by where it lies against the 99.8 %
 * limits ({@link limitPosition}), so a small organisation is not called an outlier for being
 * small. Takes any rows of {@link OrganisationPoint}. Defaults: the survey's language and scoring
 * method, width 640, height 360, the organisations outside the limits named, legend and table
 * shown. No rows give "Geen gegevens". Other options go to `Plot.plot`.
 *
 * @example
 * display(resize((width) => FunnelPlot(spread.rows, {width, survey, item: spread.name, mean: spread.mean})));
 */
export function FunnelPlot(rows: OrganisationPoint[], options: FunnelPlotOptions = {}): HTMLElement {
  const {
    survey,
    item = null,
    mean: meanOption,
    labels = defaults.labels,
    above = defaults.above,
    below = defaults.below,
    within = defaults.within,
    limitStroke = defaults.limitStroke,
    widenedStroke = defaults.widenedStroke,
    title,
    description,
    table = defaults.table,
    legend = defaults.legend,
    width = defaults.width,
    height = defaults.height,
    scoring,
    locale: localeOption,
    document = globalThis.document,
    ...rest
  } = options;
  const {locale, text, f} = studyChartSetup({survey, scoring, locale: localeOption});
  const heading = title === undefined ? (item ? text.charts.funnelTitle(item) : null) : title;
  if (!rows.length) return noData({title: heading, locale, document});
  const bySize = [...rows].sort((a, b) => a.n - b.n);
  const withLimits = bySize.filter((r) => r.limits);
  const first = withLimits[0];
  const mean = meanOption === undefined ? (first ? (first.limits!.p95[0] + first.limits!.p95[1]) / 2 : null) : meanOption;
  const colours = {above, below, within};
  const colour = (r: OrganisationPoint) => colours[limitPosition(r) ?? "within"];
  const line = (limit: Limit, side: 0 | 1) =>
    Plot.line(withLimits, {x: "n", y: (r: OrganisationPoint) => r.limits![limit][side], curve: "monotone-x", stroke: limitStroke, strokeWidth: 1, strokeDasharray: limit === "p95" ? "4,3" : undefined});
  const withWidened = bySize.filter((r) => r.widened);
  const widenedLine = (side: 0 | 1) =>
    withWidened.length ? Plot.line(withWidened, {x: "n", y: (r: OrganisationPoint) => r.widened!.p998[side], curve: "monotone-x", stroke: widenedStroke, strokeWidth: 1.5, strokeDasharray: "1,3"}) : null;
  const named = labels ? bySize.filter((r) => r.highlight || limitPosition(r) != null) : [];
  const svg = Plot.plot(
    plotOptions(
      {
        document,
        width,
        height,
        marginRight: 40,
        style: {fontSize: "11px"},
        ariaLabel: heading ?? undefined,
        x: {type: "log", label: text.charts.respondents, grid: true, tickFormat: (x: number) => (Math.log10(x) % 1 === 0 ? f.count(x) : "")},
        y: {label: text.charts.score, grid: true, tickFormat: (y: number) => f.score(y)},
        marks: [
          mean == null ? null : Plot.ruleY([mean], {stroke: "#333333"}),
          line("p95", 0),
          line("p95", 1),
          line("p998", 0),
          line("p998", 1),
          widenedLine(0),
          widenedLine(1),
          Plot.dot(bySize, {x: "n", y: "score", fill: colour, r: (r: OrganisationPoint) => (r.highlight ? 6 : 3.5), stroke: "white", strokeWidth: 0.5, title: (r: OrganisationPoint) => `${r.label}: ${f.score(r.score)} (n = ${f.count(r.n)})`}),
          Plot.text(named, {x: "n", y: "score", text: "label", dx: 7, textAnchor: "start", fontWeight: "bold", fill: colour, stroke: "white", strokeWidth: 3, paintOrder: "stroke"})
        ]
      },
      rest
    )
  );
  const key = legend
    ? limitSwatches(text, colours, document, [
        {label: text.charts.limits95, shape: "dash", stroke: limitStroke},
        {label: text.charts.limits998, shape: "line", stroke: limitStroke},
        ...(withWidened.length ? [{label: text.charts.limits998Widened, shape: "dotted" as const, stroke: widenedStroke}] : [])
      ])
    : null;
  return chartFigure(svg, {
    title: heading,
    description:
      description === undefined
        ? text.charts.describe.funnel({item: item ?? text.charts.score, count: rows.length, above: rows.filter((r) => limitPosition(r) === "above").length, below: rows.filter((r) => limitPosition(r) === "below").length})
        : description,
    legend: key,
    table: table ? limitTable([...rows].sort((a, b) => b.score - a.score || a.label.localeCompare(b.label)), f, text) : null,
    locale,
    document
  });
}
