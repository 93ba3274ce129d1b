/**
 * Everything DuckDB-specific in the database engine, in one place: opening a temporary
 * file-backed database with its settings, reading responses.csv (`read_csv`) or
 * responses.parquet (`read_parquet`), numbering rows in file order (`rowid` of a table created
 * with `preserve_insertion_order`), dictionaries (`ENUM`), lists, and the few string functions
 * standard SQL lacks (trimming a set of characters, regular expressions).
 *
 * The aggregation queries (`sql.ts`) use none of this: they read the tables built here with
 * standard SQL (GROUP BY, window functions, CASE, UNION ALL, integer arithmetic), so a
 * distributed SQL engine can run them unchanged once the rows are loaded its own way.
 *
 * `@duckdb/node-api` is imported when a database is opened, so the JS engine never loads it.
 */
import {mkdtempSync, rmSync} from "node:fs";
import {availableParallelism, tmpdir, totalmem} from "node:os";
import {join} from "node:path";
import type {DuckDBConnection, DuckDBInstance, DuckDBValue} from "@duckdb/node-api";

export interface DatabaseOptions {
  /**
   * DuckDB's `memory_limit`; beyond it, intermediate results spill to the temporary directory.
   * Default: `PEILING_DUCKDB_MEMORY`, else a quarter of the machine's memory, at least 1 GB and
   * at most 4 GB.
   */
  memoryLimit?: string;
  /** DuckDB's `threads`; default the machine's cores. */
  threads?: number;
}

/** The default `memory_limit`: a quarter of the machine's memory, from 1 GB to 4 GB. */
export function defaultMemoryLimit(): string {
  if (process.env.PEILING_DUCKDB_MEMORY) return process.env.PEILING_DUCKDB_MEMORY;
  const gb = Math.min(4, Math.max(1, Math.floor(totalmem() / 4 / 2 ** 30)));
  return `${gb}GB`;
}

/** One cell of a result: numbers as numbers (DuckDB's 64-bit integers too), text, null, or a list. */
export type Cell = number | string | null | Cell[];

/** A column of numbers in a chunk of a result: the number in a row (DuckDB's 64-bit integers too), or null. */
export type NumberColumn = (row: number) => number | null;

/**
 * A temporary DuckDB database in a folder of its own under the system's temporary directory,
 * with `temp_directory` for spilling and a `memory_limit`, deleted with everything in it on
 * {@link Database.close}.
 */
export class Database {
  readonly folder: string;
  private readonly removeOnExit: () => void;
  private constructor(
    private readonly instance: DuckDBInstance,
    private readonly connection: DuckDBConnection,
    folder: string,
    /** Whether this is a second connection ({@link Database.alongside}), which closes only itself. */
    private readonly second = false
  ) {
    this.folder = folder;
    this.removeOnExit = second ? () => undefined : removeWhenInterrupted(folder);
  }

  /**
   * A second connection to the same database, so that a query can run while this connection runs
   * others (DuckDB's threads and JS's then work at once); its {@link Database.close} closes only
   * the connection, which must be closed before this database is.
   */
  async alongside(): Promise<Database> {
    return new Database(this.instance, await this.instance.connect(), this.folder, true);
  }

  static async open({memoryLimit = defaultMemoryLimit(), threads = availableParallelism()}: DatabaseOptions = {}): Promise<Database> {
    const {DuckDBInstance} = await import("@duckdb/node-api");
    const folder = mkdtempSync(join(tmpdir(), "peiling-duckdb-"));
    try {
      const instance = await DuckDBInstance.create(join(folder, "responses.duckdb"), {
        temp_directory: join(folder, "spill"),
        memory_limit: memoryLimit,
        threads: String(threads),
        // Rows keep the file's order through CREATE TABLE … AS, so `rowid` numbers them as the file does.
        preserve_insertion_order: "true"
      });
      return new Database(instance, await instance.connect(), folder);
    } catch (error) {
      rmSync(folder, {recursive: true, force: true});
      throw error;
    }
  }

