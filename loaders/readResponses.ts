import type {BundleIssue} from "./BundleError.ts";
import {CsvReader, fieldCountIssue, parseNumber} from "./csv.ts";
import type {SurveyDefinition} from "./readSurvey.ts";
import type {AnswerColumn, GroupColumn, ResponseTable} from "./ResponseTable.ts";
import type {RowAccounting} from "./types.ts";

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

/** Reasons for rows set aside that are not defects. */
export const EMPTY_ROW = "empty row";
export const NO_ANSWERS = "no answers";
export const TOO_FEW_ANSWERS = "too few answers";

/**
 * Reads `responses.csv` into a column table, checking every cell against the survey: one row per
 * respondent, an `id` column, one column per question and grouping variable (and the weight).
 * Rows without any answer are set aside and counted; defects are reported with line and column.
 *
 * @example
 * const {table, issues, accounting} = readResponses(text, "responses.csv", definition);
 */
export function readResponses(
  text: string,
  file: string,
  definition: SurveyDefinition,
  {setAside = false}: ReadResponsesOptions = {}
): ReadResponsesResult {
  const {survey, codecs} = definition;
  const reader = new CsvReader(text, file);
  const issues: BundleIssue[] = [];
  let issueCount = 0;
  const report = (issue: BundleIssue) => {
    if (++issueCount <= MAX_ISSUES) issues.push(issue);
  };

  const header = (reader.next() ?? []).map((h) => h.trim());
  const columnOf = new Map<string, number>();
  header.forEach((name, i) => {
    if (name === "") return;
    if (columnOf.has(name)) {
      report({file, line: 1, column: i + 1, columnName: name, message: `the column "${name}" appears twice (also column ${columnOf.get(name)! + 1})`, kind: "duplicate-column"});
    } else columnOf.set(name, i);
  });
  const required = ["id", ...survey.groups.map((g) => g.id), ...(survey.weight ? [survey.weight] : []), ...survey.questions.map((q) => q.id)];
  const missing = required.filter((name) => !columnOf.has(name));
  if (header.length === 0) {
    report({file, line: 1, message: "the file is empty", expected: "a header row naming the columns", kind: "missing-column"});
  } else if (missing.length) {
    report({
      file,
      line: 1,
      message: `the header lacks ${missing.length === 1 ? "the column" : "the columns"} ${missing.map((m) => `"${m}"`).join(", ")}`,
      expected: `a column for the respondent id, every grouping variable${survey.weight ? ", the weight" : ""} and every question in survey.yaml`,
      kind: "missing-column"
    });
  }
  const known = new Set([...required, ...survey.ignore]);
  const unnamed: number[] = [];
  header.forEach((name, i) => {
    if (name === "") unnamed.push(i);
    else if (!known.has(name)) {
      report({
        file,
        line: 1,
        column: i + 1,
        columnName: name,
        message: `"${name}" is not a question, grouping variable or weight in survey.yaml`,
        expected: `a question id, or the column listed under \`ignore\` to leave it out on purpose`,
        kind: "unknown-column"
      });
    }
  });
  const accounting: RowAccounting = {file, read: 0, accepted: 0, setAside: 0, reasons: {}};
  const emptyTable: ResponseTable = {n: 0, weights: null, groups: new Map(), answers: new Map()};
  if (issues.length) return {table: emptyTable, issues: issues.concat(reader.issues), accounting, rejected: [], header};

  // An upper bound on the number of rows: quoted line breaks only make it larger than needed.
  let capacity = 1;
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) ++capacity;

  const idColumn = columnOf.get("id")!;
  const weightColumn = survey.weight ? columnOf.get(survey.weight)! : -1;
  const weights = survey.weight ? new Float64Array(capacity) : null;
  const groups = survey.groups.map((g) => ({
    variable: g.id,
    parent: g.parent ?? null,
    column: columnOf.get(g.id)!,
    parentColumn: g.parent === undefined ? -1 : columnOf.get(g.parent)!,
    index: new Map<string, number>(),
    out: {variable: g.id, values: [], firstLines: [], codes: new Int32Array(capacity)} as GroupColumn
  }));
  const answers = survey.questions.map((question) => {
    const codec = codecs.get(question.scale)!;
    const column = columnOf.get(question.id)!;
    let out: AnswerColumn;
    if (codec.type === "number") out = {kind: "numbers", question, codec, values: new Float64Array(capacity)};
    else if (codec.type === "text") out = {kind: "text", question, codec, texts: new Array(capacity)};
    else if (codec.type === "multi") {
      out = {kind: "multi", question, codec, answered: new Uint8Array(capacity), chosen: codec.options.map(() => new Uint8Array(capacity))};
    } else out = {kind: "codes", question, codec, reverse: question.reverse, codes: new Int16Array(capacity)};
    const scale = survey.scales[question.scale];
    const bounds = scale.type === "number" ? {min: scale.min ?? -Infinity, max: scale.max ?? Infinity} : {min: -Infinity, max: Infinity};
    const separator = scale.type === "multi" ? scale.separator : ";";
    return {column, out, bounds, separator};
  });

  const firstLineOf = new Map<string, number>();
  const rejected: RejectedRow[] = [];
  let n = 0;
  for (let fields = reader.next(); fields; fields = reader.next()) {
    const line = reader.line;
    ++accounting.read;
    const rowIssues: BundleIssue[] = [];
    const cell = (i: number) => (i < fields.length ? fields[i].trim() : "");
    const defect = (column: number, message: string, kind: string, expected?: string) => {
      rowIssues.push({file, line, column: column + 1, columnName: header[column] || undefined, message, expected, kind});
    };

    if (fields.every((f) => f.trim() === "")) {
      setRowAside(EMPTY_ROW, line, fields, []);
      continue;
    }
    const shape = fieldCountIssue(fields, header.length, {file, line, delimiter: reader.delimiter});
    if (shape) rowIssues.push({...shape, columnName: header[shape.column! - 1] || undefined});
    for (const i of unnamed) {
      if (cell(i) !== "") defect(i, `a column without a name in the header holds "${cell(i)}"`, "unnamed-column", "a name for this column in the header, or an empty cell");
    }

    const id = cell(idColumn);
    if (id === "") defect(idColumn, "the respondent id is empty", "missing-id", "a unique id for every row");
    else if (firstLineOf.has(id)) defect(idColumn, `the respondent id "${id}" was used before, on line ${firstLineOf.get(id)}`, "duplicate-id", "a unique id for every row");
    else firstLineOf.set(id, line);

    if (weights) {
      const w = parseNumber(cell(weightColumn));
      if (!(w > 0) || !Number.isFinite(w)) defect(weightColumn, `the weight "${cell(weightColumn)}" is not a positive number`, "invalid-weight", "a number above 0");
      weights[n] = w;
    }

    for (const g of groups) {
      const value = cell(g.column);
      if (value !== "" && g.parentColumn >= 0 && cell(g.parentColumn) === "") {
        defect(g.column, `"${value}" is given for ${g.variable} but ${g.parent} is empty`, "missing-parent", `a value for ${g.parent}, which ${g.variable} lies within`);
      }
    }

    let answered = 0;
    for (const {column, out, bounds, separator} of answers) {
      const value = cell(column);
      switch (out.kind) {
        case "codes": {
          if (value === "") {
            out.codes[n] = -1;
            break;
          }
          const code = out.codec.lookup(value);
          if (code < 0) defect(column, `"${value}" is not an answer of the scale "${out.question.scale}"`, "unknown-answer", out.codec.expected);
          out.codes[n] = code;
          ++answered;
          break;
        }
        case "numbers": {
          if (value === "") {
            out.values[n] = NaN;
            break;
          }
          const x = parseNumber(value);
          if (Number.isNaN(x)) defect(column, `"${value}" is not a number`, "not-a-number", out.codec.expected);
          else if (x < bounds.min || x > bounds.max) defect(column, `${value} is out of range`, "out-of-range", out.codec.expected);
          out.values[n] = x;
          ++answered;
          break;
        }
        case "multi": {
          for (const chosen of out.chosen) chosen[n] = 0;
          out.answered[n] = value === "" ? 0 : 1;
          if (value === "") break;
          for (const part of value.split(separator)) {
            if (part.trim() === "") continue;
            const code = out.codec.lookup(part);
            if (code < 0) defect(column, `"${part.trim()}" is not an option of "${out.question.scale}"`, "unknown-answer", `options separated by "${separator}": ${out.codec.expected}`);
            else out.chosen[code][n] = 1;
          }
          ++answered;
          break;
        }
        case "text":
          out.texts[n] = value === "" ? undefined : value;
          break;
      }
    }

    if (rowIssues.length) {
      if (setAside) setRowAside(rowIssues[0].kind, line, fields, rowIssues);
      else for (const issue of rowIssues) report(issue);
      continue;
    }
    if (answered < survey.settings.minAnswers) {
      setRowAside(answered === 0 ? NO_ANSWERS : TOO_FEW_ANSWERS, line, fields, []);
      continue;
    }
    // Group values enter the dictionaries only with an accepted row, so no group is empty.
    for (const g of groups) {
      const value = cell(g.column);
      let code = -1;
      if (value !== "") {
        code = g.index.get(value) ?? g.out.values.length;
        if (code === g.out.values.length) {
          g.index.set(value, code);
          g.out.values.push(value);
          g.out.firstLines.push(line);
        }
      }
      g.out.codes[n] = code;
    }
    ++n;
  }
  accounting.accepted = n;
  for (const issue of reader.issues) report(issue);
  if (issueCount > MAX_ISSUES) {
    issues.push({file, message: `${issueCount - MAX_ISSUES} further defects are not listed`, kind: "more"});
  }

  const table: ResponseTable = {
    n,
    weights: weights ? weights.subarray(0, n) : null,
    groups: new Map(groups.map((g) => [g.variable, {...g.out, codes: g.out.codes.subarray(0, n)}])),
    answers: new Map(answers.map(({out}) => [out.question.id, trimColumn(out, n)]))
  };
  return {table, issues, accounting, rejected, header};

  function setRowAside(reason: string, line: number, fields: string[], rowIssues: BundleIssue[]) {
    ++accounting.setAside;
    accounting.reasons[reason] = (accounting.reasons[reason] ?? 0) + 1;
    rejected.push({line, fields, reason, issues: rowIssues});
  }
}

function trimColumn(column: AnswerColumn, n: number): AnswerColumn {
  switch (column.kind) {
    case "codes":
      return {...column, codes: column.codes.subarray(0, n)};
    case "numbers":
      return {...column, values: column.values.subarray(0, n)};
    case "multi":
      return {...column, answered: column.answered.subarray(0, n), chosen: column.chosen.map((c) => c.subarray(0, n))};
    case "text":
      return {...column, texts: column.texts.slice(0, n)};
  }
}
