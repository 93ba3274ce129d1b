import type {ImportedExport, ImportedVariable} from "./ImportedExport.ts";
import {readCsvRecords} from "./readCsvRecords.ts";

/** What LimeSurvey writes in a multiple choice option's column when it was chosen, or not (also with "convert Y/N to 1/0"). */
const CHOSEN = new Set(["y", "yes", "ja", "1"]);
const NOT_CHOSEN = new Set(["", "n", "no", "nee", "0"]);

/**
 * A LimeSurvey heading "Question code" (`CODE`, `CODE[SUB]`) or "Question code & question text"
 * (the code, a separator such as `. `, and the text, with ` [Subquestion text]` after it).
 */
const CODE_HEADING = /^([A-Za-z_][A-Za-z0-9_]*)(?:\[([^\]]+)\])?(?:\s*[.:|–-]\s+(.*?))?(?:\s+\[([^\]]*)\])?$/s;
/** A heading "Full question text": the text, with ` [Subquestion text]` after it. */
const TEXT_HEADING = /^(.*?)\s\[([^\]]*)\]$/s;

interface Heading {
  column: number;
  header: string;
  code: string;
  sub: string | null;
  text: string | null;
  subText: string | null;
}

/**
 * Reads a LimeSurvey CSV export (responses as "Full answers" or "Answer codes"; headings as
 * "Question code", "Question code & question text" or "Full question text") into the shared
 * import model. An array
 * question's statements (`Q1[SQ001]`) become questions of their own, with the statement's text
 * after the question's; a multiple choice question (one column per option holding `Y`, `Yes` or
 * `Ja` when chosen) becomes one multi question whose options are the columns.
 *
 * @example
 * const exported = readLimeSurvey(readFileSync("results-survey123.csv"), "results-survey123.csv");
 */
export function readLimeSurvey(bytes: Uint8Array, file: string): ImportedExport {
  const [header, ...records] = readCsvRecords(bytes, file);
  const headings: Heading[] = header.fields.map((h, c) => {
    const trimmed = h.trim();
    const coded = CODE_HEADING.exec(trimmed);
    if (coded) return {column: c + 1, header: trimmed, code: coded[1], sub: coded[2] ?? null, text: coded[3] || null, subText: coded[4] ?? null};
    // Full question texts only: a subquestion's text in brackets ties it to its question.
    const texted = TEXT_HEADING.exec(trimmed);
    if (texted) return {column: c + 1, header: trimmed, code: texted[1], sub: texted[2], text: texted[1], subText: texted[2]};
    return {column: c + 1, header: trimmed, code: trimmed, sub: null, text: null, subText: null};
  });
  const variables: ImportedVariable[] = [];
  const readers: ((fields: string[]) => string | string[])[] = [];
  const byCode = new Map<string, Heading[]>();
  for (const h of headings) byCode.set(h.code, [...(byCode.get(h.code) ?? []), h]);
  const done = new Set<string>();
  for (const h of headings) {
    if (h.sub !== null && !done.has(h.code)) {
      done.add(h.code);
      const members = byCode.get(h.code)!.filter((m) => m.sub !== null && !/comment$/i.test(m.sub) && m.sub.toLowerCase() !== "other");
      const isMulti = members.length > 1 && members.every((m) => records.every((r) => NOT_CHOSEN.has(cell(r.fields, m).toLowerCase()) || CHOSEN.has(cell(r.fields, m).toLowerCase())));
      if (isMulti) {
        variables.push({
          name: h.code,
          text: h.text ?? h.code,
          column: h.column,
          kind: "multi",
          options: members.map((m) => ({code: m.sub!, label: m.subText ?? m.sub!}))
        });
        readers.push((fields) => {
          const chosen = members.filter((m) => CHOSEN.has(cell(fields, m).toLowerCase())).map((m) => m.sub!);
          return chosen.length || members.some((m) => cell(fields, m) !== "") ? chosen : "";
        });
        for (const m of byCode.get(h.code)!.filter((m) => !members.includes(m))) addColumn(m);
        continue;
      }
    }
    if (h.sub !== null && done.has(h.code) && variables.some((v) => v.kind === "multi" && v.name === h.code)) continue;
    addColumn(h);
  }
  function addColumn(h: Heading) {
    const text = [h.text, h.subText].filter(Boolean).join(" - ");
    variables.push({name: h.sub === null ? h.code : `${h.code}[${h.sub}]`, text: text || h.header, column: h.column, ...(/comment$|^other$/i.test(h.sub ?? "") ? {kind: "text" as const} : {})});
    readers.push((fields) => cell(fields, h));
  }
  return {
    file,
    format: "limesurvey",
    unit: "line",
    variables,
    rows: records.map((r) => ({at: r.line, values: readers.map((read) => read(r.fields))}))
  };
}

function cell(fields: string[], h: Heading): string {
  return (fields[h.column - 1] ?? "").trim();
}