  /** Runs statements for their effect. */
  async run(sql: string): Promise<void> {
    const started = performance.now();
    await this.connection.run(sql);
    trace(sql, started);
  }

  /** The result of a query as columns of cells. */
  async columns(sql: string): Promise<{names: string[]; columns: Cell[][]}> {
    const started = performance.now();
    const reader = await this.connection.runAndReadAll(sql);
    const names = reader.columnNames();
    // Without rows the reader has no chunks, and so no columns: give every column, empty.
    const columns = reader.getColumns().map((column) => column.map(cell));
    const result = {names, columns: names.map((_, i) => columns[i] ?? [])};
    trace(sql, started);
    return result;
  }

  /**
   * Runs a query and hands its result to `visit` a chunk of rows at a time (columns of cells),
   * so that a large result never has to be held whole.
   */
  async forEachChunk(sql: string, visit: (columns: Cell[][], rows: number) => void): Promise<void> {
    const started = performance.now();
    const result = await this.connection.stream(sql);
    for (let chunk = await result.fetchChunk(); chunk && chunk.rowCount > 0; chunk = await result.fetchChunk()) {
      visit(chunk.getColumns().map((column) => column.map(cell)), chunk.rowCount);
    }
    trace(sql, started);
  }

  /**
   * Runs a query whose columns are all numbers (or NULL) and hands its result to `visit` a chunk
   * at a time, each column read in place (`column(row)`), without an array of values per column:
   * for results of millions of numbers. Returns the number of columns.
   */
  async forEachChunkOfNumbers(sql: string, visit: (columns: NumberColumn[], rows: number) => void): Promise<number> {
    const started = performance.now();
    const result = await this.connection.stream(sql);
    for (let chunk = await result.fetchChunk(); chunk && chunk.rowCount > 0; chunk = await result.fetchChunk()) {
      const columns = Array.from({length: chunk.columnCount}, (_, c): NumberColumn => {
        const vector = chunk.getColumnVector(c);
        return (row) => {
          const value = vector.getItem(row);
          return value === null ? null : typeof value === "bigint" ? Number(value) : (value as number);
        };
      });
      visit(columns, chunk.rowCount);
    }
    trace(sql, started);
    return result.columnCount;
  }

  /**
   * Runs a query whose columns are all numbers without NULLs (DOUBLE, INTEGER, SMALLINT, TINYINT)
   * and hands its result to `visit` a chunk at a time, each column as an array of its values: the
   * chunk's own typed array where the client library holds one and the vector has no NULL mask
   * (no copy, no call per value), else the values copied one by one. A NULL throws. The next chunk
   * is fetched once what `visit` returns has resolved.
   */
  async forEachChunkOfArrays(sql: string, visit: (columns: ArrayLike<number>[], rows: number) => void | Promise<void>): Promise<void> {
    const started = performance.now();
    const result = await this.connection.stream(sql);
    for (let chunk = await result.fetchChunk(); chunk && chunk.rowCount > 0; chunk = await result.fetchChunk()) {
      const rows = chunk.rowCount;
      await visit(Array.from({length: chunk.columnCount}, (_, c) => valuesOf(chunk.getColumnVector(c), rows)), rows);
    }
    trace(sql, started);
  }

  /** The result of a query whose columns are all numbers, as columns (read as {@link forEachChunkOfNumbers} reads them). */
  async numberColumns(sql: string): Promise<(number | null)[][]> {
    const columns: (number | null)[][] = [];
    const width = await this.forEachChunkOfNumbers(sql, (chunk, rows) => {
      chunk.forEach((column, c) => {
        const values = (columns[c] ??= []);
        for (let r = 0; r < rows; ++r) values.push(column(r));
      });
    });
    // Without rows, every column, empty.
    return Array.from({length: width}, (_, c) => columns[c] ?? []);
  }

  /** The result of a query as one object per row. */
  async rows(sql: string): Promise<Record<string, Cell>[]> {
    const {names, columns} = await this.columns(sql);
    const n = columns[0]?.length ?? 0;
    return Array.from({length: n}, (_, r) => Object.fromEntries(names.map((name, c) => [name, columns[c][r]])));
  }

