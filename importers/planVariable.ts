import {answerKey} from "../bundle/scaleCodec.ts";
import type {ImportedOption, ImportedVariable} from "./ImportedExport.ts";
import {agreementPolarity, isDontKnow} from "./recognizeScale.ts";

/** Most distinct answers a column may have to be read as a closed question rather than open text. */
const MAX_OPTIONS = 12;

/** What kind of question a variable is, with its options (in order) for a closed one. */
export type Plan =
  | {kind: "text"}
  | {kind: "number"}
  | {kind: "choice"; options: ImportedOption[]; discovered: boolean; recode: [string, string][]}
  | {kind: "multi"; options: ImportedOption[]; discovered: boolean; recode: [string, string][]};

/**
 * Decides from the export's own description, else from the answers given, what kind of question a
 * variable is: open `text`, a `number`, a `choice` (at most 12 distinct answers, or labels of an
 * agreement scale, or whole numbers up to 11 points) or `multi` (cells listing options separated
 * by the export's separator). `discovered` says the options come from the answers given.
 *
 * @example
 * planVariable({name: "Q2", text: "Q2", column: 2}, ["Mee eens", "Mee oneens", "Mee eens"], ",")
 * // {kind: "choice", options: [{code: "Mee eens", label: "Mee eens"}, {code: "Mee oneens", label: "Mee oneens"}], discovered: true, recode: []}
 */
export function planVariable(variable: ImportedVariable, values: (string | string[])[], separator: string | undefined): Plan {
  if (variable.kind === "text") return {kind: "text"};
  if (variable.kind === "number") return {kind: "number"};
  if (variable.kind === "multi") {
    if (variable.options) return {kind: "multi", options: variable.options, discovered: false, recode: []};
    const seen = [...new Set(values.flatMap((v) => (Array.isArray(v) ? v : [])))];
    return {kind: "multi", options: seen.map((s) => ({code: s, label: s})), discovered: true, recode: []};
  }
  if (variable.options) return {kind: "choice", options: variable.options, discovered: false, recode: []};
  const texts = values.map((v) => String(v).trim()).filter((t) => t !== "");
  const spellings = firstSpellings(texts);
  const distinct = spellings.distinct;
  if (distinct.length === 0) return {kind: "text"};
  if (separator && texts.some((t) => t.includes(separator))) {
    const parts = texts.flatMap((t) => t.split(separator).map((p) => p.trim()).filter(Boolean));
    const {distinct: options, recode} = firstSpellings(parts);
    const trailing = separator === ";" && texts.every((t) => t.endsWith(";"));
    // Open text has commas too, but its pieces rarely repeat; chosen options do.
    const repeated = options.every((o) => parts.filter((p) => answerKey(p) === answerKey(o)).length >= 2);
    if (trailing || (options.length <= 20 && (repeated || options.length < distinct.length))) {
      return {kind: "multi", options: options.map((o) => ({code: o, label: o})), discovered: true, recode};
    }
  }
  const numbers = distinct.map(Number);
  const numeric = numbers.every((x) => Number.isFinite(x));
  const polarities = distinct.filter((t) => !isDontKnow(t)).map(agreementPolarity);
  const agreement = polarities.length >= 2 && polarities.every((p) => p !== null);
  const scored = distinct.filter((t) => !isDontKnow(t));
  const leading = scored.map((t) => /^(\d+)(\s*[-–:.]\s*\S.*)?$/.exec(t));
  const integersWithLabels = scored.length > 0 && leading.every((m) => m !== null) && distinct.length <= 11 + (distinct.length - scored.length);
  if (agreement || (numeric && numbers.every(Number.isInteger) && distinct.length <= 11) || integersWithLabels || (distinct.length <= MAX_OPTIONS && texts.length >= 2 * distinct.length && !numeric)) {
    const recode: [string, string][] = [...spellings.recode];
    let options: ImportedOption[];
    if (integersWithLabels && !numeric) {
      options = distinct.map((t) => {
        const m = /^(\d+)/.exec(t);
        if (m && !isDontKnow(t)) {
          recode.push([t, m[1]]);
          return {code: m[1], label: t};
        }
        return {code: t, label: t};
      });
    } else options = distinct.map((t) => ({code: t, label: t}));
    if (options.every((o) => Number.isFinite(Number(o.code)))) options.sort((a, b) => Number(a.code) - Number(b.code));
    else options.sort((a, b) => Number(isDontKnow(a.label)) - Number(isDontKnow(b.label)) || (Number(a.code) || Infinity) - (Number(b.code) || Infinity));
    return {kind: "choice", options, discovered: true, recode};
  }
  if (numeric) return {kind: "number"};
  return {kind: "text"};
}

/**
 * The distinct answers by the loaders' notion of one answer (case, spacing and `4`/`4.0` aside),
 * each in its first spelling, and the other spellings to write as that one.
 */
function firstSpellings(texts: string[]): {distinct: string[]; recode: [string, string][]} {
  const first = new Map<string, string>();
  const recode = new Map<string, string>();
  for (const t of texts) {
    const key = answerKey(t);
    const known = first.get(key);
    if (known === undefined) first.set(key, t);
    else if (known !== t) recode.set(t, known);
  }
  return {distinct: [...first.values()], recode: [...recode]};
}
