/**
 * The aggregation queries of the database engine, in standard SQL only — GROUP BY, joins, window
 * functions, CASE, UNION ALL (instead of UNPIVOT), integer arithmetic — so that a distributed SQL
 * engine can run them unchanged on the same tables. What they read:
 *
 * - `<p>_rows` (built by `loadResponses.ts`): one row per row of responses.csv, numbered `row`
 *   0, 1, … in file order, with `g0`, `g1`, … the index of its value of each grouping variable
 *   (−1 for none), `combination` one number for all of them together, `w` its weight (1 without
 *   weights), and per question `q0`, `q1`, …: a closed question's option index (−1 blank), a number
 *   (NULL blank), a multi question's cell as the index of its distinct text (NULL blank), or a
 *   comment (NULL blank); `is_empty`, `answered`, `problem`, and `id_hash` (a hash of the
 *   respondent id, NULL for none).
 * - `<p>_fields`, only when rows are set aside: every row's fields as read, numbered the same way.
 * - `<p>_accepted`: the view of the rows that are scored.
 * - `<p>_families (<key>, s0, s1, …)`: per combination of group values, for each family of
 *   disjoint sets, the set it belongs to (`s<f>`, NULL for none). Family 0 is the organisation (set 0, every combination);
 *   every other family is the shown groups of one variable (a variable with a parent, and a
 *   crossing of two variables, are variables like any other), which no row belongs to twice. The
 *   key is `combination`, or the columns `g0`, `g1`, … when the product of the variables' numbers
 *   of values is too large for one number.
 *
 * Every aggregate is computed per combination of group values first (few, however many rows)
 * and then summed over the sets each combination belongs to, one grouping set per family. The
 * closed questions' answer counts, the module totals and Cronbach's α are added in JS from the
 * rows streamed in file order ({@link scoredRowsSql}, `scoredRows.ts`).
 */

import {EMPTY_ROW, NO_ANSWERS, TOO_FEW_ANSWERS} from "../bundle/responseRules.ts";
import {literal} from "./dialect.ts";

/** The tables and shape of one bundle's rows. */
export interface RowsLayout {
  /** Table name prefix, e.g. `cur` or `prev`. */
  prefix: string;
  /** Number of grouping variables (columns g0 … g{groups−1}). */
  groups: number;
  /** The columns identifying a combination of group values: `combination`, or g0, g1, …. */
  key: string[];
}

/** The key columns with a trailing comma. */
function keyColumns({key}: RowsLayout): string {
  return key.map((k) => `${k}, `).join("");
}

/** The join of rows or per-combination aggregates `p` to their sets, `f.s0`, `f.s1`, …, one per family. */
function familiesJoin(layout: RowsLayout): string {
  return `JOIN ${layout.prefix}_families f ON ${layout.key.map((k) => `f.${k} = p.${k}`).join(" AND ")}`;
}

/**
 * Sums of per-combination aggregates (the table expression `per_combination`) per set and `by`
 * (question, code, …): one grouping set per family, each set's id the family's `s<f>`. The
 * combinations in no set of a family make a group of their own there, without a set id, left out.
 * The sums are doubles (counts exact to 2⁵³), which a client reads fastest.
 */
function sumPerSet(layout: RowsLayout, families: number, by: string[], sums: [sum: string, name: string][]): string {
  const sets = Array.from({length: families}, (_, f) => `f.s${f}`);
  const keys = by.map((k) => `p.${k}`);
  return `
SELECT * FROM (
  SELECT ${sets.length > 1 ? `COALESCE(${sets.join(", ")})` : sets[0]} AS set_id, ${keys.join(", ")}, ${sums.map(([sum, name]) => `CAST(${sum} AS DOUBLE) AS ${name}`).join(", ")}
  FROM per_combination p ${familiesJoin(layout)}
  GROUP BY GROUPING SETS (${sets.map((s) => `(${[s, ...keys].join(", ")})`).join(", ")})
) per_set
WHERE set_id IS NOT NULL`;
}

/** `setAsideReason` (`responseRules.ts`) of a row, '' when it is scored. */
function setAsideReasonSql(minAnswers: number): string {
  const tooFew = `CASE WHEN answered = 0 THEN ${literal(NO_ANSWERS)} ELSE ${literal(TOO_FEW_ANSWERS)} END`;
  return `CASE WHEN is_empty = 1 THEN ${literal(EMPTY_ROW)} WHEN answered < ${minAnswers} THEN ${tooFew} ELSE '' END`;
}

/** Why each row that is not scored is set aside, counted, with its first row (for the order of the reasons). */
export function accountingSql({prefix}: RowsLayout, minAnswers: number): string {
  return `
SELECT reason, COUNT(*) AS rows_count, MIN(row) AS first_row
FROM (SELECT row, ${setAsideReasonSql(minAnswers)} AS reason FROM ${prefix}_rows) classified
GROUP BY reason`;
}

/** The rows set aside, in file order, with their fields as read (`<p>_fields`, made for them). */
export function setAsideSql({prefix}: RowsLayout, minAnswers: number): string {
  return `
SELECT r.row, r.reason, f.fields
FROM (SELECT row, ${setAsideReasonSql(minAnswers)} AS reason FROM ${prefix}_rows WHERE is_empty = 1 OR answered < ${minAnswers}) r
JOIN ${prefix}_fields f ON f.row = r.row
ORDER BY r.row`;
}

/** Rows with a defect, by the first defect found in each (0 is none), with the first such row. */
export function problemsSql({prefix}: RowsLayout): string {
  return `SELECT problem, COUNT(*) AS rows_count, MIN(row) AS first_row FROM ${prefix}_rows WHERE problem > 0 GROUP BY problem ORDER BY first_row`;
}

