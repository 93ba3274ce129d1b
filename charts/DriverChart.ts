import * as Plot from "@observablehq/plot";
import {chartFigure} from "./chartFigure.ts";
import {noData} from "./noData.ts";
import {plotOptions, type PlotPassThrough} from "./plotOptions.ts";
import {studyChartSetup} from "./studyChartSetup.ts";
import type {SurveyLike} from "./surveyDefaults.ts";
import {textWidth} from "./textWidth.ts";
import type {StudyDrivers} from "./types.ts";
import type {Language} from "../text/translations.ts";

/** The options of {@link DriverChart}. */
export interface DriverChartOptions extends PlotPassThrough {
  /** The survey the drivers come from: its language. */
  survey?: SurveyLike | null;
  /** Bar colour; default a neutral slate, since importance is neither good nor bad. */
  fill?: string;
  /** Caption and accessible name; default "Wat <outcome> verklaart"; null hides the caption. */
  title?: string | null;
  description?: string | null;
  table?: boolean | null;
  width?: number;
  locale?: Language;
  document?: Document;
}

const defaults = {fill: "#6B7B8C", width: 640, table: true};

/**
 * The key drivers of one outcome: a bar per driver of its relative importance, its share of the
 * variance the regression explains (Shapley / LMG), largest first, each labelled with the
 * percentage of variance and its share of R², and under the caption the method, R² and the number
 * of respondents, so a reader never sees importances without what they are shares of. Defaults:
 * the survey's language, width 640, table shown. Without R² (too few respondents): "Geen gegevens".
 * Other options go to `Plot.plot`.
 *
 * @example
 * display(resize((width) => DriverChart(view.drivers[0], {width, survey: view.survey})));
 */
export function DriverChart(data: StudyDrivers, options: DriverChartOptions = {}): HTMLElement {
  const {survey, fill = defaults.fill, title, description, table = defaults.table, width = defaults.width, locale: localeOption, document = globalThis.document, ...rest} = options;
  const {locale, text, f} = studyChartSetup({survey, locale: localeOption});
  const heading = title === undefined ? text.charts.driverTitle(data.outcome.name) : title;
  const rows = data.drivers.filter((d): d is typeof d & {importance: number} => d.importance != null).sort((a, b) => b.importance - a.importance);
  if (data.r2 == null || !rows.length) return noData({title: heading, locale, document});
  const r2 = data.r2;
  const label = (d: {importance: number}) => `${f.percent(d.importance)} (${f.percent(d.importance / r2, 0)} ${text.charts.ofR2})`;
  const marginLeft = Math.round(Math.min(Math.max(...rows.map((d) => textWidth(d.name, 12))) + 12, width * 0.4));
  const marginRight = Math.ceil(Math.max(...rows.map((d) => textWidth(label(d), 12)))) + 12;
  const svg = Plot.plot(
    plotOptions(
      {
        document,
        width,
        height: 30 + 28 + rows.length * 34,
        marginLeft,
        marginRight,
        marginTop: 30,
        style: {fontSize: "12px"},
        ariaLabel: heading ?? undefined,
        x: {domain: [0, Math.max(r2, ...rows.map((d) => d.importance))], label: text.charts.importance, grid: true, tickFormat: (x: number) => f.percent(x, 0)},
        y: {domain: rows.map((d) => d.name), label: null, padding: 0.3},
        marks: [
          Plot.barX(rows, {x: "importance", y: "name", fill, title: (d: (typeof rows)[number]) => `${d.name}: ${label(d)}`}),
          Plot.ruleX([0], {stroke: "#333333"}),
          Plot.text(rows, {x: "importance", y: "name", text: label, textAnchor: "start", dx: 5, fontVariant: "tabular-nums"})
        ]
      },
      rest
    )
  );
  const method = text.charts.method({r2: f.number(r2, 2), n: f.count(data.n)});
  const note = document.createElement("p");
  note.className = "peiling-method";
  note.setAttribute("style", "font: 13px/1.4 system-ui, sans-serif; margin: 0 0 4px;");
  note.textContent = method;
  return chartFigure(svg, {
    title: heading,
    description: description === undefined ? `${text.charts.describe.drivers({outcome: data.outcome.name, r2: f.percent(r2, 0), first: rows[0]?.name ?? null})} ${method}` : description,
    legend: note,
    table: table
      ? {
          columns: [{label: text.charts.driver}, {label: text.charts.importance, numeric: true}, {label: text.charts.shareOfR2, numeric: true}],
          rows: rows.map((d) => [d.name, f.percent(d.importance), f.percent(d.importance / r2)])
        }
      : null,
    locale,
    document
  });
}
