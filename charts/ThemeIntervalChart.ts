import * as Plot from "@observablehq/plot";
import type {AgendaRow} from "./types.ts";
import {chartFigure} from "./chartFigure.ts";
import {differencePalette, differenceStyle, type DifferencePalette, type DifferenceStyle} from "./differenceStyle.ts";
import {agendaText} from "../text/agendaText.ts";
import {format, missingValue, type Scoring} from "../text/format.ts";
import type {Language} from "../text/translations.ts";
import {noData} from "./noData.ts";
import {plotOptions, type PlotPassThrough} from "./plotOptions.ts";
import {textWidth} from "./textWidth.ts";
import {wrapText} from "./wrapText.ts";

/** The options of {@link ThemeIntervalChart}. */
export interface ThemeIntervalChartOptions extends PlotPassThrough {
  /** A reference score drawn as a dashed line (the organisation's, the organisations' mean); null for none. */
  reference?: number | null;
  /** What the reference line is called; default none. */
  referenceLabel?: string | null;
  width?: number;
  /** Row height in pixels; default 24. */
  rowHeight?: number;
  /** Caption and accessible name; default "Scores met marge"; null hides the caption. */
  title?: string | null;
  description?: string | null;
  /** The data table under "Tabel"; default true; null drops it. */
  table?: boolean | null;
  /** Default Dutch. */
  locale?: Language;
  /** Default `mean` (0–10); `percent-positive` shows shares. */
  scoring?: Scoring;
  palette?: DifferencePalette;
  document?: Document;
}

const defaults = {reference: null, referenceLabel: null, width: 640, rowHeight: 24, table: true, locale: "nl" as Language, scoring: "mean" as Scoring, palette: differencePalette};

interface Row {
  row: AgendaRow;
  style: DifferenceStyle;
}

/**
 * Charts scores as dots with their confidence margin as a line, one row each, in the given order
 * (no ranking: rows are not sorted), against an optional reference line: a theme's groups against
 * the organisation, or the organisations of a study against their mean. A dot's colour and the
 * symbol beside its value show its difference with the reference by the two-strength rule;
 * suppressed rows get no dot. Defaults: no reference, rows of 24 px, Dutch, a mean on 0–10.
 *
 * @example
 * display(resize((width) => ThemeIntervalChart(theme.groups, {width, reference: theme.score.score, referenceLabel: "Organisatie"})));
 */
export function ThemeIntervalChart(rows: AgendaRow[], options: ThemeIntervalChartOptions = {}): HTMLElement {
  const {
    reference = defaults.reference,
    referenceLabel = defaults.referenceLabel,
    width = defaults.width,
    rowHeight = defaults.rowHeight,
    title,
    description,
    table = defaults.table,
    locale = defaults.locale,
    scoring = defaults.scoring,
    palette = defaults.palette,
    document = globalThis.document,
    ...rest
  } = options;
  const text = agendaText(locale).chart;
  const f = format({locale, scoring});
  const heading = title === undefined ? text.title : title;
  if (!rows.length) return noData({title: heading, locale, document});
  const styled: Row[] = rows.map((row) => ({row, style: differenceStyle(row.difference === null ? null : {difference: row.difference, level: row.level}, {locale, palette})}));
  const scored = styled.filter((r) => r.row.score !== null);
  const top = scoring === "mean" ? 10 : 1;
  const fontSize = 12;
  const marginLeft = Math.round(Math.min(Math.max(80, ...styled.map((r) => textWidth(r.row.label, fontSize) + 14)), width * 0.35));
  const marginRight = 64;
  const tooltip = (r: Row) =>
    r.row.score === null
      ? `${r.row.label}: ${text.suppressed}`
      : `${r.row.label}: ${f.score(r.row.score)} (${f.interval(r.row.ci?.[0], r.row.ci?.[1])}; n = ${f.count(r.row.n)})${r.style.symbol ? `; ${r.style.label.toLowerCase()}` : ""}`;
  const y = (r: Row) => r.row.id;
  const chart = Plot.plot(
    plotOptions(
      {
        document,
        width,
        height: styled.length * rowHeight + 44,
        marginTop: 36,
        marginBottom: 8,
        marginLeft,
        marginRight,
        style: {fontSize: `${fontSize}px`},
        x: {domain: [0, top], grid: true, label: null, axis: "top", tickFormat: (v: number) => f.score(v)},
        y: {type: "band", domain: styled.map(y), axis: null, padding: 0},
        ariaLabel: heading ?? text.title,
        marks: [
          reference === null ? null : Plot.ruleX([reference], {stroke: "#333333", strokeDasharray: "4,3", strokeWidth: 1.5}),
          reference === null || !referenceLabel ? null : Plot.text([`${referenceLabel} ${f.score(reference)}`], {x: reference, frameAnchor: "top", dy: -22, lineAnchor: "bottom", fontWeight: "bold"}),
          Plot.ruleY(scored.filter((r) => r.row.ci), {x1: (r: Row) => r.row.ci![0], x2: (r: Row) => r.row.ci![1], y, stroke: "#767676", strokeWidth: 2}),
          Plot.dot(scored, {x: (r: Row) => r.row.score, y, r: 5, fill: (r: Row) => (r.style.level === "none" ? "#595959" : r.style.fill), stroke: (r: Row) => (r.style.level === "none" ? "#FFFFFF" : r.style.ink), strokeWidth: 1.25, title: tooltip}),
          Plot.text(styled.filter((r) => r.row.score === null), {x: 0, y, text: () => `${missingValue} ${text.suppressed}`, textAnchor: "start", dx: 2, fill: "#555555", fontStyle: "italic"}),
          Plot.text(styled, {y, text: (r: Row) => wrapText(r.row.label, marginLeft - 12, {maxLines: 1, fontSize})[0], title: (r: Row) => r.row.label, frameAnchor: "left", textAnchor: "end", dx: -6}),
          Plot.text(styled, {
            y,
            text: (r: Row) => (r.row.score === null ? missingValue : `${f.score(r.row.score)}${r.style.symbol ? ` ${r.style.symbol}` : ""}`),
            fill: (r: Row) => (r.style.level === "none" ? "currentColor" : r.style.ink),
            title: tooltip,
            frameAnchor: "right",
            textAnchor: "end",
            dx: marginRight - 4,
            fontVariant: "tabular-nums"
          })
        ]
      },
      rest
    )
  );
  return chartFigure(chart, {
    title: heading,
    description: description === undefined ? text.describe({rows: scored.length, reference: reference === null || !referenceLabel ? null : `${referenceLabel} ${f.score(reference)}`}) : description,
    table: table
      ? {
          columns: [{label: ""}, {label: "n", numeric: true}, {label: agendaText(locale).columns.score, numeric: true}, {label: text.interval, numeric: true}, {label: text.difference, numeric: true}],
          rows: styled.map((r) =>
            r.row.score === null
              ? [r.row.label, missingValue, `${missingValue} (${text.suppressed})`, missingValue, missingValue]
              : [r.row.label, f.count(r.row.n), f.score(r.row.score), f.interval(r.row.ci?.[0], r.row.ci?.[1]), r.row.difference === null ? missingValue : `${f.difference(r.row.difference)}${r.style.symbol ? ` ${r.style.symbol}` : ""}`]
          )
        }
      : null,
    locale,
    document
  });
}
