import {isUtf8} from "node:buffer";
import {inflateSync} from "node:zlib";
import iconv from "iconv-lite";
import {ImportError, type ImportIssue} from "./ImportError.ts";
import type {ImportedExport, ImportedOption, ImportedRow, ImportedVariable} from "./ImportedExport.ts";

/*
 * An SPSS system file (.sav, also .zsav) is a dictionary of records followed by the cases. We read
 * the records a survey export uses: variables with their labels and user-missing values, value
 * labels (also of long strings), long variable names, very long strings, multiple response sets
 * and the character encoding; the cases uncompressed, bytecode-compressed or ZLIB-compressed.
 * The layout follows the public description in GNU PSPP's manual ("System File Format").
 */

/** SPSS print-format types that hold a date or a time, counted in seconds since 14 October 1582. */
const DATE_FORMATS = new Set([20, 22, 23, 24, 38, 39]);
const GREGORIAN_EPOCH = Date.UTC(1582, 9, 14);

/** One 8-byte slot of the dictionary: a variable, or a continuation of a string variable. */
interface Slot {
  type: number;
  shortName: string;
  /** The variable label's bytes, decoded once the file's encoding is known (it comes later in the dictionary). */
  rawLabel: Buffer | null;
  missingCount: number;
  missing: Buffer[];
  format: number;
}

/** A variable of the file: its slots in the case, and everything the dictionary says about it. */
interface SavVariable {
  shortName: string;
  name: string;
  label: string | null;
  /** 0 for a number, else the string's width in bytes. */
  width: number;
  /** The slots holding its value, in order (several for a long or very long string). */
  slots: {first: number; count: number; bytes: number}[];
  /** Value labels by code, in the order the file lists them. */
  labels: Map<string, string>;
  missing: {codes: string[]; range: [number, number] | null};
  isDate: boolean;
}

/**
 * Reads an SPSS system file into the shared import model: variable labels become question texts,
 * value labels answer options (in code order), user-missing values missing codes, multiple
 * response sets multi questions; string variables are kept as text. Throws an {@link ImportError}
 * naming the record and variable of a defect, such as a file cut off inside a case.
 *
 * @example
 * const exported = readSav(readFileSync("medewerkers.sav"), "medewerkers.sav");
 */
