import * as Plot from "@observablehq/plot";
import {chartFigure} from "./chartFigure.ts";
import {noData} from "./noData.ts";
import {plotOptions, type PlotPassThrough} from "./plotOptions.ts";
import {studyChartSetup} from "./studyChartSetup.ts";
import type {SurveyLike} from "./surveyDefaults.ts";
import type {StudyCorrelation} from "./types.ts";
import type {Scoring} from "../text/format.ts";
import type {Language} from "../text/translations.ts";

/** The options of {@link CorrelationChart}. */
export interface CorrelationChartOptions extends PlotPassThrough {
  /** The survey the scores come from: language and scoring method. */
  survey?: SurveyLike | null;
  /** Dot colour; default a dark slate. */
  fill?: string;
  /** Draw the least-squares line through the points; default true; null hides it. */
  line?: boolean | null;
  /** Caption and accessible name; default "<a> en <b> per organisatie"; null hides the caption. */
  title?: string | null;
  description?: string | null;
  table?: boolean | null;
  width?: number;
  height?: number;
  scoring?: Scoring;
  locale?: Language;
  document?: Document;
}

const defaults = {fill: "#3D4F60", line: true, width: 640, height: 380, table: true};

/**
 * A scatter plot of two scores across organisations, one dot per organisation (its name on
 * hover and in the table), with the least-squares line, and under the caption Pearson's r with
 * its interval and the number of organisations, as the study's `analyses.correlations` give them
 * (never recomputed here). Defaults: the survey's language and scoring method, width 640, height
 * 380, line and table shown. Without points: "Geen gegevens". Other options go to `Plot.plot`.
 *
 * @example
 * display(resize((width) => CorrelationChart(view.correlations[0], {width, survey: view.survey})));
 */
export function CorrelationChart(data: StudyCorrelation, options: CorrelationChartOptions = {}): HTMLElement {
  const {
    survey,
    fill = defaults.fill,
    line = defaults.line,
    title,
    description,
    table = defaults.table,
    width = defaults.width,
    height = defaults.height,
    scoring,
    locale: localeOption,
    document = globalThis.document,
    ...rest
  } = options;
  const {locale, text, f} = studyChartSetup({survey, scoring, locale: localeOption});
  const heading = title === undefined ? text.charts.correlationTitle(data.a.name, data.b.name) : title;
  if (!data.points.length) return noData({title: heading, locale, document});
  const r = data.r == null ? null : f.number(data.r, 2);
  const stated = r && data.ci ? text.charts.correlation({r, interval: f.interval(data.ci[0], data.ci[1], (x) => f.number(x, 2)), n: data.n}) : text.charts.noCorrelation;
  const svg = Plot.plot(
    plotOptions(
      {
        document,
        width,
        height,
        style: {fontSize: "11px"},
        ariaLabel: heading ?? undefined,
        x: {label: data.a.name, grid: true, tickFormat: (x: number) => f.score(x)},
        y: {label: data.b.name, grid: true, tickFormat: (y: number) => f.score(y)},
        marks: [
          line && data.points.length > 2 ? Plot.linearRegressionY(data.points, {x: "x", y: "y", stroke: "#8C8C8C", ci: 0}) : null,
          Plot.dot(data.points, {x: "x", y: "y", fill, r: 4, stroke: "white", strokeWidth: 0.5, title: (p: StudyCorrelation["points"][number]) => `${p.label}: ${f.score(p.x)}, ${f.score(p.y)}`})
        ]
      },
      rest
    )
  );
  const note = document.createElement("p");
  note.className = "peiling-correlation";
  note.setAttribute("style", "font: 13px/1.4 system-ui, sans-serif; margin: 0 0 4px;");
  note.textContent = stated;
  return chartFigure(svg, {
    title: heading,
    description: description === undefined ? `${text.charts.describe.correlation({a: data.a.name, b: data.b.name, count: data.points.length})} ${stated}.` : description,
    legend: note,
    table: table
      ? {
          columns: [{label: text.charts.organisation}, {label: data.a.name, numeric: true}, {label: data.b.name, numeric: true}],
          rows: [...data.points].sort((p, q) => p.label.localeCompare(q.label)).map((p) => [p.label, f.score(p.x), f.score(p.y)])
        }
      : null,
    locale,
    document
  });
}
