import * as Plot from "@observablehq/plot";
import type {ChoiceOption, ChoiceView} from "./types.ts";
import {chartFigure} from "./chartFigure.ts";
import {format, missingValue} from "../text/format.ts";
import type {Language} from "../text/translations.ts";
import {chartText} from "../text/chartText.ts";
import {noData} from "./noData.ts";
import {plotOptions, type PlotPassThrough} from "./plotOptions.ts";
import {swatches, type Swatch} from "./swatches.ts";
import {textWidth} from "./textWidth.ts";
import {wrapText} from "./wrapText.ts";

/** What {@link ChoiceDistributionChart} reads: a question's answers and the answers it is set against. */
export type ChoiceDistributionData = Pick<ChoiceView, "question" | "type" | "short" | "n" | "options"> & Partial<Pick<ChoiceView, "text" | "references">>;

/** The options of {@link ChoiceDistributionChart}. */
export interface ChoiceDistributionChartOptions extends PlotPassThrough {
  /** Show the references (previous survey, organisation); default true; null hides them. */
  references?: boolean | null;
  /** The label of the own answers in the legend; default "Huidig onderzoek". */
  currentLabel?: string;
  /** Bar colour of the own answers; default dark slate. */
  fill?: string;
  /** Bar colours of the references, in order; default two lighter greys. */
  referenceFills?: string[];
  width?: number;
  /** Height of one bar in pixels; default 18. */
  barHeight?: number;
  /** Caption and accessible name; default the question's short text; null hides the caption. */
  title?: string | null;
  description?: string | null;
  /** The data table under "Tabel"; default true; null drops it. */
  table?: boolean | null;
  locale?: Language;
  document?: Document;
}

interface Row {
  option: ChoiceOption;
  series: number;
  label: string;
  share: number;
  count: number;
  first: boolean;
  y1: number;
  y2: number;
}

const defaults = {references: true, fill: "#4D5B6A", referenceFills: ["#B4BEC8", "#D9DEE3"], width: 640, barHeight: 18, table: true, locale: "nl" as Language};

/**
 * Charts the answers to a choice question (how workload is judged, days worked from home) or a
 * multi question as horizontal bars of the share choosing each option, in the question's order,
 * with the same question's answers elsewhere (the previous survey, or the organisation beside a
 * group) as lighter bars under each option. Every bar carries its percentage and, for a
 * reference, its name, so colour is never the only signal. For a multi question a note says the
 * shares add up to more than 100 %. Defaults: references shown, width 640, bars of 18 px, Dutch,
 * caption the question's short text, table shown; no answers give "Geen gegevens".
 *
 * @example
 * display(resize((width) => ChoiceDistributionChart(questions.choices[0], {width})));
 */
