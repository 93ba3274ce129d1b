import {basename, extname} from "node:path";
import {columnRole, idPreference} from "./columnRole.ts";
import {ImportError, type ImportIssue} from "./ImportError.ts";
import type {ImportedExport, ImportedVariable} from "./ImportedExport.ts";
import {planVariable, type Plan} from "./planVariable.ts";
import {recognizeScale, type RecognizedScale} from "./recognizeScale.ts";
import {surveyYaml, type PlannedQuestion} from "./surveyYaml.ts";

/** The files of a bundle made from an export, and how its rows were accounted for. */
export interface ImportedBundle {
  /** survey.yaml, with comments on what the export could not tell. */
  survey: string;
  /** responses.csv. */
  responses: string;
  accounting: ImportAccounting;
}

/** The rows of an export: read, written to responses.csv, and set aside per reason. */
export interface ImportAccounting {
  file: string;
  unit: ImportedExport["unit"];
  read: number;
  written: number;
  setAside: number;
  reasons: Record<string, number>;
  /** For a long export, the answer rows read (several per respondent). */
  answerRows?: number;
}

/** One column of responses.csv and how its cells come from the export's values. */
interface Column {
  header: string;
  variable: number;
  cell: (value: string | string[]) => string;
}


/**
 * Turns an export read into the shared model into a survey bundle: decides for every variable
 * whether it is the respondent id, a grouping variable, a question (with its scale recognised from
 * its labels or answers), tool metadata (kept, under `ignore`) or personal data (dropped, listed
 * in a comment), and writes survey.yaml with comments on what to check and responses.csv. Rows
 * without any answer are set aside. Throws an {@link ImportError} naming record or line and column
 * for an answer outside a variable's value labels, an empty or repeated respondent id.
 *
 * @example
 * const {survey, responses, accounting} = bundleFromExport(readSav(bytes, "export.sav"));
 */