  /** Appends rows of integers or NULLs to a table (made beforehand with matching INTEGER/BIGINT columns). */
  async appendIntegers(table: string, rows: (number | null)[][]): Promise<void> {
    const appender = await this.connection.createAppender(table);
    for (const row of rows) {
      for (const value of row) {
        if (value === null) appender.appendNull();
        else appender.appendBigInt(BigInt(value));
      }
      appender.endRow();
    }
    appender.closeSync();
  }

  /** Closes the database and deletes its folder. */
  close(): void {
    if (this.second) {
      this.connection.closeSync();
      return;
    }
    try {
      this.connection.closeSync();
      this.instance.closeSync();
    } finally {
      rmSync(this.folder, {recursive: true, force: true});
      this.removeOnExit();
    }
  }
}

/**
 * Deletes a database's folder (as large as the responses) when the process exits or is
 * interrupted before the database is closed, then lets the signal end the process as it would
 * have. Returns the function that stops watching.
 */
function removeWhenInterrupted(folder: string): () => void {
  const remove = () => rmSync(folder, {recursive: true, force: true});
  const signals = ["SIGINT", "SIGTERM"] as const;
  const onSignal = (signal: NodeJS.Signals) => {
    stop();
    remove();
    process.kill(process.pid, signal);
  };
  const stop = () => {
    process.off("exit", remove);
    for (const signal of signals) process.off(signal, onSignal);
  };
  process.on("exit", remove);
  for (const signal of signals) process.on(signal, onSignal);
  return stop;
}

/**
 * With PEILING_DUCKDB_TRACE set, every statement's wall time, the process's CPU time since the
 * previous statement ended (DuckDB's threads and the JS work in between), and its first words go to
 * stderr; with PEILING_DUCKDB_TRACE=full, the whole statement.
 */
function trace(sql: string, started: number): void {
  if (!process.env.PEILING_DUCKDB_TRACE) return;
  const {user, system} = process.cpuUsage();
  const cpu = (user + system - cpuTraced) / 1e6;
  cpuTraced = user + system;
  const text = sql.replace(/\s+/g, " ").trim();
  console.error(`duckdb ${((performance.now() - started) / 1000).toFixed(2)} s (cpu ${cpu.toFixed(2)} s): ${process.env.PEILING_DUCKDB_TRACE === "full" ? text : text.slice(0, 100)}`);
}

/** The process's CPU time (µs) when the previous statement was traced. */
let cpuTraced = 0;

/**
 * The values of a vector of numbers without NULLs: its typed array when it has one and no NULL
 * mask (fields the client library keeps to itself, so looked for with care), else copied through
 * its public `getItem`.
 */
function valuesOf(vector: {getItem(row: number): DuckDBValue}, rows: number): ArrayLike<number> {
  const {items, validity} = vector as unknown as {items?: unknown; validity?: {data?: unknown}};
  const typed = items instanceof Float64Array || items instanceof Int32Array || items instanceof Int16Array || items instanceof Int8Array;
  if (typed && items.length === rows && validity && !validity.data) return items;
  return Float64Array.from({length: rows}, (_, row) => {
    const value = vector.getItem(row);
    if (value === null) throw new Error("A NULL in a column of numbers without NULLs");
    return Number(value);
  });
}

function cell(value: DuckDBValue): Cell {
  if (value === null || typeof value === "number" || typeof value === "string") return value;
  if (typeof value === "bigint") return Number(value);
  if (typeof value === "boolean") return value ? 1 : 0;
  if (typeof value === "object" && "items" in value) return (value.items as DuckDBValue[]).map(cell);
  return String(value);
}

// ---------------------------------------------------------------------------------------------
// Reading the responses

