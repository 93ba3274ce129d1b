/**
 * Reading a large responses.csv on two cores: this thread reads the first half of the bytes and a
 * worker the second, each into its own columns, which are then joined. The report is the same as
 * from reading the file in one go, because the halves are joined only when that is certain: the
 * first half ended exactly at the split on a record's end (not inside quotes), neither half has a
 * defect, no id occurs in both, and the weights' sums stay finite. Otherwise (and when the worker
 * fails) the file is read again in one go, which finds and reports every defect as always.
 */
import {closeSync, existsSync, openSync, readSync, statSync} from "node:fs";
import {availableParallelism} from "node:os";
import {fileURLToPath} from "node:url";
import {MessageChannel, receiveMessageOnPort, Worker} from "node:worker_threads";
import type {AnswerColumn, GroupColumn, ResponseTable} from "./ResponseTable.ts";
import type {SurveyDefinition} from "./readSurvey.ts";
import {readResponsesPart, type Part, type ReadResponsesOptions, type ReadResponsesResult, type RejectedRow, type RowAccounting} from "./readResponses.ts";

/**
 * From this size of responses.csv on, it is read in halves (about 120,000 FEVS respondents): below
 * it the worker's start (about 50 ms compiled, more from the TypeScript sources) costs more than it
 * saves. `PEILING_THREADS=1` always reads in one go, `PEILING_THREADS=2` in halves whatever the size.
 */
export const HALVES_BYTES = 32 * 2 ** 20;

/**
 * The byte where the second half starts (just after the first line feed from the middle on), or
 * null when the file is read in one go: too small, one core, or no line feed after the middle.
 *
 * @example
 * splitPoint("bench/.out/fevs-1000000/responses.csv") // 131652112
 */
export function splitPoint(path: string): number | null {
  const threads = process.env.PEILING_THREADS;
  if (threads === "1" || availableParallelism() < 2) return null;
  const size = statSync(path).size;
  if (size < HALVES_BYTES && threads !== "2") return null;
  const fd = openSync(path, "r");
  try {
    const buffer = Buffer.allocUnsafe(1 << 16);
    for (let at = Math.floor(size / 2); at < size; at += buffer.length) {
      const n = readSync(fd, buffer, 0, buffer.length, at);
      const lf = buffer.subarray(0, n).indexOf(10);
      if (lf >= 0) return at + lf + 1;
      if (n === 0) break;
    }
    return null;
  } finally {
    closeSync(fd);
  }
}

/** What the worker sends back: its half's rows as plain arrays (buffers transferred, not copied). */
export interface HalfMessage {
  clean: boolean;
  n: number;
  weights: Float64Array | null;
  groups: {values: string[]; firstLines: number[]; codes: Int32Array}[];
  answers: ({codes: Int16Array} | {values: Float64Array} | {answered: Uint8Array; chosen: Uint8Array[]} | {texts: (string | undefined)[]})[];
  /** The ids written as plain integers (see IdIndex). */
  numberIds: Float64Array;
  /** Every other id, joined by U+0000 (null when an id holds that character). */
  stringIds: string | null;
  accounting: RowAccounting;
  rejected: RejectedRow[];
  weightSum: number;
  weightSquares: number;
  error?: string;
}

/** Whether a part read without any defect: the only kind that may be joined. */
const clean = (part: Part) => part.early === null && part.issueCount === 0 && part.readerIssues.length === 0 && part.overflowLine === 0;

/**
 * A half read by the worker, as the message it sends, and the buffers to transfer with it.
 *
 * @example
 * const {message, transfer} = halfMessage(readResponsesPart(source, file, definition, {}, {start}));
 */
