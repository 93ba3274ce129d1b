import type {Comparison, DifferenceLevel} from "../scoring/types.ts";
import type {Language} from "../text/translations.ts";
import {chartText} from "../text/chartText.ts";

/** The colours of one kind of difference. */
export interface DifferenceSwatch {
  /** Fill of an area (heatmap cell, marker, table cell): the two strengths differ here. */
  fill: string;
  /** Colour of text or thin strokes on a white background (at least 4.5:1 contrast). */
  ink: string;
  /** Colour of text drawn on `fill` (at least 4.5:1 contrast). */
  text: string;
}

/** The colours of the five kinds of difference. */
export interface DifferencePalette {
  better: {relevant: DifferenceSwatch; veryRelevant: DifferenceSwatch};
  worse: {relevant: DifferenceSwatch; veryRelevant: DifferenceSwatch};
  none: DifferenceSwatch;
}

// The reference reports colour better green and worse red, which the most common colour-vision
// deficiencies (deutan and protan, about 1 in 12 men) cannot tell apart. Okabe & Ito's palette
// for colour-blind readers offers blue (#0072B2) and vermillion (#D55E00), which stay distinct
// under every kind of colour blindness and in greyscale print (the vermillion is lighter). The
// strong shade marks "very relevant", a 35% tint marks "relevant". Text on white uses a darker
// vermillion, since #D55E00 itself reaches only 3.9:1; text on the strong blue is white, on the
// strong vermillion black (5.4:1). The symbols (▲, ▲▲, ▼, ▼▼) carry the same meaning without
// colour, as the statistics notes require.
/**
 * The default colour-blind-safe palette for differences: Okabe–Ito blue for better, vermillion
 * for worse, each in a strong shade (very relevant) and a tint (relevant), and neutral greys.
 *
 * @example
 * differencePalette.better.veryRelevant.fill; // "#0072B2"
 */
export const differencePalette: DifferencePalette = {
  better: {
    relevant: {fill: "#A6CEE4", ink: "#0072B2", text: "#1A1A1A"},
    veryRelevant: {fill: "#0072B2", ink: "#0072B2", text: "#FFFFFF"}
  },
  worse: {
    relevant: {fill: "#F0C7A6", ink: "#B34700", text: "#1A1A1A"},
    veryRelevant: {fill: "#D55E00", ink: "#B34700", text: "#000000"}
  },
  none: {fill: "#F0F0F0", ink: "#4D4D4D", text: "#1A1A1A"}
};

/** How to draw one difference: colours, a symbol and words, so colour is never the only signal. */
export interface DifferenceStyle extends DifferenceSwatch {
  level: DifferenceLevel;
  /** From the sign of the difference (score − reference); `equal` at zero. */
  direction: "better" | "worse" | "equal";
  /** `▲` relevant and `▲▲` very relevant better, `▼`/`▼▼` worse, empty when not relevant. */
  symbol: string;
  /** The level in words: "Relevant hoger", "Zeer relevant lager", "Geen relevant verschil". */
  label: string;
}

/** The options of {@link differenceStyle}. */
export interface DifferenceStyleOptions {
  locale?: Language;
  palette?: DifferencePalette;
}

const defaults = {locale: "nl" as Language, palette: differencePalette};

/**
 * Returns the colours, symbol and words for a comparison by the two-strength rule: the level
 * (none, relevant, very relevant) comes from the comparison, the direction from the sign of its
 * difference (positive is better). A missing comparison and the level `none` get the neutral
 * swatch and no symbol. Words are Dutch unless `locale` is `"en"`; the palette defaults to
 * {@link differencePalette}.
 *
 * @example
 * differenceStyle({difference: -1.6, level: "veryRelevant"}).symbol; // "▼▼"
 */
export function differenceStyle(
  comparison: Pick<Comparison, "difference" | "level"> | null | undefined,
  {locale = defaults.locale, palette = defaults.palette}: DifferenceStyleOptions = {}
): DifferenceStyle {
  const text = chartText(locale);
  const difference = comparison?.difference ?? 0;
  const direction = difference > 0 ? "better" : difference < 0 ? "worse" : "equal";
  const level = comparison?.level ?? "none";
  if (level === "none" || direction === "equal") {
    return {...palette.none, level: "none", direction, symbol: "", label: text.none};
  }
  const strong = level === "veryRelevant";
  const glyph = direction === "better" ? "▲" : "▼";
  const label =
    direction === "better"
      ? strong
        ? text.veryRelevantBetter
        : text.relevantBetter
      : strong
        ? text.veryRelevantWorse
        : text.relevantWorse;
  return {...palette[direction][level], level, direction, symbol: strong ? glyph + glyph : glyph, label};
}