/** A SQL string literal. */
export function literal(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/** A double-precision literal that reads back as exactly this number. */
export function doubleLiteral(x: number): string {
  return Number.isInteger(x) && Math.abs(x) < 2 ** 53 ? `CAST(${x} AS DOUBLE)` : `CAST(${literal(String(x))} AS DOUBLE)`;
}

/** Where the responses come from: a CSV file with its separator, or a Parquet file. */
export type ResponsesFile = {kind: "csv"; path: string; delimiter: string; columns: number} | {kind: "parquet"; path: string; names: string[]; numeric: boolean[]};

/**
 * The column names and whether each is numeric, of a Parquet file.
 *
 * @example
 * await parquetColumns(db, "bundle/responses.parquet") // {names: ["id", "afdeling", …], numeric: [false, false, …]}
 */
export async function parquetColumns(db: Database, path: string): Promise<{names: string[]; numeric: boolean[]}> {
  const rows = await db.rows(`DESCRIBE SELECT * FROM read_parquet(${literal(path)})`);
  const numeric = /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|FLOAT|DOUBLE|DECIMAL)/;
  return {names: rows.map((r) => String(r.column_name)), numeric: rows.map((r) => numeric.test(String(r.column_type)))};
}

/**
 * A table expression with every column of the responses as text `c0`, `c1`, … (in file order),
 * and for a Parquet file's numeric columns the number itself as `n0`, `n1`, …, so a weight is
 * not rounded through text, and its row number as `file_row` (0, 1, …; see {@link hasRowNumbers};
 * `loadResponses` checks the stored rows against it). The CSV is read strictly: the separator
 * found in its header, `"` quotes doubled inside quoted fields, no type guessing, and any row with
 * the wrong number of fields is an error (the caller then falls back to the JS reader, which names
 * the line).
 */
export function responsesSource(file: ResponsesFile): string {
  if (file.kind === "csv") {
    const columns = Array.from({length: file.columns}, (_, i) => `'c${i}': 'VARCHAR'`).join(", ");
    return (
      `read_csv(${literal(file.path)}, header = true, delim = ${literal(file.delimiter)}, quote = '"', escape = '"', ` +
      `auto_detect = false, strict_mode = true, null_padding = false, encoding = 'utf-8', columns = {${columns}})`
    );
  }
  const select = file.names.flatMap((name, i) => {
    const column = `"${name.replace(/"/g, '""')}"`;
    return [`CAST(${column} AS VARCHAR) AS c${i}`, ...(file.numeric[i] ? [`CAST(${column} AS DOUBLE) AS n${i}`] : [])];
  });
  if (!hasRowNumbers(file)) return `(SELECT ${select.join(", ")} FROM read_parquet(${literal(file.path)}))`;
  return `(SELECT ${select.join(", ")}, file_row_number AS file_row FROM read_parquet(${literal(file.path)}, file_row_number = true))`;
}

/**
 * Whether {@link responsesSource} gives each row's number in the file (`file_row`): for a Parquet
 * file, unless it has a column of DuckDB's own name for it, `file_row_number`.
 */
export function hasRowNumbers(file: ResponsesFile): boolean {
  return file.kind === "parquet" && !file.names.some((name) => name.toLowerCase() === "file_row_number");
}

/**
 * Creates `name` from a query, numbered in the order its rows come (the file's order): the table
 * `name_stored`, and the view `name` with the row number as `row` (0, 1, …) first.
 *
 * DuckDB loads the table on every thread and keeps the file's order only when every operator of
 * the query keeps it: the bootstrap units and first lines depend on it (`loadResponses` checks it
 * on sampled records, and leaves the bundle to the JS reader when it was lost). Some expressions
 * lose it: with `unicode(x) IN (…)` (25 code points) in front of the white
 * space's regular expressions, 94–97 % of FEVS 1M's rows came out of place; the query as it is
 * keeps all 1,000,000 in place (three runs). Check a change to the query the same way (a column
 * of the file's ids 1, 2, … against `rowid + 1`).
 */
export async function createNumberedTable(db: Database, name: string, select: string): Promise<void> {
  await db.run(`CREATE TABLE ${name}_stored AS ${select}`);
  await db.run(`CREATE VIEW ${name} AS SELECT rowid AS row, * FROM ${name}_stored`);
}

/**
 * A dictionary type for a column's distinct values, so that a value becomes its index in the
 * list with a cast instead of a CASE with a branch per value (standard SQL would join a table of
 * the values). Returns the expression giving the index of `expression` (NULL when not listed).
 */
