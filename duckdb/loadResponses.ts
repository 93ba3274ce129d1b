/**
 * Loads responses.csv (or responses.parquet) into the database as the table of coded rows that
 * the aggregation queries (`sql.ts`) read, reading every cell as the JS reader (`readResponses.ts`)
 * does, and checks it against the same rules (`bundle/responseRules.ts`: the header, the kinds of
 * row defect, the rows set aside). Anything the JS reader would report as a defect, and anything
 * whose reading might differ, throws a {@link Fallback} that names the rule: the caller then reads
 * the bundle with the JS reader, which names file, line and column.
 *
 * Two passes over the file: the distinct texts of every multi question and grouping variable,
 * mapped in JS (through the survey's own `ScaleCodec.lookup`); then the coded table, each text
 * replaced by its option, choice or group index. A closed question's cells are first coded by its
 * options' exact spellings (`4`, `Strongly Agree`, `X`) without a look at their texts; when any is
 * spelled otherwise, both passes are made again with the distinct texts of the closed questions
 * looked up too.
 */
import {closeSync, openSync, readSync} from "node:fs";
import {BundleError, summarizeIssues} from "../bundle/BundleError.ts";
import {CsvReader, MAX_HEADER_BYTES, type Delimiter} from "../bundle/csv.ts";
import type {SurveyDefinition} from "../bundle/readSurvey.ts";
import {answerKind} from "../bundle/ResponseTable.ts";
import type {ScaleCodec} from "../bundle/scaleCodec.ts";
import type {Survey} from "../bundle/surveySchema.ts";
import {cellDefects, columnNames, DEFECT, headerIssues, multiSeparator, noRespondents, numberBounds, weightsTooLarge, type CellDefect} from "../bundle/responseRules.ts";
import {cellText, codeCell, multiCell, trimSpaces as trimSpacesJs, UNCERTAIN} from "./cells.ts";
import {
  createDictionary,
  createNumberedTable,
  distinctTexts,
  hashOf,
  hasRowNumbers,
  isFiniteDouble,
  isNumberText,
  isOtherWhiteSpaceOnly,
  listOf,
  literal,
  parquetColumns,
  responsesSource,
  textToDouble,
  trimSpaces,
  trimWhiteSpace,
  type Database,
  type ResponsesFile
} from "./dialect.ts";
import {scanCsv, type CsvScan} from "./scanCsv.ts";
import {duplicateHashesSql, duplicateIdsSql, problemsSql, type RowsLayout} from "./sql.ts";

const LF = 10;
const CR = 13;

/** Thrown when the JS reader must read the bundle: a defect, or a cell DuckDB might read otherwise. */
export class Fallback extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = "Fallback";
  }
}

/** The responses as loaded: where the coded rows are and what their indices mean. */
export interface LoadedResponses {
  layout: RowsLayout;
  /** The header, trimmed, as the JS reader keeps it. */
  header: string[];
  /** Rows read (records after the header). */
  read: number;
  /** Per grouping variable (survey order): the value of each group index. */
  groupValues: string[][];
  /** Per multi question (by question index): the options chosen in each distinct cell, by cell index. */
  choices: Map<number, number[][]>;
  /**
   * The line of a row (0-based) in responses.csv: the header is line 1 and no record spans lines.
   * A Parquet file's rows are counted the same way, as if it had a header line.
   */
  lineOf(row: number): number;
  /**
   * Reads the file again into `<prefix>_fields` (`row`, `fields`: every row's fields as read,
   * numbered as the coded rows are), for the rows set aside (`setAsideSql`).
   */
  keepFields(): Promise<void>;
}

/**
 * Loads the responses of one bundle into `<prefix>_rows` (every row, numbered in file order) and
 * `<prefix>_accepted` (the rows that are scored), and checks them. Throws a {@link Fallback} on any
 * defect or uncertainty.
 */
export async function loadResponses(db: Database, prefix: string, path: string, kind: "csv" | "parquet", label: string, definition: SurveyDefinition): Promise<LoadedResponses> {
  const progress = {checked: false};
  try {
    return await loadOnce(db, prefix, path, kind, label, definition, progress);
  } catch (error) {
    // Once every closed question's cell was found spelled exactly, a defect is one whatever the reading.
    if (progress.checked) throw error;
  }
  await db.run(`DROP VIEW IF EXISTS ${prefix}_accepted; DROP VIEW IF EXISTS ${prefix}_rows; DROP TABLE IF EXISTS ${prefix}_rows_stored`);
  return loadOnce(db, prefix, path, kind, label, definition, null);
}

