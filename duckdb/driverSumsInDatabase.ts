/**
 * The sums of a study's key-driver regressions (`scoring/drivers.ts`) over a bundle's loaded rows,
 * in one query: the same numbers `driverSums` computes in memory.
 */
import {driverModels, driverVariable, type DriverSums} from "../scoring/drivers.ts";
import type {ScoringContext} from "../scoring/ScoringContext.ts";
import {doubleLiteral, type Database} from "./dialect.ts";
import type {RowsLayout} from "./sql.ts";

/**
 * The query behind {@link driverSumsInDatabase}, or null without a study: per model, over the
 * accepted rows with every value present, the count, Σx per variable and Σxᵢxⱼ per pair
 * (row-major), in that order. A respondent's value on a variable is the mean of the 0–10 scores of
 * their valid answers on its questions, added in question order from 0 as in memory.
 *
 * @example
 * driverSumsSql(layout, context) // "WITH v AS (SELECT … FROM cur_accepted) SELECT …"
 */
export function driverSumsSql(layout: RowsLayout, context: ScoringContext): string | null {
  const models = driverModels(context.definition.survey);
  if (!models.length) return null;
  const ids = [...context.table.answers.keys()];
  const value = (id: string) => {
    const xs = driverVariable(context, id).map(({id: question, scores}) => {
      const branches = [...scores].flatMap((x, o) => (Number.isNaN(x) ? [] : [`WHEN ${o} THEN ${doubleLiteral(x)}`]));
      return branches.length ? `(CASE q${ids.indexOf(question)} ${branches.join(" ")} END)` : "CAST(NULL AS DOUBLE)";
    });
    const total = ["CAST(0 AS DOUBLE)", ...xs.map((x) => `COALESCE(${x}, CAST(0 AS DOUBLE))`)].join(" + ");
    const valid = xs.map((x) => `CASE WHEN ${x} IS NOT NULL THEN 1 ELSE 0 END`).join(" + ");
    return `(${total}) / NULLIF(${valid}, 0)`;
  };
  const columns: string[] = [];
  const sums: string[] = [];
  models.forEach(({outcome, drivers}, m) => {
    const variables = [...drivers, outcome].map((id, v) => {
      columns.push(`${value(id)} AS m${m}_${v}`);
      return `m${m}_${v}`;
    });
    const complete = variables.map((x) => `${x} IS NOT NULL`).join(" AND ");
    const sum = (expression: string) => `SUM(CASE WHEN ${complete} THEN ${expression} END)`;
    sums.push(sum("CAST(1 AS DOUBLE)"));
    variables.forEach((x) => sums.push(sum(x)));
    variables.forEach((x) => variables.forEach((y) => sums.push(sum(`${x} * ${y}`))));
  });
  return `WITH v AS (SELECT ${columns.join(", ")} FROM ${layout.prefix}_accepted) SELECT ${sums.map((s, i) => `${s} AS s${i}`).join(", ")} FROM v`;
}

/**
 * The {@link DriverSums} of every key-driver regression of the study, computed in the database.
 *
 * @example
 * aggregates[0].modules.drivers = await driverSumsInDatabase(db, layout, context);
 */
export async function driverSumsInDatabase(db: Database, layout: RowsLayout, context: ScoringContext): Promise<DriverSums[]> {
  const query = driverSumsSql(layout, context);
  if (!query) return [];
  const {columns} = await db.columns(query);
  let c = 0;
  const next = () => Number((columns[c++][0] as number | null) ?? 0);
  return driverModels(context.definition.survey).map(({outcome, drivers}) => {
    const variables = [...drivers, outcome];
    const k = variables.length;
    const n = next();
    const sum = Float64Array.from({length: k}, next);
    const cross = Float64Array.from({length: k * k}, next);
    return {outcome, variables, n, sum, cross};
  });
}
