import {closeSync, fstatSync, openSync, readSync} from "node:fs";
import {MAX_PLAIN_DIGITS} from "./IdIndex.ts";
import {isUtf8} from "node:buffer";
import iconv from "iconv-lite";
import type {BundleIssue} from "./BundleError.ts";

/** The separators a CSV may use; spreadsheets in Dutch locales write `;`. */
const DELIMITERS = [",", ";", "\t"] as const;
export type Delimiter = (typeof DELIMITERS)[number];

/** The encodings a CSV may have: UTF-8 (with or without byte-order mark), or Windows-1252. */
export type Encoding = "utf-8" | "windows-1252";

const QUOTE = 34; // "
const LF = 10;
const CR = 13;
const SPACE = 32;
const TAB = 9;
const PLUS = 43;
const COMMA = 44;
const MINUS = 45;
const DOT = 46;
const DIGIT_0 = 48;
const DIGIT_9 = 57;
/** 10⁰ … 10¹⁵, each an exact double. */
const POWERS_OF_TEN = Array.from({length: 16}, (_, k) => 10 ** k);

/** Bytes read from a file at a time: large enough to be fast, small enough to stream any file. */
const CHUNK = 1 << 24;

/**
 * The longest header line a CSV may have: a file without a line end in its first MiB is not a
 * table of answers (or not one Peiling can read), and is refused at once instead of read whole.
 */
export const MAX_HEADER_BYTES = 1 << 20;

/** The longest record: longer ones are refused with their line rather than held in memory. */
export const MAX_RECORD_BYTES = 1 << 26;

/**
 * The defect of a CSV whose first line has no line end within {@link MAX_HEADER_BYTES}.
 *
 * @example
 * headerTooLong("responses.csv") // {file: "responses.csv", line: 1, column: 1, message: "the header has no line end within the first 1 MiB", …}
 */
export function headerTooLong(file: string): BundleIssue {
  return {
    file,
    line: 1,
    column: 1,
    message: `the header has no line end within the first ${MAX_HEADER_BYTES / (1 << 20)} MiB (${MAX_HEADER_BYTES} bytes)`,
    expected: "a first line naming the columns, ended by a line feed (or a carriage return)",
    kind: "header-too-long"
  };
}

/**
 * Turns the bytes of a small text file into text: strips a UTF-8 byte-order mark and reads the
 * bytes as UTF-8, or as Windows-1252 when they are not valid UTF-8 (as spreadsheets on Windows
 * write them).
 *
 * @example
 * decodeText(readFileSync("survey.yaml")) // {text: "title: …", encoding: "utf-8"}
 */
export function decodeText(bytes: Uint8Array): {text: string; encoding: Encoding} {
  const body = hasBom(bytes) ? bytes.subarray(3) : bytes;
  const encoding: Encoding = isUtf8(body) ? "utf-8" : "windows-1252";
  return {text: decode(body, 0, body.length, encoding), encoding};
}

function hasBom(bytes: Uint8Array): boolean {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

function decode(bytes: Uint8Array, start: number, end: number, encoding: Encoding): string {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start);
  // Node's TextDecoder reads "windows-1252" as Latin-1 (0x92 would not become ’), so iconv-lite does it.
  return encoding === "utf-8" ? view.toString("utf8") : iconv.decode(view, "windows-1252");
}

/** Where a CSV's bytes come from: a file read in chunks, or bytes (or text) in memory. */
export type CsvSource = {path: string} | Uint8Array | string;

/** Reads bytes from a source into a buffer; returns how many were read (0 at the end). */
interface ByteInput {
  read(target: Buffer, offset: number, length: number): number;
  close(): void;
  /** The bytes it holds from where it starts, when known. */
  size: number;
}

