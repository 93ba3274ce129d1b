import {columnKey} from "./columnRole.ts";
import {ImportError, type ImportIssue} from "./ImportError.ts";
import type {ImportedExport, ImportedVariable} from "./ImportedExport.ts";
import {readCsvRecords} from "./readCsvRecords.ts";

/** Header names of the three columns of a long export, and of the optional question text. */
const RESPONDENT = ["respondent", "respondentid", "respondentnr", "respondentnummer", "id", "medewerker", "medewerkerid", "employee", "employeeid", "person", "personid"];
const QUESTION = ["question", "questionid", "vraag", "vraagcode", "vraagid", "item", "itemid", "variable", "variabele"];
const ANSWER = ["answer", "antwoord", "value", "waarde", "response", "score"];
const TEXT = ["questiontext", "vraagtekst", "text", "tekst", "itemtext", "label"];

/**
 * Where the respondent, question, answer and (optional) question text columns of a long export
 * are, by their header names; null when there is no respondent, question and answer column.
 *
 * @example
 * longColumns(["medewerker", "vraag", "antwoord"]) // {respondent: 0, question: 1, answer: 2, text: -1}
 */
export function longColumns(header: string[]): {respondent: number; question: number; answer: number; text: number} | null {
  const keys = header.map(columnKey);
  const find = (names: string[]) => {
    let best = -1;
    keys.forEach((k, i) => {
      if (names.includes(k) && (best < 0 || names.indexOf(k) < names.indexOf(keys[best]))) best = i;
    });
    return best;
  };
  const respondent = find(RESPONDENT);
  const question = find(QUESTION);
  const answer = find(ANSWER);
  if (respondent < 0 || question < 0 || answer < 0) return null;
  return {respondent, question, answer, text: find(TEXT)};
}

/**
 * Reads a long export, one row per answer (respondent, question, answer), as HR systems write it,
 * into the shared import model: one row per respondent (in order of first appearance), one
 * variable per question (in order of first appearance, with the question text when a column
 * holds it). Other columns are facts about the respondent (a department, say) and must be the same
 * on each of their rows. A respondent answering a question twice is an {@link ImportError}
 * naming both lines.
 *
 * @example
 * const exported = readLong(readFileSync("antwoorden.csv"), "antwoorden.csv");
 */
export function readLong(bytes: Uint8Array, file: string): ImportedExport {
  const [header, ...records] = readCsvRecords(bytes, file);
  const at = longColumns(header.fields);
  if (!at) {
    throw new ImportError([{file, line: 1, message: `the header ${JSON.stringify(header.fields.join(","))} has no respondent, question and answer column`, expected: "columns such as respondent, question, answer (or medewerker, vraag, antwoord)", kind: "format"}]);
  }
  const facts = header.fields.map((_, c) => c).filter((c) => c !== at.respondent && c !== at.question && c !== at.answer && c !== at.text);
  const issues: ImportIssue[] = [];
  const questions = new Map<string, {text: string; line: number}>();
  const respondents = new Map<string, {line: number; answers: Map<string, {value: string; line: number}>; facts: Map<number, {value: string; line: number}>}>();
  const where = (line: number, c: number) => ({file, line, column: c + 1, columnName: header.fields[c]});
  for (const {line, fields} of records) {
    const id = fields[at.respondent].trim();
    const question = fields[at.question].trim();
    if (id === "") {
      issues.push({...where(line, at.respondent), message: "the respondent is empty", expected: "the respondent's id on every row", kind: "missing-id"});
      continue;
    }
    if (question === "") {
      issues.push({...where(line, at.question), message: "the question is empty", expected: "a question id on every row", kind: "missing-question"});
      continue;
    }
    if (!questions.has(question)) questions.set(question, {text: at.text >= 0 ? fields[at.text].trim() : "", line});
    let respondent = respondents.get(id);
    if (!respondent) respondents.set(id, (respondent = {line, answers: new Map(), facts: new Map()}));
    const before = respondent.answers.get(question);
    if (before) {
      issues.push({...where(line, at.answer), message: `respondent "${id}" answers question "${question}" a second time (first on line ${before.line})`, expected: "one row per respondent and question", kind: "duplicate-answer"});
      continue;
    }
    respondent.answers.set(question, {value: fields[at.answer], line});
    for (const c of facts) {
      const value = fields[c].trim();
      const known = respondent.facts.get(c);
      if (!known) respondent.facts.set(c, {value, line});
      else if (known.value !== value) {
        issues.push({...where(line, c), message: `respondent "${id}" has ${JSON.stringify(value)} here and ${JSON.stringify(known.value)} on line ${known.line}`, expected: "the same value on every row of a respondent", kind: "inconsistent"});
      }
    }
  }
  if (issues.length) throw new ImportError(issues);
  const questionIds = [...questions.keys()];
  const variables: ImportedVariable[] = [
    {name: header.fields[at.respondent].trim(), text: header.fields[at.respondent].trim(), column: at.respondent + 1},
    ...facts.map((c) => ({name: header.fields[c].trim(), text: header.fields[c].trim(), column: c + 1})),
    ...questionIds.map((q) => ({name: q, text: questions.get(q)!.text || q, column: at.answer + 1}))
  ];
  // The respondent column is the id whatever its header says.
  variables[0].name = "id";
  return {
    file,
    format: "long",
    unit: "line",
    variables,
    // HR systems put the chosen options of a multiple choice question in one cell, separated by `;`.
    multiSeparator: ";",
    answerRows: records.length,
    rows: [...respondents].map(([id, r]) => ({
      at: r.line,
      values: [id, ...facts.map((c) => r.facts.get(c)?.value ?? ""), ...questionIds.map((q) => r.answers.get(q)?.value ?? "")]
    }))
  };
}