export function readSav(bytes: Uint8Array, file: string): ImportedExport {
  const input = new Cursor(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), file);
  const magic = input.latin1(0, 4);
  if (magic !== "$FL2" && magic !== "$FL3") fail(file, "the file is not an SPSS system file (it does not start with $FL2 or $FL3)", "a .sav file written by SPSS or PSPP");
  if (bytes.length < 176) fail(file, "the file ends inside its header", "a complete .sav file");
  const layout = input.buffer.readInt32LE(64);
  input.littleEndian = layout === 2 || layout === 3;
  const compression = input.int32At(72);
  const weightIndex = input.int32At(76);
  const caseCount = input.int32At(80);
  const bias = input.float64At(84);
  const creation = input.latin1(92, 9).trim();
  const rawLabel = input.buffer.subarray(109, 173);
  input.position = 176;

  const slots: Slot[] = [];
  const valueLabelSets: {entries: [Buffer, Buffer][]; slots: number[]}[] = [];
  const extensions = new Map<number, Buffer[]>();
  for (let done = false; !done; ) {
    const recordType = input.int32("the dictionary");
    if (recordType === 2) slots.push(readSlot(input));
    else if (recordType === 3) {
      const count = input.int32("a value label record");
      const entries: [Buffer, Buffer][] = [];
      for (let i = 0; i < count; ++i) {
        const value = input.bytes(8, "a value label record");
        const length = input.bytes(1, "a value label record")[0];
        const label = input.bytes(length, "a value label record");
        input.bytes((8 - ((length + 1) % 8)) % 8, "a value label record");
        entries.push([value, label]);
      }
      if (input.int32("a value label record") !== 4) fail(file, "a value label record is not followed by its variables", "record type 4 after type 3");
      const n = input.int32("a value label record");
      valueLabelSets.push({entries, slots: Array.from({length: n}, () => input.int32("a value label record") - 1)});
    } else if (recordType === 6) {
      input.bytes(80 * input.int32("a document record"), "a document record");
    } else if (recordType === 7) {
      const subtype = input.int32("an extension record");
      const size = input.int32("an extension record");
      const count = input.int32("an extension record");
      const data = input.bytes(size * count, "an extension record");
      extensions.set(subtype, [...(extensions.get(subtype) ?? []), data]);
    } else if (recordType === 999) {
      input.int32("the dictionary");
      done = true;
    } else fail(file, `the dictionary has a record of unknown type ${recordType} at byte ${input.position - 4}`, "an SPSS system file");
  }

  const encoding = fileEncoding(extensions, input);
  const decode = (b: Buffer) => iconv.decode(b, encoding);
  const floats = extensions.get(4)?.[0];
  const sysmis = floats && floats.length >= 24 ? input.float64Of(floats, 0) : -Number.MAX_VALUE;

  const variables = collectVariables(slots, decode, file);
  applyVeryLongStrings(variables, extensions.get(14), decode);
  const longNames = pairs(extensions.get(13), decode, "\t");
  for (const v of variables) v.name = longNames.get(v.shortName) ?? v.shortName;
  for (const v of variables) readMissing(v, slots, input, decode);
  const bySlot = new Map<number, SavVariable>();
  for (const v of variables) bySlot.set(v.slots[0].first, v);
  for (const set of valueLabelSets) {
    for (const slot of set.slots) {
      const v = bySlot.get(slot);
      if (!v) continue;
      for (const [value, label] of set.entries) v.labels.set(v.width ? decode(value).trimEnd() : formatNumber(input.float64Of(value, 0)), decode(label));
    }
  }
  readLongStringLabels(variables, extensions.get(21), input, decode);

  const slotIsString = slots.map((s) => s.type !== 0);
  let stream: Buffer;
  if (compression === 2) stream = inflateBlocks(input, file);
  else stream = input.buffer.subarray(input.position);
  const readDouble = (b: Buffer) => input.float64Of(b, 0);
  const cases = compression === 0 ? uncompressedCases(stream, slotIsString, readDouble) : bytecodeCases(stream, slotIsString, readDouble, bias, sysmis);
  const slotVariable = (slot: number) => variables.find((v) => v.slots.some((s) => slot >= s.first && slot < s.first + s.count));
  if (cases.cutAt) {
    const v = slotVariable(cases.cutAt.slot);
    throwIssue({file, record: cases.cutAt.record, column: v ? variables.indexOf(v) + 1 : undefined, columnName: v?.name, message: "the file ends inside this record", expected: "a complete .sav file (was it cut off while copying?)", kind: "truncated"});
  }
  if (caseCount >= 0 && cases.values.length < caseCount) {
    throwIssue({file, record: cases.values.length + 1, message: `the file ends after ${cases.values.length} records, its header announces ${caseCount}`, expected: "a complete .sav file (was it cut off while copying?)", kind: "truncated"});
  }

  const rows: ImportedRow[] = cases.values.map((slotValues, i) => ({
    at: i + 1,
    values: variables.map((v) => {
      if (v.width === 0) {
        const x = slotValues[v.slots[0].first] as number;
        if (x === sysmis || Number.isNaN(x)) return "";
        return v.isDate ? new Date(GREGORIAN_EPOCH + x * 1000).toISOString().slice(0, 10) : formatNumber(x);
      }
      const parts = v.slots.map((s) => Buffer.concat(slotValues.slice(s.first, s.first + s.count) as Buffer[]).subarray(0, s.bytes));
      return decode(Buffer.concat(parts)).trimEnd();
    })
  }));

  const imported: ImportedVariable[] = variables.map((v, i) => {
    const codes = new Set(v.missing.codes);
    if (v.missing.range) {
      const [low, high] = v.missing.range;
      const inRange = (code: string) => Number(code) >= low && Number(code) <= high;
      for (const code of v.labels.keys()) if (inRange(code)) codes.add(code);
      for (const row of rows) if (row.values[i] !== "" && inRange(row.values[i] as string)) codes.add(row.values[i] as string);
    }
    const options: ImportedOption[] = [...v.labels].map(([code, label]) => ({code, label}));
    if (v.width === 0) options.sort((a, b) => Number(a.code) - Number(b.code));
    return {
      name: v.name,
      text: v.label?.trim() || v.name,
      column: i + 1,
      ...(options.length ? {options, strict: true} : v.isDate ? {kind: "date" as const} : {}),
      ...(v.width ? {isString: true} : {}),
      ...(codes.size ? {missing: [...codes]} : {})
    };
  });
  const exported: ImportedExport = {file, format: "sav", unit: "record", variables: imported, rows};
  const weight = weightIndex > 0 ? bySlot.get(weightIndex - 1) : undefined;
  if (weight) exported.weight = weight.name;
  const title = decode(rawLabel).trim();
  if (title) exported.title = title;
  const date = savDate(creation);
  if (date) exported.date = date;
  return multipleResponseSets(exported, [...(extensions.get(7) ?? []), ...(extensions.get(19) ?? [])].map(decode).join("\n"));
}

