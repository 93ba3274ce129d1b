import * as Plot from "@observablehq/plot";
import type {Comparison, Interval, Report} from "../scoring/types.ts";
import {differencePalette, differenceStyle, type DifferencePalette, type DifferenceStyle} from "./differenceStyle.ts";
import {format, missingValue, type Scoring} from "../text/format.ts";
import type {Language} from "../text/translations.ts";
import {chartText} from "../text/chartText.ts";
import {textWidth} from "./textWidth.ts";
import {wrapText} from "./wrapText.ts";

/** What {@link moduleBarsX} reads: module scores, and the comparisons and benchmarks they refer to. A whole `Report` will do. */
export type ModuleBarsData = Pick<Report, "modules"> & Partial<Pick<Report, "comparisons" | "benchmarks" | "previous" | "survey">>;

/** A reference a module score is compared with. */
export interface ModuleReference {
  kind: "previous" | "benchmark" | "top";
  /** The `against` value of its comparisons. */
  against: string;
  /** The full name, for the legend and table: "Vorig onderzoek", "Benchmark Provincies". */
  label: string;
  /** A column header: "Vorig", "Benchmark", "Top 3". */
  short: string;
}

/** One module, ready to draw. */
export interface ModuleBarRow {
  id: string;
  name: string;
  score: number | null;
  ci: Interval | null;
  n: number | null;
  suppressed: boolean;
  /** One entry per reference, in the order of the references: the comparison or null. */
  comparisons: (Comparison | null)[];
  styles: DifferenceStyle[];
}

/** The options of {@link moduleBarsX}. */
export interface ModuleBarsOptions {
  /** `mean` (0–10, the default unless `survey.settings.scoring` says otherwise) or `percent-positive` (0–1). */
  scoring?: Scoring;
  /** Whose scores: the group id of the comparisons to read, or null (default) for the organisation. */
  group?: string | null;
  /** Show the previous survey; null or false hides its marker and column. Default true. */
  previous?: boolean | null;
  /** The id of the average benchmark; default the first `average` benchmark; null hides it. */
  benchmark?: string | null;
  /** The id of the top benchmark; default the first `top` benchmark; null hides it. */
  top?: string | null;
  /** Order the modules by `report` order (default) or by `score`, highest first. */
  sort?: "report" | "score";
  /**
   * The references to draw, in this order, instead of those `previous`, `benchmark` and `top`
   * choose: e.g. a group's own previous scores, its parent and the organisation. Each gives the
   * `against` of its comparisons, its marker shape by `kind`, and its names. Default none.
   */
  references?: ModuleReference[] | null;
  /** Draw confidence interval whiskers; default false. */
  ci?: boolean | null;
  /** Print the score and the differences in columns right of the bars; null hides them. Default true. */
  differences?: boolean | null;
  /** Bar colour; neutral grey by default, because the own score is the reference point. */
  fill?: string;
  /** Print each module's name above its bar; default true; null leaves naming to a y axis. */
  names?: boolean | null;
  /** The height of a row (the y band) in pixels, which places names and bars; default 40. */
  rowHeight?: number;
  /** The width in pixels a name may take before it is cut short with an ellipsis; default 480. */
  nameWidth?: number;
  /** Print only the symbols (▲ ▼, · for no relevant difference) in the reference columns, for narrow charts; default false. */
  compact?: boolean;
  /** The widths of the columns right of the frame; default {@link moduleBarColumns}. */
  columns?: {gap: number; score: number; reference: number};
  locale?: Language;
  palette?: DifferencePalette;
}

/**
 * The default widths in pixels of the columns right of the bars: the gap after the frame, the
 * score column, and each reference's difference column.
 *
 * @example
 * const marginRight = moduleBarColumns.gap + moduleBarColumns.score + 3 * moduleBarColumns.reference;
 */
export const moduleBarColumns = {gap: 8, score: 40, reference: 68};

const defaults = {
  scoring: "mean" as Scoring,
  group: null,
  previous: true,
  sort: "report" as const,
  ci: false,
  differences: true,
  fill: "#D3D3D3",
  names: true,
  rowHeight: 40,
  nameWidth: 480,
  locale: "nl" as Language,
  palette: differencePalette
};

// A vertical bar-shaped symbol for the previous survey's marker: Plot's tick mark has no fill,
// and the fill is what shows the strength of a difference.
const tickSymbol: Plot.SymbolType = {
  draw(context, size) {
    const r = Math.sqrt(size / Math.PI);
    const w = r * 0.5;
    const h = r * 1.9;
    context.moveTo(-w, -h);
    context.lineTo(w, -h);
    context.lineTo(w, h);
    context.lineTo(-w, h);
    context.closePath();
  }
};