/**
 * One attempt at {@link loadResponses}. With `spelled`, a closed question's cell is coded by its
 * options' exact spellings ({@link exactSpellings}) without its distinct texts being looked up
 * first, so the pass over the distinct texts reads only the grouping variables and multi
 * questions; a cell spelled otherwise (`4.0`, ` 4`, `x` for `X`) is coded {@link UNSPELLED}, and
 * finding one after the table is made throws. `spelled.checked` is set once none is found: an
 * error before that leaves the bundle to the general reading, which looks every distinct text up
 * and reports what it finds.
 */
async function loadOnce(db: Database, prefix: string, path: string, kind: "csv" | "parquet", label: string, definition: SurveyDefinition, spelled: {checked: boolean} | null): Promise<LoadedResponses> {
  const {survey} = definition;
  let file: ResponsesFile;
  let header: string[];
  let records: number | null = null;
  let samples: CsvScan["samples"] = [];
  if (kind === "csv") {
    const {fields, delimiter} = readCsvHeader(path, label);
    header = fields;
    file = {kind: "csv", path, delimiter, columns: header.length};
  } else {
    const {names, numeric} = await parquetColumns(db, path);
    header = columnNames(names);
    file = {kind: "parquet", path, names, numeric};
  }
  // The header first, as the JS reader reports its defects whatever the rows below it hold.
  const {issues, columnOf} = headerIssues(header, survey, label);
  if (issues.length) throw new Fallback(summarizeIssues(issues));
  const source = responsesSource(file);
  const numbered = hasRowNumbers(file);
  const numericColumn = (i: number) => file.kind === "parquet" && file.numeric[i];

  // Pass 1: the distinct texts of every column whose texts are looked up (but the closed questions read as their spellings).
  const questions = survey.questions.map((question, k) => ({question, k, column: columnOf.get(question.id)!, codec: definition.codecs.get(question.scale)!}));
  const looked = [...questions.filter((q) => answerKind(q.codec) === "codes" || answerKind(q.codec) === "multi").map((q) => q.column), ...survey.groups.map((g) => columnOf.get(g.id)!)];
  const typed = spelled ? exactSpellings(survey, questions.filter((q) => answerKind(q.codec) === "codes")) : new Map<number, Spellings>();
  const scanned = [...new Set(looked)].filter((column) => !typed.has(column));
  // DuckDB's threads read them while this thread scans the file's bytes; a problem the scan finds comes first.
  const distinctRead = readingFile(label, () => distinctTexts(db, source, scanned));
  distinctRead.catch(() => undefined);
  if (file.kind === "csv") {
    const scan = scanCsv(path, file.delimiter);
    if (scan.problem) {
      await distinctRead.catch(() => undefined);
      throw new Fallback(`${label}: ${scan.problem}`);
    }
    records = scan.records;
    samples = scan.samples;
  }
  const distinct = new Map([...(await distinctRead)].map(([column, texts]) => [column, texts.map((text) => (text === "" ? null : text))]));

  // Map them in JS, the JS reader's way.
  const expressions: string[] = [];
  const choices = new Map<number, number[][]>();
  for (const {question, k, column, codec} of questions) {
    const raw = `c${column}`;
    const kind = answerKind(codec);
    const spellings = typed.get(column);
    if (spellings) {
      const branches = spellings.texts.map((text, i) => `WHEN ${literal(text)} THEN ${spellings.options[i]}`);
      expressions.push(`CAST(CASE ${raw} ${branches.join(" ")} ELSE CASE WHEN ${raw} IS NULL THEN -1 ELSE ${UNSPELLED} END END AS SMALLINT) AS q${k}`);
    } else if (kind === "codes") {
      const branches: string[] = [];
      for (const text of distinct.get(column) ?? []) {
        const cell = codeCell(text, codec);
        if (cell.kind === "uncertain") throw new Fallback(`${label}: a cell of white space in column "${question.id}"`);
        if (cell.kind === "unknown") throw cellFallback(label, question.id, cellDefects.unknownAnswer(cell.text, question.scale, codec.expected));
        if (cell.kind === "option") branches.push(`WHEN ${literal(text!)} THEN ${cell.option}`);
      }
      expressions.push(`CAST(${branches.length ? `CASE ${raw} ${branches.join(" ")} ELSE -1 END` : "-1"} AS SMALLINT) AS q${k}`);
    } else if (kind === "multi") {
      const separator = multiSeparator(survey.scales[question.scale]);
      const texts: string[] = [];
      const chosen: number[][] = [];
      for (const text of distinct.get(column) ?? []) {
        const cell = multiCell(text, codec, separator);
        if (cell.kind === "uncertain") throw new Fallback(`${label}: a cell of white space in column "${question.id}"`);
        if (cell.kind === "unknown") throw cellFallback(label, question.id, cellDefects.unknownOption(cell.text, question.scale, separator, codec.expected));
        if (cell.kind === "chosen") {
          texts.push(text!);
          chosen.push(cell.options);
        }
      }
      choices.set(k, chosen);
      expressions.push(`${await createDictionary(db, `${prefix}_cells${k}`, texts, raw)} AS q${k}`);
    } else if (kind === "numbers") {
      expressions.push(`${numberExpression(raw, numericColumn(column) ? `n${column}` : null)} AS q${k}`);
    } else {
      expressions.push(`CASE WHEN ${isBlank(raw)} THEN NULL ELSE ${raw} END AS q${k}`);
    }
  }
  const groupValues: string[][] = [];
  for (const [v, group] of survey.groups.entries()) {
    const column = columnOf.get(group.id)!;
    const values = new Set<string>();
    let padded = false;
    let spaced = false;
    for (const text of distinct.get(column) ?? []) {
      if (text !== null && trimSpacesJs(text) !== text) spaced = true;
      const value = cellText(text);
      if (value === UNCERTAIN) throw new Fallback(`${label}: a cell of white space in column "${group.id}"`);
      if (value === null) continue;
      if (value !== trimSpacesJs(text!)) padded = true;
      values.add(value);
    }
    const list = [...values].sort();
    groupValues.push(list);
    // Values are trimmed as the JS reader trims them: white space other than spaces and tabs needs
    // the slower full trim, and a column whose every text is as trimmed (most) needs none.
    const trimmed = padded ? trimWhiteSpace(`c${column}`) : spaced ? trimSpaces(`c${column}`) : `c${column}`;
    expressions.push(`COALESCE(${await createDictionary(db, `${prefix}_groups${v}`, list, trimmed)}, -1) AS g${v}`);
  }

  // Pass 2: the coded rows.
  const weightColumn = survey.weight ? columnOf.get(survey.weight)! : -1;
  const idColumn = columnOf.get("id")!;
  const minAnswers = survey.settings.minAnswers;
  const other = header.map((name, i) => i).filter((i) => !looked.includes(i));
  const unnamed = header.map((name, i) => (name === "" ? i : -1)).filter((i) => i >= 0);
  const ignored = survey.ignore.map((name) => columnOf.get(name)).filter((i): i is number => i !== undefined);
  const weight = weightExpression(weightColumn, numericColumn(weightColumn));
  const level1 = [
    ...header.map((_, i) => `c${i}`),
    ...expressions,
    `${trimWhiteSpace(`COALESCE(c${idColumn}, '')`)} AS id`,
    `${weight.value} AS w`,
    // Cells of white space that is not all spaces and tabs: blank when quoted, not when unquoted.
    `CASE WHEN ${other.map((i) => `COALESCE(${isOtherWhiteSpaceOnly(`c${i}`)}, false)`).join(" OR ") || "false"} THEN 1 ELSE 0 END AS uncertain`,
    ...questions.filter((q) => answerKind(q.codec) === "numbers").map(({question, k, column}) => `${numberValid(`c${column}`, numericColumn(column) ? `n${column}` : null, survey.scales[question.scale])} AS valid${k}`),
    // A Parquet file's row numbers, against which the stored rows' order is checked.
    ...(numbered ? ["file_row"] : [])
  ];
  const blankTests = [
    isBlank(`c${idColumn}`),
    ...(weightColumn >= 0 ? [isBlank(`c${weightColumn}`)] : []),
    ...survey.groups.map((_, v) => `g${v} = -1`),
    ...questions.map(({k, codec, column}) => {
      const kind = answerKind(codec);
      return kind === "codes" ? `q${k} = -1` : kind === "numbers" ? isBlank(`c${column}`) : `q${k} IS NULL`;
    }),
    ...[...unnamed, ...ignored].map((i) => isBlank(`c${i}`))
  ];
  const answeredTerms = questions.flatMap(({k, codec}) => {
    const kind = answerKind(codec);
    if (kind === "codes") return [`CASE WHEN q${k} >= 0 THEN 1 ELSE 0 END`];
    if (kind === "numbers") return [`CASE WHEN valid${k} IS NULL THEN 0 ELSE 1 END`];
    return kind === "multi" ? [`CASE WHEN q${k} IS NULL THEN 0 ELSE 1 END`] : [];
  });
  const level2 = ["*", `${weight.valid} AS w_valid`, `CASE WHEN ${blankTests.join(" AND ")} THEN 1 ELSE 0 END AS is_empty`, `${answeredTerms.join(" + ") || "0"} AS answered`];
  // The checks of readResponses, in its order, each by the kind of defect it finds (its index in PROBLEMS).
  const problem = (kind: string) => PROBLEMS.indexOf(kind);
  const problems = [
    ["uncertain = 1", problem(UNCERTAIN_CELL)],
    ...unnamed.map((i) => [`NOT (${isBlank(`c${i}`)})`, problem(DEFECT.unnamedColumn)]),
    ["id = ''", problem(DEFECT.missingId)],
    ...(weightColumn >= 0 ? [["w_valid = 0", problem(DEFECT.invalidWeight)]] : []),
    ...survey.groups.flatMap((g, v) => (g.parent === undefined ? [] : [[`g${v} >= 0 AND g${survey.groups.findIndex((p) => p.id === g.parent)} = -1`, problem(DEFECT.missingParent)]])),
    ...questions.filter((q) => answerKind(q.codec) === "numbers").flatMap(({k}) => [
      [`valid${k} = ${NOT_A_NUMBER}`, problem(DEFECT.notANumber)],
      [`valid${k} = ${OUT_OF_RANGE}`, problem(DEFECT.outOfRange)]
    ])
  ] as [string, number][];
  // A cell not spelled exactly comes before everything: the rows are then read again, their texts looked up.
  const unspelled = questions.filter((q) => typed.has(q.column)).map(({k}) => `q${k} = ${UNSPELLED}`);
  const problemCase = `CASE ${unspelled.length ? `WHEN ${unspelled.join(" OR ")} THEN ${problem(UNSPELLED_CELL)} ` : ""}${problems.map(([test, code], i) => (i === 0 ? `WHEN ${test} THEN ${code} WHEN is_empty = 1 THEN 0` : `WHEN ${test} THEN ${code}`)).join(" ")} ELSE 0 END`;
  // One number for a row's combination of group values (mixed radix), when it fits in 2⁵³.
  const radix = groupValues.map((values) => values.length + 1);
  const combinationFits = radix.reduce((product, r) => product * r, 1) <= 2 ** 53;
  let place = 1;
  const combination = survey.groups.map((_, v) => {
    const term = `(CAST(g${v} AS BIGINT) + 1) * ${place}`;
    place *= radix[v];
    return term;
  });
  const level3 = [
    // The id's hash, not the id: a text column costs the load more; ids with the same hash are then compared themselves.
    `CASE WHEN id = '' THEN NULL ELSE ${hashOf("id")} END AS id_hash`,
    "w",
    ...survey.groups.map((_, v) => `g${v}`),
    ...(combinationFits ? [`${combination.join(" + ") || "CAST(0 AS BIGINT)"} AS combination`] : []),
    ...questions.map(({k}) => `q${k}`),
    "is_empty",
    "answered",
    `${problemCase} AS problem`,
    ...(numbered ? ["file_row"] : [])
  ];
  await readingFile(label, () =>
    createNumberedTable(
      db,
      `${prefix}_rows`,
      `SELECT ${level3.join(", ")} FROM (SELECT ${level2.join(", ")} FROM (SELECT ${level1.join(", ")} FROM ${weight.text ? `(SELECT *, ${weight.text} AS weight_text FROM ${source}) level0` : source}) level1) level2`
    )
  );
  if (spelled) {
    const unspelled = await db.rows(`SELECT 1 AS found FROM ${prefix}_rows_stored WHERE problem = ${PROBLEMS.indexOf(UNSPELLED_CELL)} LIMIT 1`);
    if (unspelled.length) throw new Error("a closed question's cell is not spelled as its options are");
    spelled.checked = true;
  }
  await db.run(`CREATE VIEW ${prefix}_accepted AS SELECT * FROM ${prefix}_rows WHERE is_empty = 0 AND answered >= ${minAnswers}`);

  const layout: RowsLayout = {prefix, groups: survey.groups.length, key: combinationFits ? ["combination"] : survey.groups.map((_, v) => `g${v}`)};
  const [{rows}] = await db.rows(`SELECT COUNT(*) AS rows FROM ${prefix}_rows`);
  if (records !== null && rows !== records - 1) throw new Fallback(`${label}: DuckDB read ${rows} rows, the file has ${records - 1} records after the header`);
  if (Number(rows) === 0) throw new Fallback(summarizeIssues([noRespondents(label)]));
  if (file.kind === "csv") await checkFileOrder(db, prefix, file, label, samples, columnOf.get("id")!);
  else if (numbered) await checkRowNumbers(db, prefix, label);
  if (weightColumn >= 0) {
    const [{total, squares}] = await db.rows(`SELECT SUM(w) AS total, SUM(w * w) AS squares FROM ${prefix}_accepted`).catch(() => [{total: Infinity, squares: Infinity}]);
    if (!Number.isFinite(Number(total ?? 0)) || !Number.isFinite(Number(squares ?? 0))) throw new Fallback(summarizeIssues([weightsTooLarge(label, survey.weight!)]));
  }
  const lineOf = (row: number) => row + 2;
  const found = await db.rows(problemsSql(layout));
  if (found.length) {
    throw new Fallback(found.map((p) => `${label}:${lineOf(Number(p.first_row))}: ${describeProblem(PROBLEMS[Number(p.problem)])} in ${counted(Number(p.rows_count), "row")}, the first on this line`).join("; "));
  }
  const [{candidates}] = await db.rows(`SELECT COUNT(*) AS candidates FROM (${duplicateHashesSql(layout)}) hashes`);
  const [{ids}] = Number(candidates) > 0 ? await db.rows(duplicateIdsSql(`(SELECT ${trimWhiteSpace(`COALESCE(c${idColumn}, '')`)} AS id FROM ${source}) ids`, hashOf, duplicateHashesSql(layout))) : [{ids: 0}];
  if (Number(ids) > 0) throw new Fallback(`${label}: the defect "${DEFECT.duplicateId}" in ${counted(Number(ids), "respondent id")}`);
  // The fields of rows set aside, kept only when some are: a list column makes the table's load run on one thread.
  const keepFields = () => readingFile(label, () => createNumberedTable(db, `${prefix}_fields`, `SELECT ${listOf(header.map((_, i) => `COALESCE(c${i}, '')`))} AS fields FROM ${source}`));
  return {layout, header, read: Number(rows), groupValues, choices, lineOf, keepFields};
}

