/**
 * How Peiling's CSV reader (`csv.ts`, `readResponses.ts`) reads one cell, restated for a cell's
 * raw text as DuckDB hands it over (quotes removed, nothing trimmed), so that every distinct raw
 * value can be mapped once in JS — through the very {@link ScaleCodec.lookup} the JS engine uses —
 * and the mapping joined back in SQL.
 *
 * The JS reader trims a cell in two ways: an unquoted cell of spaces and tabs only is blank, and
 * any other cell is read as its text with `String.prototype.trim` applied (which also removes
 * no-break spaces, vertical tabs and other Unicode white space). DuckDB does not say whether a
 * cell was quoted, and the two agree except for a cell of white space that is not all spaces and
 * tabs: blank when quoted, the empty text when not. Such a cell is {@link UNCERTAIN}.
 */
import {choiceParts} from "../bundle/responseRules.ts";
import type {ScaleCodec} from "../bundle/scaleCodec.ts";

/** A cell whose reading depends on whether it was quoted, which DuckDB does not tell. */
export const UNCERTAIN = Symbol("uncertain");

/** The cell's text as the JS reader reads it, null when blank, or {@link UNCERTAIN}. */
export function cellText(raw: string | null): string | null | typeof UNCERTAIN {
  if (raw === null) return null;
  if (trimSpaces(raw) === "") return null;
  const text = raw.trim();
  return text === "" ? UNCERTAIN : text;
}

/** Trims spaces and tabs only, as the JS reader does at the byte level for unquoted cells. */
export function trimSpaces(raw: string): string {
  return raw.replace(/^[ \t]+|[ \t]+$/g, "");
}

/** What a distinct raw value of a closed question's column means. */
export type CodeCell = {kind: "blank"} | {kind: "option"; option: number} | {kind: "unknown"; text: string} | {kind: "uncertain"};

/** A closed (single-answer) question's cell: blank, an option index of its codec, or not an answer. */
export function codeCell(raw: string | null, codec: ScaleCodec): CodeCell {
  const text = cellText(raw);
  if (text === UNCERTAIN) return {kind: "uncertain"};
  if (text === null) return {kind: "blank"};
  const option = codec.lookup(text);
  return option < 0 ? {kind: "unknown", text} : {kind: "option", option};
}

/** What a distinct raw value of a multi question's column means. */
export type MultiCell = {kind: "blank"} | {kind: "chosen"; options: number[]} | {kind: "unknown"; text: string} | {kind: "uncertain"};

/**
 * A multi question's cell: blank, or the options chosen (parts split by the separator, each
 * trimmed, empty parts skipped), as readResponses reads it. A non-blank cell counts as answered
 * even when every part is empty.
 */
export function multiCell(raw: string | null, codec: ScaleCodec, separator: string): MultiCell {
  const text = cellText(raw);
  if (text === UNCERTAIN) return {kind: "uncertain"};
  if (text === null) return {kind: "blank"};
  const options = new Set<number>();
  for (const part of choiceParts(text, separator)) {
    const option = codec.lookup(part);
    if (option < 0) return {kind: "unknown", text: part.trim()};
    options.add(option);
  }
  return {kind: "chosen", options: [...options].sort((a, b) => a - b)};
}
