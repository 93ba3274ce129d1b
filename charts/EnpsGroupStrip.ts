import * as Plot from "@observablehq/plot";
import type {Comparison, GroupReport, Report} from "../scoring/types.ts";
import {chartFigure} from "./chartFigure.ts";
import {DifferenceLegend} from "./DifferenceLegend.ts";
import {differencePalette, differenceStyle, type DifferencePalette, type DifferenceStyle} from "./differenceStyle.ts";
import {format, missingValue} from "../text/format.ts";
import type {Language} from "../text/translations.ts";
import {surveyDefaults} from "./surveyDefaults.ts";
import {chartText} from "../text/chartText.ts";
import {noData} from "./noData.ts";
import {plotOptions, type PlotPassThrough} from "./plotOptions.ts";
import {scrollBox} from "./scrollBox.ts";
import {textWidth} from "./textWidth.ts";
import {wrapText} from "./wrapText.ts";

/** What {@link EnpsGroupStrip} reads: the groups, the organisation's eNPS and the comparisons. A whole `Report` will do. */
export type EnpsGroupStripData = Pick<Report, "groups"> & Partial<Pick<Report, "enps" | "comparisons" | "survey">>;

/** The options of {@link EnpsGroupStrip}. */
export interface EnpsGroupStripOptions extends PlotPassThrough {
  /** Only the groups of this grouping variable (e.g. `afdeling`); default the survey's first variable that is not a crossing, or every group without a survey; null for every group. */
  variable?: string | null;
  /** A row's label; default the group's value. */
  groupLabel?: (group: GroupReport) => string;
  /** Order groups by `report` order (default) or by `score`, highest first; groups without a score come last. */
  sort?: "report" | "score";
  /** The `against` of the comparisons that colour the dots; default `organisation`. */
  against?: string;
  /** Draw each group's confidence interval; default true; null hides them. */
  ci?: boolean | null;
  /** The organisation's eNPS as a reference line; default true; null hides it. */
  organisation?: boolean | null;
  width?: number;
  /** Row height in pixels; default 24 up to 40 groups, 16 beyond. */
  rowHeight?: number;
  /** Taller than this, the rows scroll under a sticky axis; default 600; null never scrolls. */
  maxHeight?: number | null;
  /** Caption and accessible name; default "eNPS per groep"; null hides the caption. */
  title?: string | null;
  description?: string | null;
  /** The data table under "Tabel"; default true; null drops it. */
  table?: boolean | null;
  /** The colour legend; default true; null drops it. */
  legend?: boolean | null;
  locale?: Language;
  palette?: DifferencePalette;
  document?: Document;
}

interface Row {
  group: GroupReport;
  label: string;
  score: number | null;
  ci: [number, number] | null;
  comparison: Comparison | null;
  style: DifferenceStyle;
  /** Why there is no dot: suppressed, or no eNPS for this group. */
  note: string | null;
}

const defaults = {
  sort: "report" as const,
  against: "organisation",
  ci: true,
  organisation: true,
  width: 640,
  maxHeight: 600,
  table: true,
  legend: true,
  palette: differencePalette,
  groupLabel: (group: GroupReport) => group.value
};

/**
 * Charts each group's eNPS as a dot on −100…100 with its confidence interval, against the
 * organisation's eNPS as a dashed reference line. A dot's colour and the symbol in the value
 * column show the group's difference with the organisation by the two-strength rule; suppressed
 * groups are listed below the others, marked "afgeschermd" and never given a dot.
 * Defaults: the groups of the survey's first grouping variable in report order, intervals and
 * reference line shown, rows of 24 px (16 past 40 groups) scrolling under a sticky axis beyond
 * 600 px, the survey's language (else Dutch), legend and table shown.
 *
 * @example
 * display(resize((width) => EnpsGroupStrip(report, {width, variable: "afdeling", sort: "score"})));
 */