/**
 * The hashes of respondent ids (`id_hash`, NULL for an empty id) that more than one row has: the
 * candidates for ids used twice, which the ids themselves confirm ({@link duplicateIdsSql}). A row
 * with an id is not empty.
 */
export function duplicateHashesSql({prefix}: RowsLayout): string {
  return `SELECT id_hash FROM ${prefix}_rows WHERE id_hash IS NOT NULL GROUP BY id_hash HAVING COUNT(*) > 1`;
}

/**
 * Respondent ids used more than once, counted, among the rows of `ids` (a table expression of one
 * column `id`, the ids as trimmed, '' for none) whose hash is in `hashes` ({@link duplicateHashesSql}).
 */
export function duplicateIdsSql(ids: string, hash: (id: string) => string, hashes: string): string {
  return `SELECT COUNT(*) AS ids FROM (SELECT id FROM ${ids} WHERE id <> '' AND ${hash("id")} IN (${hashes}) GROUP BY id HAVING COUNT(*) > 1) duplicated`;
}

/** The rows of a group that meet a condition, in standard SQL. */
export function countWhere(condition: string): string {
  return `COUNT(CASE WHEN ${condition} THEN 1 END)`;
}

/**
 * Every combination of group values among the scored rows (a cell of the disclosure audit), in
 * order of first appearance: its key, its group value indices, its first row, its respondents and,
 * per condition in `contributors` (SQL over a row's columns), the rows that meet it, counted with
 * `count` (default {@link countWhere}; an engine may have a faster aggregate of its own).
 */
export function combinationsSql(layout: RowsLayout, contributors: string[] = [], count: (condition: string) => string = countWhere): string {
  const groups = Array.from({length: layout.groups}, (_, v) => `MIN(g${v}) AS g${v}, `).join("");
  // Counts as doubles (exact to 2⁵³), which a client reads fastest.
  const counts = contributors.map((condition, i) => `, CAST(${count(condition)} AS DOUBLE) AS c${i}`).join("");
  return `
SELECT ${keyColumns(layout)}${groups}MIN(row) AS first_row, CAST(COUNT(*) AS DOUBLE) AS respondents${counts}
FROM ${layout.prefix}_accepted
GROUP BY ${layout.key.join(", ")}
ORDER BY first_row`;
}

/** The moments (n, Σw, Σwx, Σwx², Σw², Σw²x, Σw²x²) of every number question per set. */
export function momentsSql(layout: RowsLayout, families: number, questions: number[]): string {
  const values = questions.map((k) => `SELECT ${keyColumns(layout)}w, ${k} AS question, q${k} AS x FROM ${layout.prefix}_accepted WHERE q${k} IS NOT NULL`);
  const sums = ["COUNT(*) AS n", "SUM(w) AS sw", "SUM(w * x) AS swx", "SUM(w * x * x) AS swx2", "SUM(w * w) AS sw2", "SUM(w * w * x) AS sw2x", "SUM(w * w * x * x) AS sw2x2"];
  return `
WITH answers AS (
  ${values.join("\n  UNION ALL ")}
), per_combination AS (
  SELECT ${keyColumns(layout)}question, ${sums.join(", ")}
  FROM answers
  GROUP BY ${keyColumns(layout)}question
)${sumPerSet(layout, families, ["question"], ["n", "sw", "swx", "swx2", "sw2", "sw2x", "sw2x2"].map((x) => [`SUM(p.${x})`, x]))}`;
}

/** Per set, multi question and distinct answer text (each standing for a set of options): respondents and Σw. */
export function choicesSql(layout: RowsLayout, families: number, questions: number[]): string {
  const cells = questions.map((k) => `SELECT ${keyColumns(layout)}w, ${k} AS question, q${k} AS cell FROM ${layout.prefix}_accepted WHERE q${k} IS NOT NULL`);
  return `
WITH answers AS (
  ${cells.join("\n  UNION ALL ")}
), per_combination AS (
  SELECT ${keyColumns(layout)}question, cell, COUNT(*) AS respondents, SUM(w) AS weight
  FROM answers
  GROUP BY ${keyColumns(layout)}question, cell
)${sumPerSet(layout, families, ["question", "cell"], [["SUM(p.respondents)", "respondents"], ["SUM(p.weight)", "weight"]])}`;
}

/** The comments of the scored rows, in file order, with the key of the row's combination of group values. */
export function commentsSql(layout: RowsLayout, questions: number[]): string {
  const texts = questions.map((k) => `SELECT row, ${keyColumns(layout)}${k} AS question, q${k} AS text FROM ${layout.prefix}_accepted WHERE q${k} IS NOT NULL`);
  return `
SELECT *
FROM (
  ${texts.join("\n  UNION ALL ")}
) comments
ORDER BY row, question`;
}

/**
 * The scored rows in file order, for the answer counts, module totals and Cronbach's α added in
 * JS (`scoredRows.ts`): each row's number, its key of group values, its weight, and the answer
 * code of every question in `questions` (`a0`, `a1`, …), all numbers without NULLs.
 */
export function scoredRowsSql(layout: RowsLayout, questions: number[]): string {
  const columns = ["CAST(row AS DOUBLE) AS row", ...layout.key.map((k) => `CAST(${k} AS DOUBLE) AS ${k}`), "w", ...questions.map((k, j) => `q${k} AS a${j}`)];
  return `SELECT ${columns.join(", ")} FROM ${layout.prefix}_accepted`;
}
