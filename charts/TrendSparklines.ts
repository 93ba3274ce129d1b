import {chartFigure} from "./chartFigure.ts";
import {dataTable} from "./dataTable.ts";
import {differenceStyle} from "./differenceStyle.ts";
import {format, missingValue, type Scoring} from "../text/format.ts";
import type {Language} from "../text/translations.ts";
import {surveyDefaults} from "./surveyDefaults.ts";
import {chartText} from "../text/chartText.ts";
import {noData} from "./noData.ts";
import {trendLines, type TrendSelection} from "./trendLines.ts";
import {trendSparkline} from "./trendSparkline.ts";
import type {TrendsView} from "./types.ts";

/** The options of {@link TrendSparklines}. */
export interface TrendSparklinesOptions extends TrendSelection {
  scoring?: Scoring;
  /** Width of each sparkline; default 80. */
  sparklineWidth?: number;
  /** Caption and accessible name; default "Ontwikkeling over de onderzoeken"; null hides the caption. */
  title?: string | null;
  description?: string | null;
  locale?: Language;
  document?: Document;
}

const defaults = {sparklineWidth: 80};

/**
 * A table of trends with a sparkline each: per item (by default every module of the organisation,
 * or of `group`) its name, a sparkline over the waves (each row centred on its own scores, all
 * rows over the same span, so slopes compare), and its score in every wave with ▲/▼ where it changed relevantly from the wave before.
 * The sparklines are hidden from screen readers; the numbers are the table's text. Defaults: every
 * module, sparklines of 80 px, the survey's language and scoring. Without earlier waves it says
 * "Geen eerdere onderzoeken".
 *
 * @example
 * display(TrendSparklines(trends, {group: "domein=Mobiliteit"}));
 */
export function TrendSparklines(data: TrendsView, options: TrendSparklinesOptions = {}): HTMLElement {
  const {kind, items, group, scoring = surveyDefaults(data.survey).scoring, sparklineWidth = defaults.sparklineWidth, title, description, locale = surveyDefaults(data.survey).language, document = globalThis.document} = options;
  const text = chartText(locale);
  const heading = title === undefined ? text.trends.sparklinesTitle : title;
  const lines = trendLines(data, {kind, items, group}, {enps: text.enps, responseRate: text.responseRate}).filter(({line}) => line.points.some((p) => p.score !== null));
  if (data.waves.length < 2 || !lines.length) return noData({title: heading, message: text.trends.noWaves, locale, document});
  const f = format({locale, scoring});
  const value = lines[0].line.kind === "enps" ? f.enps : scoring === "percent-positive" || lines[0].line.kind === "responseRate" ? (x: number) => f.percent(x, 0) : f.score;
  const labels = data.waves.map((w) => w.label);
  const table = dataTable(
    {
      columns: [{label: lines[0].line.kind === "module" ? text.module : text.question}, {label: text.trends.sparkline}, ...labels.map((label) => ({label, numeric: true}))],
      rows: lines.map(({line, name}) => [
        name,
        "",
        ...line.points.map((p) => {
          if (p.score === null) return missingValue;
          const style = differenceStyle(p.change, {locale});
          return `${value(p.score)}${style.symbol ? ` ${style.symbol}` : ""}`;
        })
      ])
    },
    {caption: null, document}
  );
  // One span for every row, each centred on its own scores: slopes compare, and small changes still show.
  const scoresOf = lines.map(({line}) => line.points.flatMap((p) => (p.score === null ? [] : [p.score])));
  const unit = lines[0].line.kind === "enps" ? 4 : scoring === "percent-positive" || lines[0].line.kind === "responseRate" ? 0.04 : 0.4;
  const span = Math.max(unit, ...scoresOf.map((s) => Math.max(...s) - Math.min(...s)));
  table.querySelectorAll("tbody tr").forEach((tr, i) => {
    for (const cell of tr.children) (cell as HTMLElement).style.verticalAlign = "middle";
    const cell = tr.children[1] as HTMLElement;
    const points = lines[i].line.points;
    const middle = (Math.max(...scoresOf[i]) + Math.min(...scoresOf[i])) / 2;
    const change = points[points.length - 1].change;
    const style = differenceStyle(change, {locale});
    cell.append(trendSparkline(points.map((p) => p.score), {width: sparklineWidth, domain: [middle - span / 2, middle + span / 2], last: style.symbol ? style.ink : undefined, document}));
  });
  return chartFigure(table, {title: heading, description: description === undefined ? null : description, locale, document});
}
