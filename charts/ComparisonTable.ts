import type {Comparison, Report} from "../scoring/types.ts";
import {DifferenceLegend} from "./DifferenceLegend.ts";
import {differencePalette, differenceStyle, type DifferencePalette} from "./differenceStyle.ts";
import {format, missingValue, type Scoring} from "../text/format.ts";
import type {Language} from "../text/translations.ts";
import {surveyDefaults} from "./surveyDefaults.ts";
import {chartText} from "../text/chartText.ts";
import {noData} from "./noData.ts";

/** What {@link ComparisonTable} reads: comparisons, and whatever names and own scores are at hand. A whole `Report` will do. */
export type ComparisonTableData = Pick<Report, "comparisons"> &
  Partial<Pick<Report, "modules" | "questions" | "enps" | "groups" | "survey" | "benchmarks" | "previous" | "respondents">>;

/** The options of {@link ComparisonTable}. */
export interface ComparisonTableOptions {
  /** What the rows are: `module` (default), `question` or `enps`. */
  kind?: Comparison["kind"];
  /** Whose scores: a group id, or null (default) for the organisation. */
  group?: string | null;
  /** Only these items (module or question ids), in this order; default every item. */
  items?: string[] | null;
  /** The references, as `against` values, one pair of columns each; default `previous` and then every benchmark, as far as compared. */
  against?: string[] | null;
  /** The heading, the table's `<caption>`; default "Scores vergeleken"; null for none (then give the table a name in the page). */
  title?: string | null;
  /** A row with the number of respondents under the scores; default true for the organisation's modules; null hides it. */
  respondents?: boolean | null;
  /** The colour legend under the table; default true; null drops it. */
  legend?: boolean | null;
  scoring?: Scoring;
  locale?: Language;
  palette?: DifferencePalette;
  document?: Document;
}

const defaults = {kind: "module" as const, group: null, legend: true, scoring: "mean" as Scoring, palette: differencePalette};

const srOnly = "position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0;";

/**
 * Renders scores against their references as an accessible HTML `<table>`: a row per module (or
 * question, or the eNPS) with the own score, and per reference (the previous survey, each
 * benchmark) its score and the difference. A difference cell is coloured by the two-strength rule
 * and carries its symbol (▲ ▼) plus the level in words for screen readers, so colour is never the
 * only signal. It has a `<caption>`, `<th scope="col">`/`"colgroup"` headers and `<th scope="row">`
 * row headers. Defaults: modules of the organisation, references `previous` then the benchmarks,
 * the survey's language (else Dutch), caption "Scores vergeleken", a respondents row and the legend. Nothing to compare gives
 * "Geen gegevens".
 *
 * @example
 * document.body.append(ComparisonTable(report, {kind: "question", against: ["previous"]}));
 */
