import type * as Plot from "@observablehq/plot";

/**
 * The `Plot.plot` options a chart function forwards to Plot: everything except what the chart
 * owns itself (its marks, its figure and caption, `width` and `document`, which it takes as
 * options of its own).
 */
export type PlotPassThrough = Omit<Plot.PlotOptions, "title" | "subtitle" | "caption" | "figure" | "marks" | "width" | "document">;

/**
 * Merges a chart's computed `Plot.plot` options with the caller's: the caller wins, but scale
 * options (`x`, `y`, `fx`, `fy`, `color`) and an object `style` are merged key by key, so
 * `{x: {grid: false}}` changes the grid without losing the chart's domain.
 *
 * @example
 * Plot.plot(plotOptions({x: {domain: [0, 10]}, marks}, {x: {grid: false}}));
 */
export function plotOptions(own: Plot.PlotOptions, rest: PlotPassThrough = {}): Plot.PlotOptions {
  const merged: Plot.PlotOptions = {...own, ...rest};
  if (own.x && rest.x) merged.x = {...own.x, ...rest.x};
  if (own.y && rest.y) merged.y = {...own.y, ...rest.y};
  if (own.fx && rest.fx) merged.fx = {...own.fx, ...rest.fx};
  if (own.fy && rest.fy) merged.fy = {...own.fy, ...rest.fy};
  if (own.color && rest.color) merged.color = {...own.color, ...rest.color};
  if (own.style && typeof own.style === "object" && rest.style && typeof rest.style === "object") {
    merged.style = {...own.style, ...rest.style};
  }
  return merged;
}
