import {differencePalette, differenceStyle, type DifferencePalette} from "./differenceStyle.ts";
import {format, type Scoring} from "../text/format.ts";
import type {Language} from "../text/translations.ts";
import {chartText} from "../text/chartText.ts";
import {swatches, type Swatch} from "./swatches.ts";
import {surveyDefaults, type SurveyLike} from "./surveyDefaults.ts";

/** The options of {@link DifferenceLegend}. */
export interface DifferenceLegendOptions {
  /** The survey whose language, scoring method and comparison settings give the defaults (see {@link surveyDefaults}). */
  survey?: SurveyLike | null;
  /** What the differences are of, as in {@link ComparisonTable}: `module` (default) and `question` use the score thresholds, `enps` the eNPS's. */
  kind?: "module" | "question" | "enps";
  /** The smallest relevant difference; default the survey's (0.7 on 0–10, 0.07 for percent positive, 7 for the eNPS). */
  minDifference?: number;
  /** The smallest very relevant difference; default the survey's (1.4, 0.14 for percent positive, 14 for the eNPS). */
  strongDifference?: number;
  /** The confidence level of the significance test; default the survey's (0.95). */
  confidence?: number;
  /** How the thresholds are printed: `mean` (`0,7`) or `percent-positive` (`7 pp`); default the survey's, else `mean`. */
  scoring?: Scoring;
  /** A heading; default "Kleuring" ("Colours"); null for none. */
  title?: string | null;
  /** The sentence explaining the rule; shown by default; null hides it. */
  note?: boolean | null;
  /** Add an entry for suppressed scores ("afgeschermd"); default false. */
  suppressed?: boolean | null;
  /** Default the survey's language, else Dutch. */
  locale?: Language;
  palette?: DifferencePalette;
  document?: Document;
}

const defaults = {
  kind: "module" as const,
  note: true,
  suppressed: false,
  palette: differencePalette
};

/**
 * Renders the legend of the difference colours as HTML: the five kinds of difference (very
 * relevant and relevant lower, none, relevant and very relevant higher) each with its colour,
 * its symbol (▼▼ ▼ ▲ ▲▲) and words, then the rule in a sentence with the thresholds and the
 * confidence level. The language, scoring method, thresholds and confidence level default to the
 * survey's ({@link surveyDefaults}; without a survey: Dutch, 0.7 and 1.4, or 0.07 and 0.14 for
 * percent positive, and 95 %). With `suppressed` it adds the hatched key for scores and groups
 * hidden for confidentiality.
 *
 * @example
 * DifferenceLegend({survey: report.survey, suppressed: true});
 */
export function DifferenceLegend(options: DifferenceLegendOptions = {}): HTMLElement {
  const base = surveyDefaults(options.survey, options.scoring);
  const enps = (options.kind ?? defaults.kind) === "enps";
  const {
    minDifference = enps ? base.comparison.enpsMinDifference : base.comparison.minDifference,
    strongDifference = enps ? base.comparison.enpsStrongDifference : base.comparison.strongDifference,
    confidence = base.comparison.confidence,
    scoring = base.scoring,
    title,
    note = defaults.note,
    suppressed = defaults.suppressed,
    locale = base.language,
    palette = defaults.palette,
    document = globalThis.document
  } = options;
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
