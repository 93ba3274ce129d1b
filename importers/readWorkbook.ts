import JSZip from "jszip";
import {ImportError} from "./ImportError.ts";
import type {ImportedExport, ImportedVariable} from "./ImportedExport.ts";

/** SurveyMonkey's second header row under a question of one column (English and Dutch). */
const RESPONSE = /^(Response|Antwoord)$/i;
const OPEN_RESPONSE = /^(Open-Ended Response|Open antwoord)$/i;

/** Built-in number formats of a date or time (ECMA-376, 18.8.30). */
const DATE_FORMAT_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);
/** Day 0 of a workbook's dates (1900 system, with its famous phantom 29 February). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** The first sheet of a workbook as rows of cell texts, keyed by the sheet's row numbers. */
interface Sheet {
  name: string;
  /** Rows in order: the sheet's row number and its cells (index 0 is column A). */
  rows: {row: number; cells: string[]}[];
}

/**
 * Reads the first sheet of an .xlsx workbook: shared and inline strings, numbers (as written, dates
 * as `YYYY-MM-DD HH:MM:SS`), booleans. A file that is not a whole workbook is an {@link ImportError}.
 *
 * @example
 * const sheet = await readSheet(readFileSync("export.xlsx"), "export.xlsx");
 */
async function readSheet(bytes: Uint8Array, file: string): Promise<Sheet> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new ImportError([{file, message: "the workbook cannot be opened: it is not a complete .xlsx file (was it cut off while copying?)", expected: "an .xlsx workbook as Excel, Forms or SurveyMonkey write it", kind: "format"}]);
  }
  const text = async (path: string) => {
    const entry = zip.file(path);
    if (!entry) return null;
    try {
      return await entry.async("string");
    } catch {
      throw new ImportError([{file, message: `the workbook's part ${path} cannot be read (is the file damaged?)`, expected: "a complete .xlsx file", kind: "format"}]);
    }
  };
  const workbook = await text("xl/workbook.xml");
  const relations = (await text("xl/_rels/workbook.xml.rels")) ?? "";
  const sheetTag = workbook && /<sheet\b[^>]*>/.exec(workbook)?.[0];
  if (!sheetTag) throw new ImportError([{file, message: "the workbook has no sheet", expected: "an .xlsx workbook with the responses on its first sheet", kind: "format"}]);
  const name = decodeXml(attribute(sheetTag, "name") ?? "Sheet1");
  const relationId = attribute(sheetTag, "r:id");
  const target = [...relations.matchAll(/<Relationship\b[^>]*>/g)].map((m) => m[0]).find((r) => attribute(r, "Id") === relationId);
  const targetPath = target ? attribute(target, "Target")! : "worksheets/sheet1.xml";
  const sheetPath = targetPath.startsWith("/") ? targetPath.slice(1) : `xl/${targetPath}`;
  const sheetXml = await text(sheetPath);
  if (sheetXml === null) throw new ImportError([{file, message: `the workbook's first sheet (${sheetPath}) is missing`, expected: "a complete .xlsx file", kind: "format"}]);
  const shared = [...((await text("xl/sharedStrings.xml")) ?? "").matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => runText(m[1]));
  const dateStyles = dateStyleIndexes((await text("xl/styles.xml")) ?? "");

  const rows: Sheet["rows"] = [];
  for (const rowMatch of sheetXml.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const row = Number(attribute(rowMatch[1], "r") ?? rows.length + 1);
    const cells: string[] = [];
    for (const cellMatch of (rowMatch[2] ?? "").matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const attributes = cellMatch[1];
      const body = cellMatch[2] ?? "";
      const reference = attribute(attributes, "r");
      const column = reference ? columnIndex(reference) : cells.length;
      const type = attribute(attributes, "t") ?? "n";
      const value = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
      let cell = "";
      if (type === "s") cell = shared[Number(value)] ?? "";
      else if (type === "inlineStr") cell = runText(/<is>([\s\S]*?)<\/is>/.exec(body)?.[1] ?? "");
      else if (type === "b") cell = value === "1" ? "TRUE" : "FALSE";
      else if (value !== undefined) {
        cell = decodeXml(value);
        const style = Number(attribute(attributes, "s") ?? -1);
        if (type === "n" && dateStyles.has(style) && Number.isFinite(Number(cell))) cell = excelDate(Number(cell));
      }
      cells[column] = cell;
    }
    rows.push({row, cells: Array.from(cells, (c) => c ?? "")});
  }
  return {name, rows};
}

/**
 * Reads a workbook exported by Microsoft Forms (one header row of question texts; multiple choice
 * answers as `a;b;`) or SurveyMonkey (a second header row: `Response`, `Open-Ended Response`, or
 * per column a matrix statement or a multiple choice option) into the shared import model.
 *
 * @example
 * const exported = await readWorkbook(readFileSync("Medewerkersonderzoek.xlsx"), "Medewerkersonderzoek.xlsx");
 */
