import * as Plot from "@observablehq/plot";
import {interpolatePuOr} from "d3-scale-chromatic";
import type {Distribution, DistributionOption, Report} from "../scoring/types.ts";
import {chartFigure} from "./chartFigure.ts";
import {format, missingValue} from "../text/format.ts";
import type {Language} from "../text/translations.ts";
import {surveyDefaults} from "./surveyDefaults.ts";
import {chartText} from "../text/chartText.ts";
import {noData} from "./noData.ts";
import {plotOptions, type PlotPassThrough} from "./plotOptions.ts";
import {swatches, type Swatch} from "./swatches.ts";
import {textWidth} from "./textWidth.ts";
import {wrapText} from "./wrapText.ts";

/** What {@link LikertDistributionChart} reads: distributions, and the survey's question texts. A whole `Report` will do. */
export type LikertDistributionData = Pick<Report, "distributions"> & Partial<Pick<Report, "survey">>;

/** The options of {@link LikertDistributionChart}. */
export interface LikertDistributionChartOptions extends PlotPassThrough {
  /** The questions to show, in this order; default every `likert` distribution in the data's order. */
  questions?: string[] | null;
  /** A question's label; default the survey's short text, else the question id. */
  questionLabel?: (question: string) => string;
  /** The colour of an answer option by its score 0–10; default orange (disagree) to purple (agree), grey for neutral. */
  optionColor?: (score: number) => string;
  /** Percentages on the segments wide enough for them (28 px); default true; null hides them. */
  barLabels?: boolean | null;
  /** The "don't know" column right of the bars; default true; null hides it. */
  dontKnow?: boolean | null;
  width?: number;
  /** Height of a question's row in pixels; default 34. */
  rowHeight?: number;
  /** Caption and accessible name; default "Verdeling van de antwoorden"; null hides the caption. */
  title?: string | null;
  description?: string | null;
  /** The data table under "Tabel"; default true; null drops it. */
  table?: boolean | null;
  /** The legend of the answer options; default true; null drops it. */
  legend?: boolean | null;
  locale?: Language;
  document?: Document;
}

interface Segment {
  question: string;
  option: DistributionOption;
  share: number;
  x1: number;
  x2: number;
  fill: string;
  text: string;
}

interface Row {
  distribution: Distribution;
  label: string;
  segments: Segment[];
  /** Share of all answers (valid and don't know) that were "don't know". */
  dontKnowShare: number;
}

// ColorBrewer's PuOr is safe for colour-blind readers and stays apart from the blue/vermillion
// of differences: agreeing is not "better than a reference". Neutral is a mid grey, not PuOr's
// near-white, so the middle segment stays visible on a white page.
/**
 * The default colour of an answer option by its score on 0–10: orange for disagreeing, purple for
 * agreeing, darker towards the extremes, grey for the neutral middle (5).
 *
 * @example
 * likertColor(10); // a dark purple
 */
export function likertColor(score: number): string {
  if (score === 5) return "#C8C8C8";
  return interpolatePuOr(0.9 - (0.8 * Math.max(0, Math.min(10, score))) / 10);
}

const defaults = {barLabels: true, dontKnow: true, width: 640, rowHeight: 34, table: true, legend: true, color: likertColor};

/**
 * Charts how the answers to likert questions are spread, as diverging stacked bars: disagreeing
 * options left of zero, agreeing options right, the neutral option split across zero, each
 * segment labelled with its percentage when wide enough. "Don't know" answers are not part of the
 * percentages (they are not valid answers); their share of all answers is shown apart in a column
 * right of the bars. Defaults: every likert distribution, rows of 34 px, width 640, the survey's language (else Dutch), legend,
 * labels, don't-know column and table shown; no distributions give "Geen gegevens".
 *
 * @example
 * display(resize((width) => LikertDistributionChart(report, {width, questions: ["bev1", "bev2"]})));
 */