/** The exact spellings of a closed question's options, each with the option the JS reader's lookup gives it. */
interface Spellings {
  texts: string[];
  options: number[];
}

/**
 * Per column of a closed question, the texts that name its options exactly as survey.yaml writes
 * them (codes, labels, don't-know spellings), each with the option the JS reader's lookup
 * (`codeCell`) gives it. Most files write one of these in every answered cell.
 */
function exactSpellings(survey: Survey, questions: {column: number; codec: ScaleCodec; question: {scale: string}}[]): Map<number, Spellings> {
  const byColumn = new Map<number, Spellings>();
  for (const {column, codec, question} of questions) {
    const scale = survey.scales[question.scale];
    const dontKnow = "missing" in scale ? scale.missing.map(String) : [];
    const spellings: Spellings = {texts: [], options: []};
    // Codes first: most cells are codes, and the CASE tries the spellings in this order.
    for (const text of new Set([...codec.options.map((option) => option.code), ...codec.options.map((option) => option.label), ...dontKnow])) {
      const cell = codeCell(text, codec);
      if (cell.kind === "option") {
        spellings.texts.push(text);
        spellings.options.push(cell.option);
      }
    }
    byColumn.set(column, spellings);
  }
  return byColumn;
}

/**
 * Checks that the table of coded rows kept the file's order (`createNumberedTable`): the ids of the
 * records `scanCsv` sampled (the first, one per chunk it read, the last), read by the JS reader
 * where they start, against the hashes of the ids in the same rows. A difference is a
 * {@link Fallback}: the JS reader then reads the bundle.
 */