export async function readWorkbook(bytes: Uint8Array, file: string): Promise<ImportedExport> {
  const sheet = await readSheet(bytes, file);
  const [first, second, ...rest] = sheet.rows;
  if (!first) throw new ImportError([{file, sheet: sheet.name, line: 1, message: "the sheet is empty", expected: "a header row of question texts", kind: "empty"}]);
  const width = Math.max(...sheet.rows.map((r) => r.cells.length));
  const cell = (r: {cells: string[]}, c: number) => (r.cells[c] ?? "").trim();
  const surveyMonkey = second !== undefined && second.cells.some((c) => RESPONSE.test(c.trim()) || OPEN_RESPONSE.test(c.trim()));
  const base = {file, format: "xlsx" as const, unit: "row" as const, sheet: sheet.name};
  if (!surveyMonkey) {
    const variables: ImportedVariable[] = Array.from({length: width}, (_, c) => ({name: cell(first, c), text: cell(first, c), column: c + 1}));
    const data = sheet.rows.slice(1).filter((r) => r.cells.some((c) => c.trim() !== ""));
    return {...base, variables, rows: data.map((r) => ({at: r.row, values: variables.map((_, c) => cell(r, c))})), multiSeparator: ";"};
  }
  // SurveyMonkey: a question's text heads its first column; the second row names each column's part.
  const variables: ImportedVariable[] = [];
  const readers: ((r: {cells: string[]}) => string | string[])[] = [];
  const data = rest.filter((r) => r.cells.some((c) => c.trim() !== ""));
  for (let at = 0; at < width; ) {
    const c = at;
    let end = c + 1;
    while (end < width && cell(first, end) === "" && cell(second, end) !== "") ++end;
    const question = cell(first, c);
    const parts = Array.from({length: end - c}, (_, k) => c + k);
    const part = (k: number) => cell(second, k);
    const isMulti = parts.length > 1 && parts.every((k) => data.every((r) => cell(r, k) === "" || cell(r, k) === part(k) || /other|anders/i.test(part(k))));
    if (parts.length === 1) {
      const open = OPEN_RESPONSE.test(part(c));
      variables.push({name: question, text: question, column: c + 1, ...(open ? {kind: "text" as const} : {})});
      readers.push((r) => cell(r, c));
    } else if (isMulti) {
      const options = parts.filter((k) => !/other|anders/i.test(part(k)));
      variables.push({name: question, text: question, column: c + 1, kind: "multi", options: options.map((k) => ({code: part(k), label: part(k)}))});
      readers.push((r) => (options.some((k) => cell(r, k) !== "") ? options.filter((k) => cell(r, k) !== "").map(part) : ""));
      for (const k of parts.filter((k) => !options.includes(k))) {
        variables.push({name: `${question} - ${part(k)}`, text: `${question} - ${part(k)}`, column: k + 1, kind: "text"});
        readers.push((r) => cell(r, k));
      }
    } else {
      for (const k of parts) {
        variables.push({name: `${question} - ${part(k)}`, text: `${question} - ${part(k)}`, column: k + 1});
        readers.push((r) => cell(r, k));
      }
    }
    at = end;
  }
  return {...base, variables, rows: data.map((r) => ({at: r.row, values: readers.map((read) => read(r))}))};
}

/** The 0-based column of a cell reference: `A1` → 0, `AB12` → 27. */
function columnIndex(reference: string): number {
  const letters = /^[A-Z]+/.exec(reference)?.[0] ?? "A";
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** The text of a shared or inline string: its `<t>` runs joined (rich text has several). */
function runText(xml: string): string {
  return [...xml.matchAll(/<t\b[^>]*>([\s\S]*?)<\/t>/g)].map((m) => decodeXml(m[1])).join("");
}

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name.replace(":", "\\:")}="([^"]*)"`).exec(tag);
  return match?.[1];
}

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) => {
    if (e[0] === "#") return String.fromCodePoint(e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return {amp: "&", lt: "<", gt: ">", quot: '"', apos: "'"}[e.toLowerCase()]!;
  });
}

/** The indexes of cell styles (`cellXfs`) whose number format is a date or time. */
function dateStyleIndexes(styles: string): Set<number> {
  const custom = new Map<number, string>();
  for (const m of styles.matchAll(/<numFmt\b[^>]*>/g)) custom.set(Number(attribute(m[0], "numFmtId")), decodeXml(attribute(m[0], "formatCode") ?? ""));
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? "";
  const dates = new Set<number>();
  [...xfs.matchAll(/<xf\b[^>]*>/g)].forEach((m, i) => {
    const id = Number(attribute(m[0], "numFmtId") ?? 0);
    const code = custom.get(id)?.replace(/"[^"]*"|\[[^\]]*\]/g, "");
    if (DATE_FORMAT_IDS.has(id) || (code !== undefined && /[dmyhs]/i.test(code))) dates.add(i);
  });
  return dates;
}

/** A workbook date number as `YYYY-MM-DD HH:MM:SS`. */
function excelDate(days: number): string {
  return new Date(EXCEL_EPOCH + Math.round(days * 86400) * 1000).toISOString().slice(0, 19).replace("T", " ");
}