export function ComparisonTable(data: ComparisonTableData, options: ComparisonTableOptions = {}): HTMLElement {
  const {
    kind = defaults.kind,
    group = defaults.group,
    items: only,
    against: againstOption,
    title: captionOption,
    respondents: respondentsOption,
    legend = defaults.legend,
    scoring = data.survey?.settings.scoring ?? defaults.scoring,
    locale = surveyDefaults(data.survey).language,
    palette = defaults.palette,
    document = globalThis.document
  } = options;
  const text = chartText(locale);
  const f = format({locale, scoring});
  const caption = captionOption === undefined ? text.comparisonTitle : captionOption;
  const chosen = only ? new Set(only) : null;
  const comparisons = data.comparisons.filter((c) => c.kind === kind && c.group === group && (!chosen || chosen.has(c.item)));
  const compared = new Set(comparisons.map((c) => c.against));
  const against = againstOption ?? ["previous", ...(data.benchmarks ?? []).map((b) => b.id), ...compared].filter((a, i, all) => compared.has(a) && all.indexOf(a) === i);
  const referenceLabel = (a: string) =>
    a === "previous" ? data.previous?.label || text.previous : a === "organisation" ? text.organisation : data.benchmarks?.find((b) => b.id === a)?.name ?? a;

  const scoreSet = group == null ? data : data.groups?.find((g) => g.id === group);
  const items: {id: string; name: string; score: number | null}[] =
    kind === "module"
      ? (scoreSet?.modules ?? data.survey?.modules.map((m) => ({id: m.id, name: m.name, score: null})) ?? []).map((m) => ({id: m.id, name: m.name, score: "score" in m ? m.score : null}))
      : kind === "question"
        ? (scoreSet?.questions ?? []).map((q) => ({
            id: q.id,
            name: data.survey?.questions.find((s) => s.id === q.id)?.text ?? q.id,
            score: q.score
          }))
        : [{id: "enps", name: text.enps, score: scoreSet?.enps?.score ?? null}];
  // Items known only from comparisons still get a row.
  for (const c of comparisons) if (!items.some((i) => i.id === c.item)) items.push({id: c.item, name: c.item, score: c.score});
  const listed = only ? only.flatMap((id) => items.filter((i) => i.id === id)) : items;
  const rows = listed.filter((item) => item.score != null || comparisons.some((c) => c.item === item.id));
  if (!rows.length) return noData({title: caption, locale, document});

  const score = kind === "enps" ? (x: number | null | undefined) => f.enps(x) : f.score;
  const difference = kind === "enps" ? f.enpsDifference : f.difference;
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, content?: string) => {
    const element = document.createElement(tag);
    for (const [k, v] of Object.entries(attributes)) element.setAttribute(k, v);
    if (content !== undefined) element.textContent = content;
    return element;
  };
  const cellStyle = "padding: 3px 8px; text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums;";
  const table = el("table", {class: "peiling-table peiling-comparison-table", style: "border-collapse: collapse; font: 13px/1.4 system-ui, sans-serif;"});
  if (caption) table.append(el("caption", {style: "text-align: left; font-weight: 600; padding-bottom: 4px;"}, caption));
  table.append(el("colgroup", {span: "2"}), ...against.map(() => el("colgroup", {span: "2"})));
  const head = el("thead");
  const top = el("tr");
  const itemHeader = kind === "module" ? text.module : kind === "question" ? text.question : "";
  top.append(
    el("th", {scope: "col", rowspan: against.length ? "2" : "1", style: "text-align: left; padding: 3px 8px; vertical-align: bottom;"}, itemHeader || text.score),
    el("th", {scope: "col", rowspan: against.length ? "2" : "1", style: "text-align: right; padding: 3px 8px; vertical-align: bottom;"}, group == null ? text.current : text.score)
  );
  for (const a of against) top.append(el("th", {scope: "colgroup", colspan: "2", style: "text-align: center; padding: 3px 8px; border-bottom: 1px solid #ccc;"}, referenceLabel(a)));
  head.append(top);
  if (against.length) {
    const second = el("tr");
    for (const _ of against) second.append(el("th", {scope: "col", style: "text-align: right; padding: 3px 8px;"}, text.score), el("th", {scope: "col", style: "text-align: right; padding: 3px 8px;"}, text.difference));
    head.append(second);
  }
  const body = el("tbody");
  for (const item of rows) {
    const tr = el("tr", {style: "border-top: 1px solid #eee;"});
    tr.append(el("th", {scope: "row", style: "text-align: left; font-weight: normal; padding: 3px 8px;"}, item.name), el("td", {style: `${cellStyle} font-weight: 600;`}, score(item.score)));
    for (const a of against) {
      const c = comparisons.find((x) => x.item === item.id && x.against === a);
      if (!c) {
        tr.append(el("td", {style: cellStyle}, missingValue));
        const empty = el("td", {style: cellStyle}, missingValue);
        empty.append(el("span", {style: srOnly}, ` ${text.noComparison}`));
        tr.append(empty);
        continue;
      }
      const style = differenceStyle(c, {locale, palette});
      tr.append(el("td", {style: cellStyle}, score(c.reference)));
      const cell = el("td", {
        class: `peiling-difference peiling-${style.level}`,
        title: style.label,
        style: `${cellStyle}${style.level === "none" ? "" : ` background: ${style.fill}; color: ${style.text};`}`
      });
      cell.append(difference(c.difference));
      if (style.symbol) cell.append(" ", el("span", {"aria-hidden": "true"}, style.symbol));
      cell.append(el("span", {style: srOnly}, ` (${style.label.toLowerCase()})`));
      tr.append(cell);
    }
    body.append(tr);
  }
  table.append(head, body);
  if (respondentsOption ?? (kind === "module" && group == null && data.respondents != null)) {
    const foot = el("tfoot");
    const tr = el("tr", {style: "border-top: 1px solid #ccc;"});
    tr.append(el("th", {scope: "row", style: "text-align: left; font-weight: normal; padding: 3px 8px;"}, text.respondents), el("td", {style: cellStyle}, f.count(data.respondents)));
    for (const a of against) tr.append(el("td", {style: cellStyle}, a === "previous" ? f.count(data.previous?.respondents) : missingValue), el("td", {style: cellStyle}, ""));
    foot.append(tr);
    table.append(foot);
  }
  const root = el("div", {class: "peiling-comparison"});
  const scroller = el("div", {style: "overflow-x: auto; max-width: 100%;"});
  scroller.append(table);
  root.append(scroller);
  if (legend && against.length) {
    root.append(DifferenceLegend({survey: data.survey, kind, locale, scoring, palette, document}));
  }
  return root;
}
