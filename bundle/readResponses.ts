import {IdIndex} from "./IdIndex.ts";
import type {BundleIssue} from "./BundleError.ts";
import {BLANK, CsvReader, fieldCountIssue, optionLookup, parseNumber, type CsvSource, type Delimiter, type Encoding, type OptionLookup} from "./csv.ts";
import {readInHalves, splitPoint} from "./readInHalves.ts";
import type {SurveyDefinition} from "./readSurvey.ts";
import {emptyAnswerColumn, type AnswerColumn, type GroupColumn, type ResponseTable} from "./ResponseTable.ts";
import {cellDefects, choiceParts, columnNames, EMPTY_ROW, headerIssues, multiSeparator, noRespondents, numberBounds, setAsideReason, weightsTooLarge, type CellDefect} from "./responseRules.ts";

/** Rows read from responses.csv: read = accepted + set aside. */
export interface RowAccounting {
  file: string;
  read: number;
  accepted: number;
  setAside: number;
  /** Count per reason for the rows set aside. */
  reasons: Record<string, number>;
}

/** A row set aside, kept so the user can fix it (`peiling score --rejects file.csv`). */
export interface RejectedRow {
  line: number;
  fields: string[];
  reason: string;
  issues: BundleIssue[];
}

export interface ReadResponsesOptions {
  /**
   * Set rows with defects (unknown answers, duplicate ids, …) aside instead of failing; each is
   * counted by reason. Default false: any defect fails the bundle.
   */
  setAside?: boolean;
  /** Called every 100,000 rows with the file and the rows read so far, for progress on a terminal. */
  onProgress?: (file: string, rows: number) => void;
}

export interface ReadResponsesResult {
  table: ResponseTable;
  /** Defects that make the bundle invalid (empty when `setAside` took the row-level ones). */
  issues: BundleIssue[];
  accounting: RowAccounting;
  rejected: RejectedRow[];
  /** The header row, for writing rejected rows back. */
  header: string[];
}

/** Defects beyond this many are counted but not kept. */
const MAX_ISSUES = 1000;

/** Rows stored before the columns first grow; they double after that. */
const INITIAL_ROWS = 4096;

/**
 * Reads `responses.csv` into a column table, checking every cell against the survey: one row per
 * respondent, an `id` column, one column per question and grouping variable (and the weight).
 * The file is read in chunks, so its size is bounded by the memory the columns need, not the text.
 * Rows without any answer are set aside and counted; defects are reported with line and column.
 * A large file is read in two halves on two cores when that gives the same result
 * ({@link readInHalves}), else in one go.
 *
 * @example
 * const {table, issues, accounting} = readResponses({path: "data/voorbeeld/responses.csv"}, "responses.csv", definition);
 */
export function readResponses(source: CsvSource, file: string, definition: SurveyDefinition, options: ReadResponsesOptions = {}): ReadResponsesResult {
  const split = typeof source === "object" && "path" in source ? splitPoint(source.path) : null;
  if (split !== null) {
    const halves = readInHalves(source as {path: string}, file, definition, options, split);
    if (halves) return halves;
  }
  return finish(readResponsesPart(source, file, definition, options));
}

/** Where a part of responses.csv starts or ends, for {@link readResponsesPart}. */
export interface PartOptions {
  /** Read up to this byte only. */
  end?: number;
  /** Start at this byte (a record's first), with the header, separator and encoding of the file's start. */
  start?: {at: number; header: string[]; delimiter: Delimiter; encoding: Encoding};
  /** Told the header and the reader as soon as the header is read and found sound. */
  onHeader?: (header: string[], reader: CsvReader) => void;
  /**
   * The bytes of the file after this part: the columns are sized for their rows too, in shared
   * memory, so that the next part's rows can be put after this one's in place (readInHalves.ts).
   */
  bytesAfter?: number;
}