async function checkFileOrder(db: Database, prefix: string, file: {path: string; delimiter: string}, label: string, samples: CsvScan["samples"], idColumn: number): Promise<void> {
  if (samples.length === 0) return;
  const rows = samples.map(({record, offset}) => {
    const reader = new CsvReader(lineAt(file.path, offset), label, {delimiter: file.delimiter as Delimiter, encoding: "utf-8", start: 0});
    const id = reader.next() ? (reader.fields()[idColumn] ?? "").trim() : "";
    while (reader.next());
    return `(${record - 1}, ${literal(id)})`;
  });
  const [{differ}] = await db.rows(
    `SELECT COUNT(*) AS differ FROM (VALUES ${rows.join(", ")}) sample(row, id) LEFT JOIN ${prefix}_rows r ON r.row = sample.row ` +
      `WHERE r.row IS NULL OR r.id_hash IS DISTINCT FROM (CASE WHEN sample.id = '' THEN NULL ELSE ${hashOf("sample.id")} END)`
  );
  if (Number(differ) > 0) throw orderLost(label);
}

/** The Fallback for a table of coded rows that lost the file's order. */
function orderLost(label: string): Fallback {
  return new Fallback(`${label}: DuckDB did not keep the file's order of the rows`);
}

/**
 * Checks that the table of coded rows kept a Parquet file's order, every row: its number in the
 * table against its number in the file (`file_row`). A difference is a {@link Fallback}.
 */
