import {basename} from "node:path";
import YAML from "yaml";
import type {ImportedExport, ImportedVariable} from "./ImportedExport.ts";
import type {RecognizedScale} from "./recognizeScale.ts";

/** A question as the import planned it: its id, text and scale name, and what was recognised. */
export interface PlannedQuestion {
  id: string;
  text: string;
  scale: string;
  variable: ImportedVariable;
  recognized?: RecognizedScale;
  /** The options were discovered from the answers given, so their order and completeness are a guess. */
  discovered: boolean;
}

/** Everything survey.yaml says, decided by {@link bundleFromExport}. */
export interface SurveyYamlParts {
  exported: ImportedExport;
  weight: string | null;
  title: string;
  period: {start: string; end: string; from: string};
  language: "nl" | "en";
  scales: Map<string, {definition: Record<string, unknown>}>;
  groups: {id: string; name: string; parent?: string; why: string}[];
  questions: PlannedQuestion[];
  ignore: string[];
  personal: string[];
  generatedIds: boolean;
  idName: string | null;
}

const FORMAT_NAMES: Record<ImportedExport["format"], string> = {
  sav: "an SPSS file",
  limesurvey: "a LimeSurvey export",
  qualtrics: "a Qualtrics export",
  xlsx: "a workbook",
  long: "a long-format export"
};

/**
 * survey.yaml as text: the survey in a compact form (one line per question), and comments marked
 * CHECK on everything the export could not tell (organisation, period, scales and "don't know"
 * answers, grouping variables, modules, reverse-coded questions, personal data left out).
 *
 * @example
 * writeFileSync("survey.yaml", surveyYaml(parts));
 */
