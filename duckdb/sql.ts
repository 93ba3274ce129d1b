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
 *   comment (NULL blank); `is_empty`, `answered`.
 * - `<p>_accepted`: the view of the rows that are scored.
 * - `<p>_member (<key>, set_id)`: which sets each combination of group values belongs to — set 0
 *   is the organisation, every shown group a set of its own. A group of a variable with a parent,
 *   or a crossing of two variables, is a set of combinations like any other, so one join does the
 *   work of GROUPING SETS for every kind of group. The key is `combination`, or the columns `g0`,
 *   `g1`, … when the product of the variables' numbers of values is too large for one number.
 * - `<p>_set_info (set_id, size, salt)`: each set's respondents and bootstrap salt.
 *
 * Every aggregate is computed per combination of group values first (few, however many rows)
 * and then summed over the sets each combination belongs to.
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

/** The join of per-combination aggregates `p` to the sets `m` their combination belongs to. */
function memberJoin(layout: RowsLayout): string {
  return `JOIN ${layout.prefix}_member m ON ${layout.key.map((k) => `m.${k} = p.${k}`).join(" AND ")}`;
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

/** The rows set aside, in file order, with their fields as read. */
export function setAsideSql({prefix}: RowsLayout, minAnswers: number): string {
  return `
SELECT row, ${setAsideReasonSql(minAnswers)} AS reason, fields
FROM ${prefix}_rows
WHERE is_empty = 1 OR answered < ${minAnswers}
ORDER BY row`;
}

/** Rows with a defect, by the first defect found in each (0 is none), with the first such row. */
export function problemsSql({prefix}: RowsLayout): string {
  return `SELECT problem, COUNT(*) AS rows_count, MIN(row) AS first_row FROM ${prefix}_rows WHERE problem > 0 GROUP BY problem ORDER BY first_row`;
}

/** Respondent ids used more than once (in rows that are not empty), with a count. */
export function duplicateIdsSql({prefix}: RowsLayout): string {
  return `SELECT COUNT(*) AS ids FROM (SELECT id FROM ${prefix}_rows WHERE is_empty = 0 AND id <> '' GROUP BY id HAVING COUNT(*) > 1) duplicated`;
}

/**
 * Every combination of group values among the scored rows (a cell of the disclosure audit), in
 * order of first appearance: its key, its group value indices, its first row, its respondents and,
 * per condition in `contributors` (SQL over a row's columns), the rows that meet it.
 */
export function combinationsSql(layout: RowsLayout, contributors: string[] = []): string {
  const groups = Array.from({length: layout.groups}, (_, v) => `MIN(g${v}) AS g${v}, `).join("");
  const counts = contributors.map((condition, i) => `, SUM(CASE WHEN ${condition} THEN 1 ELSE 0 END) AS c${i}`).join("");
  return `
SELECT ${keyColumns(layout)}${groups}MIN(row) AS first_row, COUNT(*) AS respondents${counts}
FROM ${layout.prefix}_accepted
GROUP BY ${layout.key.join(", ")}
ORDER BY first_row`;
}

/**
 * Answer counts per set, closed question and option (−1: blank), with Σw and Σw² of the
 * respondents giving each answer.
 */
export function talliesSql(layout: RowsLayout, questions: number[]): string {
  const answers = questions.map((k) => `SELECT ${keyColumns(layout)}w, ${k} AS question, q${k} AS code FROM ${layout.prefix}_accepted`);
  return `
WITH answers AS (
  ${answers.join("\n  UNION ALL ")}
), per_combination AS (
  SELECT ${keyColumns(layout)}question, code, COUNT(*) AS respondents, SUM(w) AS weight, SUM(w * w) AS weight2
  FROM answers
  GROUP BY ${keyColumns(layout)}question, code
)
SELECT m.set_id, p.question, p.code, SUM(p.respondents) AS respondents, SUM(p.weight) AS weight, SUM(p.weight2) AS weight2
FROM per_combination p ${memberJoin(layout)}
GROUP BY m.set_id, p.question, p.code`;
}

/** The moments (n, Σw, Σwx, Σwx², Σw², Σw²x, Σw²x²) of every number question per set. */
export function momentsSql(layout: RowsLayout, questions: number[]): string {
  const values = questions.map((k) => `SELECT ${keyColumns(layout)}w, ${k} AS question, q${k} AS x FROM ${layout.prefix}_accepted WHERE q${k} IS NOT NULL`);
  const sums = ["COUNT(*) AS n", "SUM(w) AS sw", "SUM(w * x) AS swx", "SUM(w * x * x) AS swx2", "SUM(w * w) AS sw2", "SUM(w * w * x) AS sw2x", "SUM(w * w * x * x) AS sw2x2"];
  return `
WITH answers AS (
  ${values.join("\n  UNION ALL ")}
), per_combination AS (
  SELECT ${keyColumns(layout)}question, ${sums.join(", ")}
  FROM answers
  GROUP BY ${keyColumns(layout)}question
)
SELECT m.set_id, p.question, SUM(p.n) AS n, SUM(p.sw) AS sw, SUM(p.swx) AS swx, SUM(p.swx2) AS swx2, SUM(p.sw2) AS sw2, SUM(p.sw2x) AS sw2x, SUM(p.sw2x2) AS sw2x2
FROM per_combination p ${memberJoin(layout)}
GROUP BY m.set_id, p.question`;
}

/** Per set, multi question and distinct answer text (each standing for a set of options): respondents and Σw. */
export function choicesSql(layout: RowsLayout, questions: number[]): string {
  const cells = questions.map((k) => `SELECT ${keyColumns(layout)}w, ${k} AS question, q${k} AS cell FROM ${layout.prefix}_accepted WHERE q${k} IS NOT NULL`);
  return `
WITH answers AS (
  ${cells.join("\n  UNION ALL ")}
), per_combination AS (
  SELECT ${keyColumns(layout)}question, cell, COUNT(*) AS respondents, SUM(w) AS weight
  FROM answers
  GROUP BY ${keyColumns(layout)}question, cell
)
SELECT m.set_id, p.question, p.cell, SUM(p.respondents) AS respondents, SUM(p.weight) AS weight
FROM per_combination p ${memberJoin(layout)}
GROUP BY m.set_id, p.question, p.cell`;
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

/** What each scored row adds to its sets' module totals, as SQL expressions over its columns. */
export interface ModuleContributions {
  /** Per column of the totals: the value added to `num`, and to `den` (NULL adds nothing). */
  num: string[];
  den: string[];
  /** Per module: 1 when the row answered at least one core question validly, else 0. */
  answered: string[];
}

/**
 * Module totals per set and bootstrap unit. A respondent's unit is its position p (0, 1, … in file
 * order within the set) when the set has at most `maxUnits` respondents, and otherwise one of
 * `maxUnits` blocks, ((p · 2654435761) mod 2³² + salt) mod 2³² mod `maxUnits`, as `bootstrapUnit`
 * computes it. Rows that answered no module's core questions take a position but add nothing.
 * What a row adds is worked out once per row, before the rows are repeated for each of their sets.
 * Each result row is one set's unit, numbered set_id · maxUnits + unit.
 */
export function moduleUnitsSql(layout: RowsLayout, contributions: ModuleContributions, maxUnits: number): string {
  const {prefix} = layout;
  const anyAnswer = contributions.answered.length ? contributions.answered.join(" + ") : "0";
  const columns = [
    ...contributions.num.map((expression, j) => `${expression} AS num${j}`),
    ...contributions.den.map((expression, j) => `${expression} AS den${j}`),
    ...contributions.answered.map((expression, m) => `${expression} AS answered${m}`)
  ];
  const sums = [
    ...contributions.num.map((_, j) => `SUM(a.num${j}) AS num${j}`),
    ...contributions.den.map((_, j) => `SUM(a.den${j}) AS den${j}`),
    ...contributions.answered.map((_, m) => `SUM(a.answered${m}) AS answered${m}`)
  ];
  return `
WITH positions AS (
  SELECT m.set_id, p.row, ROW_NUMBER() OVER (PARTITION BY m.set_id ORDER BY p.row) - 1 AS position
  FROM ${prefix}_accepted p ${memberJoin(layout)}
), units AS (
  SELECT i.row, i.set_id * ${maxUnits} +
    CASE WHEN s.size <= ${maxUnits} THEN i.position
         ELSE ((i.position * 2654435761) % 4294967296 + s.salt) % 4294967296 % ${maxUnits} END AS set_unit
  FROM positions i JOIN ${prefix}_set_info s ON s.set_id = i.set_id
), answering AS (
  SELECT row, ${columns.join(", ")}
  FROM ${prefix}_accepted
  WHERE ${anyAnswer} > 0
)
SELECT u.set_unit, ${sums.join(", ")}
FROM units u JOIN answering a ON a.row = u.row
GROUP BY u.set_unit`;
}

/**
 * One row of sums for Cronbach's α per module over the accepted rows that answered every core
 * question validly: per module the count, Σw, Σw·xⱼ for each core question, and Σw·xⱼ·xₖ for
 * each pair (row-major), in that order. Null when no module has core questions.
 */
export function reliabilitySql(layout: RowsLayout, modules: string[][]): string | null {
  // Each value and each module's completeness is worked out once per row, in a projection below the sums.
  const values: string[] = [];
  const sums: string[] = [];
  modules.forEach((xs, m) => {
    const names = xs.map((x, j) => {
      values.push(`${x} AS x${m}_${j}`);
      return `x${m}_${j}`;
    });
    values.push(`${names.length ? names.map((x) => `${x} IS NOT NULL`).join(" AND ") : "FALSE"} AS complete${m}`);
    const sum = (expression: string) => `SUM(CASE WHEN complete${m} THEN ${expression} END)`;
    sums.push(`${sum("CAST(1 AS DOUBLE)")} AS n${m}`, `${sum("w")} AS sw${m}`);
    names.forEach((x, j) => sums.push(`${sum(`w * ${x}`)} AS swx${m}_${j}`));
    names.forEach((x, j) => names.forEach((y, k) => sums.push(`${sum(`w * ${x} * ${y}`)} AS swxx${m}_${j}_${k}`)));
  });
  return sums.length ? `SELECT ${sums.join(", ")} FROM (SELECT w, ${values.join(", ")} FROM ${layout.prefix}_accepted) row_values` : null;
}