/** What reading (part of) responses.csv left: the rows in their columns, and what the end of the reading needs. */
export interface Part {
  /** The whole result already, when the header was unsound (nothing else read). */
  early: ReadResponsesResult | null;
  header: string[];
  store: ColumnStore | null;
  n: number;
  issues: BundleIssue[];
  issueCount: number;
  accounting: RowAccounting;
  rejected: RejectedRow[];
  /** Each respondent id read, with its first line. */
  ids: IdIndex;
  weightSum: number;
  weightSquares: number;
  overflowLine: number;
  readerIssues: BundleIssue[];
  /** The line after the last one read. */
  lineAfter: number;
}

/**
 * Reads responses.csv, or a part of it ({@link PartOptions}), into columns, checking every cell:
 * {@link readResponses} without its last step ({@link finish}), so that two parts read at once
 * can be joined.
 *
 * @example
 * const part = readResponsesPart({path: "big/responses.csv"}, "responses.csv", definition, {}, {end: 1 << 26});
 */
export function readResponsesPart(
  source: CsvSource,
  file: string,
  definition: SurveyDefinition,
  {setAside = false, onProgress}: ReadResponsesOptions = {},
  {end, start, onHeader, bytesAfter}: PartOptions = {}
): Part {
  const {survey, codecs} = definition;
  const reader = new CsvReader(source, file, start ? {start: start.at, end, delimiter: start.delimiter, encoding: start.encoding} : {end});
  const issues: BundleIssue[] = [];
  let issueCount = 0;
  const report = (issue: BundleIssue) => {
    if (++issueCount <= MAX_ISSUES) issues.push(issue);
  };

  const header = start ? start.header : reader.next() ? columnNames(reader.fields()) : [];
  const accounting: RowAccounting = {file, read: 0, accepted: 0, setAside: 0, reasons: {}};
  const emptyTable: ResponseTable = {n: 0, weights: null, groups: new Map(), answers: new Map()};
  const early = (result: ReadResponsesResult): Part => ({
    early: result,
    header,
    store: null,
    n: 0,
    issues,
    issueCount,
    accounting,
    rejected: [],
    ids: new IdIndex(),
    weightSum: 0,
    weightSquares: 0,
    overflowLine: 0,
    readerIssues: reader.issues,
    lineAfter: reader.lineAfter
  });
  // A header line without an end: nothing else can be said about the file.
  if (header.length === 0 && reader.issues.length) return early({table: emptyTable, issues: reader.issues, accounting, rejected: [], header});
  const checked = headerIssues(header, survey, file);
  for (const issue of checked.issues) report(issue);
  const {columnOf} = checked;
  const unnamed = header.flatMap((name, i) => (name === "" ? [i] : []));
  if (issues.length) return early({table: emptyTable, issues: issues.concat(reader.issues), accounting, rejected: [], header});
  onHeader?.(header, reader);

  const store = new ColumnStore(survey, codecs, columnOf, bytesAfter !== undefined);
  const {idColumn, weightColumn, groups, answers} = store;
  const closed = answers.flatMap(({column, out, lookup}) => (out.kind === "codes" ? [{column, out, lookup: lookup!}] : []));
  const open = answers.filter(({out}) => out.kind !== "codes");
  const firstLineOf = new IdIndex();
  const rejected: RejectedRow[] = [];
  let rowIssues: BundleIssue[] = [];
  let line = 0;
  const defect = (column: number, {message, expected, kind}: CellDefect) => {
    rowIssues.push({file, line, column: column + 1, columnName: header[column] || undefined, message, expected, kind});
  };
  const setRowAside = (reason: string, issuesOfRow: BundleIssue[]) => {
    ++accounting.setAside;
    accounting.reasons[reason] = (accounting.reasons[reason] ?? 0) + 1;
    rejected.push({line, fields: reader.fields(), reason, issues: issuesOfRow});
  };

  // The running sums of the weights and their squares, which scoring needs finite.
  let weightSum = 0;
  let weightSquares = 0;
  let overflowLine = 0;
  let n = 0;
  while (reader.next()) {
    line = reader.line;
    if (++accounting.read % 100_000 === 0) onProgress?.(file, accounting.read);
    if (rowIssues.length) rowIssues = [];
    if (n === store.capacity) store.grow(n + 1, reader.recordsLeft(accounting.read, bytesAfter));

    let blank = true;
    for (let i = 0; i < reader.length && blank; ++i) if (!reader.isBlank(i)) blank = false;
    if (blank) {
      setRowAside(EMPTY_ROW, []);
      continue;
    }
    const shape = fieldCountIssue(reader, header.length);
    if (shape) rowIssues.push({...shape, columnName: header[shape.column! - 1] || undefined});
    for (const i of unnamed) {
      if (!reader.isBlank(i)) defect(i, cellDefects.unnamedColumn(reader.text(i)));
    }

    // Ids and weights are different in every row: read from their bytes when written plainly
    // (a string only for another id or a defect's message), else decoded as they are.
    const number = reader.plainInteger(idColumn);
    if (number >= 0) {
      const first = firstLineOf.firstLineOfNumber(number, line);
      if (first > 0) defect(idColumn, cellDefects.duplicateId(reader.field(idColumn).trim(), first));
    } else {
      const id = reader.field(idColumn).trim();
      if (id === "") defect(idColumn, cellDefects.missingId());
      else {
        const first = firstLineOf.firstLine(id, line);
        if (first > 0) defect(idColumn, cellDefects.duplicateId(id, first));
      }
    }

    if (store.weights) {
      let w = reader.plainNumber(weightColumn);
      if (Number.isNaN(w)) w = parseNumber(reader.field(weightColumn));
      if (!(w > 0) || !Number.isFinite(w)) defect(weightColumn, cellDefects.invalidWeight(reader.field(weightColumn).trim()));
      store.weights[n] = w;
    }

    for (const g of groups) {
      if (g.parentColumn >= 0 && !reader.isBlank(g.column) && reader.isBlank(g.parentColumn)) {
        defect(g.column, cellDefects.missingParent(reader.text(g.column), g.variable, g.parent!));
      }
    }

    let answered = 0;
    // Closed questions first, in a loop of their own: they are nearly every cell of a survey.
    for (let k = 0; k < closed.length; ++k) {
      const {column, out, lookup} = closed[k];
      const code = reader.option(column, lookup);
      if (code === BLANK) {
        out.codes[n] = -1;
        continue;
      }
      if (code < 0) defect(column, cellDefects.unknownAnswer(reader.text(column), out.question.scale, out.codec.expected));
      out.codes[n] = code;
      ++answered;
    }
    for (const {column, out, bounds, separator} of open) {
      switch (out.kind) {
        case "numbers": {
          if (reader.isBlank(column)) {
            out.values[n] = NaN;
            break;
          }
          const value = reader.text(column);
          const x = parseNumber(value);
          if (Number.isNaN(x)) defect(column, cellDefects.notANumber(value, out.codec.expected));
          else if (x < bounds.min || x > bounds.max) defect(column, cellDefects.outOfRange(value, out.codec.expected));
          out.values[n] = x;
          ++answered;
          break;
        }
        case "multi": {
          for (const chosen of out.chosen) chosen[n] = 0;
          const blankCell = reader.isBlank(column);
          out.answered[n] = blankCell ? 0 : 1;
          if (blankCell) break;
          for (const part of choiceParts(reader.text(column), separator)) {
            const code = out.codec.lookup(part);
            if (code < 0) defect(column, cellDefects.unknownOption(part.trim(), out.question.scale, separator, out.codec.expected));
            else out.chosen[code][n] = 1;
          }
          ++answered;
          break;
        }
        case "text":
          out.texts[n] = reader.isBlank(column) ? undefined : reader.text(column);
          break;
      }
    }

    if (rowIssues.length) {
      if (setAside) setRowAside(rowIssues[0].kind, rowIssues);
      else for (const issue of rowIssues) report(issue);
      continue;
    }
    const reason = setAsideReason(false, answered, survey.settings.minAnswers);
    if (reason) {
      setRowAside(reason, []);
      continue;
    }
    if (store.weights && !overflowLine) {
      weightSum += store.weights[n];
      weightSquares += store.weights[n] * store.weights[n];
      if (!Number.isFinite(weightSum) || !Number.isFinite(weightSquares)) overflowLine = line;
    }
    // Group values enter the dictionaries only with an accepted row, so no group is empty.
    for (const g of groups) {
      const seen = reader.option(g.column, g.lookup);
      let code = -1;
      if (seen !== BLANK) {
        code = g.codeOfSeen[seen] ?? -1;
        if (code < 0) {
          code = g.codeOfSeen[seen] = g.out.values.length;
          g.out.values.push(g.seen[seen]);
          g.out.firstLines.push(line);
        }
      }
      g.out.codes[n] = code;
    }
    ++n;
  }
  accounting.accepted = n;
  return {early: null, header, store, n, issues, issueCount, accounting, rejected, ids: firstLineOf, weightSum, weightSquares, overflowLine, readerIssues: reader.issues, lineAfter: reader.lineAfter};
}

