import {differencePalette, differenceStyle, type DifferencePalette} from "./differenceStyle.ts";
import {format, type Scoring} from "../text/format.ts";
import type {Language} from "../text/translations.ts";
import {chartText} from "../text/chartText.ts";
import {swatches, type Swatch} from "./swatches.ts";

/** The options of {@link DifferenceLegend}. */
export interface DifferenceLegendOptions {
  /** The smallest relevant difference; default 0.7 (on 0–10; pass 0.07 for percent positive). */
  minDifference?: number;
  /** The smallest very relevant difference; default 1.4. */
  strongDifference?: number;
  /** The confidence level of the significance test; default 0.95. */
  confidence?: number;
  /** How the thresholds are printed: `mean` (default, `0,7`) or `percent-positive` (`7 pp`). */
  scoring?: Scoring;
  /** A heading; default "Kleuring" ("Colours"); null for none. */
  title?: string | null;
  /** The sentence explaining the rule; shown by default; null hides it. */
  note?: boolean | null;
  /** Add an entry for suppressed scores ("afgeschermd"); default false. */
  suppressed?: boolean | null;
  locale?: Language;
  palette?: DifferencePalette;
  document?: Document;
}

const defaults = {
  minDifference: 0.7,
  strongDifference: 1.4,
  confidence: 0.95,
  scoring: "mean" as Scoring,
  note: true,
  suppressed: false,
  locale: "nl" as Language,
  palette: differencePalette
};

/**
 * Renders the legend of the difference colours as HTML: the five kinds of difference (very
 * relevant and relevant lower, none, relevant and very relevant higher) each with its colour,
 * its symbol (▼▼ ▼ ▲ ▲▲) and words, then the rule in a sentence with the thresholds and the
 * confidence level passed as options (default 0.7, 1.4 and 95 %). With `suppressed` it adds the
 * hatched key for scores and groups hidden for confidentiality. Dutch unless `locale` is `"en"`.
 *
 * @example
 * DifferenceLegend({minDifference: report.survey.settings.comparison.minDifference, suppressed: true});
 */
export function DifferenceLegend({
  minDifference = defaults.minDifference,
  strongDifference = defaults.strongDifference,
  confidence = defaults.confidence,
  scoring = defaults.scoring,
  title,
  note = defaults.note,
  suppressed = defaults.suppressed,
  locale = defaults.locale,
  palette = defaults.palette,
  document = globalThis.document
}: DifferenceLegendOptions = {}): HTMLElement {
  const text = chartText(locale);
  const f = format({locale, scoring});
  const entry = (difference: number, level: "none" | "relevant" | "veryRelevant"): Swatch => {
    const style = differenceStyle({difference, level}, {locale, palette});
    return {label: style.label, shape: "bar", fill: style.fill, symbol: style.symbol || undefined, symbolColor: style.text};
  };
  const items = [entry(-1, "veryRelevant"), entry(-1, "relevant"), entry(0, "none"), entry(1, "relevant"), entry(1, "veryRelevant")];
  if (suppressed) items.push({label: text.suppressedLegend, shape: "hatch"});
  const root = document.createElement("div");
  root.className = "peiling-difference-legend";
  root.append(swatches(items, {title: title === undefined ? text.legendTitle : title, document}));
  if (note) {
    const threshold = (x: number) => (scoring === "percent-positive" ? f.difference(x).replace(/^\+/, "") : f.number(x, 1));
    const p = document.createElement("p");
    p.setAttribute("style", "font: 12px/1.4 system-ui, sans-serif; color: #555; margin: 0 0 8px; max-width: 640px;");
    p.textContent = `${text.coloured(f.percent(confidence, 0), threshold(minDifference), threshold(strongDifference))} ${text.colouredNoVariance}`;
    root.append(p);
  }
  return root;
}