function openInput(source: CsvSource, start = 0, end = Infinity): ByteInput {
  if (typeof source === "object" && "path" in source) {
    const fd = openSync(source.path, "r");
    let position = start;
    return {
      size: Math.max(0, Math.min(end, fstatSync(fd).size) - start),
      read(target, offset, length) {
        const n = readSync(fd, target, offset, Math.max(0, Math.min(length, end - position)), position);
        position += n;
        return n;
      },
      close: () => closeSync(fd)
    };
  }
  const bytes = typeof source === "string" ? Buffer.from(source, "utf8") : source;
  let position = 0;
  return {
    size: bytes.length,
    read(target, offset, length) {
      const n = Math.min(length, bytes.length - position);
      target.set(bytes.subarray(position, position + n), offset);
      position += n;
      return n;
    },
    close() {}
  };
}

/**
 * Whether the source is valid UTF-8 (after a byte-order mark), checked chunk by chunk: a file from
 * byte `start` (a line's first) up to byte `end`, or all of it; then its encoding is UTF-8, else
 * Windows-1252. A file read in parts is UTF-8 only when every part is (readInHalves.ts).
 *
 * @example
 * sourceEncoding({path: "responses.csv"}) // "utf-8"
 */
export function sourceEncoding(source: CsvSource, start = 0, end = Infinity): Encoding {
  if (typeof source === "string") return "utf-8";
  if (!("path" in source)) return isUtf8(hasBom(source) ? source.subarray(3) : source) ? "utf-8" : "windows-1252";
  const input = openInput(source, start, end);
  try {
    const buffer = Buffer.allocUnsafe(CHUNK + 4);
    let carry = 0;
    let first = true;
    for (;;) {
      const n = input.read(buffer, carry, CHUNK);
      const filled = carry + n;
      let from = 0;
      if (first && start === 0 && hasBom(buffer)) from = 3;
      first = false;
      if (n === 0) return isUtf8(buffer.subarray(from, filled)) ? "utf-8" : "windows-1252";
      // Validate up to the last character's first byte; carry the rest into the next chunk.
      let cut = filled;
      let back = filled - 1;
      while (back > from && back > filled - 4 && (buffer[back] & 0xc0) === 0x80) --back;
      if (back >= from && buffer[back] >= 0xc0) cut = back;
      if (!isUtf8(buffer.subarray(from, cut))) return "windows-1252";
      carry = filled - cut;
      buffer.copyWithin(0, cut, filled);
    }
  } finally {
    input.close();
  }
}

/**
 * Reads CSV records one at a time from a file of any size or from bytes in memory, keeping the
 * line on which each record starts (as an editor counts: the header is line 1, and a quoted line
 * break moves the next record down a line). A line ends with a line feed, a carriage return and a
 * line feed, or a carriage return alone (old Mac files). The separator (`,`, `;` or tab) is guessed
 * from the header line; the encoding is UTF-8 or, when the bytes are not valid UTF-8, Windows-1252.
 * Blank lines are skipped; an unterminated quote, a header line without a line end within
 * {@link MAX_HEADER_BYTES} and a record longer than {@link MAX_RECORD_BYTES} are reported as
 * issues (the last two end the reading).
 *
 * Fields are read through accessors, so that answer codes can be looked up from their bytes
 * without building a string for every cell.
 *
 * @example
 * const reader = new CsvReader({path: "responses.csv"}, "responses.csv");
 * while (reader.next()) console.log(reader.line, reader.fields());
 */
export class CsvReader {
  readonly file: string;
  encoding: Encoding = "utf-8";
  readonly issues: BundleIssue[] = [];
  delimiter: Delimiter = ",";
  /** The line on which the current record starts. */
  line = 0;
  /** Number of fields of the current record. */
  length = 0;

  private readonly input: ByteInput;
  private buffer = Buffer.allocUnsafe(0);
  private end = 0;
  private pos = 0;
  /** Bytes of the input before the buffer's first. */
  private consumed = 0;
  private eof = false;
  private nextLine = 1;
  private sep = 44;
  private starts = new Int32Array(64);
  private ends = new Int32Array(64);
  private trails = new Int32Array(64);
  private quoted = new Uint8Array(64);
  /** Short texts read so far, by their bytes: an index into `internedTexts`. */
  private readonly interned = new ByteTable();
  private readonly internedTexts: string[] = [];
  private trimStart = 0;
  private trimEnd = 0;