/** The end of reading the whole file in one part: the reader's issues, the file's, and the table. */
function finish(part: Part): ReadResponsesResult {
  if (part.early) return part.early;
  const {issues, accounting, rejected, header, store, n} = part;
  const {file} = accounting;
  let {issueCount} = part;
  const report = (issue: BundleIssue) => {
    if (++issueCount <= MAX_ISSUES) issues.push(issue);
  };
  for (const issue of part.readerIssues) report(issue);
  if (accounting.read === 0 && part.readerIssues.length === 0) {
    report(noRespondents(file));
  }
  if (part.overflowLine) {
    report(weightsTooLarge(file, store!.weightName!, {line: part.overflowLine, column: store!.weightColumn + 1}));
  }
  if (issueCount > MAX_ISSUES) {
    issues.push({file, message: `${issueCount - MAX_ISSUES} further defects are not listed`, kind: "more", count: issueCount - MAX_ISSUES});
  }
  return {table: store!.table(n), issues, accounting, rejected, header};
}

/**
 * The typed-array columns being filled, one slot per accepted row, grown by doubling as rows
 * arrive (a streamed file's row count is not known in advance).
 */
export class ColumnStore {
  readonly idColumn: number;
  readonly weightColumn: number;
  readonly weightName: string | undefined;
  weights: Float64Array | null;
  readonly groups: {
    variable: string;
    parent: string | null;
    column: number;
    parentColumn: number;
    /** Every value seen, accepted row or not, numbered as first seen, with a lookup by bytes. */
    seen: string[];
    lookup: OptionLookup;
    /** The output code of each seen value, −1 until an accepted row has it. */
    codeOfSeen: number[];
    out: GroupColumn;
  }[];
  readonly answers: {column: number; out: AnswerColumn; bounds: {min: number; max: number}; separator: string; lookup: OptionLookup | null}[];
  /** Rows the columns have room for. */
  capacity = INITIAL_ROWS;