export function halfMessage(part: Part): {message: HalfMessage; transfer: ArrayBuffer[]} {
  const {store} = part;
  const strings = part.ids.stringIds();
  const joinable = strings.every((id) => !id.includes("\u0000"));
  const message: HalfMessage = {
    clean: clean(part),
    n: part.n,
    weights: store?.weights ?? null,
    groups: (store?.groups ?? []).map(({out}) => ({values: out.values, firstLines: out.firstLines, codes: out.codes})),
    answers: (store?.answers ?? []).map(({out}) => columnData(out)),
    numberIds: part.ids.numberIds(),
    stringIds: joinable ? strings.join("\u0000") : null,
    accounting: part.accounting,
    rejected: part.rejected,
    weightSum: part.weightSum,
    weightSquares: part.weightSquares
  };
  const transfer: ArrayBuffer[] = [];
  const add = (array: {buffer: ArrayBufferLike} | null) => array && transfer.push(array.buffer as ArrayBuffer);
  add(message.weights);
  add(message.numberIds);
  for (const g of message.groups) add(g.codes);
  for (const a of message.answers) {
    if ("codes" in a) add(a.codes);
    else if ("values" in a) add(a.values);
    else if ("answered" in a) [a.answered, ...a.chosen].forEach(add);
  }
  return {message, transfer};
}

function columnData(column: AnswerColumn): HalfMessage["answers"][number] {
  switch (column.kind) {
    case "codes":
      return {codes: column.codes};
    case "numbers":
      return {values: column.values};
    case "multi":
      return {answered: column.answered, chosen: column.chosen};
    case "text":
      return {texts: column.texts};
  }
}

/**
 * Reads responses.csv in two halves at once ({@link splitPoint}), or returns null when the file
 * must be read in one go (see the top of this file).
 *
 * @example
 * const result = readInHalves({path}, "responses.csv", definition, {}, splitPoint(path)!) ?? readResponses(…);
 */
export function readInHalves(source: {path: string}, file: string, definition: SurveyDefinition, options: ReadResponsesOptions, split: number): ReadResponsesResult | null {
  const url = workerUrl();
  if (!url) return null;
  const flag = new Int32Array(new SharedArrayBuffer(4));
  const {port1, port2} = new MessageChannel();
  let worker: Worker | null = null;
  const first = readResponsesPart(source, file, definition, options, {
    end: split,
    bytesAfter: statSync(source.path).size - split,
    onHeader(header, reader) {
      const workerData = {flag: flag.buffer, port: port2, path: source.path, file, survey: definition.survey, header, at: split, delimiter: reader.delimiter, encoding: reader.encoding, setAside: options.setAside ?? false};
      try {
        worker = new Worker(url, {workerData, transferList: [port2], execArgv: []});
      } catch {
        return; // no worker (a survey that cannot be sent to it): read in one go
      }
      // A worker that fails says so by its flag (or not at all): the file is then read in one go.
      worker.on("error", () => {});
      worker.unref();
    }
  });
  const started = worker as Worker | null;
  if (!started) {
    port1.close();
    return null;
  }
  try {
    // Started (2) within 20 s, then done (1) or failed (3); else read in one go.
    if (Atomics.load(flag, 0) === 0) Atomics.wait(flag, 0, 0, 20_000);
    while (Atomics.load(flag, 0) === 2) Atomics.wait(flag, 0, 2, 1_000);
    const second = Atomics.load(flag, 0) === 1 ? (receiveMessageOnPort(port1)?.message as HalfMessage | undefined) : undefined;
    if (!second || second.error || !second.clean || !clean(first)) return null;
    return joined(first, second);
  } finally {
    port1.close();
    void started.terminate();
  }
}

/** The worker's script: compiled/readWorker.js beside the compiled command, else the sources through tsx; null when neither is there. */
function workerUrl(): URL | null {
  const compiled = new URL("./readWorker.js", import.meta.url);
  if (import.meta.url.endsWith(".js") && existsSync(fileURLToPath(compiled))) return compiled;
  const sources = new URL("./readWorkerFromSources.js", import.meta.url);
  return import.meta.url.endsWith(".ts") && existsSync(fileURLToPath(sources)) ? sources : null;
}