export function bundleFromExport(original: ImportedExport, {today = new Date().toISOString().slice(0, 10)}: {today?: string} = {}): ImportedBundle {
  const exported = withoutBlankColumns(original);
  const {variables, rows} = exported;
  const roles = variables.map((v) => (v.name === exported.weight ? "weight" : v.kind === "multi" ? "answer" : v.kind === "date" ? "metadata" : columnRole(v.name, v.text)));
  // One weight column at most: a second is kept as metadata.
  const weightVariable = roles.indexOf("weight");
  roles.forEach((role, i) => role === "weight" && i !== weightVariable && (roles[i] = "metadata"));
  const idCandidates = variables.map((v, i) => ({i, rank: roles[i] === "id" ? idPreference(v.name) : Infinity})).filter((c) => c.rank < Infinity);
  const idVariable = idCandidates.sort((a, b) => a.rank - b.rank)[0]?.i ?? -1;
  roles.forEach((role, i) => role === "id" && i !== idVariable && (roles[i] = "metadata"));
  const personal = variables.filter((_, i) => roles[i] === "personal").map((v) => v.name);

  const answerVariables = variables.map((_, i) => i).filter((i) => roles[i] === "answer" || roles[i] === "group");
  const isEmpty = (value: string | string[]) => (Array.isArray(value) ? value.length === 0 : value.trim() === "");
  const reasons: Record<string, number> = {...(exported.setAside ?? {})};
  const kept = rows.filter((row) => {
    const answered = answerVariables.some((i) => roles[i] === "answer" && !isEmpty(row.values[i]));
    if (!answered) reasons["no answers"] = (reasons["no answers"] ?? 0) + 1;
    return answered;
  });
  const setAside = Object.values(reasons).reduce((a, b) => a + b, 0);

  const issues: ImportIssue[] = [];
  if (kept.length === 0 && answerVariables.some((i) => roles[i] === "answer")) {
    // The loaders refuse a bundle without respondents; say so of the export itself.
    issues.push({file: exported.file, message: `no respondent answered a question (${rows.length} ${exported.unit}${rows.length === 1 ? "" : "s"} read, none with an answer)`, expected: "at least one respondent with an answer", kind: "no-respondents"});
  }
  const locate = (at: number, variable: ImportedVariable) => ({
    file: exported.file,
    ...(exported.unit === "record" ? {record: at} : {line: at}),
    ...(exported.sheet ? {sheet: exported.sheet} : {}),
    column: variable.column,
    columnName: variable.name
  });
  if (idVariable >= 0) {
    const firstAt = new Map<string, number>();
    for (const row of kept) {
      const id = String(row.values[idVariable]).trim();
      const where = locate(row.at, variables[idVariable]);
      if (id === "") issues.push({...where, message: "the respondent id is empty", expected: "an id for every respondent", kind: "missing-id"});
      else if (firstAt.has(id)) issues.push({...where, message: `the respondent id "${id}" was used before, in ${exported.unit} ${firstAt.get(id)}`, expected: "a different id for every respondent", kind: "duplicate-id"});
      else firstAt.set(id, row.at);
    }
  }

  const headers = new Set(["id"]);
  const claim = (wanted: string) => {
    let name = wanted;
    for (let k = 2; headers.has(name); ++k) name = `${wanted}_${k}`;
    headers.add(name);
    return name;
  };
  const columns: Column[] = [];
  const scales = new Map<string, {key: string; definition: Record<string, unknown>}>();
  const merged = new Set<string>();
  const scaleName = (wanted: string, definition: Record<string, unknown>, merge = false) => {
    if (merge) {
      // Scales recognised from the answers given: one per family and size, with every label seen.
      const existing = scales.get(wanted);
      if (existing && merged.has(wanted)) {
        const d = existing.definition as {values: Record<string, number>; missing?: unknown[]};
        const add = definition as {values: Record<string, number>; missing?: unknown[]};
        Object.assign(d.values, add.values);
        const missing = [...new Set([...(d.missing ?? []), ...(add.missing ?? [])])];
        if (missing.length) d.missing = missing;
        existing.key = JSON.stringify(d);
        return wanted;
      }
      if (!existing) {
        merged.add(wanted);
        scales.set(wanted, {key: JSON.stringify(definition), definition});
        return wanted;
      }
    }
    const key = JSON.stringify(definition);
    for (const [name, s] of scales) if (s.key === key) return name;
    let name = wanted;
    for (let k = 2; scales.has(name); ++k) name = `${wanted}_${k}`;
    scales.set(name, {key, definition});
    return name;
  };
  const groups: {id: string; name: string; variable: number; values: string[]; parent?: string; why: string}[] = [];
  const questions: PlannedQuestion[] = [];
  const ignore: string[] = [];

  if (idVariable >= 0) columns.push({header: "id", variable: idVariable, cell: (v) => String(v).trim()});
  const weight = weightVariable >= 0 ? claim(sanitizeId(variables[weightVariable].name)) : null;
  if (weight) {
    columns.push({header: weight, variable: weightVariable, cell: (v) => String(v).trim()});
    for (const row of kept) {
      const text = String(row.values[weightVariable]).trim();
      const w = Number(text.replace(",", "."));
      if (!(w > 0) || !Number.isFinite(w)) issues.push({...locate(row.at, variables[weightVariable]), message: `the weight "${text}" is not a positive number`, expected: "a weight above 0 for every respondent", kind: "invalid-weight"});
    }
  }
  for (const i of answerVariables) {
    const variable = variables[i];
    const values = kept.map((row) => row.values[i]);
    let plan: Plan = planVariable(variable, values, exported.multiSeparator);
    // Researchers keep departments and teams in SPSS string variables: few distinct values, and
    // (unlike a sparse open question with a few repeated answers) one for nearly every respondent.
    const filled = values.filter((value) => !isEmpty(value)).length;
    const looksLikeGroup = roles[i] === "group" || (variable.isString === true && !variable.options && plan.kind === "choice" && filled >= 0.9 * kept.length);
    if (looksLikeGroup && (plan.kind === "choice" || plan.kind === "text")) {
      const id = claim(sanitizeId(variable.name));
      const labels = new Map((variable.options ?? []).map((o) => [o.code, o.label]));
      const cell = (v: string | string[]) => {
        const text = String(v).trim();
        return variable.missing?.includes(text) ? "" : (labels.get(text) ?? text);
      };
      const why = roles[i] === "group" ? "by its name" : "a string variable with few values that nearly everyone has";
      groups.push({id, name: variable.text, variable: i, values: kept.map((row) => cell(row.values[i])), why});
      columns.push({header: id, variable: i, cell});
      continue;
    }
    const id = claim(questionId(variable.name, questions.length + 1));
    // An SPSS string that is no grouping variable is an open question: closed ones are labelled numbers.
    if (variable.isString && !variable.options) plan = {kind: "text"};
    if (plan.kind === "multi" && plan.options.length === 0) plan = {kind: "text"};
    if (plan.kind === "text" || plan.kind === "number") {
      questions.push({id, text: variable.text, scale: scaleName(plan.kind, {type: plan.kind}), variable, discovered: false});
      columns.push({header: id, variable: i, cell: (v) => String(v)});
      continue;
    }
    if (plan.kind === "multi") {
      const separator = plan.options.some((o) => o.code.includes(";")) ? "|" : ";";
      const options = plan.options.map((o) => (o.code === o.label ? o.label : {code: o.code, label: o.label}));
      const definition = {type: "multi", options, ...(separator === ";" ? {} : {separator})};
      questions.push({id, text: variable.text, scale: scaleName(id, definition), variable, discovered: plan.discovered});
      const recode = new Map(plan.recode);
      const split = (v: string) => (exported.multiSeparator ? v.split(exported.multiSeparator) : [v]).map((p) => p.trim()).filter(Boolean);
      columns.push({header: id, variable: i, cell: (v) => (Array.isArray(v) ? v : split(v)).map((p) => recode.get(p) ?? p).join(separator)});
      continue;
    }
    let recognized = recognizeScale(plan.options, {text: variable.text, missing: variable.missing, ordered: !plan.discovered});
    // Only "don't know" answers: a choice scale needs at least one option, so they are its options.
    if (recognized.type === "choice" && recognized.options.length === 0) recognized = {type: "choice", options: recognized.missing, missing: []};
    const {definition, name} = scaleDefinition(recognized, id, plan.discovered);
    const merge = plan.discovered && recognized.type === "likert";
    questions.push({id, text: variable.text, scale: scaleName(name, definition, merge), variable, recognized, discovered: plan.discovered});
    const accepts = acceptedCodes(recognized, variable);
    const recode = new Map(plan.recode);
    columns.push({header: id, variable: i, cell: (v) => recode.get(String(v).trim()) ?? String(v).trim()});
    if (variable.strict) {
      kept.forEach((row) => {
        const text = String(row.values[i]).trim();
        if (text !== "" && !accepts(text)) {
          issues.push({...locate(row.at, variable), message: `the answer ${JSON.stringify(text)} has no value label`, expected: `one of the labelled values ${(variable.options ?? []).map((o) => o.code).join(", ")}, or a missing value`, kind: "unknown-code"});
        }
      });
    }
  }
  for (const [i, role] of roles.entries()) {
    if (role !== "metadata") continue;
    const header = claim(variables[i].name);
    ignore.push(header);
    columns.push({header, variable: i, cell: (v) => String(v)});
  }
  if (issues.length) throw new ImportError(issues.sort((a, b) => (a.record ?? a.line ?? 0) - (b.record ?? b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)));
  if (!questions.length) {
    throw new ImportError([{file: exported.file, message: "the export has no question columns (only an id, metadata, personal data or grouping variables)", expected: "at least one question", kind: "no-questions"}]);
  }
  setParents(groups);

  const ids = idVariable >= 0 ? null : kept.map((_, k) => String(k + 1));
  const dataColumns = columns.filter((c) => c.header !== "id");
  const responseLines = [["id", ...dataColumns.map((c) => c.header)].map(csvField).join(",")];
  kept.forEach((row, k) => {
    const cells = dataColumns.map((c) => c.cell(row.values[c.variable]));
    const id = ids ? ids[k] : columns[0].cell(row.values[idVariable]);
    responseLines.push([id, ...cells].map(csvField).join(","));
  });

  const period = surveyPeriod(exported, roles, kept, today);
  const survey = surveyYaml({
    exported,
    weight,
    title: exported.title ?? basename(exported.file, extname(exported.file)),
    period,
    language: surveyLanguage(questions),
    scales,
    groups,
    questions,
    ignore,
    personal,
    generatedIds: ids !== null,
    idName: idVariable >= 0 ? variables[idVariable].name : null
  });
  return {
    survey,
    responses: responseLines.join("\n") + "\n",
    accounting: {file: exported.file, unit: exported.unit, read: rows.length + Object.values(exported.setAside ?? {}).reduce((a, b) => a + b, 0), written: kept.length, setAside, reasons, ...(exported.answerRows === undefined ? {} : {answerRows: exported.answerRows})}
  };
}

