import {formatLocale, type FormatLocaleDefinition, type FormatLocaleObject} from "d3-format";
import type {Language} from "./translations.ts";


/** How a score is expressed: a mean on 0–10, or a share positive (0–1). */
export type Scoring = "mean" | "percent-positive";

/**
 * What every formatter prints for a value that is not there (suppressed or unknown): an en dash,
 * distinct from the minus sign of negative numbers.
 *
 * @example
 * format().score(null) === missingValue; // true
 */
export const missingValue = "–";

// Dutch writes a space before the percent sign ("65,5 %"): a no-break space, so a narrow table
// cell never puts the % on a line of its own. Both languages use the true minus sign (U+2212).
const definitions: Record<Language, FormatLocaleDefinition> = {
  nl: {decimal: ",", thousands: ".", grouping: [3], currency: ["€\u00a0", ""], percent: "\u00a0%", minus: "\u2212"},
  en: {decimal: ".", thousands: ",", grouping: [3], currency: ["€", ""], percent: "%", minus: "\u2212"}
};

/** Number formatting in one locale; every method prints {@link missingValue} for null. */
export interface Formatter {
  locale: Language;
  scoring: Scoring;
  /** A plain number with a fixed number of decimals: `7,4`. */
  number(x: number | null | undefined, digits?: number): string;
  /** A score as the scoring method expresses it: `7,4` for a mean, `65 %` for a share. */
  score(x: number | null | undefined): string;
  /** A signed difference of scores: `+0,8`, `−1,2`; `+5 pp` (percentage points) for shares. */
  difference(x: number | null | undefined): string;
  /** A share 0–1 as a percentage: `65,5 %`. */
  percent(x: number | null | undefined, digits?: number): string;
  /** An eNPS, rounded to a whole number: `−8`. */
  enps(x: number | null | undefined): string;
  /** A signed eNPS difference: `+6`, `−12`. */
  enpsDifference(x: number | null | undefined): string;
  /** A count with thousands separators: `1.388`. */
  count(x: number | null | undefined): string;
  /** An interval: `6,9–7,8` (scores) or with the words "tot"/"to" when a bound is negative. */
  interval(low: number | null | undefined, high: number | null | undefined, format?: (x: number) => string): string;
  /** The underlying d3-format locale, for axis tick formats. */
  d3: FormatLocaleObject;
}

const cache = new Map<string, Formatter>();

/**
 * Returns the number formatter for a locale and scoring method: Dutch by default (`7,4`,
 * `65,5 %`, `−8`, `1.388`), English as an option (`7.4`, `65.5%`, `−8`, `1,388`). Scores use the
 * `mean` method by default; with `percent-positive` a score is a share, printed as a percentage.
 * Values are rounded before the sign is chosen, so a difference of −0.04 prints as `0,0`.
 *
 * @example
 * const f = format({locale: "en"});
 * f.score(7.43); // "7.4"
 * f.percent(0.655); // "65.5%"
 */
export function format({locale = "nl", scoring = "mean"}: {locale?: Language; scoring?: Scoring} = {}): Formatter {
  const key = `${locale}:${scoring}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const d3 = formatLocale(definitions[locale] ?? definitions.nl);
  const share = scoring === "percent-positive";
  const fixed = (digits: number) => d3.format(`,.${digits}f`);
  const signed = (digits: number, suffix = "") => {
    const plain = d3.format(`,.${digits}f`);
    const plus = d3.format(`+,.${digits}f`);
    return (x: number) => {
      const rounded = Number(x.toFixed(digits));
      return (rounded === 0 ? plain(0) : plus(rounded)) + suffix;
    };
  };
  const orMissing =
    (f: (x: number) => string) =>
    (x: number | null | undefined): string =>
      x == null || !Number.isFinite(x) ? missingValue : f(x);
  const percent = (x: number | null | undefined, digits = 1) =>
    orMissing((x) => d3.format(`,.${digits}%`)(Number(x.toFixed(digits + 2))))(x);
  const word = locale === "en" ? "to" : "tot";
  const formatter: Formatter = {
    locale,
    scoring,
    d3,
    number: (x, digits = 1) => orMissing((x) => fixed(digits)(Number(x.toFixed(digits))))(x),
    score: orMissing(share ? (x) => percent(x, 0) : (x) => fixed(1)(Number(x.toFixed(1)))),
    difference: orMissing(share ? (x) => signed(0, "\u00a0pp")(x * 100) : signed(1)),
    percent,
    enps: orMissing((x) => fixed(0)(Math.round(x) || 0)),
    enpsDifference: orMissing(signed(0)),
    count: orMissing((x) => d3.format(",.0f")(x)),
    interval(low, high, f = (x) => formatter.score(x)) {
      if (low == null || high == null) return missingValue;
      return low < 0 || high < 0 ? `${f(low)} ${word} ${f(high)}` : `${f(low)}–${f(high)}`;
    }
  };
  cache.set(key, formatter);
  return formatter;
}