export function ChoiceDistributionChart(data: ChoiceDistributionData, options: ChoiceDistributionChartOptions = {}): HTMLElement {
  const {
    references: showReferences = defaults.references,
    currentLabel,
    fill = defaults.fill,
    referenceFills = defaults.referenceFills,
    width = defaults.width,
    barHeight = defaults.barHeight,
    title,
    description,
    table = defaults.table,
    locale = defaults.locale,
    document = globalThis.document,
    ...rest
  } = options;
  const text = chartText(locale);
  const f = format({locale});
  const heading = title === undefined ? data.short : title;
  if (!data.n || !data.options.length) return noData({title: heading, locale, document});

  const series = [
    {label: currentLabel ?? text.current, n: data.n, options: data.options},
    ...(showReferences ? data.references ?? [] : []).filter((r) => r.n > 0)
  ];
  const fills = [fill, ...series.slice(1).map((_, i) => referenceFills[i % referenceFills.length])];
  const marginTop = 8;
  const gap = series.length > 1 ? Math.round(barHeight * 0.6) : Math.round(barHeight * 0.3);
  // Bars are placed in pixels (an identity y scale): each option is a block of one bar per
  // series, and blocks are `gap` apart.
  const rows: Row[] = data.options.flatMap((option, o) =>
    series.map((s, i): Row => {
      const found = s.options.find((x) => x.code === option.code) ?? s.options.find((x) => x.label === option.label);
      const y1 = marginTop + o * (series.length * barHeight + gap) + i * barHeight;
      return {option, series: i, label: s.label, share: found?.share ?? 0, count: found?.count ?? 0, first: i === 0, y1, y2: y1 + barHeight};
    })
  );
  const value = (r: Row) => (r.series === 0 ? f.percent(r.share, 0) : `${f.percent(r.share, 0)} · ${r.label}`);
  const marginLeft = Math.round(Math.min(Math.max(...data.options.map((o) => textWidth(o.label, 12))) + 14, width * 0.35));
  const marginRight = Math.ceil(Math.max(...rows.map((r) => textWidth(value(r), 11)))) + 10;
  const height = marginTop + 24 + data.options.length * series.length * barHeight + (data.options.length - 1) * gap;
  const maxShare = Math.max(...rows.map((r) => r.share), 0.01);
  const groupMiddle = (r: Row) => r.y1 + (series.length * barHeight) / 2;
  const svg = Plot.plot(
    plotOptions(
      {
        document,
        width,
        height,
        marginTop,
        marginBottom: 24,
        marginLeft,
        marginRight,
        style: {fontSize: "12px"},
        ariaLabel: heading ?? data.short,
        x: {domain: [0, maxShare], tickFormat: (x: number) => f.percent(x, 0), ticks: 4, grid: true, label: null},
        y: {type: "identity", axis: null},
        marks: [
          Plot.rectX(rows, {
            x1: 0,
            x2: "share",
            y1: "y1",
            y2: "y2",
            fill: (r: Row) => fills[r.series],
            insetTop: 1.5,
            insetBottom: 1.5,
            title: (r: Row) => `${r.option.label} · ${r.label}: ${f.percent(r.share)} (${f.count(r.count)})`
          }),
          Plot.ruleX([0], {stroke: "#333333"}),
          ...[true, false].map((own) =>
            Plot.text(
              rows.filter((r) => (r.series === 0) === own),
              {x: "share", y: (r: Row) => (r.y1 + r.y2) / 2, text: value, textAnchor: "start", dx: 4, fontSize: 11, fontVariant: "tabular-nums", fontWeight: own ? "bold" : "normal"}
            )
          ),
          Plot.text(
            rows.filter((r) => r.first),
            {
              y: groupMiddle,
              text: (r: Row) => wrapText(r.option.label, marginLeft - 12, {maxLines: 1, fontSize: 12})[0],
              title: (r: Row) => r.option.label,
              frameAnchor: "left",
              textAnchor: "end",
              dx: -8
            }
          )
        ]
      },
      rest
    )
  );
  const multi = data.type === "multi";
  const note = multi ? text.multipleAnswers : null;
  const summary =
    series
      .map((s) => `${s.label} (n = ${f.count(s.n)}): ${data.options.map((o) => `${o.label} ${f.percent(s.options.find((x) => x.code === o.code)?.share ?? 0, 0)}`).join(", ")}`)
      .join("; ") + (note ? `. ${note}` : ".");
  const legendItems: Swatch[] = series.map((s, i) => ({label: `${s.label} (n = ${f.count(s.n)})`, shape: "bar", fill: fills[i]}));
  const legend = document.createElement("div");
  legend.append(swatches(legendItems, {document}));
  if (note) {
    const p = document.createElement("p");
    p.setAttribute("style", "font: 12px/1.4 system-ui, sans-serif; color: #555; margin: 0 0 6px;");
    p.textContent = note;
    legend.append(p);
  }
  return chartFigure(svg, {
    title: heading,
    description: description === undefined ? summary : description,
    legend,
    table: table
      ? {
          columns: [{label: text.columns.answer}, ...series.map((s) => ({label: s.label, numeric: true}))],
          rows: [
            ...data.options.map((o) => [
              o.label,
              ...series.map((s) => {
                const found = s.options.find((x) => x.code === o.code);
                return found ? `${f.percent(found.share)} (${f.count(found.count)})` : missingValue;
              })
            ]),
            ["n", ...series.map((s) => f.count(s.n))]
          ]
        }
      : null,
    locale,
    document
  });
}