  /** Whether the columns grow into memory shared with other threads. */
  private readonly shared: boolean;

  constructor(survey: SurveyDefinition["survey"], codecs: SurveyDefinition["codecs"], columnOf: Map<string, number>, shared = false) {
    this.shared = shared;
    const capacity = this.capacity;
    this.idColumn = columnOf.get("id")!;
    this.weightColumn = survey.weight ? columnOf.get(survey.weight)! : -1;
    this.weightName = survey.weight;
    this.weights = survey.weight ? new Float64Array(capacity) : null;
    this.groups = survey.groups.map((g) => {
      const seen: string[] = [];
      const index = new Map<string, number>();
      const dictionary = {
        lookup(text: string) {
          let code = index.get(text);
          if (code === undefined) {
            index.set(text, (code = seen.length));
            seen.push(text);
          }
          return code;
        }
      };
      return {
        variable: g.id,
        parent: g.parent ?? null,
        column: columnOf.get(g.id)!,
        parentColumn: g.parent === undefined ? -1 : columnOf.get(g.parent)!,
        seen,
        lookup: optionLookup(dictionary),
        codeOfSeen: [],
        out: {variable: g.id, values: [], firstLines: [], codes: new Int32Array(capacity)}
      };
    });
    this.answers = survey.questions.map((question) => {
      const codec = codecs.get(question.scale)!;
      const out = emptyAnswerColumn(question, codec, capacity);
      const scale = survey.scales[question.scale];
      const bounds = numberBounds(scale);
      const separator = multiSeparator(scale);
      return {column: columnOf.get(question.id)!, out, bounds, separator, lookup: out.kind === "codes" ? optionLookup(codec) : null};
    });
  }

