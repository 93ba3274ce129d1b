import type {TrendLine, TrendsView} from "./types.ts";

/** Which trends of a {@link TrendsView} a chart draws. */
export interface TrendSelection {
  /** `module` (default), `question`, `theme` (an agenda theme or movement), `enps` or `responseRate`. */
  kind?: TrendLine["kind"];
  /** The item ids to draw, in that order; default every item of the kind, in report order. */
  items?: string[] | null;
  /** A group's id; default the organisation. */
  group?: string | null;
}

/** A selected trend with the name charts print. */
export interface NamedTrend {
  line: TrendLine;
  name: string;
}

/**
 * The trends a chart draws: those of the kind and group asked for, each with its name (the
 * module's name, the question's short text, the theme's name, "eNPS", the response rate's word), in report order
 * or the order of `items`.
 *
 * @example
 * trendLines(view, {kind: "module", group: "domein=Mobiliteit"}).map((t) => t.name)
 */
export function trendLines(view: Pick<TrendsView, "trends" | "modules" | "questions" | "themes">, {kind = "module", items = null, group = null}: TrendSelection = {}, names: {enps: string; responseRate: string} = {enps: "eNPS", responseRate: "Respons"}): NamedTrend[] {
  const lines = view.trends.filter((t) => t.kind === kind && t.groupId === group);
  const name = (t: TrendLine) =>
    t.kind === "module" ? (view.modules.find((m) => m.id === t.item)?.name ?? t.item) : t.kind === "question" ? (view.questions.find((q) => q.id === t.item)?.short ?? t.item) : t.kind === "theme" ? (view.themes?.find((m) => m.id === t.item)?.name ?? t.item) : names[t.kind];
  const chosen = items ? items.flatMap((id) => lines.filter((t) => t.item === id)) : lines;
  return chosen.map((line) => ({line, name: name(line)}));
}