/** The two halves as one result, or null when they cannot be joined as they are. */
function joined(first: Part, second: HalfMessage): ReadResponsesResult | null {
  const store = first.store!;
  if (second.stringIds === null) return null;
  // Indexed, not for…of: this runs once, unoptimised, over half a file's ids.
  const numberIds = second.numberIds;
  for (let i = 0; i < numberIds.length; ++i) if (first.ids.hasNumber(numberIds[i])) return null;
  if (second.stringIds !== "") for (const id of second.stringIds.split("\u0000")) if (first.ids.has(id)) return null;
  if (!Number.isFinite(first.weightSum + second.weightSum) || !Number.isFinite(first.weightSquares + second.weightSquares)) return null;
  const a = first.accounting;
  const b = second.accounting;
  if (a.read + b.read === 0) return null;
  // The second half's lines go on from the first's.
  const offset = first.lineAfter - 1;
  const n1 = first.n;
  const n2 = second.n;
  const n = n1 + n2;
  // In shared memory, so that the aggregation's worker thread reads the answers where they are
  // (aggregate.ts): the first half's column when it has room (sized for the file), else a new one.
  const both = <T extends Float64Array | Int16Array | Uint8Array | Int32Array>(one: T, two: T): T => {
    if (one.buffer instanceof SharedArrayBuffer && one.length >= n) {
      one.set(two.subarray(0, n2), n1);
      return one.subarray(0, n) as T;
    }
    const type = one.constructor as {new (buffer: SharedArrayBuffer): T; BYTES_PER_ELEMENT: number};
    const out = new type(new SharedArrayBuffer(n * type.BYTES_PER_ELEMENT));
    out.set(one.subarray(0, n1));
    out.set(two.subarray(0, n2), n1);
    return out;
  };
  const groups = new Map<string, GroupColumn>(
    store.groups.map(({variable, out}, k) => {
      const half = second.groups[k];
      const values = out.values.slice();
      const firstLines = out.firstLines.slice();
      const codeOf = new Map(values.map((value, code) => [value, code]));
      // A value first seen in the second half comes after the first half's, as it would in one go.
      const recoded = half.values.map((value, code) => {
        let known = codeOf.get(value);
        if (known === undefined) {
          codeOf.set(value, (known = values.length));
          values.push(value);
          firstLines.push(half.firstLines[code] + offset);
        }
        return known;
      });
      const codes = new Int32Array(n);
      codes.set(out.codes.subarray(0, n1));
      for (let i = 0; i < n2; ++i) codes[n1 + i] = half.codes[i] < 0 ? -1 : recoded[half.codes[i]];
      return [variable, {variable, values, firstLines, codes}];
    })
  );
  const answers = new Map<string, AnswerColumn>(
    store.answers.map(({out}, k) => {
      const half = second.answers[k];
      let column: AnswerColumn;
      if (out.kind === "codes" && "codes" in half) column = {...out, codes: both(out.codes, half.codes)};
      else if (out.kind === "numbers" && "values" in half) column = {...out, values: both(out.values, half.values)};
      else if (out.kind === "multi" && "answered" in half) column = {...out, answered: both(out.answered, half.answered), chosen: out.chosen.map((c, o) => both(c, half.chosen[o]))};
      else if (out.kind === "text" && "texts" in half) column = {...out, texts: out.texts.slice(0, n1).concat(half.texts.slice(0, n2))};
      else throw new Error(`the halves of ${out.question.id} differ in kind`);
      return [out.question.id, column];
    })
  );
  const table: ResponseTable = {n, weights: store.weights && second.weights ? both(store.weights, second.weights) : null, groups, answers};
  const reasons = {...a.reasons};
  for (const [reason, count] of Object.entries(b.reasons)) reasons[reason] = (reasons[reason] ?? 0) + count;
  const accounting: RowAccounting = {file: a.file, read: a.read + b.read, accepted: n, setAside: a.setAside + b.setAside, reasons};
  const moved = (row: RejectedRow): RejectedRow => ({...row, line: row.line + offset, issues: row.issues.map((issue) => (issue.line === undefined ? issue : {...issue, line: issue.line + offset}))});
  return {table, issues: [], accounting, rejected: first.rejected.concat(second.rejected.map(moved)), header: first.header};
}