function readSlot(input: Cursor): Slot {
  const what = "a variable record";
  const type = input.int32(what);
  const hasLabel = input.int32(what);
  const missingCount = input.int32(what);
  const format = input.int32(what);
  input.int32(what);
  const shortName = input.latin1(input.position, 8).trimEnd();
  input.bytes(8, what);
  let rawLabel: Buffer | null = null;
  if (hasLabel === 1) {
    const length = input.int32(what);
    rawLabel = input.bytes(length, what);
    input.bytes((4 - (length % 4)) % 4, what);
  }
  const missing = Array.from({length: Math.abs(missingCount)}, () => input.bytes(8, what));
  return {type, shortName, rawLabel, missingCount, missing, format};
}

function collectVariables(slots: Slot[], decode: (b: Buffer) => string, file: string): SavVariable[] {
  const variables: SavVariable[] = [];
  for (let i = 0; i < slots.length; ++i) {
    const slot = slots[i];
    if (slot.type < 0) continue;
    const count = slot.type === 0 ? 1 : Math.ceil(slot.type / 8);
    for (let k = 1; k < count; ++k) {
      if (slots[i + k]?.type !== -1) {
        throwIssue({file, column: variables.length + 1, columnName: slot.shortName, message: `the string variable of width ${slot.type} is not followed by its ${count - 1} continuation records`, expected: "an undamaged .sav file", kind: "format"});
      }
    }
    const rawLabel = slot.rawLabel;
    variables.push({
      shortName: slot.shortName,
      name: slot.shortName,
      label: rawLabel ? decode(rawLabel) : null,
      width: slot.type,
      slots: [{first: i, count, bytes: slot.type === 0 ? 8 : slot.type}],
      labels: new Map(),
      missing: {codes: [], range: null},
      isDate: slot.type === 0 && DATE_FORMATS.has((slot.format >> 16) & 0xff)
    });
  }
  return variables;
}

/** A string wider than 255 bytes is stored as segments, one per 252 bytes of width; joins them into one variable. */
function applyVeryLongStrings(variables: SavVariable[], records: Buffer[] | undefined, decode: (b: Buffer) => string): void {
  const widths = pairs(records, decode, "\t");
  for (const [shortName, widthText] of widths) {
    const width = Number(widthText);
    const at = variables.findIndex((v) => v.shortName === shortName);
    if (at < 0 || !(width > 255)) continue;
    const segments = Math.ceil(width / 252);
    const parts = variables.slice(at + 1, at + segments);
    if (parts.length !== segments - 1 || parts.some((p) => p.width === 0)) continue;
    variables.splice(at + 1, segments - 1);
    const root = variables[at];
    root.width = width;
    // Every segment but the last holds 255 bytes of the text; the last holds the rest.
    root.slots = [root.slots[0], ...parts.map((p) => p.slots[0])].map((s, k) => ({...s, bytes: k < segments - 1 ? 255 : s.bytes}));
  }
}