export function EnpsGroupStrip(data: EnpsGroupStripData, options: EnpsGroupStripOptions = {}): HTMLElement {
  const {
    variable = data.survey?.groups.find((g) => !g.crossing)?.id ?? null,
    groupLabel = defaults.groupLabel,
    sort = defaults.sort,
    against = defaults.against,
    ci = defaults.ci,
    organisation = defaults.organisation,
    width = defaults.width,
    rowHeight: rowHeightOption,
    maxHeight = defaults.maxHeight,
    title,
    description,
    table = defaults.table,
    legend = defaults.legend,
    locale = surveyDefaults(data.survey).language,
    palette = defaults.palette,
    document = globalThis.document,
    ...rest
  } = options;
  const text = chartText(locale);
  const f = format({locale});
  const heading = title === undefined ? text.enpsGroupsTitle : title;
  const groups = data.groups.filter((g) => variable == null || g.variable === variable);
  if (!groups.length) return noData({title: heading, locale, document});

  const comparisons = new Map((data.comparisons ?? []).filter((c) => c.kind === "enps" && c.against === against && c.group != null).map((c) => [c.group, c]));
  const rows: Row[] = groups.map((group) => {
    const label = groupLabel(group);
    if (group.suppressed) {
      return {group, label, score: null, ci: null, comparison: null, style: differenceStyle(null, {locale, palette}), note: text.suppressed};
    }
    const enps = group.enps;
    if (!enps || !enps.n) return {group, label, score: null, ci: null, comparison: null, style: differenceStyle(null, {locale, palette}), note: text.noData.toLowerCase()};
    const comparison = comparisons.get(group.id) ?? null;
    return {group, label, score: enps.score, ci: enps.ci, comparison, style: differenceStyle(comparison, {locale, palette}), note: null};
  });
  const scored = rows.filter((r) => r.score != null);
  if (sort === "score") scored.sort((a, b) => (b.score ?? 0) - (a.score ?? 0));
  const ordered = [...scored, ...rows.filter((r) => r.score == null)];

  const many = ordered.length > 40;
  const fontSize = many ? 10 : 12;
  const rowHeight = rowHeightOption ?? (many ? 16 : 24);
  const marginLeft = Math.round(Math.min(Math.max(80, ...ordered.map((r) => textWidth(r.label, fontSize) + 14)), width * 0.3));
  const marginRight = 72;
  const axisHeight = 40;
  const reference = organisation && data.enps && data.enps.n ? data.enps.score : null;
  const bodyHeight = ordered.length * rowHeight + 8;
  const scroll = maxHeight != null && bodyHeight + axisHeight > maxHeight;
  const x = {domain: [-100, 100], ticks: [-100, -50, 0, 50, 100], tickFormat: (v: number) => f.enps(v), grid: true, label: null, axis: null};
  const axis = [
    Plot.axisX({anchor: "top", ticks: [-100, -50, 0, 50, 100], tickFormat: (v: number) => f.enps(v), label: null, fontVariant: "tabular-nums"}),
    reference == null
      ? null
      : Plot.text([`${text.organisation} ${f.enps(reference)}`], {x: reference, frameAnchor: "top", dy: -24, lineAnchor: "bottom", fontWeight: "bold"}),
    Plot.text([text.enps], {frameAnchor: "top-right", dx: marginRight - 4, dy: -6, lineAnchor: "bottom", textAnchor: "end", fontWeight: "bold"})
  ];
  const dotFill = (r: Row) => (r.style.level === "none" ? "#595959" : r.style.fill);
  const dotStroke = (r: Row) => (r.style.level === "none" ? "#FFFFFF" : r.style.ink);
  const tooltip = (r: Row) =>
    r.score == null
      ? `${r.label}: ${r.note}`
      : `${r.label}: eNPS ${f.enps(r.score)} (${f.interval(r.ci?.[0], r.ci?.[1], (v) => f.enps(v))}; n = ${f.count(r.group.enps?.n)})` +
        (r.comparison ? `; ${text.difference.toLowerCase()} ${f.enpsDifference(r.comparison.difference)} (${r.style.label.toLowerCase()})` : "");
  const marks: Plot.Markish[] = [
    Plot.ruleX([0], {stroke: "#BBBBBB"}),
    reference == null ? null : Plot.ruleX([reference], {stroke: "#333333", strokeDasharray: "4,3", strokeWidth: 1.5}),
    ci ? Plot.ruleY(scored.filter((r) => r.ci), {x1: (r: Row) => r.ci?.[0], x2: (r: Row) => r.ci?.[1], y: (r: Row) => r.group.id, stroke: "#999999", strokeWidth: 1.5}) : null,
    Plot.dot(scored, {x: "score", y: (r: Row) => r.group.id, r: many ? 3.5 : 5, fill: dotFill, stroke: dotStroke, strokeWidth: 1.25, title: tooltip}),
    Plot.text(ordered.filter((r) => r.score == null), {x: -100, y: (r: Row) => r.group.id, text: (r: Row) => `${missingValue} ${r.note}`, textAnchor: "start", dx: 2, fill: "#555555", fontStyle: "italic", fontSize}),
    Plot.text(ordered, {
      y: (r: Row) => r.group.id,
      text: (r: Row) => wrapText(r.label, marginLeft - 12, {maxLines: 1, fontSize})[0],
      title: (r: Row) => `${r.label}${r.group.n != null ? ` (n = ${f.count(r.group.n)})` : ""}`,
      fill: (r: Row) => (r.score == null ? "#666666" : "currentColor"),
      frameAnchor: "left",
      textAnchor: "end",
      dx: -6,
      fontSize
    }),
    Plot.text(ordered, {
      y: (r: Row) => r.group.id,
      text: (r: Row) => (r.score == null ? missingValue : `${f.enps(r.score)}${r.style.symbol ? ` ${r.style.symbol}` : ""}`),
      fill: (r: Row) => (r.score == null ? "#767676" : r.style.level === "none" ? "currentColor" : r.style.ink),
      title: tooltip,
      frameAnchor: "right",
      textAnchor: "end",
      dx: marginRight - 4,
      fontSize,
      fontVariant: "tabular-nums"
    })
  ];
  const base = {document, width, marginLeft, marginRight, style: {fontSize: `${fontSize}px`}, x};
  const y = {type: "band" as const, domain: ordered.map((r) => r.group.id), axis: null, padding: 0};
  let chart: Element;
  const body = Plot.plot(
    plotOptions(
      {
        ...base,
        height: bodyHeight + (scroll ? 4 : axisHeight),
        marginTop: scroll ? 4 : axisHeight,
        marginBottom: 4,
        y,
        ariaLabel: heading ?? text.enpsGroupsTitle,
        marks: [...marks, ...(scroll ? [] : axis)]
      },
      rest
    )
  );
  chart = body;
  if (scroll) {
    const header = Plot.plot(plotOptions({...base, height: axisHeight + 1, marginTop: axisHeight, marginBottom: 0, marks: axis}, rest));
    chart = scrollBox(header, body, {maxHeight, label: heading ?? text.enpsGroupsTitle, document});
  }
  const suppressed = rows.filter((r) => r.group.suppressed).length;
  const relevant = scored.filter((r) => r.style.level !== "none").length;
  const summary = text.describe.enpsGroups({groups: scored.length, reference: reference != null ? f.enps(reference) : null, relevant, suppressed});
  return chartFigure(chart, {
    title: heading,
    description: description === undefined ? summary : description,
    legend: legend
      ? DifferenceLegend({
          locale,
          palette,
          document,
          note: null,
          suppressed: suppressed > 0,
          survey: data.survey,
          kind: "enps"
        })
      : null,
    table: table
      ? {
          columns: [{label: text.group}, {label: "n", numeric: true}, {label: text.enps, numeric: true}, {label: text.intervalShort, numeric: true}, {label: `${text.difference} (${text.organisation.toLowerCase()})`, numeric: true}],
          rows: ordered.map((r) =>
            r.score == null
              ? [r.label, missingValue, `${missingValue} (${r.note})`, missingValue, missingValue]
              : [
                  r.label,
                  f.count(r.group.enps?.n),
                  f.enps(r.score),
                  f.interval(r.ci?.[0], r.ci?.[1], (v) => f.enps(v)),
                  r.comparison ? `${f.enpsDifference(r.comparison.difference)}${r.style.symbol ? ` ${r.style.symbol} ${r.style.label.toLowerCase()}` : ""}` : missingValue
                ]
          )
        }
      : null,
    locale,
    document
  });
}