  /**
   * With `start` (a file's byte where a record begins, with `delimiter` and `encoding` known) the
   * reader begins there, with no header and lines counted from 1; with `end` it reads up to that
   * byte only, as if the file ended there.
   */
  constructor(source: CsvSource, file: string, {delimiter, encoding, start, end}: {delimiter?: Delimiter; encoding?: Encoding; start?: number; end?: number} = {}) {
    this.file = file;
    this.input = openInput(source, start, end);
    this.fill(0);
    if (start !== undefined && delimiter !== undefined && encoding !== undefined) {
      this.encoding = encoding;
      this.delimiter = delimiter;
      this.sep = delimiter.charCodeAt(0);
      return;
    }
    if (hasBom(this.buffer.subarray(0, this.end))) this.pos = 3;
    if (this.headerHasNoEnd()) {
      this.issues.push(headerTooLong(file));
      this.stop();
      return;
    }
    // With `end`, the encoding of this part only (see sourceEncoding).
    this.encoding = sourceEncoding(source, 0, end);
    this.delimiter = delimiter ?? this.detectDelimiter();
    this.sep = this.delimiter.charCodeAt(0);
  }

  /** The line on which the next record would start: one past the last line read. */
  get lineAfter(): number {
    return this.nextLine;
  }

  /**
   * About how many records follow the current one, at the mean length of the `records` read so far
   * (a guess, for sizing columns once instead of growing them), in the input and in `bytesAfter`
   * more bytes.
   */
  recordsLeft(records: number, bytesAfter = 0): number {
    const read = this.consumed + this.pos;
    return records > 0 && read > 0 ? Math.ceil(((this.input.size - read + bytesAfter) * records) / read) : 0;
  }

  /** Moves to the next record; false at the end of the input (which is then closed). */
  next(): boolean {
    for (;;) {
      if (this.pos >= this.end && !this.refill(this.pos)) {
        this.input.close();
        return false;
      }
      const parsed = this.parseRecord();
      if (parsed === "more") continue;
      if (this.length === 1 && this.ends[0] === this.starts[0] && !this.quoted[0]) continue; // a blank line
      return true;
    }
  }

  /** Field i of the current record as text, exactly as written (quotes removed). */
  field(i: number): string {
    if (i >= this.length) return "";
    const text = decode(this.buffer, this.starts[i], this.ends[i], this.encoding);
    if (!this.quoted[i]) return text;
    return text.replace(/""/g, '"') + decode(this.buffer, this.ends[i] + 1, this.trails[i], this.encoding);
  }

  /** All fields of the current record, as written. */
  fields(): string[] {
    return Array.from({length: this.length}, (_, i) => this.field(i));
  }

  /** Whether field i is empty or only white space. */
  isBlank(i: number): boolean {
    if (i >= this.length) return true;
    if (this.quoted[i]) return this.field(i).trim() === "";
    this.trim(i);
    return this.trimStart === this.trimEnd;
  }

  /**
   * Field i without surrounding white space. Short texts repeat (answer codes, group names), so
   * each distinct one is decoded once and then looked up by its bytes.
   */
  text(i: number): string {
    if (i >= this.length) return "";
    if (this.quoted[i]) return this.field(i).trim();
    this.trim(i);
    const start = this.trimStart;
    const end = this.trimEnd;
    const length = end - start;
    if (length === 0) return "";
    if (length > 32) return decode(this.buffer, start, end, this.encoding).trim();
    const buffer = this.buffer;
    const k = this.interned.get(buffer, start, end);
    if (k !== UNSEEN) return this.internedTexts[k];
    const text = decode(buffer, start, end, this.encoding).trim();
    if (this.internedTexts.length < ByteTable.LIMIT) this.interned.set(buffer, start, end, this.internedTexts.push(text) - 1);
    return text;
  }

