import type {NormGroup, NormRow} from "../scoring/types.ts";
import type {QualityView} from "./types.ts";
import {format, missingValue} from "../text/format.ts";
import type {Language} from "../text/translations.ts";
import {normOutcome} from "./normOutcome.ts";
import {chartText} from "../text/chartText.ts";
import {noData} from "./noData.ts";

/** The options of {@link NormTable}. */
export interface NormTableOptions {
  /** The heading, the table's `<caption>`; default "Resultaten voor het keurmerk"; null for none. */
  title?: string | null;
  /** Show the margin (interval) of each mean; default true; null hides the column. */
  interval?: boolean | null;
  locale?: Language;
  document?: Document;
}

const defaults = {interval: true, locale: "nl" as Language};

/** Read by screen readers, not shown. */
const VISUALLY_HIDDEN = "position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0;";

/**
 * Table 1.1 of a quality-mark report as an accessible HTML table: per group of the norm's
 * variable (the services) and in total the net sample, the completed questionnaires, the response,
 * the mean grade with its margin, the corrected (robust) mean where the mean falls short, the norm
 * it is held against, the outcome and whether the grade is published; with `norm.within`, one
 * block per population (the other populations as a total row each). A suppressed group shows no
 * number; a grade resting on few answers is marked `*` (with the words for screen readers).
 * Defaults: caption in the report's language, margins shown, Dutch.
 *
 * @example
 * NormTable(qualityView(report), {locale: "nl"});
 */
export function NormTable(view: QualityView, options: NormTableOptions = {}): HTMLElement {
  const {title: caption, interval = defaults.interval, locale = defaults.locale, document = globalThis.document} = options;
  const words = chartText(locale).norm;
  const title = caption === undefined ? words.caption : caption;
  const {norm} = view;
  if (norm.total.n === null && !norm.groups.length) return noData({title, locale, document});
  const f = format({locale});
  const el = (tag: string, attributes: Record<string, string> = {}, text?: string) => {
    const element = document.createElement(tag);
    for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value);
    if (text !== undefined) element.textContent = text;
    return element;
  };
  const numeric = "padding: 3px 8px; text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums;";
  const columns = [view.variableName, words.invited, words.completed, words.rate, words.grade, ...(interval ? [words.margin] : []), words.robust, words.norm, words.outcome, words.published];
  const table = el("table", {class: "peiling-table peiling-norm-table", style: "border-collapse: collapse; font: 13px/1.4 system-ui, sans-serif;"});
  if (title) table.append(el("caption", {style: "text-align: left; font-weight: 600; padding-bottom: 4px;"}, title));
  const head = el("thead");
  const headRow = el("tr");
  columns.forEach((label, i) => headRow.append(el("th", {scope: "col", style: `padding: 3px 8px; text-align: ${i === 0 ? "left" : "right"}; vertical-align: bottom;`}, label)));
  head.append(headRow);
  table.append(head);

  const row = (label: string, data: NormRow & {suppressed?: boolean}, threshold: number, strong: boolean) => {
    const tr = el("tr", {style: `border-top: 1px solid ${strong ? "#999" : "#eee"};`});
    const th = el("th", {scope: "row", style: `text-align: left; padding: 3px 8px; font-weight: ${strong ? "600" : "normal"};`}, label);
    if (data.suppressed) th.append(el("span", {style: "color: #555; font-style: italic;"}, ` (${words.suppressed})`));
    tr.append(th);
    const cell = (text: string, extra = "") => tr.append(el("td", {style: numeric + extra}, text));
    const hidden = data.suppressed === true;
    cell(hidden ? missingValue : f.count(data.invited));
    cell(hidden ? missingValue : f.count(data.n));
    cell(hidden ? missingValue : f.percent(data.responseRate, 1));
    const grade = el("td", {style: `${numeric} font-weight: 600;`}, hidden ? missingValue : f.number(data.mean, 1));
    if (data.few) {
      grade.append(el("span", {"aria-hidden": "true"}, "*"));
      grade.append(el("span", {style: VISUALLY_HIDDEN}, ` (${words.few})`));
    }
    tr.append(grade);
    if (interval) cell(data.ci ? f.interval(data.ci[0], data.ci[1], (x) => f.number(x, 1)) : missingValue, " color: #555;");
    cell(data.mean !== null && data.passedBy !== "mean" && data.robustMean !== null ? f.number(data.robustMean, 1) : missingValue);
    cell(f.number(threshold, 1), " color: #555;");
    const outcome = el("td", {style: `${numeric} text-align: left;${data.pass === false ? " font-weight: 600; color: #9b1c1c;" : ""}`}, hidden ? missingValue : `${data.pass === true ? "✓ " : data.pass === false ? "✗ " : ""}${normOutcome(data, locale)}`);
    tr.append(outcome);
    tr.append(el("td", {style: `${numeric} text-align: left;`}, hidden ? missingValue : chartText(locale).outcome[data.published ? "yes" : "no"]));
    return tr;
  };
  const block = (heading: string | null, rows: HTMLElement[]) => {
    const body = el("tbody");
    if (heading) {
      const tr = el("tr");
      tr.append(el("th", {scope: "rowgroup", colspan: String(columns.length), style: "text-align: left; padding: 8px 8px 3px; font-weight: 600; background: #f3f4f6;"}, heading));
      body.append(tr);
    }
    body.append(...rows);
    table.append(body);
  };
  const groupRows = norm.groups.map((g: NormGroup) => row(g.value, g, norm.thresholds.group, false));
  if (norm.within === null) {
    block(null, [...groupRows, row(words.total, norm.total, norm.thresholds.total, true)]);
  } else {
    for (const population of norm.populations) {
      if (population.value === norm.within) block(population.value, [...groupRows, row(`${words.total} ${population.value.toLowerCase()}`, norm.total, norm.thresholds.total, true)]);
      else block(population.value, [row(`${words.total} ${population.value.toLowerCase()}`, population, norm.thresholds.total, true)]);
    }
  }
  const wrapper = el("div", {class: "peiling-norm", style: "overflow-x: auto; max-width: 100%;"});
  wrapper.append(table);
  return wrapper;
}
