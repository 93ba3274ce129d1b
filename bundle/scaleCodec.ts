import {parseNumber} from "./csv.ts";
import type {Scale, ScaleType} from "./surveySchema.ts";

/** One answer a closed question can receive. */
export interface ScaleOption {
  code: string;
  label: string;
  /** Score on the scale's own range (0–10, grades 1–10) before any reversal; null for "don't know" and choices. */
  score: number | null;
  /** A "don't know / no experience" answer: counted apart, never scored. */
  missing: boolean;
  /** Counts as positive for the percent-positive method. */
  positive: boolean;
}

/**
 * A scale compiled for reading answers: its options in report order and a lookup from a cell's
 * text (a code or a label, case- and whitespace-insensitive) to an option index.
 */
export interface ScaleCodec {
  type: ScaleType;
  options: ScaleOption[];
  /** The option index for a cell's text, or -1 when the text is not an answer of this scale. */
  lookup(cell: string): number;
  /** The valid answers, for error messages. */
  expected: string;
}

/** The default 5-point agreement scale: codes 1–5 scored 0, 2.5, 5, 7.5, 10. */
const DEFAULT_LIKERT: Record<string, number> = {1: 0, 2: 2.5, 3: 5, 4: 7.5, 5: 10};

/**
 * The key under which a code or label is looked up: numbers by value (`4`, `4.0` and ` 4 ` are one
 * code), text in lower case with runs of white space as one space.
 */
export function answerKey(text: string | number): string {
  const s = String(text);
  const x = parseNumber(s);
  if (Number.isFinite(x)) return `#${x}`;
  return s.trim().replace(/\s+/g, " ").toLowerCase();
}

/**
 * Compiles a scale from survey.yaml into a codec.
 *
 * @example
 * const codec = scaleCodec({type: "likert", missing: [9]});
 * codec.options[codec.lookup("4")].score // 7.5
 */
export function scaleCodec(scale: Scale): ScaleCodec {
  const options = scaleOptions(scale);
  const index = new Map<string, number>();
  options.forEach((o, i) => {
    for (const key of [answerKey(o.code), answerKey(o.label)]) if (!index.has(key)) index.set(key, i);
  });
  // Extra spellings of the merged "don't know" option.
  if ("missing" in scale) {
    const dontKnow = options.findIndex((o) => o.missing);
    for (const m of scale.missing) if (!index.has(answerKey(m))) index.set(answerKey(m), dontKnow);
  }
  const spellings = [...new Set(options.flatMap((o) => (o.code === o.label ? [o.code] : [o.code, o.label])))];
  // Cells repeat the same few texts: remember each text's option so a million rows cost a map lookup each.
  const seen = new Map<string, number>();
  return {
    type: scale.type,
    options,
    lookup: (cell) => {
      let option = seen.get(cell);
      if (option === undefined) {
        option = index.get(answerKey(cell)) ?? -1;
        if (seen.size < 10_000) seen.set(cell, option);
      }
      return option;
    },
    expected:
      scale.type === "number"
        ? `a number${"min" in scale && scale.min !== undefined ? ` ≥ ${scale.min}` : ""}${"max" in scale && scale.max !== undefined ? ` ≤ ${scale.max}` : ""}`
        : scale.type === "text"
          ? "any text"
          : `one of ${spellings.map((s) => JSON.stringify(s)).join(", ")}`
  };
}

function scaleOptions(scale: Scale): ScaleOption[] {
  switch (scale.type) {
    case "likert": {
      const values = scale.values ?? DEFAULT_LIKERT;
      const labels = scale.labels ?? {};
      const positive = scale.positive ? new Set(scale.positive.map(answerKey)) : null;
      const options = Object.entries(values)
        .map(([code, score]) => ({code, label: labels[code] ?? code, score, missing: false, positive: false}))
        .sort((a, b) => a.score - b.score);
      for (const o of options) o.positive = positive ? positive.has(answerKey(o.code)) || positive.has(answerKey(o.label)) : o.score > 5;
      return withDontKnow(options, scale.missing, labels);
    }
    case "nps":
      return withDontKnow(range(0, 10).map((x) => numeric(x, x >= 9)), scale.missing, {});
    case "grade":
      return withDontKnow(gradeSteps(scale.decimals).map((x) => numeric(x, x >= 6)), scale.missing, {});
    case "choice":
    case "multi": {
      const options = scale.options.map((o) => {
        const {code, label} = typeof o === "object" ? {code: String(o.code), label: o.label} : {code: String(o), label: String(o)};
        return {code, label, score: null, missing: false, positive: false};
      });
      return scale.type === "choice" ? withDontKnow(options, scale.missing, {}) : options;
    }
    case "number":
    case "text":
      return [];
  }
}

/** Adds one option standing for every "don't know" spelling of the scale, when it has any. */
function withDontKnow(options: ScaleOption[], missing: (string | number)[], labels: Record<string, string>): ScaleOption[] {
  if (missing.length === 0) return options;
  const codes = missing.filter((m) => Number.isFinite(parseNumber(String(m)))).map(String);
  const texts = missing.filter((m) => !Number.isFinite(parseNumber(String(m)))).map(String);
  const code = codes[0] ?? texts[0];
  const label = texts[0] ?? labels[code] ?? code;
  return [...options, {code, label, score: null, missing: true, positive: false}];
}

function numeric(x: number, positive: boolean): ScaleOption {
  return {code: String(x), label: String(x), score: x, missing: false, positive};
}

/** The grades 1–10 in steps of one, or of 0.1 (0.01) when the scale allows decimals. */
function gradeSteps(decimals: number): number[] {
  const unit = 10 ** decimals;
  return range(unit, 10 * unit).map((x) => x / unit);
}

function range(from: number, to: number): number[] {
  return Array.from({length: to - from + 1}, (_, i) => from + i);
}