function readMissing(v: SavVariable, slots: Slot[], input: Cursor, decode: (b: Buffer) => string): void {
  const slot = slots[v.slots[0].first];
  const n = slot.missingCount;
  if (n === 0) return;
  if (v.width) {
    v.missing.codes = slot.missing.map((b) => decode(b).trimEnd());
    return;
  }
  const values = slot.missing.map((b) => input.float64Of(b, 0));
  if (n > 0) v.missing.codes = values.map(formatNumber);
  else {
    v.missing.range = [values[0], values[1]];
    if (n === -3) v.missing.codes = [formatNumber(values[2])];
  }
}

/** Value labels of strings wider than 8 bytes (extension record 21). */
function readLongStringLabels(variables: SavVariable[], records: Buffer[] | undefined, input: Cursor, decode: (b: Buffer) => string): void {
  for (const data of records ?? []) {
    const reader = new Cursor(data, "");
    reader.littleEndian = input.littleEndian;
    while (reader.position < data.length) {
      const name = decode(reader.bytes(reader.int32(""), "")).trim();
      reader.int32("");
      const count = reader.int32("");
      const v = variables.find((x) => x.shortName === name || x.name === name);
      for (let i = 0; i < count; ++i) {
        // PSPP writes these values in UTF-8 whatever the file's encoding; SPSS in the file's.
        const raw = reader.bytes(reader.int32(""), "");
        const value = (raw.some((b) => b >= 0x80) && isUtf8(raw) ? raw.toString("utf8") : decode(raw)).trimEnd();
        const label = decode(reader.bytes(reader.int32(""), ""));
        v?.labels.set(value, label);
      }
    }
  }
}

/** `KEY=value` pairs separated by `separator` (and NULs), as extension records 13 and 14 hold them. */
function pairs(records: Buffer[] | undefined, decode: (b: Buffer) => string, separator: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const data of records ?? []) {
    for (const entry of decode(data).split(separator)) {
      const clean = entry.replace(/\0/g, "");
      const at = clean.indexOf("=");
      if (at > 0) map.set(clean.slice(0, at), clean.slice(at + 1));
    }
  }
  return map;
}

/** The file's character encoding: extension record 20, else the code page in record 3, else Windows-1252. */
function fileEncoding(extensions: Map<number, Buffer[]>, input: Cursor): string {
  const named = extensions.get(20)?.[0]?.toString("latin1").replace(/\0/g, "").trim();
  if (named && iconv.encodingExists(named)) return named;
  const info = extensions.get(3)?.[0];
  if (info && info.length >= 32) {
    const page = input.littleEndian ? info.readInt32LE(28) : info.readInt32BE(28);
    if (page === 65001) return "utf-8";
    if (page === 2 || page === 3) return "latin1";
    if (iconv.encodingExists(`cp${page}`)) return `cp${page}`;
  }
  return "windows-1252";
}

/** Decompresses the ZLIB blocks of a .zsav file into the bytecode stream they hold. */
function inflateBlocks(input: Cursor, file: string): Buffer {
  const headerAt = input.position;
  if (headerAt + 24 > input.buffer.length) fail(file, "the file ends inside its compressed data header", "a complete .zsav file (was it cut off while copying?)");
  const trailerAt = Number(input.int64At(headerAt + 8));
  if (trailerAt + 24 > input.buffer.length) fail(file, "the file ends before the index of its compressed blocks", "a complete .zsav file (was it cut off while copying?)");
  const blocks = input.int32At(trailerAt + 20);
  const parts: Buffer[] = [];
  for (let b = 0; b < blocks; ++b) {
    const entry = trailerAt + 24 + b * 24;
    if (entry + 24 > input.buffer.length) fail(file, `the file ends inside the index of its compressed blocks (block ${b + 1})`, "a complete .zsav file");
    const from = Number(input.int64At(entry + 8));
    const size = input.int32At(entry + 20);
    try {
      parts.push(inflateSync(input.buffer.subarray(from, from + size)));
    } catch {
      fail(file, `compressed block ${b + 1} of ${blocks} cannot be decompressed`, "a complete .zsav file (was it cut off while copying?)");
    }
  }
  return Buffer.concat(parts);
}

