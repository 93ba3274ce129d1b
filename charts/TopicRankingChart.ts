import * as Plot from "@observablehq/plot";
import type {Report, Topic} from "../scoring/types.ts";
import {chartFigure} from "./chartFigure.ts";
import {format} from "../text/format.ts";
import type {Language} from "../text/translations.ts";
import {surveyDefaults} from "./surveyDefaults.ts";
import {chartText} from "../text/chartText.ts";
import {noData} from "./noData.ts";
import {plotOptions, type PlotPassThrough} from "./plotOptions.ts";
import {textWidth} from "./textWidth.ts";
import {wrapText} from "./wrapText.ts";

/** What {@link TopicRankingChart} reads: the topics, and the survey's questions to tell proud from improve. A whole `Report` will do. */
export type TopicRankingData = Pick<Report, "topics"> & Partial<Pick<Report, "survey">>;

/** The options of {@link TopicRankingChart}. */
export interface TopicRankingChartOptions extends PlotPassThrough {
  /** The question of the proud topics; default the survey's question with `topic: "proud"`; null hides the panel. */
  proud?: string | null;
  /** The question of the improve topics; default the survey's question with `topic: "improve"`; null hides the panel. */
  improve?: string | null;
  /** How many topics per panel; default 5; null shows them all. */
  top?: number | null;
  /** Bar colour; default a neutral slate, since a topic is neither better nor worse. */
  fill?: string;
  width?: number;
  /** Caption and accessible name; default "Trots en verbeteren"; null hides the caption. */
  title?: string | null;
  description?: string | null;
  /** The data table under "Tabel"; default true; null drops it. */
  table?: boolean | null;
  locale?: Language;
  document?: Document;
}

interface Panel {
  question: string;
  title: string;
  topics: Topic[];
}

const defaults = {top: 5, fill: "#6B7B8C", width: 640, table: true};

/**
 * Charts the topics respondents are proud of and those they want improved, side by side (stacked
 * below 560 px), each ranked by the share of respondents who chose it, with the share and the
 * count printed after each bar. Both panels share one scale, so bars compare across them.
 * Defaults: the survey's proud and improve questions, the top 5 of each, width 640, the survey's language (else Dutch), table
 * shown. Without a survey each topic question gets a panel of its own; no topics give
 * "Geen gegevens". Other options go to both panels' `Plot.plot`.
 *
 * @example
 * display(resize((width) => TopicRankingChart(report, {width, top: 3})));
 */
export function TopicRankingChart(data: TopicRankingData, options: TopicRankingChartOptions = {}): HTMLElement {
  const {
    proud,
    improve,
    top = defaults.top,
    fill = defaults.fill,
    width = defaults.width,
    title,
    description,
    table = defaults.table,
    locale = surveyDefaults(data.survey).language,
    document = globalThis.document,
    ...rest
  } = options;
  const text = chartText(locale);
  const f = format({locale});
  const heading = title === undefined ? text.topicsTitle : title;
  const topics = data.topics ?? [];
  const questions = data.survey?.questions ?? [];
  const ranked = (question: string) =>
    topics
      .filter((t) => t.question === question)
      .sort((a, b) => a.rank - b.rank || b.share - a.share)
      .slice(0, top ?? Infinity);
  let panels: Panel[];
  const flagged = (kind: "proud" | "improve") => questions.find((q) => q.topic === kind)?.id;
  if (proud !== undefined || improve !== undefined || questions.some((q) => q.topic)) {
    const proudId = proud === undefined ? flagged("proud") : proud;
    const improveId = improve === undefined ? flagged("improve") : improve;
    panels = [
      ...(proudId ? [{question: proudId, title: text.proud, topics: ranked(proudId)}] : []),
      ...(improveId ? [{question: improveId, title: text.improve, topics: ranked(improveId)}] : [])
    ];
  } else {
    panels = [...new Set(topics.map((t) => t.question))].map((question) => ({
      question,
      title: questions.find((q) => q.id === question)?.text ?? question,
      topics: ranked(question)
    }));
  }
  panels = panels.filter((p) => p.topics.length);
  if (!panels.length) return noData({title: heading, locale, document});

  const sideBySide = width >= 560 && panels.length > 1;
  const gap = 24;
  const panelWidth = sideBySide ? Math.floor((width - gap * (panels.length - 1)) / panels.length) : width;
  const maxShare = Math.max(...panels.flatMap((p) => p.topics.map((t) => t.share)));
  const value = (t: Topic) => `${f.percent(t.share)} (${f.count(t.count)})`;
  const marginRight = Math.ceil(Math.max(...panels.flatMap((p) => p.topics.map((t) => textWidth(value(t), 11))))) + 8;
  const rowHeight = 30;
  const root = document.createElement("div");
  root.className = "peiling-panels";
  root.setAttribute("style", `display: flex; flex-wrap: wrap; gap: 8px ${gap}px;`);
  for (const panel of panels) {
    // One left margin for all panels, so stacked panels' bars start at the same place.
    const marginLeft = Math.round(Math.min(Math.max(...panels.flatMap((p) => p.topics.map((t) => textWidth(t.label, 11)))) + 12, panelWidth * 0.45));
    const marginTop = 28;
    const svg = Plot.plot(
      plotOptions(
        {
          document,
          width: panelWidth,
          height: marginTop + 6 + panel.topics.length * rowHeight,
          marginTop,
          marginBottom: 6,
          marginLeft,
          marginRight,
          style: {fontSize: "12px"},
          ariaLabel: panel.title,
          x: {domain: [0, maxShare], axis: null},
          y: {domain: panel.topics.map((t) => t.option), padding: 0.25, axis: null},
          marks: [
            Plot.barX(panel.topics, {x: "share", y: "option", fill, title: (t: Topic) => `${t.rank}. ${t.label}: ${value(t)}`}),
            Plot.ruleX([0], {stroke: "#888888"}),
            Plot.text(panel.topics, {x: "share", y: "option", text: value, textAnchor: "start", dx: 4, fontSize: 11, fontVariant: "tabular-nums"}),
            Plot.text(panel.topics, {
              y: "option",
              text: (t: Topic) => wrapText(t.label, marginLeft - 10, {maxLines: 2, fontSize: 11}).join("\n"),
              title: "label",
              frameAnchor: "left",
              textAnchor: "end",
              dx: -6,
              fontSize: 11,
              lineHeight: 1.05
            }),
            Plot.text([panel.title], {frameAnchor: "top-left", dx: -marginLeft, dy: -marginTop + 4, lineAnchor: "top", textAnchor: "start", fontSize: 13, fontWeight: "bold"})
          ]
        },
        rest
      )
    );
    svg.style.flex = `0 0 ${panelWidth}px`;
    root.append(svg);
  }
  const summary = panels.map((p) => `${p.title}: ${p.topics.map((t) => `${t.label} ${f.percent(t.share)}`).join(", ")}.`).join(" ");
  return chartFigure(root, {
    title: heading,
    description: description === undefined ? summary : description,
    table: table
      ? {
          columns: [
            {label: text.columns.topic},
            {label: text.columns.list},
            {label: text.columns.rank, numeric: true},
            {label: text.columns.share, numeric: true},
            {label: text.columns.count, numeric: true}
          ],
          rows: panels.flatMap((p) => p.topics.map((t) => [t.label, p.title, `${t.rank}`, f.percent(t.share), f.count(t.count)]))
        }
      : null,
    locale,
    document
  });
}