export async function createDictionary(db: Database, name: string, values: string[], expression: string): Promise<string> {
  if (values.length === 0) return "CAST(NULL AS INTEGER)";
  // Replaced when the responses are read a second time (`loadResponses`).
  await db.run(`DROP TYPE IF EXISTS ${name}; CREATE TYPE ${name} AS ENUM (${values.map(literal).join(", ")})`);
  return `CAST(enum_code(TRY_CAST(${expression} AS ${name})) AS INTEGER)`;
}

/**
 * The distinct texts of some columns (NULL read as empty), in one pass over the rows: a histogram
 * per column (a GROUPING SETS query would keep a hash table per column and thread, which needs
 * far more memory with many columns).
 */
export async function distinctTexts(db: Database, source: string, columns: number[]): Promise<Map<number, string[]>> {
  if (columns.length === 0) return new Map();
  const keys = columns.map((c, i) => `map_keys(histogram(COALESCE(c${c}, ''))) AS v${i}`);
  const {columns: values} = await db.columns(`SELECT ${keys.join(", ")} FROM ${source}`);
  return new Map(columns.map((c, i) => [c, ((values[i][0] as string[] | null) ?? []).slice()]));
}

/**
 * The rows of a group that meet a condition: DuckDB's `count_if`, which costs about a third less
 * than standard SQL's `COUNT(CASE WHEN … THEN 1 END)` (`countWhere` in `sql.ts`), and 0 as that
 * gives when no row does (`count_if` alone gives NULL when the condition is NULL in every row).
 *
 * @example
 * countIf("q3 BETWEEN 0 AND 4") // "COALESCE(count_if(q3 BETWEEN 0 AND 4), 0)"
 */
export function countIf(condition: string): string {
  return `COALESCE(count_if(${condition}), 0)`;
}

/** A 64-bit hash of a value (equal values, equal hashes). */
export function hashOf(expression: string): string {
  return `hash(${expression})`;
}

/** A list of text values (the fields of a row, kept for rows set aside). */
export function listOf(expressions: string[]): string {
  return `[${expressions.join(", ")}]`;
}

/** White space as JavaScript's `String.prototype.trim` knows it, as a regular-expression class body. */
const JS_WHITE_SPACE = "\\t\\n\\x{0B}\\x{0C}\\r \\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}\\x{FEFF}";
/** The same without space and tab. */
const OTHER_WHITE_SPACE = "\\n\\x{0B}\\x{0C}\\r\\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}\\x{FEFF}";

/** Text without leading and trailing spaces and tabs (how the JS reader decides a cell is blank). */
export function trimSpaces(expression: string): string {
  return `trim(${expression}, ' ' || chr(9))`;
}

/** Text without leading and trailing white space, as JavaScript's `trim()`. */
export function trimWhiteSpace(expression: string): string {
  return `regexp_replace(${expression}, '^[${JS_WHITE_SPACE}]+|[${JS_WHITE_SPACE}]+$', '', 'g')`;
}

/** Whether text is white space only, with some that is not a space or tab: blank to the JS reader when quoted, not when unquoted. */
export function isOtherWhiteSpaceOnly(expression: string): string {
  return `regexp_full_match(${expression}, '[${JS_WHITE_SPACE}]*[${OTHER_WHITE_SPACE}][${JS_WHITE_SPACE}]*')`;
}

/** Whether trimmed text is a number as `parseNumber` reads one (`7.5`, `7,5`, `-1e3`; no thousands separators). */
export function isNumberText(expression: string): string {
  return `regexp_full_match(${expression}, '[-+]?([0-9]+([.,][0-9]*)?|[.,][0-9]+)([eE][-+]?[0-9]+)?')`;
}

/** The number in trimmed text that {@link isNumberText} accepts, the decimal comma read as a point. */
export function textToDouble(expression: string): string {
  return `CAST(replace(${expression}, ',', '.') AS DOUBLE)`;
}

/** Whether a double is finite. */
export function isFiniteDouble(expression: string): string {
  return `isfinite(${expression})`;
}