export function LikertDistributionChart(data: LikertDistributionData, options: LikertDistributionChartOptions = {}): HTMLElement {
  const {
    questions,
    questionLabel,
    optionColor: color = defaults.color,
    barLabels = defaults.barLabels,
    dontKnow = defaults.dontKnow,
    width = defaults.width,
    rowHeight = defaults.rowHeight,
    title,
    description,
    table = defaults.table,
    legend = defaults.legend,
    locale = surveyDefaults(data.survey).language,
    document = globalThis.document,
    ...rest
  } = options;
  const text = chartText(locale);
  const f = format({locale});
  const heading = title === undefined ? text.likertTitle : title;
  const all = data.distributions ?? [];
  const chosen = questions
    ? questions.flatMap((id) => all.filter((d) => d.question === id))
    : all.filter((d) => d.type === "likert");
  const survey = new Map((data.survey?.questions ?? []).map((q) => [q.id, q.short || q.text]));
  const labelOf = questionLabel ?? ((id: string) => survey.get(id) ?? id);
  const rows: Row[] = chosen.filter((d) => d.n > 0).map((distribution) => layout(distribution, labelOf(distribution.question), color));
  if (!rows.length) return noData({title: heading, locale, document});

  const extent = Math.max(...rows.flatMap((r) => r.segments.map((s) => Math.max(-s.x1, s.x2))));
  const limit = Math.min(1, Math.ceil(extent * 10 - 1e-9) / 10);
  const showDontKnow = dontKnow && rows.some((r) => r.distribution.dontKnow > 0);
  const marginLeft = Math.round(Math.min(Math.max(...rows.map((r) => textWidth(r.label, 11))) + 12, width * 0.38));
  const marginRight = showDontKnow ? 64 : 12;
  const marginTop = showDontKnow ? 22 : 8;
  const marginBottom = 26;
  const plotWidth = width - marginLeft - marginRight;
  const pixels = (share: number) => (share * plotWidth) / (2 * limit);
  const segments = rows.flatMap((r) => r.segments);
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
        ariaLabel: heading ?? text.likertTitle,
        x: {domain: [-limit, limit], tickFormat: (x: number) => f.percent(Math.abs(x), 0), ticks: 5, grid: true, label: null},
        y: {domain: rows.map((r) => r.distribution.question), padding: 0.22, axis: null},
        marks: [
          Plot.rectX(segments, {
            x1: "x1",
            x2: "x2",
            y: "question",
            fill: "fill",
            stroke: "white",
            strokeWidth: 0.75,
            title: (s: Segment) => `${s.option.label}: ${f.percent(s.share)} (${f.count(s.option.count)})`
          }),
          Plot.ruleX([0], {stroke: "#333333"}),
          barLabels
            ? Plot.text(
                segments.filter((s) => pixels(s.share) >= 28),
                {x: (s: Segment) => (s.x1 + s.x2) / 2, y: "question", text: (s: Segment) => f.percent(s.share, 0), fill: "text", fontSize: 11, fontVariant: "tabular-nums", pointerEvents: "none"}
              )
            : null,
          Plot.text(rows, {
            y: (r: Row) => r.distribution.question,
            text: (r: Row) => wrapText(r.label, marginLeft - 10, {maxLines: 2, fontSize: 11}).join("\n"),
            title: "label",
            frameAnchor: "left",
            textAnchor: "end",
            dx: -6,
            fontSize: 11,
            lineHeight: 1.05
          }),
          showDontKnow
            ? [
                Plot.text(rows, {
                  y: (r: Row) => r.distribution.question,
                  text: (r: Row) => f.percent(r.dontKnowShare, 0),
                  title: (r: Row) => `${text.dontKnow}: ${f.count(r.distribution.dontKnow)} (${f.percent(r.dontKnowShare)})`,
                  frameAnchor: "right",
                  textAnchor: "end",
                  dx: marginRight - 6,
                  fill: "#555555",
                  fontSize: 11,
                  fontVariant: "tabular-nums"
                }),
                Plot.text([text.dontKnow], {frameAnchor: "top-right", textAnchor: "end", dx: marginRight - 6, dy: -6, lineAnchor: "bottom", fontSize: 11, fill: "#555555"})
              ]
            : null
        ]
      },
      rest
    )
  );
  const first = rows[0].distribution.options.filter((o) => !o.missing && o.score != null);
  const legendItems: Swatch[] = first.map((o) => ({label: o.label, shape: "bar", fill: color(o.score ?? 5)}));
  const summary = rows
    .map((r) => {
      const agree = r.segments.filter((s) => (s.option.score ?? 5) > 5).reduce((a, s) => a + s.share, 0);
      const disagree = r.segments.filter((s) => (s.option.score ?? 5) < 5).reduce((a, s) => a + s.share, 0);
      return text.describe.likert({label: r.label, agree: f.percent(agree, 0), disagree: f.percent(disagree, 0)});
    })
    .join(" ");
  const optionLabels = [...new Set(rows.flatMap((r) => r.distribution.options.filter((o) => !o.missing).map((o) => o.label)))];
  return chartFigure(svg, {
    title: heading,
    description: description === undefined ? summary : description,
    legend: legend ? swatches(legendItems, {document}) : null,
    table: table
      ? {
          columns: [{label: text.question}, ...optionLabels.map((label) => ({label, numeric: true})), {label: text.dontKnow, numeric: true}, {label: "n", numeric: true}],
          rows: rows.map((r) => [
            r.label,
            ...optionLabels.map((label) => {
              const segment = r.segments.find((s) => s.option.label === label);
              return segment ? f.percent(segment.share) : missingValue;
            }),
            `${f.count(r.distribution.dontKnow)} (${f.percent(r.dontKnowShare)})`,
            f.count(r.distribution.n)
          ])
        }
      : null,
    locale,
    document
  });
}

