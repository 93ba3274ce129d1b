import {LineCounter, parseDocument, isAlias, isMap, isSeq, visit, type Node} from "yaml";
import type {BundleIssue} from "./BundleError.ts";
import {normProblems} from "./normProblems.ts";
import {studyProblems} from "../scoring/study.ts";
import {agendaProblems} from "../scoring/agenda.ts";
import {answerKey, scaleCodec, type ScaleCodec} from "./scaleCodec.ts";
import {surveySchema, type Survey} from "./surveySchema.ts";

/** A validated survey with its scales compiled. */
export interface SurveyDefinition {
  survey: Survey;
  /** One codec per scale name. */
  codecs: Map<string, ScaleCodec>;
  /** The file it was read from, as messages name it (`survey.yaml`, `waves/2023/survey.yaml`). */
  file?: string;
  /** The line and column of a key in the survey file (as a path of keys and indexes), for messages about it found later. */
  locate?: (path: readonly PropertyKey[]) => {line?: number; column?: number};
}

/** How many nodes aliases may expand to, as yaml counts them: far more than a survey uses, far fewer than a bomb. */
const MAX_ALIAS_COUNT = 1000;

/** Column names in responses.csv that are not questions. */
export const RESERVED_COLUMNS = ["id"];

/**
 * Parses and validates `survey.yaml` (or `survey.json`: JSON is read by the same YAML parser),
 * returning every defect with its line and column rather than stopping at the first.
 *
 * @example
 * const {definition, issues} = readSurvey(text, "survey.yaml");
 */
export function readSurvey(text: string, file: string): {definition: SurveyDefinition | null; issues: BundleIssue[]} {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {lineCounter, prettyErrors: false, uniqueKeys: true});
  const at = (offset: number | undefined) => {
    if (offset === undefined) return {};
    const {line, col} = lineCounter.linePos(offset);
    return {line, column: col};
  };
  if (doc.errors.length) {
    return {
      definition: null,
      issues: doc.errors.map((e) => ({file, ...at(e.pos[0]), message: e.message.split("\n")[0], kind: "syntax"}))
    };
  }
  const locate = (path: readonly PropertyKey[]) => at(nodeAt(doc.contents as Node | null, path)?.range?.[0]);
  let value: unknown;
  try {
    value = doc.toJS({maxAliasCount: MAX_ALIAS_COUNT});
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    // yaml refuses aliases that expand to too many nodes (a "billion laughs" document).
    let first: number | undefined;
    visit(doc, {Alias: (_, node) => {
      if (isAlias(node)) first = node.range?.[0];
      return visit.BREAK;
    }});
    return {
      definition: null,
      issues: [{file, ...at(first), message: "the aliases (*name) expand to far more values than a survey has", expected: "each part written out, or aliases used a few times", kind: "syntax"}]
    };
  }
  const parsed = surveySchema.safeParse(value);
  if (!parsed.success) {
    return {
      definition: null,
      issues: parsed.error.issues.map((issue) => ({
        file,
        ...locate(issue.path),
        message: `${issue.path.length ? `${issue.path.join(".")}: ` : ""}${issue.message}`,
        kind: "schema"
      }))
    };
  }
  const survey = parsed.data;
  const issues = checkSurvey(survey).map(({path, message}) => ({file, ...locate(path), message, kind: "schema"}));
  if (issues.length) return {definition: null, issues};
  const codecs = new Map(Object.entries(survey.scales).map(([name, scale]) => [name, scaleCodec(scale)]));
  return {definition: {survey, codecs, file, locate}, issues: []};
}

/** The deepest node on the path that exists, so a missing key points at its parent. */
function nodeAt(node: Node | null, path: readonly PropertyKey[]): Node | null {
  let current = node;
  for (const key of path) {
    let child: unknown;
    if (isMap(current)) child = current.get(String(key), true);
    else if (isSeq(current)) child = current.get(Number(key), true);
    if (!child || typeof child !== "object") return current;
    current = child as Node;
  }
  return current;
}

