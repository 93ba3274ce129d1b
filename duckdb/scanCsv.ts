import {closeSync, openSync, readSync} from "node:fs";
import {isUtf8} from "node:buffer";

/** Bytes read at a time. */
const CHUNK = 1 << 24;

/** A line longer than this is left to the JS reader, which refuses it with its line number. */
const MAX_LINE = 1 << 26;

const QUOTE = 34; // "
const LF = 10;
const CR = 13;

/** Where a scan is: records and lines so far, the file's byte at the buffer's start, the samples. */
interface ScanState {
  records: number;
  line: number;
  blankLine: number;
  base: number;
  samples: Map<number, number>;
  last?: [record: number, offset: number];
}

/** What a pass over a CSV file's bytes found. */
export interface CsvScan {
  /** Records in the file, the header included; blank lines are not records. */
  records: number;
  /**
   * Why DuckDB's reading of the file might differ from the JS reader's, line for line and cell for
   * cell, or null when it cannot.
   */
  problem: string | null;
  /**
   * Records (1 is the first after the header) and the byte where each starts: the first, the one
   * at the start of each chunk read, and the last. Reading their ids tells whether a table of the
   * rows kept the file's order.
   */
  samples: {record: number; offset: number}[];
}

/**
 * Reads a CSV file once, in chunks of whole lines, to tell whether record i (0 = the header) is on
 * line i + 1 and whether DuckDB's CSV reader reads every field as Peiling's (`csv.ts`) does. It
 * reports as a problem: bytes that are not UTF-8; a line break inside a quoted field (a record on
 * several lines); a blank line before a record (it shifts the line numbers); a carriage return
 * without a line feed; a quote that does not open a field; anything but a separator or the line's
 * end after a closing quote; a quote never closed. Only quotes and line breaks are looked at,
 * found with `indexOf`, so a file without quotes costs little more than counting its lines, and
 * memory stays at one chunk whatever the file's size.
 *
 * @example
 * scanCsv("bench/.out/fevs-100000/responses.csv", ",") // {records: 100001, problem: null}
 */
export function scanCsv(path: string, delimiter: string): CsvScan {
  const sep = delimiter.charCodeAt(0);
  const fd = openSync(path, "r");
  let buffer = Buffer.allocUnsafe(CHUNK);
  let end = 0;
  let eof = false;
  let first = true;
  const state: ScanState = {records: 0, line: 1, blankLine: 0, base: 0, samples: new Map()};
  const done = (problem: string | null): CsvScan => {
    if (state.last) state.samples.set(...state.last);
    return {records: state.records, problem, samples: [...state.samples].filter(([record]) => record < state.records).map(([record, offset]) => ({record, offset}))};
  };
  try {
    for (;;) {
      while (!eof && end < buffer.length) {
        const n = readSync(fd, buffer, end, buffer.length - end, null);
        if (n === 0) eof = true;
        else end += n;
      }
      let start = 0;
      if (first && end >= 3 && buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) start = 3;
      // Whole lines only: up to the last line feed, or everything at the end of the file.
      const stop = eof ? end : buffer.lastIndexOf(LF, end - 1) + 1;
      if (stop <= start && !eof) {
        // No line feed in a whole buffer: a carriage return alone ends lines (old Mac files), or a very long line.
        const cr = buffer.subarray(start, end - 1).indexOf(CR);
        if (cr >= 0 && buffer[start + cr + 1] !== LF) return done(`a carriage return without a line feed (line ${state.line})`);
        if (buffer.length >= MAX_LINE) return done(`a line longer than ${MAX_LINE / (1 << 20)} MiB (line ${state.line})`);
        // One line longer than the buffer: make room.
        const bigger = Buffer.allocUnsafe(buffer.length * 2);
        buffer.copy(bigger, 0, 0, end);
        buffer = bigger;
        continue;
      }
      first = false;
      if (!isUtf8(buffer.subarray(start, stop))) return done("the file is not UTF-8");
      if (state.records >= 1 && stop > start) state.samples.set(state.records, state.base + start);
      const problem = scanLines(buffer, start, stop, eof, sep, state);
      if (problem) return done(`${problem} (line ${state.line})`);
      if (eof) return done(null);
      buffer.copyWithin(0, stop, end);
      end -= stop;
      state.base += stop;
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * Scans whole lines buffer[from, to) — `to` is just after a line feed, or the end of the file
 * when `last` — counting records and lines into `state`; returns a problem or null.
 */
function scanLines(buffer: Buffer, from: number, to: number, last: boolean, sep: number, state: ScanState): string | null {
  // The next quote, line feed and carriage return at or after a position, found lazily.
  let nextQuote = -1;
  let nextLf = -1;
  let nextCr = -1;
  const find = (byte: number, cached: number, at: number) => {
    if (cached >= at || cached === to) return cached;
    const found = buffer.indexOf(byte, at);
    return found < 0 || found >= to ? to : found;
  };
  const endLine = (contentEnd: number, lineStart: number): string | null => {
    if (contentEnd > lineStart) {
      if (state.blankLine) return `a blank line (line ${state.blankLine}) before a record`;
      // The first record after the header, and the last so far.
      if (state.records === 1) state.samples.set(1, state.base + lineStart);
      if (state.records >= 1) state.last = [state.records, state.base + lineStart];
      ++state.records;
    } else if (!state.blankLine) state.blankLine = state.line;
    return null;
  };
  let i = from;
  let lineStart = from;
  while (i < to) {
    nextQuote = find(QUOTE, nextQuote, i);
    nextLf = find(LF, nextLf, i);
    nextCr = find(CR, nextCr, i);
    const next = Math.min(nextQuote, nextLf, nextCr);
    if (next === to) break; // the last line, without a line break
    const c = buffer[next];
    if (c === QUOTE) {
      if (next !== lineStart && buffer[next - 1] !== sep) return "a quote inside a field that does not start with one";
      // Find the closing quote; "" inside is an escaped quote.
      let q = next + 1;
      for (;;) {
        q = buffer.indexOf(QUOTE, q);
        if (q < 0 || q >= to) return last ? "a quoted field is never closed" : "a line break inside a quoted field";
        if (q + 1 < to && buffer[q + 1] === QUOTE) q += 2;
        else break;
      }
      nextLf = find(LF, nextLf, next);
      nextCr = find(CR, nextCr, next);
      if (nextLf < q || nextCr < q) return "a line break inside a quoted field";
      const after = q + 1 < to ? buffer[q + 1] : -1;
      if (after !== -1 && after !== sep && after !== LF && after !== CR) return "text after a closing quote";
      i = q + 1;
      continue;
    }
    if (c === CR) {
      if (next + 1 < to && buffer[next + 1] === LF) {
        const problem = endLine(next, lineStart);
        if (problem) return problem;
        i = lineStart = next + 2;
        ++state.line;
        continue;
      }
      if (!(last && next + 1 === to)) return "a carriage return without a line feed";
      const problem = endLine(next, lineStart);
      if (problem) return problem;
      i = lineStart = next + 1;
      ++state.line;
      continue;
    }
    // A line feed.
    const problem = endLine(next, lineStart);
    if (problem) return problem;
    i = lineStart = next + 1;
    ++state.line;
  }
  if (last && to > lineStart) return endLine(to, lineStart);
  return null;
}