async function checkRowNumbers(db: Database, prefix: string, label: string): Promise<void> {
  const [{differ}] = await db.rows(`SELECT COUNT(*) AS differ FROM ${prefix}_rows WHERE row <> file_row`);
  if (Number(differ) > 0) throw orderLost(label);
}

/** The bytes of the line that starts at `offset` in a file, without its line break. */
function lineAt(path: string, offset: number): Buffer {
  const fd = openSync(path, "r");
  try {
    const parts: Buffer[] = [];
    for (let at = offset; ; ) {
      const chunk = Buffer.allocUnsafe(1 << 16);
      const n = readSync(fd, chunk, 0, chunk.length, at);
      const lf = chunk.subarray(0, n).indexOf(LF);
      parts.push(chunk.subarray(0, lf < 0 ? n : lf));
      if (lf >= 0 || n === 0) break;
      at += n;
    }
    const line = Buffer.concat(parts);
    return line.at(-1) === CR ? line.subarray(0, -1) : line;
  } finally {
    closeSync(fd);
  }
}

/**
 * Runs a statement that reads the responses file; DuckDB's refusal to read it (a row with the
 * wrong number of fields, say) becomes a {@link Fallback}, so the JS reader names the defect.
 */
async function readingFile<T>(label: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    const text = (error as Error).message ?? String(error);
    if (/Invalid Input Error|Conversion Error|Invalid Error|IO Error/i.test(text)) throw new Fallback(`${label}: DuckDB could not read it: ${text.split("\n")[0]}`);
    throw error;
  }
}