function layout(distribution: Distribution, label: string, color: (score: number) => string): Row {
  const valid = distribution.options.filter((o) => !o.missing && o.share != null && o.score != null);
  const neutral = valid.filter((o) => o.score === 5);
  const half = neutral.reduce((a, o) => a + (o.share ?? 0), 0) / 2;
  const segments: Segment[] = [];
  const push = (option: DistributionOption, x1: number, x2: number) => {
    const fill = color(option.score ?? 5);
    segments.push({question: distribution.question, option, share: option.share ?? 0, x1, x2, fill, text: contrastText(fill)});
  };
  let x = -half;
  for (const option of neutral) {
    push(option, x, x + (option.share ?? 0));
    x += option.share ?? 0;
  }
  let left = -half;
  for (const option of valid.filter((o) => (o.score ?? 5) < 5).sort((a, b) => (b.score ?? 0) - (a.score ?? 0))) {
    push(option, left - (option.share ?? 0), left);
    left -= option.share ?? 0;
  }
  let right = half;
  for (const option of valid.filter((o) => (o.score ?? 5) > 5).sort((a, b) => (a.score ?? 0) - (b.score ?? 0))) {
    push(option, right, right + (option.share ?? 0));
    right += option.share ?? 0;
  }
  const total = distribution.n + distribution.dontKnow;
  return {distribution, label, segments, dontKnowShare: total ? distribution.dontKnow / total : 0};
}

// Black or white text, whichever contrasts more with the segment's fill (WCAG relative luminance).
function contrastText(fill: string): string {
  const match = fill.match(/^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i) ?? fill.match(/^rgb\((\d+),\s*(\d+),\s*(\d+)\)$/);
  if (!match) return "#000000";
  const channels = match.slice(1, 4).map((v) => (fill.startsWith("#") ? parseInt(v, 16) : Number(v)) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return (luminance + 0.05) / 0.05 >= 1.05 / (luminance + 0.05) ? "#000000" : "#FFFFFF";
}