export function surveyYaml(p: SurveyYamlParts): string {
  // One line per value: a text with a line break would become a multi-line plain scalar, so such a
  // value is written as JSON, which YAML reads as it is.
  const flow = (value: unknown) => {
    const json = JSON.stringify(value);
    return /\\[rn]|[\u0085\u2028\u2029]/.test(json) ? json : YAML.stringify(value, {collectionStyle: "flow", lineWidth: 0, flowCollectionPadding: false}).trimEnd();
  };
  const comment = (lines: string[]) => lines.map((l) => `# ${l}`.trimEnd()).join("\n");
  const out: string[] = [];
  out.push(
    comment([
      `Written by \`peiling import\` from ${basename(p.exported.file)} (${FORMAT_NAMES[p.exported.format]}).`,
      "An export does not say everything a report needs: read the CHECK comments below, fix what",
      "they point out, then run `peiling score` on this folder."
    ])
  );
  out.push("");
  out.push(`title: ${flow(p.title)}`);
  out.push("# CHECK: the export does not name the organisation.");
  out.push(`organisation: ${flow("Organisatie")}`);
  out.push(`# CHECK: the period is taken from ${p.period.from}.`);
  out.push(`period: ${flow({start: p.period.start, end: p.period.end})}`);
  out.push(`language: ${p.language}`);
  if (p.weight) {
    out.push(`# CHECK: every score is weighted by the column ${JSON.stringify(p.weight)}${p.exported.weight ? " (the SPSS file's weight variable)" : " (by its name)"}.`);
    out.push(`weight: ${flow(p.weight)}`);
  }
  out.push("");

  out.push("scales:");
  const likert = [...p.scales].filter(([, s]) => s.definition.type === "likert");
  const guessed = p.questions.filter((q) => q.discovered && q.recognized?.type !== "nps" && q.recognized?.type !== "grade").map((q) => q.id);
  const scaleNotes = [
    likert.length
      ? `Agreement and satisfaction scales (${likert.map(([n]) => n).join(", ")}) were recognised from their labels and scored 0–10 from the negative to the positive end.`
      : "No agreement or satisfaction scale was recognised: closed questions are choices (no score) unless you make them likert scales.",
    "The \"don't know\" answers under `missing` never count as a score: check that every such answer is listed (and no real answer)."
  ];
  if (p.exported.format === "sav") scaleNotes.push("Missing values declared in the SPSS file are listed under `missing` with their labels.");
  if (guessed.length) {
    scaleNotes.push(`The options of ${guessed.join(", ")} were taken from the answers given: an option nobody chose is not listed, and choices are in the order first seen (or by code).`);
  }
  const dontKnow = [...p.scales].filter(([, s]) => Array.isArray(s.definition.missing)).map(([name, s]) => `${name}: ${(s.definition.missing as unknown[]).map((m) => JSON.stringify(String(m))).join(", ")}`);
  scaleNotes.push(dontKnow.length ? `Taken as "don't know": ${dontKnow.join("; ")}.` : `No "don't know" answer was recognised; add its code or label under \`missing\` if the questionnaire had one.`);
  out.push(comment(["CHECK:", ...wrap(scaleNotes.join(" "))]).replace(/^/gm, "  "));
  for (const [name, {definition}] of p.scales) {
    const {type, ...rest} = definition;
    if (!Object.keys(rest).length) {
      out.push(`  ${name}: {type: ${type}}`);
      continue;
    }
    out.push(`  ${name}:`);
    out.push(`    type: ${type}`);
    for (const [key, value] of Object.entries(rest)) out.push(`    ${key}: ${flow(value)}`);
  }
  const pointLabels = p.questions.flatMap((q) =>
    q.recognized && (q.recognized.type === "nps" || q.recognized.type === "grade") && q.recognized.options.some((o) => o.label !== o.code)
      ? [`${q.id}: ${q.recognized.options.filter((o) => o.label !== o.code).map((o) => `${o.code} = ${JSON.stringify(o.label)}`).join(", ")}`]
      : []
  );
  if (pointLabels.length) out.push(comment(["The export labels points of nps and grade questions, whose scales take the numbers alone:", ...wrap(pointLabels.join("; "))]).replace(/^/gm, "  "));
  out.push("");

  const groupLines = p.groups.map((g) => `  - ${flow({id: g.id, name: g.name, ...(g.parent ? {parent: g.parent} : {})})}`);
  out.push(
    comment([
      "CHECK: grouping variables",
      ...wrap(
        p.groups.length
          ? `Taken as grouping variables: ${p.groups.map((g) => `${g.id} (${g.why}${g.parent ? `, within ${g.parent}` : ""})`).join(", ")}. A grouping variable that became a question (a choice) can be moved here: remove its question and its scale, and add {id, name}.`
          : "No grouping variable was recognised (such as afdeling, department or team). A choice question that is one can be moved here: remove its question and its scale, and add {id, name}."
      )
    ])
  );
  out.push(groupLines.length ? `groups:\n${groupLines.join("\n")}` : "groups: []");
  out.push("");

  out.push(
    comment([
      "CHECK: modules",
      ...wrap("The export does not say which questions form a module (a theme such as werkdruk or bevlogenheid). Add each module here as {id, name} and give its questions `module: <id>`; a module score needs likert, nps or grade questions."),
      ...matrixGroups(p.questions).flatMap(({text, ids}) => wrap(`Asked together as one matrix, perhaps one module: ${ids.join(", ")} (${JSON.stringify(text)}).`))
    ])
  );
  out.push("modules: []");
  out.push("");

  const likertQuestions = p.questions.filter((q) => q.recognized?.type === "likert").map((q) => q.id);
  const negative = p.questions.filter((q) => q.recognized?.type === "likert" && NEGATIVE_WORDING.test(q.text)).map((q) => q.id);
  out.push(
    comment([
      "CHECK: reverse-coded questions",
      ...wrap(
        likertQuestions.length
          ? `A negatively worded statement (\"I have more work than I can handle\") scores better when people disagree: give it \`reverse: true\`. None is marked; the likert questions are ${likertQuestions.join(", ")}.${negative.length ? ` These read as negative: ${negative.join(", ")}.` : ""}`
          : "There are no likert questions, so none can be reversed."
      )
    ])
  );
  out.push("questions:");
  for (const q of p.questions) out.push(`  - ${flow({id: q.id, text: q.text, scale: q.scale})}`);
  out.push("");

  const idNote = p.generatedIds
    ? "The export has no respondent id column: the id column of responses.csv numbers the respondents in the export's order."
    : `The respondent id is the export's column ${JSON.stringify(p.idName)}.`;
  out.push(comment(wrap(`${idNote} ${p.ignore.length ? "Tool metadata is kept in responses.csv and left out of the report on purpose:" : "The export has no tool metadata columns."}`)));
  out.push(p.ignore.length ? `ignore: ${flow(p.ignore)}` : "ignore: []");
  if (p.personal.length) {
    out.push("");
    out.push(comment(["Personal data in the export, never carried over into responses.csv:", ...wrap(p.personal.map((n) => JSON.stringify(n)).join(", "))]));
  }
  for (const note of p.exported.notes ?? []) out.push(comment(["NOTE:", ...wrap(note)]));
  return out.join("\n") + "\n";
}

/** Words of a statement that agreeing with is bad news (workload, stress), in Dutch and English: a hint to check `reverse`. */
const NEGATIVE_WORDING = /\b(te veel|te weinig|teveel|overbelast|werkdruk|stress|gestrest|uitgeput|moe|burn-?out|pest|intimidatie|too much|too many|overload|stressed|exhausted|burn-?out|bull(y|ied|ying)|harass)/i;

/** Likert questions asked as one matrix (texts `Question - Statement` with the same question), two or more. */
function matrixGroups(questions: PlannedQuestion[]): {text: string; ids: string[]}[] {
  const groups = new Map<string, string[]>();
  for (const q of questions) {
    const at = q.text.lastIndexOf(" - ");
    if (q.recognized?.type !== "likert" || at < 0) continue;
    const text = q.text.slice(0, at);
    groups.set(text, [...(groups.get(text) ?? []), q.id]);
  }
  return [...groups].filter(([, ids]) => ids.length > 1).map(([text, ids]) => ({text, ids}));
}

/** Splits a sentence into comment lines of at most 96 characters. */
function wrap(text: string): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && line.length + word.length + 1 > 96) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}
