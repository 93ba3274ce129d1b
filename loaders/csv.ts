import iconv from "iconv-lite";
import type {BundleIssue} from "./BundleError.ts";

/** The separators a CSV may use; spreadsheets in Dutch locales write `;`. */
const DELIMITERS = [",", ";", "\t"] as const;
export type Delimiter = (typeof DELIMITERS)[number];

const QUOTE = 34; // "
const LF = 10;
const CR = 13;

/**
 * Turns the bytes of a CSV file into text: strips a UTF-8 byte-order mark and reads the bytes as
 * UTF-8, or as Windows-1252 when they are not valid UTF-8 (as spreadsheets on Windows write them).
 *
 * @example
 * decodeText(readFileSync("responses.csv")) // "id;afdeling;…"
 */
export function decodeText(bytes: Uint8Array): {text: string; encoding: "utf-8" | "windows-1252"} {
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = bytes.subarray(start);
  try {
    return {text: new TextDecoder("utf-8", {fatal: true}).decode(body), encoding: "utf-8"};
  } catch {
    // Node's TextDecoder reads "windows-1252" as Latin-1 (0x92 would not become ’), so iconv-lite does it.
    return {text: iconv.decode(Buffer.from(body.buffer, body.byteOffset, body.byteLength), "windows-1252"), encoding: "windows-1252"};
  }
}

/**
 * Guesses the separator from the header line: the most frequent of `,`, `;` and tab outside quotes
 * (`,` on a tie).
 */
export function detectDelimiter(text: string): Delimiter {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (let i = 0; i < text.length; ++i) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === "\n" || c === "\r")) break;
    else if (!quoted && counts.has(c)) counts.set(c, counts.get(c)! + 1);
  }
  let best: Delimiter = ",";
  for (const d of DELIMITERS) if (counts.get(d)! > counts.get(best)!) best = d;
  return best;
}

/**
 * Reads CSV records one at a time, keeping the line on which each record starts (as an editor
 * counts, so the header is line 1, and a quoted line break moves the next record down a line).
 * Blank lines are skipped. An unterminated quote is reported as an issue.
 *
 * @example
 * const reader = new CsvReader(text, "responses.csv");
 * for (let fields; (fields = reader.next()); ) console.log(reader.line, fields);
 */
export class CsvReader {
  readonly delimiter: Delimiter;
  readonly issues: BundleIssue[] = [];
  /** The line on which the record last returned by {@link next} starts. */
  line = 0;
  private readonly text: string;
  private readonly file: string;
  private readonly sep: number;
  private pos = 0;
  private nextLine = 1;

  constructor(text: string, file: string, delimiter: Delimiter = detectDelimiter(text)) {
    this.text = text;
    this.file = file;
    this.delimiter = delimiter;
    this.sep = delimiter.charCodeAt(0);
  }

  /** The next record's fields, or null at the end of the text. */
  next(): string[] | null {
    const {text, sep} = this;
    const end = text.length;
    for (;;) {
      if (this.pos >= end) return null;
      this.line = this.nextLine;
      const fields: string[] = [];
      let i = this.pos;
      let fieldStart = i;
      let lineEnded = false;
      while (!lineEnded) {
        if (i < end && text.charCodeAt(i) === QUOTE && i === fieldStart) {
          // A quoted field: "" stands for one quote; line breaks inside belong to the field.
          let value = "";
          let chunk = ++i;
          const quoteLine = this.nextLine;
          for (;;) {
            if (i >= end) {
              this.issues.push({
                file: this.file,
                line: quoteLine,
                column: fields.length + 1,
                message: "a quoted field is never closed",
                expected: 'a closing "',
                kind: "unclosed-quote"
              });
              value += text.slice(chunk, i);
              break;
            }
            const c = text.charCodeAt(i);
            if (c === QUOTE) {
              if (text.charCodeAt(i + 1) === QUOTE) {
                value += text.slice(chunk, i + 1);
                i += 2;
                chunk = i;
                continue;
              }
              value += text.slice(chunk, i);
              ++i;
              break;
            }
            if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF)) ++this.nextLine;
            ++i;
          }
          // Anything between the closing quote and the separator is kept, as spreadsheets do.
          const rest = i;
          while (i < end && text.charCodeAt(i) !== sep && text.charCodeAt(i) !== LF && text.charCodeAt(i) !== CR) ++i;
          fields.push(value + text.slice(rest, i));
        } else {
          while (i < end) {
            const c = text.charCodeAt(i);
            if (c === sep || c === LF || c === CR) break;
            ++i;
          }
          fields.push(text.slice(fieldStart, i));
        }
        if (i < end && text.charCodeAt(i) === sep) {
          fieldStart = ++i;
          continue;
        }
        // End of record: a line break or the end of the text.
        if (i < end) {
          if (text.charCodeAt(i) === CR && text.charCodeAt(i + 1) === LF) ++i;
          ++i;
          ++this.nextLine;
        }
        lineEnded = true;
      }
      this.pos = i;
      if (fields.length === 1 && fields[0] === "") continue; // a blank line
      return fields;
    }
  }
}

/**
 * Parses a number as spreadsheets write it: `7.5`, `7,5` (decimal comma), surrounding spaces.
 * Returns NaN for anything else, including thousands separators, which are ambiguous.
 *
 * @example
 * parseNumber("7,5") // 7.5
 */
export function parseNumber(text: string): number {
  const t = text.trim();
  if (!/^[-+]?(\d+([.,]\d*)?|[.,]\d+)([eE][-+]?\d+)?$/.test(t)) return NaN;
  return Number(t.replace(",", "."));
}

/**
 * The defect of a record whose field count differs from the header's, or null. Empty fields
 * beyond the header are tolerated: spreadsheets write trailing separators.
 *
 * @example
 * fieldCountIssue(["1", "2", "3"], 2, {file: "population.csv", line: 4, delimiter: ","})
 */
export function fieldCountIssue(fields: string[], columns: number, {file, line, delimiter}: {file: string; line: number; delimiter: string}): BundleIssue | null {
  const extra = fields.slice(columns).some((f) => f.trim() !== "");
  if (fields.length >= columns && !extra) return null;
  return {
    file,
    line,
    column: Math.min(fields.length, columns + 1),
    message: `the row has ${fields.length} fields, the header ${columns}`,
    expected: `${columns} fields separated by "${delimiter === "\t" ? "tab" : delimiter}"${delimiter === "," ? " (quote a number with a decimal comma)" : ""}`,
    kind: "field-count"
  };
}