  /**
   * Field i as a number when it is written plainly — unquoted, an optional sign, at most 15
   * digits in all, with at most one `.` or `,` between them — exactly as {@link parseNumber}
   * reads its text (the digits and a power of ten are exact doubles, so their quotient is the
   * correctly rounded value, as Number's); NaN for anything else, for which the text is parsed.
   * No string is made: weights are different in every row.
   *
   * @example
   * reader.plainNumber(9) // 0.75 for the field "0,75"
   */
  plainNumber(i: number): number {
    if (i >= this.length || this.quoted[i]) return NaN;
    this.trim(i);
    const buffer = this.buffer;
    let at = this.trimStart;
    const end = this.trimEnd;
    const negative = buffer[at] === MINUS;
    if (negative || buffer[at] === PLUS) ++at;
    let mantissa = 0;
    let digits = 0;
    let decimals = -1;
    for (; at < end; ++at) {
      const byte = buffer[at];
      if (byte >= DIGIT_0 && byte <= DIGIT_9) {
        mantissa = mantissa * 10 + (byte - DIGIT_0);
        ++digits;
        if (decimals >= 0) ++decimals;
      } else if ((byte === DOT || byte === COMMA) && decimals < 0) decimals = 0;
      else return NaN;
    }
    if (digits === 0 || digits > 15) return NaN;
    const value = decimals > 0 ? mantissa / POWERS_OF_TEN[decimals] : mantissa;
    return negative ? -value : value;
  }

  /**
   * Field i as an integer when it is written as digits only without a leading zero (at most
   * {@link MAX_PLAIN_DIGITS}, unquoted, surrounding white space aside), else −1: a respondent id
   * that `IdIndex` keeps as a number, by its rule, read without making a string.
   *
   * @example
   * reader.plainInteger(0) // 1017 for the field "1017", −1 for "r17" or "017"
   */
  plainInteger(i: number): number {
    if (i >= this.length || this.quoted[i]) return -1;
    this.trim(i);
    const buffer = this.buffer;
    const start = this.trimStart;
    const end = this.trimEnd;
    const length = end - start;
    if (length === 0 || length > MAX_PLAIN_DIGITS || (length > 1 && buffer[start] === DIGIT_0)) return -1;
    let value = 0;
    for (let at = start; at < end; ++at) {
      const byte = buffer[at];
      if (byte < DIGIT_0 || byte > DIGIT_9) return -1;
      value = value * 10 + (byte - DIGIT_0);
    }
    return value;
  }

  /**
   * The option of a closed question's answer in field i: {@link BLANK} for an empty cell, −1 for
   * a text that is not an answer of the scale. Single-byte codes (`1`…`5`, `9`), the vast majority
   * of a survey's cells, are found in a table by their byte, other unquoted texts up to 64 bytes
   * (group names) by their bytes, the rest through the codec.
   */
  option(i: number, lookup: OptionLookup): number {
    if (i >= this.length) return BLANK;
    // The common case first: one byte, unquoted, not white space.
    const first = this.starts[i];
    const last = this.ends[i];
    if (last - first === 1 && this.quoted[i] === 0) {
      const byte = this.buffer[first];
      if (byte !== SPACE && byte !== TAB) {
        const option = lookup.byByte[byte];
        if (option !== UNSEEN) return option;
      }
    } else if (last === first && this.quoted[i] === 0) return BLANK;
    if (!this.quoted[i]) {
      this.trim(i);
      const start = this.trimStart;
      const length = this.trimEnd - start;
      if (length === 0) return BLANK;
      const buffer = this.buffer;
      if (length === 1) {
        const byte = buffer[start];
        let option = lookup.byByte[byte];
        if (option === UNSEEN) option = lookup.byByte[byte] = lookup.codec.lookup(this.text(i));
        return option;
      }
      if (length <= MAX_LOOKUP_BYTES) {
        const option = lookup.bytes.get(buffer, start, start + length);
        if (option !== UNSEEN) return option;
        return lookup.bytes.set(buffer, start, start + length, lookup.codec.lookup(this.text(i)));
      }
    }
    const text = this.text(i);
    return text === "" ? BLANK : lookup.codec.lookup(text);
  }