/**
 * Drops columns with neither a name nor an answer (spreadsheets leave them after the last), and
 * names a nameless column that has answers after its position.
 */
function withoutBlankColumns(exported: ImportedExport): ImportedExport {
  const blank = (i: number) => exported.rows.every((row) => (Array.isArray(row.values[i]) ? row.values[i].length === 0 : String(row.values[i]).trim() === ""));
  const keep = exported.variables.map((v, i) => v.name.trim() !== "" || v.text.trim() !== "" || !blank(i));
  if (keep.every(Boolean) && exported.variables.every((v) => v.name.trim() || v.text.trim())) return exported;
  return {
    ...exported,
    variables: exported.variables
      .filter((_, i) => keep[i])
      .map((v) => (v.name.trim() || v.text.trim() ? v : {...v, name: `column ${v.column}`, text: `column ${v.column}`})),
    rows: exported.rows.map((row) => ({at: row.at, values: row.values.filter((_, i) => keep[i])}))
  };
}

/** The survey.yaml scale for a recognised scale, and the name to give it. */
function scaleDefinition(recognized: RecognizedScale, questionId: string, discovered: boolean): {definition: Record<string, unknown>; name: string} {
  const missing = [...new Set(recognized.missing.flatMap((o) => (o.code === o.label ? [o.code] : [o.code, o.label])))].map(codeOrText);
  const withMissing = missing.length ? {missing} : {};
  if (recognized.type === "likert") {
    const labels = Object.fromEntries(recognized.options.filter((o) => o.code !== o.label).map((o) => [o.code, o.label]));
    const points = discovered ? recognized.scaleSize : recognized.options.length;
    const definition = {type: "likert", values: recognized.values, ...(Object.keys(labels).length ? {labels} : {}), ...withMissing};
    return {definition, name: `${recognized.family === "satisfaction" ? "satisfied" : "agree"}${points}`};
  }
  if (recognized.type === "nps" || recognized.type === "grade") return {definition: {type: recognized.type, ...withMissing}, name: recognized.type};
  const options = recognized.options.map((o) => (o.code === o.label ? codeOrText(o.label) : {code: codeOrText(o.code), label: o.label}));
  return {definition: {type: "choice", options, ...withMissing}, name: questionId};
}