  /**
   * Makes room for `rows` rows and, at a guess of the rows still to come (`left`), for those too:
   * columns sized once for a file of rows alike, growing by a quarter at least, by 16 times at most.
   */
  grow(rows: number, left: number): void {
    if (rows <= this.capacity) return;
    const guess = rows + Math.ceil(left * 1.02) + 64;
    const size = Math.min(this.capacity * 16, Math.max(Math.ceil(this.capacity * 1.25), guess));
    this.capacity = size;
    if (this.weights) this.weights = resized(this.weights, size, this.shared);
    for (const g of this.groups) g.out.codes = resized(g.out.codes, size, this.shared);
    for (const a of this.answers) {
      const out = a.out;
      if (out.kind === "codes") out.codes = resized(out.codes, size, this.shared);
      else if (out.kind === "numbers") out.values = resized(out.values, size, this.shared);
      else if (out.kind === "multi") {
        out.answered = resized(out.answered, size, this.shared);
        out.chosen = out.chosen.map((c) => resized(c, size, this.shared));
      }
    }
  }

  /** The table of the first `n` rows, in arrays of exactly that length. */
  table(n: number): ResponseTable {
    return {
      n,
      weights: this.weights ? fitted(this.weights, n) : null,
      groups: new Map(this.groups.map((g) => [g.variable, {...g.out, codes: fitted(g.out.codes, n)}])),
      answers: new Map(this.answers.map(({out}) => [out.question.id, trimColumn(out, n)]))
    };
  }
}

function resized<T extends Int16Array | Int32Array | Float64Array | Uint8Array>(array: T, size: number, shared: boolean): T {
  const type = array.constructor as {new (n: number): T; new (buffer: SharedArrayBuffer): T; BYTES_PER_ELEMENT: number};
  const bigger = shared ? new type(new SharedArrayBuffer(size * type.BYTES_PER_ELEMENT)) : new type(size);
  bigger.set(array);
  return bigger;
}

/** The first `n` values: a view when the array has few more (a column sized well), else a copy that frees the rest. */
function fitted<T extends Int16Array | Int32Array | Float64Array | Uint8Array>(array: T, n: number): T {
  return (array.length - n) * 16 <= n ? (array.subarray(0, n) as T) : (array.slice(0, n) as T);
}

function trimColumn(column: AnswerColumn, n: number): AnswerColumn {
  switch (column.kind) {
    case "codes":
      return {...column, codes: fitted(column.codes, n)};
    case "numbers":
      return {...column, values: fitted(column.values, n)};
    case "multi":
      return {...column, answered: fitted(column.answered, n), chosen: column.chosen.map((c) => fitted(c, n))};
    case "text":
      return {...column, texts: column.texts.slice(0, n)};
  }
}
