import * as Plot from "@observablehq/plot";
import type {CommentSummary} from "../scoring/types.ts";
import {chartFigure} from "./chartFigure.ts";
import {format} from "../text/format.ts";
import type {Language} from "../text/translations.ts";
import {chartText} from "../text/chartText.ts";
import {noData} from "./noData.ts";
import {plotOptions, type PlotPassThrough} from "./plotOptions.ts";
import {textWidth} from "./textWidth.ts";

/** The options of {@link CommentWordsChart}. */
export interface CommentWordsChartOptions extends PlotPassThrough {
  /** How many words; default every word the summary gives. */
  top?: number | null;
  /** Bar colour; default a neutral slate. */
  fill?: string;
  width?: number;
  /** Caption and accessible name; default "Meest gebruikte woorden"; null hides the caption. */
  title?: string | null;
  description?: string | null;
  /** The data table under "Tabel"; default true; null drops it. */
  table?: boolean | null;
  locale?: Language;
  document?: Document;
}

const defaults = {fill: "#6B7B8C", width: 640, table: true, locale: "nl" as Language};

/**
 * Charts the words used most in the open answers to one question as bars of the number of
 * comments using each word, with a line saying how many people wrote a comment. Never shows a
 * comment itself. A suppressed summary (hidden for confidentiality) says so instead of drawing; one
 * without words gives "Geen gegevens". Defaults: every word given, width 640, Dutch, table shown.
 *
 * @example
 * display(resize((width) => CommentWordsChart(overview.comments[0], {width, title: "Wat kan beter?"})));
 */
export function CommentWordsChart(comments: CommentSummary | null | undefined, options: CommentWordsChartOptions = {}): HTMLElement {
  const {top, fill = defaults.fill, width = defaults.width, title, description, table = defaults.table, locale = defaults.locale, document = globalThis.document, ...rest} = options;
  const text = chartText(locale);
  const f = format({locale});
  const heading = title === undefined ? text.commentsTitle : title;
  if (!comments) return noData({title: heading, locale, document});
  if (comments.suppressed) return noData({title: heading, message: `${text.noData} (${text.suppressed})`, locale, document});
  const words = comments.topWords.slice(0, top ?? undefined);
  const written = text.wroteComment(f.count(comments.n));
  if (!words.length) return noData({title: heading, message: `${text.noData} (${written})`, locale, document});

  type Word = (typeof words)[number];
  const marginLeft = Math.round(Math.min(Math.max(...words.map((w) => textWidth(w.word, 12))) + 14, width * 0.4));
  const marginRight = Math.ceil(Math.max(...words.map((w) => textWidth(f.count(w.count), 11)))) + 12;
  const rowHeight = 22;
  const svg = Plot.plot(
    plotOptions(
      {
        document,
        width,
        height: 8 + 24 + words.length * rowHeight,
        marginTop: 8,
        marginBottom: 24,
        marginLeft,
        marginRight,
        style: {fontSize: "12px"},
        ariaLabel: heading ?? "",
        x: {label: null, grid: true, ticks: 4, tickFormat: (x: number) => (Number.isInteger(x) ? f.count(x) : "")},
        y: {domain: words.map((w) => w.word), padding: 0.25, label: null, tickSize: 0},
        marks: [
          Plot.barX(words, {x: "count", y: "word", fill, title: (w: Word) => `${w.word}: ${f.count(w.count)} ${text.comments}`}),
          Plot.ruleX([0], {stroke: "#333333"}),
          Plot.text(words, {x: "count", y: "word", text: (w: Word) => f.count(w.count), textAnchor: "start", dx: 4, fontSize: 11, fontVariant: "tabular-nums"})
        ]
      },
      rest
    )
  );
  const note = document.createElement("p");
  note.setAttribute("style", "font: 12px/1.4 system-ui, sans-serif; color: #555; margin: 0 0 6px;");
  note.textContent = `${written}; ${text.commentBars}`;
  const summary = `${written}. ${words.map((w) => `${w.word} ${f.count(w.count)}`).join(", ")}.`;
  return chartFigure(svg, {
    title: heading,
    description: description === undefined ? summary : description,
    legend: note,
    table: table
      ? {
          columns: [{label: text.columns.word}, {label: text.columns.comments, numeric: true}],
          rows: words.map((w) => [w.word, f.count(w.count)])
        }
      : null,
    locale,
    document
  });
}