  /** Sets `trimStart` and `trimEnd` to the byte range of unquoted field i without surrounding spaces and tabs. */
  private trim(i: number): void {
    const buffer = this.buffer;
    let start = this.starts[i];
    let end = this.ends[i];
    while (start < end && (buffer[start] === SPACE || buffer[start] === TAB)) ++start;
    while (end > start && (buffer[end - 1] === SPACE || buffer[end - 1] === TAB)) --end;
    this.trimStart = start;
    this.trimEnd = end;
  }

  /** Whether the file goes on past {@link MAX_HEADER_BYTES} without a line end. */
  private headerHasNoEnd(): boolean {
    if (this.eof && this.end - this.pos <= MAX_HEADER_BYTES) return false;
    const first = this.buffer.subarray(this.pos, Math.min(this.end, this.pos + MAX_HEADER_BYTES));
    return first.indexOf(LF) < 0 && first.indexOf(CR) < 0;
  }

  /** Reads no further: the next call of `next()` returns false. */
  private stop(): void {
    this.eof = true;
    this.end = this.pos;
  }

  /** The most frequent of `,`, `;` and tab in the header line outside quotes (`,` on a tie). */
  private detectDelimiter(): Delimiter {
    const counts = [0, 0, 0];
    let quoted = false;
    for (let i = this.pos; i < this.end; ++i) {
      const c = this.buffer[i];
      if (c === QUOTE) quoted = !quoted;
      else if (!quoted && (c === LF || c === CR)) break;
      else if (!quoted) DELIMITERS.forEach((d, k) => c === d.charCodeAt(0) && ++counts[k]);
    }
    let best = 0;
    for (let k = 1; k < 3; ++k) if (counts[k] > counts[best]) best = k;
    return DELIMITERS[best];
  }

  /**
   * Parses one record from `pos`. Returns "more" when the buffer ended inside the record and more
   * input was read (the record is then parsed again from its start).
   */
  private parseRecord(): "done" | "more" {
    const recordStart = this.pos;
    const recordLine = this.nextLine;
    const buffer = this.buffer;
    const end = this.end;
    const sep = this.sep;
    let i = recordStart;
    let n = 0;
    let lines = 0;
    for (;;) {
      if (n === this.starts.length) this.growFields();
      const fieldStart = i;
      if (i < end && buffer[i] === QUOTE) {
        const quoteLine = recordLine + lines;
        let j = i + 1;
        let closed = -1;
        while (j < end) {
          const c = buffer[j];
          if (c === QUOTE) {
            if (j + 1 < end && buffer[j + 1] === QUOTE) {
              j += 2;
              continue;
            }
            if (j + 1 >= end && !this.eof) break; // a quote at the buffer's end: "" or closing? read on
            closed = j;
            break;
          }
          if (c === LF || (c === CR && (j + 1 >= end || buffer[j + 1] !== LF))) ++lines;
          ++j;
        }
        if (closed < 0 && !this.eof) return this.restart(recordStart, recordLine);
        if (closed < 0) {
          this.issues.push({file: this.file, line: quoteLine, column: n + 1, message: "a quoted field is never closed", expected: 'a closing "', kind: "unclosed-quote"});
          closed = end;
        }
        // Anything between the closing quote and the separator is kept, as spreadsheets do.
        let k = Math.min(closed + 1, end);
        while (k < end && buffer[k] !== sep && buffer[k] !== LF && buffer[k] !== CR) ++k;
        if (k >= end && !this.eof) return this.restart(recordStart, recordLine);
        this.starts[n] = fieldStart + 1;
        this.ends[n] = closed;
        this.trails[n] = k;
        this.quoted[n] = 1;
        i = k;
      } else {
        while (i < end) {
          const c = buffer[i];
          if (c === sep || c === LF || c === CR) break;
          ++i;
        }
        if (i >= end && !this.eof) return this.restart(recordStart, recordLine);
        this.starts[n] = fieldStart;
        this.ends[n] = i;
        this.trails[n] = i;
        this.quoted[n] = 0;
      }
      ++n;
      if (i < end && buffer[i] === sep) {
        ++i;
        if (i >= end && !this.eof) return this.restart(recordStart, recordLine);
        continue;
      }
      // The end of the record: a line break or the end of the input.
      if (i < end) {
        if (buffer[i] === CR) {
          if (i + 1 >= end && !this.eof) return this.restart(recordStart, recordLine);
          if (buffer[i + 1] === LF) ++i;
        }
        ++i;
        ++lines;
      }
      break;
    }
    this.line = recordLine;
    this.nextLine = recordLine + lines;
    this.length = n;
    this.pos = i;
    return "done";
  }

