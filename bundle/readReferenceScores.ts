import type {BundleIssue} from "./BundleError.ts";
import {CsvReader, fieldCountIssue, parseNumber, type CsvSource} from "./csv.ts";
import type {Survey} from "./surveySchema.ts";

/** Items a reference file may give besides question and module ids. */
export const SPECIAL_ITEMS = ["enps", "responseRate", "respondents"] as const;

/** The range a reference score of an item can take, and its unit, for messages. */
function scoreRange(item: string, survey: Survey): [number, number, string] {
  if (item === "enps") return [-100, 100, "an eNPS"];
  if (item === "responseRate") return [0, 1, "a share"];
  if (item === "respondents") return [0, Infinity, "a count"];
  if (survey.settings.scoring === "percent-positive") return [0, 1, "a share positive"];
  const question = survey.questions.find((q) => q.id === item);
  if (question && survey.scales[question.scale]?.type === "number") return [-Infinity, Infinity, "a number"];
  return [0, 10, "a score"];
}

/** One reference score: a benchmark's or the previous survey's. */
export interface ReferenceScore {
  benchmark: string;
  item: string;
  score: number;
  n: number | null;
  sd: number | null;
}

/**
 * Reads reference scores in long form: `benchmark,item,score[,n][,sd]` (`benchmarks.csv`), or the
 * same without `benchmark` (`previous.csv`, read with `benchmark: "previous"`). Scores are in the
 * unit of the survey's scoring method; `enps` on −100..100, `responseRate` as a share 0–1.
 *
 * @example
 * const {scores, issues} = readReferenceScores(text, "benchmarks.csv", survey);
 */
export function readReferenceScores(
  source: CsvSource,
  file: string,
  survey: Survey,
  {benchmark: fixed}: {benchmark?: string} = {}
): {scores: ReferenceScore[]; issues: BundleIssue[]} {
  const issues: BundleIssue[] = [];
  const reader = new CsvReader(source, file);
  const header = reader.next() ? reader.fields().map((h) => h.trim()) : [];
  const required = fixed ? ["item", "score"] : ["benchmark", "item", "score"];
  const allowed = new Set(["benchmark", "item", "score", "n", "sd", ""]);
  const missing = required.filter((c) => !header.includes(c));
  if (missing.length) {
    issues.push({file, line: 1, message: `the header lacks ${missing.map((m) => `"${m}"`).join(", ")}`, expected: `the columns ${required.join(", ")}, optionally n and sd`, kind: "missing-column"});
  }
  header.forEach((name, i) => {
    if (!allowed.has(name)) issues.push({file, line: 1, column: i + 1, columnName: name, message: `"${name}" is not a column of a reference file`, expected: "benchmark, item, score, n, sd", kind: "unknown-column"});
  });
  if (issues.length) return {scores: [], issues};

  const items = new Set<string>([...survey.questions.map((q) => q.id), ...survey.modules.map((m) => m.id), ...SPECIAL_ITEMS]);
  const scores: ReferenceScore[] = [];
  const seen = new Map<string, number>();
  while (reader.next()) {
    const fields = reader.fields();
    const line = reader.line;
    const shape = fieldCountIssue(reader, header.length);
    if (shape) {
      issues.push(shape);
      continue;
    }
    const col = (name: string) => header.indexOf(name);
    const cell = (name: string) => (col(name) >= 0 ? (fields[col(name)] ?? "").trim() : "");
    const defect = (name: string, message: string, expected: string, kind: string) =>
      issues.push({file, line, column: col(name) + 1, columnName: name, message, expected, kind});
    const benchmark = fixed ?? cell("benchmark");
    const item = cell("item");
    const score = parseNumber(cell("score"));
    const n = cell("n") === "" ? null : parseNumber(cell("n"));
    const sd = cell("sd") === "" ? null : parseNumber(cell("sd"));
    const before = issues.length;
    if (!fixed && benchmark === "") defect("benchmark", "the benchmark is empty", "the id of the benchmark", "missing-value");
    if (!items.has(item)) defect("item", `"${item}" is not a question or module id`, `a question or module id of survey.yaml, or one of ${SPECIAL_ITEMS.join(", ")}`, "unknown-item");
    if (!Number.isFinite(score)) defect("score", `"${cell("score")}" is not a number`, "a score such as 7.4 or 7,4", "not-a-number");
    else if (items.has(item)) {
      const [min, max, unit] = scoreRange(item, survey);
      if (score < min || score > max) defect("score", `${cell("score")} is out of range for ${item}`, `${unit} from ${min} to ${max}`, "out-of-range");
    }
    if (n !== null && !(Number.isInteger(n) && n > 0)) defect("n", `"${cell("n")}" is not a count`, "a whole number above 0, or empty", "not-a-number");
    if (sd !== null && !(sd >= 0)) defect("sd", `"${cell("sd")}" is not a standard deviation`, "a number 0 or more, or empty", "not-a-number");
    const key = `${benchmark}\u0000${item}`;
    if (issues.length === before && seen.has(key)) defect("item", `${item} is given twice for ${benchmark} (also line ${seen.get(key)})`, "one row per benchmark and item", "duplicate-row");
    if (issues.length > before) continue;
    seen.set(key, line);
    scores.push({benchmark, item, score, n, sd});
  }
  issues.push(...reader.issues);
  return {scores, issues};
}