interface Cases {
  values: (number | Buffer)[][];
  /** Where the data ended inside a case: its record (from 1) and slot. */
  cutAt?: {record: number; slot: number};
}

/** Cases stored as they are: 8 bytes per slot. */
function uncompressedCases(stream: Buffer, isString: boolean[], readDouble: (b: Buffer) => number): Cases {
  const values: (number | Buffer)[][] = [];
  const size = isString.length * 8;
  for (let at = 0; at + size <= stream.length; at += size) {
    values.push(isString.map((string, s) => {
      const raw = stream.subarray(at + s * 8, at + s * 8 + 8);
      return string ? raw : readDouble(raw);
    }));
  }
  const rest = stream.length % size;
  return rest ? {values, cutAt: {record: values.length + 1, slot: Math.floor(rest / 8)}} : {values};
}

/**
 * Cases in bytecode compression: blocks of 8 codes, each a small integer plus the bias (1–251), a
 * value in the 8 bytes after the block (253), 8 spaces (254), system-missing (255) or the end (252).
 */
function bytecodeCases(stream: Buffer, isString: boolean[], readDouble: (b: Buffer) => number, bias: number, sysmis: number): Cases {
  const slots = isString.length;
  const values: (number | Buffer)[][] = [];
  const spaces = Buffer.alloc(8, 32);
  let at = 0;
  let codes: Buffer | null = null;
  let k = 8;
  let current: (number | Buffer)[] = [];
  const nextCode = (): number => {
    for (;;) {
      if (k === 8) {
        if (at + 8 > stream.length) return -1;
        codes = stream.subarray(at, at + 8);
        at += 8;
        k = 0;
      }
      const code = codes![k++];
      if (code !== 0) return code;
    }
  };
  for (;;) {
    const code = nextCode();
    if (code === -1 || code === 252) break;
    const s = current.length;
    let value: number | Buffer;
    if (code === 253) {
      if (at + 8 > stream.length) return {values, cutAt: {record: values.length + 1, slot: s}};
      const raw = stream.subarray(at, at + 8);
      at += 8;
      value = isString[s] ? raw : readDouble(raw);
    } else if (code === 254) value = isString[s] ? spaces : sysmis;
    else if (code === 255) value = isString[s] ? spaces : sysmis;
    else value = isString[s] ? spaces : code - bias;
    current.push(value);
    if (current.length === slots) {
      values.push(current);
      current = [];
    }
  }
  return current.length ? {values, cutAt: {record: values.length + 1, slot: current.length}} : {values};
}