/** A code that is a whole number is written as a number, so YAML shows `9` rather than `"9"`. */
function codeOrText(code: string): string | number {
  return /^-?\d+$/.test(code) && String(Number(code)) === code ? Number(code) : code;
}

/** Which cells a strict (value-labelled) variable accepts: its labelled values, its missing values, and any grade or 0–10 point. */
function acceptedCodes(recognized: RecognizedScale, variable: ImportedVariable): (text: string) => boolean {
  const codes = new Set([...(variable.options ?? []).map((o) => Number(o.code)), ...(variable.missing ?? []).map(Number)]);
  const texts = new Set([...(variable.options ?? []).map((o) => o.code), ...(variable.missing ?? [])]);
  const low = recognized.type === "nps" ? 0 : recognized.type === "grade" ? 1 : NaN;
  return (text) => texts.has(text) || codes.has(Number(text)) || (Number.isInteger(Number(text)) && Number(text) >= low && Number(text) <= 10);
}

/** Sets each grouping variable's parent to another whose every value it lies within (team within department). */
function setParents(groups: {id: string; values: string[]; parent?: string}[]): void {
  for (const child of groups) {
    const childCount = new Set(child.values.filter(Boolean)).size;
    let best: {id: string; count: number} | null = null;
    for (const parent of groups) {
      if (parent === child) continue;
      const parentCount = new Set(parent.values.filter(Boolean)).size;
      if (parentCount >= childCount || parentCount < 2) continue;
      const within = new Map<string, string>();
      const nested = child.values.every((v, k) => {
        if (!v) return true;
        const p = parent.values[k];
        // The loaders refuse a team without its department, so such a pair is no hierarchy.
        if (!p) return false;
        if (within.has(v) && within.get(v) !== p) return false;
        within.set(v, p);
        return true;
      });
      if (nested && (!best || parentCount > best.count)) best = {id: parent.id, count: parentCount};
    }
    if (best) child.parent = best.id;
  }
}