  /** Reads more input keeping the unfinished record from `recordStart`, to parse it again. */
  private restart(recordStart: number, recordLine: number): "more" {
    this.nextLine = recordLine;
    this.refill(recordStart);
    return "more";
  }

  /** Moves the bytes from `keep` to the front and reads more after them; false when nothing is left. */
  private refill(keep: number): boolean {
    const rest = this.end - keep;
    if (this.eof) return rest > 0;
    if (keep === 0 && rest === this.buffer.length) {
      if (this.buffer.length >= MAX_RECORD_BYTES) {
        this.issues.push({
          file: this.file,
          line: this.nextLine,
          column: 1,
          message: `the record runs on for more than ${MAX_RECORD_BYTES / (1 << 20)} MiB without a line end`,
          expected: "one row per respondent, each ended by a line feed",
          kind: "record-too-long"
        });
        this.pos = 0;
        this.stop();
        return false;
      }
      // One record larger than the buffer: make room.
      const bigger = Buffer.allocUnsafe(this.buffer.length * 2);
      this.buffer.copy(bigger, 0, 0, this.end);
      this.buffer = bigger;
    } else this.buffer.copyWithin(0, keep, this.end);
    this.consumed += keep;
    this.end = rest;
    this.pos -= keep;
    this.fill(rest);
    return this.end > 0;
  }

  private fill(from: number): void {
    if (this.buffer.length === 0) this.buffer = Buffer.allocUnsafe(CHUNK);
    let at = from;
    while (at < this.buffer.length) {
      const n = this.input.read(this.buffer, at, this.buffer.length - at);
      if (n === 0) {
        this.eof = true;
        break;
      }
      at += n;
    }
    this.end = at;
    // A record's positions refer to the buffer, so interned texts stay valid: they are copies.
  }

  private growFields(): void {
    const size = this.starts.length * 2;
    const grow = <T extends Int32Array | Uint8Array>(a: T, make: (n: number) => T) => {
      const b = make(size);
      b.set(a);
      return b;
    };
    this.starts = grow(this.starts, (k) => new Int32Array(k));
    this.ends = grow(this.ends, (k) => new Int32Array(k));
    this.trails = grow(this.trails, (k) => new Int32Array(k));
    this.quoted = grow(this.quoted, (k) => new Uint8Array(k));
  }
}

/** What {@link CsvReader.option} returns for an empty cell. */
export const BLANK = -2;
const UNSEEN = -3;

/** A codec with the options of short cells by their bytes, filled as cells are read. */
export interface OptionLookup {
  codec: {lookup(text: string): number};
  /** Options of one-byte cells by the byte. */
  byByte: Int32Array;
  /** Options of unquoted cells of two to {@link MAX_LOOKUP_BYTES} bytes (group names, longer codes). */
  bytes: ByteTable;
}