/**
 * Resolves which references a module chart shows and the rows it draws: the modules in report
 * or score order, each with its comparisons against the previous survey, the average benchmark
 * and the top benchmark (as found in `data.benchmarks`, unless given by id).
 *
 * @example
 * const {rows, references} = moduleBarLayout(report, {sort: "score"});
 */
export function moduleBarLayout(
  data: ModuleBarsData,
  {
    group = defaults.group,
    previous = defaults.previous,
    benchmark,
    top,
    sort = defaults.sort,
    references: given,
    locale = defaults.locale,
    palette = defaults.palette
  }: ModuleBarsOptions = {}
): {rows: ModuleBarRow[]; references: ModuleReference[]} {
  const text = chartText(locale);
  const benchmarks = data.benchmarks ?? [];
  const references: ModuleReference[] = given ? [...given] : [];
  if (!given && previous) references.push({kind: "previous", against: "previous", label: data.previous?.label || text.previous, short: text.previousShort});
  const average = given ? null : benchmark === undefined ? benchmarks.find((b) => b.kind === "average")?.id : benchmark;
  if (average != null) {
    const name = benchmarks.find((b) => b.id === average)?.name ?? average;
    references.push({kind: "benchmark", against: average, label: name, short: text.benchmark});
  }
  const best = given ? null : top === undefined ? benchmarks.find((b) => b.kind === "top")?.id : top;
  if (best != null) {
    const name = benchmarks.find((b) => b.id === best)?.name ?? best;
    references.push({kind: "top", against: best, label: name, short: text.topShort});
  }
  const comparisons = (data.comparisons ?? []).filter((c) => c.kind === "module" && c.group === group);
  const rows = data.modules.map((module): ModuleBarRow => {
    const found = references.map((r) => comparisons.find((c) => c.item === module.id && c.against === r.against) ?? null);
    return {
      id: module.id,
      name: module.name,
      score: module.suppressed ? null : module.score,
      ci: module.suppressed ? null : module.ci,
      n: module.n,
      suppressed: module.suppressed || module.score == null,
      comparisons: found,
      styles: found.map((c) => differenceStyle(c, {locale, palette}))
    };
  });
  if (sort === "score") rows.sort((a, b) => (b.score ?? -Infinity) - (a.score ?? -Infinity));
  return {rows, references};
}

/**
 * Draws module scores as horizontal bars with markers for the previous survey (a bar-shaped
 * tick), the average benchmark (a circle) and the top benchmark (a diamond). A marker's fill and
 * outline show the difference by the two-strength rule (white for none, a tint for relevant, the
 * strong shade for very relevant); the score and the signed differences with their symbols (▲ ▼)
 * are printed in columns in the right margin, so colour is never the only signal. Each module's
 * name is printed above its bar. Reads the `y` scale as the module id, with bands of `rowHeight`
 * pixels and no padding. Defaults: report order, the previous survey and the first average and
 * top benchmarks shown, no interval whiskers, columns and names shown, Dutch, mean scoring.
 *
 * @example
 * Plot.plot({marginRight: 270, y: {domain: ids, padding: 0, axis: null}, height: 40 * ids.length + 60, marks: [moduleBarsX(report, {ci: true})]});
 */