/** The rules the schema cannot express: references between parts of the survey. */
function checkSurvey(survey: Survey): {path: PropertyKey[]; message: string}[] {
  const problems: {path: PropertyKey[]; message: string}[] = [];
  const ids = new Map<string, string>();
  const claim = (id: string, what: string, path: PropertyKey[]) => {
    const other = ids.get(id);
    if (other) problems.push({path, message: `the id "${id}" is used twice (${other} and ${what}); ids must be unique`});
    else ids.set(id, what);
  };
  for (const reserved of RESERVED_COLUMNS) ids.set(reserved, "the respondent id column");
  survey.groups.forEach((g, i) => claim(g.id, `group ${g.id}`, ["groups", i, "id"]));
  survey.questions.forEach((q, i) => claim(q.id, `question ${q.id}`, ["questions", i, "id"]));
  if (survey.weight) claim(survey.weight, "the weight column", ["weight"]);
  survey.ignore.forEach((c, i) => claim(c, `the ignored column ${c}`, ["ignore", i]));

  const moduleIds = new Set<string>();
  survey.modules.forEach((m, i) => {
    if (moduleIds.has(m.id)) problems.push({path: ["modules", i, "id"], message: `the module id "${m.id}" is used twice`});
    moduleIds.add(m.id);
  });
  survey.questions.forEach((q, i) => {
    const scale = survey.scales[q.scale];
    if (!scale) {
      problems.push({path: ["questions", i, "scale"], message: `question ${q.id} uses the scale "${q.scale}", which is not defined under scales (defined: ${Object.keys(survey.scales).join(", ")})`});
    } else {
      if (q.reverse && scale.type !== "likert") {
        problems.push({path: ["questions", i, "reverse"], message: `question ${q.id}: only likert questions can be reversed, its scale is ${scale.type}`});
      }
      if (q.topic && scale.type !== "multi") {
        problems.push({path: ["questions", i, "topic"], message: `question ${q.id}: a topic question needs a multi scale, its scale is ${scale.type}`});
      }
    }
    if (q.module !== undefined && !moduleIds.has(q.module)) {
      problems.push({path: ["questions", i, "module"], message: `question ${q.id} belongs to the module "${q.module}", which is not defined under modules`});
    }
  });
  survey.modules.forEach((m, i) => {
    const own = survey.questions.filter((q) => q.module === m.id);
    (m.core ?? []).forEach((c, j) => {
      const q = own.find((q) => q.id === c);
      if (!q) problems.push({path: ["modules", i, "core", j], message: `module ${m.id}: core question "${c}" is not a question of this module`});
      else if (!isScored(survey, q.scale)) problems.push({path: ["modules", i, "core", j], message: `module ${m.id}: core question "${c}" has no score (scale type ${survey.scales[q.scale]?.type})`});
    });
  });
  survey.groups.forEach((g, i) => {
    if (g.parent === undefined) return;
    if (!survey.groups.some((p) => p.id === g.parent)) {
      problems.push({path: ["groups", i, "parent"], message: `group ${g.id} lies within "${g.parent}", which is not a grouping variable`});
      return;
    }
    const seen = new Set([g.id]);
    for (let p = survey.groups.find((x) => x.id === g.parent); p; p = survey.groups.find((x) => x.id === p!.parent)) {
      if (seen.has(p.id)) {
        problems.push({path: ["groups", i, "parent"], message: `group ${g.id}: the parent chain loops back on itself`});
        break;
      }
      seen.add(p.id);
    }
  });
  survey.crossings.forEach(([a, b], i) => {
    for (const [j, v] of [a, b].entries()) {
      if (!survey.groups.some((g) => g.id === v)) problems.push({path: ["crossings", i, j], message: `crossing ${a} × ${b}: "${v}" is not a grouping variable`});
    }
    const ancestors = (v: string): string[] => {
      const parent = survey.groups.find((g) => g.id === v)?.parent;
      return parent === undefined || parent === v ? [] : [parent, ...ancestors(parent)];
    };
    if (a === b || ancestors(a).includes(b) || ancestors(b).includes(a)) {
      problems.push({path: ["crossings", i], message: `crossing ${a} × ${b}: a variable can only be crossed with a variable outside its own hierarchy`});
    }
  });
  for (const [name, scale] of Object.entries(survey.scales)) {
    if (scale.type === "likert") {
      const codec = scaleCodec(scale);
      const valid = new Set(codec.options.filter((o) => !o.missing).flatMap((o) => [answerKey(o.code), answerKey(o.label)]));
      scale.missing.forEach((m, j) => {
        if (valid.has(answerKey(m))) problems.push({path: ["scales", name, "missing", j], message: `scale ${name}: "${m}" is both a scored answer and a "don't know" answer`});
      });
    }
    if (scale.type === "choice" || scale.type === "multi") {
      const seen = new Set<string>();
      scale.options.forEach((o, j) => {
        const key = answerKey(typeof o === "object" ? o.code : o);
        if (seen.has(key)) problems.push({path: ["scales", name, "options", j], message: `scale ${name}: the option "${typeof o === "object" ? o.code : o}" is listed twice`});
        seen.add(key);
      });
    }
  }
  problems.push(...normProblems(survey));
  problems.push(...studyProblems(survey));
  problems.push(...agendaProblems(survey));
  return problems;
}

/** Whether answers on this scale have a 0–10 (or 1–10) score that can enter a module score. */
export function isScored(survey: Survey, scaleName: string): boolean {
  const type = survey.scales[scaleName]?.type;
  return type === "likert" || type === "nps" || type === "grade";
}
