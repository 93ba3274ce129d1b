/**
 * The scored rows handed from DuckDB to JS once, a chunk at a time and in file order, for every
 * aggregate that JS adds from them (the closed questions' answer counts, `CellTallies.ts`;
 * the module totals and Cronbach's α, `ModuleTotals.ts`).
 */
import type {Combination} from "./aggregateInDatabase.ts";
import type {Database} from "./dialect.ts";
import {Fallback} from "./loadResponses.ts";
import {scoredRowsSql, type RowsLayout} from "./sql.ts";

/** A chunk of scored rows, in file order. */
export interface RowChunk {
  rows: number;
  /** Per row, the index of its combination of group values among the combinations. */
  combination: Int32Array;
  /** Per row, its weight (1 without weights). */
  weights: ArrayLike<number>;
  /** Per question asked for, in the order asked: the answer code of each row (the option's index, −1 for none). */
  codes: ArrayLike<number>[];
}

/**
 * Streams every scored row (`<p>_accepted`) to `visit`, a chunk at a time: its combination among
 * `combinations` (found by its key), its weight and its codes of `questions` (question indices,
 * `q<k>`); the next chunk is fetched once what `visit` returns has resolved. A row that comes out
 * of the file's order is a {@link Fallback}; a row whose key is not among the combinations throws.
 *
 * @example
 * await streamScoredRows(db, layout, combinations, [0, 3], (chunk) => tallies.add(chunk.codes, chunk.weights, chunk.combination, chunk.rows));
 */
export async function streamScoredRows(db: Database, layout: RowsLayout, combinations: Combination[], questions: number[], visit: (chunk: RowChunk) => void | Promise<void>): Promise<void> {
  const keys = layout.key.length;
  const combinationOf = new Map<number | string, number>(combinations.map((combination, c) => [keys === 1 ? combination.key[0] : combination.key.join(","), c]));
  let combination = new Int32Array(0);
  let previous = -1;
  await db.forEachChunkOfArrays(scoredRowsSql(layout, questions), (columns, rows) => {
    const rowOf = columns[0];
    const keyOf = columns.slice(1, 1 + keys);
    if (combination.length < rows) combination = new Int32Array(rows);
    for (let r = 0; r < rows; ++r) {
      const row = rowOf[r];
      if (row <= previous) throw new Fallback("DuckDB did not hand over the rows in the file's order");
      previous = row;
      const c = combinationOf.get(keys === 1 ? keyOf[0][r] : keyOf.map((k) => k[r]).join(","));
      if (c === undefined) throw new Error(`A row's combination of group values is not among the combinations (row ${row})`);
      combination[r] = c;
    }
    return visit({rows, combination: combination.subarray(0, rows), weights: columns[1 + keys], codes: columns.slice(2 + keys)});
  });
}