export function moduleBarsX(data: ModuleBarsData, options: ModuleBarsOptions = {}): Plot.CompoundMark {
  const {
    scoring = data.survey?.settings.scoring ?? defaults.scoring,
    ci = defaults.ci,
    differences = defaults.differences,
    fill = defaults.fill,
    names = defaults.names,
    rowHeight = defaults.rowHeight,
    nameWidth = defaults.nameWidth,
    columns = moduleBarColumns,
    compact = false,
    locale = defaults.locale
  } = options;
  const {rows, references} = moduleBarLayout(data, options);
  const f = format({locale, scoring});
  const text = chartText(locale);
  const scored = rows.filter((row) => row.score != null);
  // With names, the top of each band holds the name and the bar sits below it; everything drawn
  // on the bar's line is shifted down by `dy` from the band's centre.
  const insetTop = names ? Math.round(rowHeight * 0.5) : Math.round(rowHeight * 0.2);
  const insetBottom = names ? Math.round(rowHeight * 0.1) : Math.round(rowHeight * 0.2);
  const dy = (insetTop - insetBottom) / 2;
  const markers = references.flatMap((reference, i) =>
    rows.flatMap((row) => {
      const comparison = row.comparisons[i];
      if (!comparison || row.score == null) return [];
      const style = row.styles[i];
      const title = `${row.name} · ${reference.label}: ${f.score(comparison.reference)} (${text.difference.toLowerCase()} ${f.difference(comparison.difference)}${style.symbol ? `, ${style.label.toLowerCase()}` : ""})`;
      return [{row, reference, comparison, style, title, fill: style.level === "none" ? "#FFFFFF" : style.fill, stroke: style.level === "none" ? "#333333" : style.ink}];
    })
  );
  type Marker = (typeof markers)[number];
  const markerOf = (kind: ModuleReference["kind"], symbol: Plot.SymbolType, r: number) =>
    Plot.dot(
      markers.filter((m) => m.reference.kind === kind),
      {
        x: (m: Marker) => m.comparison.reference,
        y: (m: Marker) => m.row.id,
        dy,
        symbol,
        r,
        fill: (m: Marker) => m.fill,
        stroke: (m: Marker) => m.stroke,
        strokeWidth: 1.5,
        title: (m: Marker) => m.title
      }
    );
  const {gap, score: scoreWidth, reference: referenceWidth} = columns;
  const scoreText = (row: ModuleBarRow) => (row.score == null ? `${missingValue} ${text.suppressed}` : f.score(row.score));
  return Plot.marks(
    names
      ? Plot.text(rows, {
          y: "id",
          text: (row: ModuleBarRow) => wrapText(row.name, nameWidth, {maxLines: 1})[0],
          title: "name",
          frameAnchor: "left",
          textAnchor: "start",
          dy: -rowHeight / 2 + Math.max(insetTop / 2, 7),
          fontSize: 12
        })
      : null,
    Plot.barX(scored, {
      x: "score",
      y: "id",
      fill,
      insetTop,
      insetBottom,
      title: (row: ModuleBarRow) => `${row.name}: ${f.score(row.score)} (n = ${f.count(row.n)})`
    }),
    Plot.text(
      rows.filter((row) => row.score == null),
      {x: 0, y: "id", dy, text: () => `${missingValue} ${text.suppressed}`, textAnchor: "start", dx: 4, fill: "#555555", fontStyle: "italic"}
    ),
    ci
      ? Plot.ruleY(
          scored.filter((row) => row.ci),
          {x1: (row: ModuleBarRow) => row.ci?.[0], x2: (row: ModuleBarRow) => row.ci?.[1], y: "id", dy, stroke: "#333333", strokeWidth: 1.25, markerStart: "tick", markerEnd: "tick"}
        )
      : null,
    markerOf("top", "diamond", 6),
    markerOf("benchmark", "circle", 5),
    markerOf("previous", tickSymbol, 5),
    differences
      ? [
          Plot.text(rows, {
            y: "id",
            dy,
            text: (row: ModuleBarRow) => f.score(row.score),
            frameAnchor: "right",
            textAnchor: "end",
            dx: gap + scoreWidth,
            fontWeight: "bold",
            fontVariant: "tabular-nums"
          }),
          Plot.text([text.score], {frameAnchor: "top-right", textAnchor: "end", lineAnchor: "bottom", dx: gap + scoreWidth, dy: -6, fontSize: 11}),
          references.map((reference, i) => [
            Plot.text(rows, {
              y: "id",
              dy,
              text: (row: ModuleBarRow) => {
                const comparison = row.comparisons[i];
                if (!comparison || row.score == null) return missingValue;
                const symbol = row.styles[i].symbol;
                if (compact) return symbol || "·";
                return symbol ? `${f.difference(comparison.difference)} ${symbol}` : f.difference(comparison.difference);
              },
              title: (row: ModuleBarRow) => {
                const comparison = row.comparisons[i];
                if (!comparison || row.score == null) return `${reference.label}: ${text.noComparison}`;
                return `${reference.label}: ${f.score(comparison.reference)} (${f.difference(comparison.difference)}); ${row.styles[i].label.toLowerCase()}`;
              },
              fill: (row: ModuleBarRow) => (row.comparisons[i] && row.score != null ? row.styles[i].ink : "#767676"),
              frameAnchor: "right",
              textAnchor: "end",
              dx: gap + scoreWidth + referenceWidth * (i + 1),
              fontVariant: "tabular-nums"
            }),
            Plot.text([reference], {
              text: (r: ModuleReference) => (r.short === text.benchmark && textWidth(r.short, 11) + 6 > referenceWidth ? text.benchmarkShort : r.short),
              title: (r: ModuleReference) => r.label,
              frameAnchor: "top-right",
              textAnchor: "end",
              lineAnchor: "bottom",
              dx: gap + scoreWidth + referenceWidth * (i + 1),
              dy: -6,
              fontSize: 11
            })
          ])
        ]
      : Plot.text(scored, {x: "score", y: "id", dy, text: scoreText, textAnchor: "start", dx: 4, fontWeight: "bold"})
  );
}