/** An empty {@link OptionLookup} for a codec; make one per file, since bytes mean different characters in different encodings. */
export function optionLookup(codec: {lookup(text: string): number}): OptionLookup {
  return {codec, byByte: new Int32Array(256).fill(UNSEEN), bytes: new ByteTable()};
}

/** The longest cell whose option {@link OptionLookup} keeps by its bytes. */
const MAX_LOOKUP_BYTES = 64;

/**
 * Numbers by byte strings, in an open-addressing hash table (a hash of the length and the bytes at
 * both ends, linear probing) whose keys are copies of the bytes, compared in full: a cell's option
 * or interned text is found without making a string or a number that needs memory of its own. At
 * most {@link ByteTable.LIMIT} keys; past that `set` keeps nothing (a column of many different
 * texts is then looked up through its codec, or decoded, every time).
 */
class ByteTable {
  static readonly LIMIT = 1 << 16;
  /** Per slot, its key's index + 1, or 0 when free. */
  private slots = new Int32Array(64);
  private hashes: number[] = [];
  private keys: Uint8Array[] = [];
  private values: number[] = [];

  /** The number kept for `buffer[start..end)`, or UNSEEN. */
  get(buffer: Uint8Array, start: number, end: number): number {
    const h = endsHash(buffer, start, end);
    const mask = this.slots.length - 1;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const k = this.slots[slot] - 1;
      if (k < 0) return UNSEEN;
      if (this.hashes[k] === h && equalBytes(this.keys[k], buffer, start, end)) return this.values[k];
    }
  }

  /** Keeps `value` for `buffer[start..end)` (not yet kept) and returns it. */
  set(buffer: Uint8Array, start: number, end: number, value: number): number {
    if (this.keys.length >= ByteTable.LIMIT) return value;
    if ((this.keys.length + 1) * 2 > this.slots.length) this.grow();
    const h = endsHash(buffer, start, end);
    this.hashes.push(h);
    this.keys.push(Uint8Array.prototype.slice.call(buffer, start, end));
    this.values.push(value);
    this.place(h, this.keys.length);
    return value;
  }

  private place(h: number, entry: number): void {
    const mask = this.slots.length - 1;
    let slot = h & mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = entry;
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    this.hashes.forEach((h, k) => this.place(h, k + 1));
  }
}

/** A hash of the nonempty `buffer[start..end)` from its length and its first and last two bytes, as a small integer: keys are compared in full anyway. */
function endsHash(buffer: Uint8Array, start: number, end: number): number {
  let h = Math.imul(0x811c9dc5 ^ (end - start), 0x01000193);
  h = Math.imul(h ^ buffer[start], 0x01000193);
  h = Math.imul(h ^ buffer[end - 1], 0x01000193);
  if (end - start > 2) {
    h = Math.imul(h ^ buffer[start + 1], 0x01000193);
    h = Math.imul(h ^ buffer[end - 2], 0x01000193);
  }
  return h & 0x3fffffff;
}

function equalBytes(a: Uint8Array, buffer: Uint8Array, start: number, end: number): boolean {
  if (a.length !== end - start) return false;
  for (let j = 0; j < a.length; ++j) if (a[j] !== buffer[start + j]) return false;
  return true;
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
 * fieldCountIssue(reader, 2) // for a record "1,2,3" under a header "a,b"
 */
export function fieldCountIssue(reader: CsvReader, columns: number): BundleIssue | null {
  if (reader.length === columns) return null;
  if (reader.length > columns) {
    let extra = false;
    for (let i = columns; i < reader.length; ++i) if (!reader.isBlank(i)) extra = true;
    if (!extra) return null;
  }
  const {delimiter} = reader;
  return {
    file: reader.file,
    line: reader.line,
    column: Math.min(reader.length, columns + 1),
    message: `the row has ${reader.length} fields, the header ${columns}`,
    expected: `${columns} fields separated by "${delimiter === "\t" ? "tab" : delimiter}"${delimiter === "," ? " (quote a number with a decimal comma)" : ""}`,
    kind: "field-count"
  };
}
