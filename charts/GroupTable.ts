import type {GroupSummary} from "./types.ts";
import {format, missingValue} from "../text/format.ts";
import type {Language} from "../text/translations.ts";
import {chartText} from "../text/chartText.ts";
import {noData} from "./noData.ts";

/** The options of {@link GroupTable}. */
export interface GroupTableOptions {
  /** Only the groups of this grouping variable; default every group. */
  variable?: string | null;
  /** The link of a group's page, or null for none; default none. Suppressed groups never get one. */
  href?: ((group: GroupSummary) => string | null) | null;
  /** A column with each group's parent (its label), for groups within others; default false. */
  parents?: boolean | null;
  /** The heading, the table's `<caption>`; default "Groepen"; null for none. */
  title?: string | null;
  locale?: Language;
  document?: Document;
}

/**
 * Lists groups in an accessible HTML table: name (a link to its page where there is one), number
 * of respondents, invited headcount and response rate; a suppressed group shows "–" and
 * "afgeschermd", with no numbers and no reason that would tell its size.
 * Defaults: every group in the given order, no links, no parent column, caption "Groepen",
 * Dutch. No groups give "Geen gegevens".
 *
 * @example
 * GroupTable(groups.groups, {variable: "domein", href: (g) => g.slug && `./groepen/${g.slug}`});
 */
export function GroupTable(groups: GroupSummary[], {variable = null, href = null, parents = false, title: caption, locale = "nl", document = globalThis.document}: GroupTableOptions = {}): HTMLElement {
  const text = chartText(locale);
  const f = format({locale});
  const heading = caption === undefined ? text.groupsTitle : caption;
  const shown = groups.filter((g) => variable == null || g.variable === variable);
  if (!shown.length) return noData({title: heading, locale, document});
  const labelOf = new Map(groups.map((g) => [g.id, g.label]));
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, content?: string) => {
    const element = document.createElement(tag);
    for (const [k, v] of Object.entries(attributes)) element.setAttribute(k, v);
    if (content !== undefined) element.textContent = content;
    return element;
  };
  const cell = "padding: 3px 8px; text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums;";
  const table = el("table", {class: "peiling-table peiling-group-table", style: "border-collapse: collapse; font: 13px/1.4 system-ui, sans-serif;"});
  if (heading) table.append(el("caption", {style: "text-align: left; font-weight: 600; padding-bottom: 4px;"}, heading));
  const head = el("tr");
  head.append(el("th", {scope: "col", style: "text-align: left; padding: 3px 8px;"}, text.group));
  if (parents) head.append(el("th", {scope: "col", style: "text-align: left; padding: 3px 8px;"}, text.columns.within));
  head.append(
    el("th", {scope: "col", style: "text-align: right; padding: 3px 8px;"}, text.respondents),
    el("th", {scope: "col", style: "text-align: right; padding: 3px 8px;"}, text.columns.invited),
    el("th", {scope: "col", style: "text-align: right; padding: 3px 8px;"}, text.responseRate)
  );
  const thead = el("thead");
  thead.append(head);
  const body = el("tbody");
  for (const g of shown) {
    const tr = el("tr", {style: "border-top: 1px solid #eee;"});
    const name = el("th", {scope: "row", style: "text-align: left; font-weight: normal; padding: 3px 8px;"});
    const link = !g.suppressed && href ? href(g) : null;
    if (link) name.append(el("a", {href: link}, g.label));
    else name.append(g.label);
    if (g.suppressed) name.append(el("span", {style: "color: #555; font-style: italic;"}, ` (${text.suppressed})`));
    tr.append(name);
    if (parents) tr.append(el("td", {style: "padding: 3px 8px;"}, g.parent ? labelOf.get(g.parent) ?? missingValue : missingValue));
    tr.append(
      el("td", {style: cell}, g.suppressed ? missingValue : f.count(g.n)),
      el("td", {style: cell}, g.suppressed ? missingValue : f.count(g.invited)),
      el("td", {style: cell}, g.suppressed ? missingValue : f.percent(g.responseRate, 0))
    );
    body.append(tr);
  }
  table.append(thead, body);
  const root = el("div", {class: "peiling-group-list", style: "overflow-x: auto; max-width: 100%;"});
  root.append(table);
  return root;
}