/** A question's id: its export name made an id when it reads as one (`Q1_1`, `bev1`), else `q<n>` (a header that is the question's text). */
function questionId(name: string, n: number): string {
  return /^[A-Za-z_][\w.\-[\]]{0,39}$/.test(name.trim()) ? sanitizeId(name) : `q${n}`;
}

/** A name as a survey.yaml id: letters, digits, `_ . -`, starting with a letter or `_` (`Q5[SQ001]` → `Q5_SQ001`). */
function sanitizeId(name: string): string {
  let id = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z0-9_.-]+/g, "_")
    .replace(/^_+|_+$/g, "");
  if (!/^[A-Za-z_]/.test(id)) id = `q${id}`;
  return id === "q" ? "q_" : id;
}

/** The first and last date of the responses' date metadata, else the export's own date, else today. */
function surveyPeriod(exported: ImportedExport, roles: string[], rows: ImportedExport["rows"], today: string): {start: string; end: string; from: string} {
  const dates: string[] = [];
  roles.forEach((role, i) => {
    if (role !== "metadata" || !/date|time|datum|stamp/i.test(exported.variables[i].name)) return;
    for (const row of rows) {
      const date = isoDate(String(row.values[i]));
      if (date) dates.push(date);
    }
  });
  if (dates.length) {
    dates.sort();
    return {start: dates[0], end: dates[dates.length - 1], from: "the dates of the responses"};
  }
  if (exported.date) return {start: exported.date, end: exported.date, from: "the date the export was written"};
  return {start: today, end: today, from: "today's date, as the export holds no dates"};
}

/** A date written as `2025-03-10 09:12:00`, `10-03-2025`, `3/10/2025 9:12` (month first, as Forms and SurveyMonkey write it), or null. */
function isoDate(text: string): string | null {
  const t = text.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(t);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  m = /^(\d{1,2})-(\d{1,2})-(\d{4})/.exec(t);
  if (m) return `${m[3]}-${m[2].padStart(2, "0")}-${m[1].padStart(2, "0")}`;
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(t);
  if (m) return `${m[3]}-${m[1].padStart(2, "0")}-${m[2].padStart(2, "0")}`;
  return null;
}

/** `en` when the answer labels and question texts read as English rather than Dutch. */
function surveyLanguage(questions: PlannedQuestion[]): "nl" | "en" {
  const words = questions.flatMap((q) => [q.text, ...(q.recognized?.options ?? []).map((o) => o.label)]).join(" ").toLowerCase().split(/[^\p{L}]+/u);
  const dutch = new Set(["de", "het", "een", "ik", "mijn", "en", "van", "mee", "eens", "oneens", "niet", "weet", "zeer", "tevreden", "wat", "hoe", "u", "uw"]);
  const english = new Set(["the", "a", "i", "my", "and", "of", "agree", "disagree", "not", "know", "very", "satisfied", "what", "how", "you", "your"]);
  const count = (set: Set<string>) => words.filter((w) => set.has(w)).length;
  return count(english) > count(dutch) ? "en" : "nl";
}

/** A CSV field, quoted when it holds a separator, quote or line break. */
function csvField(text: string): string {
  return /[",\n\r]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