/** A cell DuckDB might read otherwise than the JS reader: not a defect, a reason to leave the bundle to it. */
const UNCERTAIN_CELL = "uncertain";

/** A closed question's cell not spelled exactly as one of its options (`q<k>` = {@link UNSPELLED}): a reason to look its texts up. */
const UNSPELLED_CELL = "unspelled";

/** The code of a closed question's cell that is none of its options' exact spellings, before its texts are looked up. */
const UNSPELLED = -2;

/** What each problem code of the coded rows stands for (0: none): a kind of defect (`responseRules.ts`), or an uncertain cell. */
const PROBLEMS: string[] = ["", UNCERTAIN_CELL, DEFECT.unnamedColumn, DEFECT.missingId, DEFECT.invalidWeight, DEFECT.missingParent, DEFECT.notANumber, DEFECT.outOfRange, UNSPELLED_CELL];

function describeProblem(kind: string): string {
  return kind === UNCERTAIN_CELL ? "a cell of white space other than spaces and tabs, read differently quoted or not," : `the defect "${kind}"`;
}

/** `1 row`, `2 rows`. */
function counted(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

/** The fallback for a defect of a cell found among a column's distinct texts (which do not say their line). */
function cellFallback(label: string, columnName: string, defect: CellDefect): Fallback {
  return new Fallback(summarizeIssues([{file: label, columnName, ...defect}]));
}

/** What `valid<k>` holds for a number cell that is not a number, or one out of its scale's range. */
const NOT_A_NUMBER = 0;
const OUT_OF_RANGE = 2;

/** Blank as the JS reader sees it: NULL, empty, or spaces and tabs only. */
function isBlank(raw: string): string {
  return `${trimSpaces(`COALESCE(${raw}, '')`)} = ''`;
}

/** A number question's value, NULL when blank or not a number. */
function numberExpression(raw: string, numeric: string | null): string {
  if (numeric) return numeric;
  const text = trimWhiteSpace(raw);
  return `CASE WHEN ${isBlank(raw)} THEN NULL WHEN ${isNumberText(text)} THEN ${textToDouble(text)} END`;
}

/**
 * NULL when a number cell is blank, 1 when it is a finite number within the scale's range,
 * {@link NOT_A_NUMBER} when it is not a (finite) number, {@link OUT_OF_RANGE} when it is out of range.
 */
function numberValid(raw: string, numeric: string | null, scale: Survey["scales"][string]): string {
  const {min, max} = numberBounds(scale);
  const value = numberExpression(raw, numeric);
  const inRange: string[] = [];
  if (min > -Infinity) inRange.push(`${value} >= ${min}`);
  if (max < Infinity) inRange.push(`${value} <= ${max}`);
  const blank = numeric ? `${numeric} IS NULL` : isBlank(raw);
  const number = `${value} IS NOT NULL AND ${isFiniteDouble(value)}`;
  return `CASE WHEN ${blank} THEN NULL WHEN NOT (${number}) THEN ${NOT_A_NUMBER} WHEN ${inRange.join(" AND ") || "true"} THEN 1 ELSE ${OUT_OF_RANGE} END`;
}

/**
 * The weight (NULL when not a number), from `weight_text` when `text` is given (the trimmed cell, to
 * be selected as `weight_text` below it), and whether it is a finite number above 0 (over `w`); 1
 * for everyone without weights.
 */
function weightExpression(column: number, numeric: boolean): {text: string | null; value: string; valid: string} {
  const valid = `CASE WHEN w > 0 AND ${isFiniteDouble("w")} THEN 1 ELSE 0 END`;
  if (column < 0) return {text: null, value: "CAST(1 AS DOUBLE)", valid: "1"};
  if (numeric) return {text: null, value: `n${column}`, valid};
  // The trimmed text is worked out once per row, in a projection of its own (`weight_text`).
  return {text: trimWhiteSpace(`COALESCE(c${column}, '')`), value: `CASE WHEN ${isNumberText("weight_text")} THEN ${textToDouble("weight_text")} END`, valid};
}

/**
 * The header of a CSV file, read by the JS reader from its first line, and the separator it found
 * there. Reads at most {@link MAX_HEADER_BYTES} and a few bytes, once: a first line without a line end
 * in them is a BundleError (`responses.csv:1:1`), at once, whatever the file's size.
 */
function readCsvHeader(path: string, label: string): {fields: string[]; delimiter: string} {
  const fd = openSync(path, "r");
  const bytes = Buffer.allocUnsafe(MAX_HEADER_BYTES + 4); // room for a byte-order mark
  let length = 0;
  try {
    for (let n = -1; n !== 0 && length < bytes.length; length += n) n = readSync(fd, bytes, length, bytes.length - length, null);
  } finally {
    closeSync(fd);
  }
  const lf = bytes.subarray(0, length).indexOf(LF);
  const cr = bytes.subarray(0, length).indexOf(CR);
  const end = lf < 0 ? cr : cr < 0 ? lf : Math.min(lf, cr);
  const reader = new CsvReader(bytes.subarray(0, end < 0 ? length : end + 1), label);
  const fields = reader.next() ? columnNames(reader.fields()) : [];
  while (reader.next());
  if (reader.issues.some((issue) => issue.kind === "header-too-long")) throw new BundleError(reader.issues);
  if (reader.issues.length) throw new Fallback(`${label}: the header line does not read as one record`);
  return {fields, delimiter: reader.delimiter};
}