/** Replaces the member variables of each multiple response set with one multi variable. */
function multipleResponseSets(exported: ImportedExport, text: string): ImportedExport {
  const {variables, rows} = exported;
  const sets: ImportedVariable[] = [];
  const taken = new Set<number>();
  const members = new Map<number, {indexes: number[]; chosen: (i: number, value: string) => string[]}>();
  for (const line of text.split("\n")) {
    const match = /^\$([^=]+)=([DCE])(.*)$/.exec(line.trim());
    if (!match) continue;
    const [, name, type, body] = match;
    let rest = body;
    let counted: string | null = null;
    if (type === "D" || type === "E") {
      if (type === "E") rest = rest.replace(/^ ?1[01] /, "");
      const lengthMatch = /^(\d+) /.exec(rest);
      if (!lengthMatch) continue;
      const length = Number(lengthMatch[1]);
      counted = rest.slice(lengthMatch[0].length, lengthMatch[0].length + length);
      rest = rest.slice(lengthMatch[0].length + length + 1);
    } else rest = rest.replace(/^ /, "");
    const labelMatch = /^(\d+) /.exec(rest);
    if (!labelMatch) continue;
    const labelLength = Number(labelMatch[1]);
    const label = rest.slice(labelMatch[0].length, labelMatch[0].length + labelLength);
    const names = rest.slice(labelMatch[0].length + labelLength).trim().split(/\s+/).filter(Boolean);
    const indexes = names.map((n) => variables.findIndex((v) => v.name.toLowerCase() === n.toLowerCase())).filter((i) => i >= 0);
    if (!indexes.length || indexes.some((i) => taken.has(i))) continue;
    indexes.forEach((i) => taken.add(i));
    const memberVariables = indexes.map((i) => variables[i]);
    let options: ImportedOption[];
    let chosen: (i: number, value: string) => string[];
    if (counted !== null) {
      const countedValue = counted.trim();
      options = memberVariables.map((v) => ({code: v.name, label: v.text}));
      chosen = (i, value) => (value !== "" && Number(value) === Number(countedValue) ? [variables[i].name] : []);
    } else {
      const labels = new Map<string, string>();
      for (const v of memberVariables) for (const o of v.options ?? []) if (!v.missing?.includes(o.code)) labels.set(o.code, o.label);
      options = [...labels].map(([code, l]) => ({code, label: l}));
      chosen = (i, value) => (value !== "" && !variables[i].missing?.includes(value) ? [value] : []);
    }
    const first = Math.min(...indexes);
    sets.push({name, text: label || memberVariables[0].text, column: variables[first].column, kind: "multi", options, strict: true});
    members.set(first, {indexes, chosen});
  }
  if (!sets.length) return exported;
  const kept = variables.map((_, i) => i).filter((i) => !taken.has(i) || members.has(i));
  const setAt = new Map([...members.keys()].map((first, k) => [first, sets[k]]));
  return {
    ...exported,
    variables: kept.map((i) => setAt.get(i) ?? variables[i]),
    rows: rows.map((row) => ({
      at: row.at,
      values: kept.map((i) => {
        const set = members.get(i);
        if (!set) return row.values[i];
        const answered = set.indexes.some((m) => row.values[m] !== "");
        return answered ? [...new Set(set.indexes.flatMap((m) => set.chosen(m, row.values[m] as string)))] : "";
      })
    }))
  };
}

/** A number as a code: `4`, `2.5`, `-1`. */
function formatNumber(x: number): string {
  return String(Math.round(x * 1e9) / 1e9);
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** The header's creation date (`30 Nov 26`) as YYYY-MM-DD, or null. */
function savDate(text: string): string | null {
  const match = /^(\d{1,2}) ([A-Za-z]{3}) (\d{2})$/.exec(text);
  if (!match) return null;
  const month = MONTHS.indexOf(match[2].toLowerCase());
  if (month < 0) return null;
  const year = Number(match[3]);
  const full = year < 70 ? 2000 + year : 1900 + year;
  return `${full}-${String(month + 1).padStart(2, "0")}-${match[1].padStart(2, "0")}`;
}

function fail(file: string, message: string, expected: string): never {
  throwIssue({file, message, expected, kind: "format"});
}

function throwIssue(issue: ImportIssue): never {
  throw new ImportError([issue]);
}

/** Reads numbers and bytes from a buffer in the file's byte order, failing with a located message at its end. */
class Cursor {
  position = 0;
  littleEndian = true;

  constructor(
    readonly buffer: Buffer,
    readonly file: string
  ) {}

  bytes(n: number, what: string): Buffer {
    if (n < 0 || this.position + n > this.buffer.length) fail(this.file, `the file ends inside ${what}`, "a complete .sav file (was it cut off while copying?)");
    const b = this.buffer.subarray(this.position, this.position + n);
    this.position += n;
    return b;
  }

  int32(what: string): number {
    const b = this.bytes(4, what);
    return this.littleEndian ? b.readInt32LE(0) : b.readInt32BE(0);
  }

  int32At(at: number): number {
    return this.littleEndian ? this.buffer.readInt32LE(at) : this.buffer.readInt32BE(at);
  }

  int64At(at: number): bigint {
    return this.littleEndian ? this.buffer.readBigInt64LE(at) : this.buffer.readBigInt64BE(at);
  }

  float64At(at: number): number {
    return this.float64Of(this.buffer, at);
  }

  float64Of(b: Buffer, at: number): number {
    return this.littleEndian ? b.readDoubleLE(at) : b.readDoubleBE(at);
  }

  latin1(at: number, n: number): string {
    return this.buffer.toString("latin1", at, at + n);
  }
}
