/**
 * The answer counts of the closed questions, added in JS from the scored rows streamed out of
 * DuckDB a chunk at a time (`scoredRows.ts`) exactly as the in-memory engine adds them
 * (`tallyCodes.js`): each row into its cell of every block of a {@link CellIndex}, then each cell
 * into the sets that contain it. The index is the in-memory engine's own (`cellIndex`), made from
 * the combinations of group values instead of the rows: a combination stands for its rows, and the
 * combinations come in the order of their first rows, so the blocks, the cells, their numbers and
 * the order of every addition are those of aggregating the rows in memory.
 */
import {cellIndex, type CellIndex, type Partition} from "../scoring/aggregate.ts";
import type {SetAggregates} from "../scoring/SetAggregates.ts";
import {addCells, tallyCellsInto} from "../scoring/tallyCodes.js";
import type {Family} from "./aggregateInDatabase.ts";

/** A closed question to tally: its index (`q<k>`), its id and its number of options. */
export interface TalliedQuestion {
  k: number;
  id: string;
  options: number;
}

/**
 * Per closed question, per cell and answer (each option, then blank): respondents, and with
 * weights Σw and Σw², each cell's rows added in the order they are handed over (the file's). Its
 * memory grows with the cells, never with the rows.
 *
 * @example
 * const tallies = new CellTallies(questions, true, families, table.n);
 * tallies.add(chunk.codes, chunk.weights, chunk.combination, chunk.rows);
 * tallies.addToSets(aggregates);
 */
export class CellTallies {
  /** The cells of the combinations (as rows), and the sets of each family (as partitions, numbered one family after another). */
  private readonly index: CellIndex;
  /** Per set of the index, its index in the sets given. */
  private readonly setOfIndex: number[];
  /** Numbers per cell and answer: respondents, and with weights Σw and Σw². */
  private readonly step: number;
  /** Per question, the cells' tallies (`tallyCellsInto`). */
  private readonly sums: Float64Array[];
  /** A chunk's cell of each row in every block. */
  private cellOfRow = new Int32Array(0);

  /**
   * @param families the families of disjoint sets (`familiesOf`), over the combinations in the order of their first rows
   * @param rows the scored rows there are, which the index's blocks are sized for as the in-memory engine sizes them
   */
  constructor(
    readonly questions: TalliedQuestion[],
    weighted: boolean,
    families: Family[],
    rows: number
  ) {
    this.step = weighted ? 3 : 1;
    this.setOfIndex = families.flatMap((family) => family.sets);
    const combinations = families[0]?.setOf.length ?? 0;
    const partitions: Partition[] = families.map(({sets, setOf}) => {
      const inFamily = new Map(sets.map((s, k) => [s, k]));
      return {keys: sets.map(String), ofRow: Int32Array.from(setOf, (s) => (s < 0 ? -1 : inFamily.get(s)!))};
    });
    const stride = Math.max(2, ...questions.map((q) => q.options + 1));
    this.index = cellIndex(partitions, combinations, stride, undefined, rows);
    this.sums = questions.map((q) => new Float64Array(this.index.cells * (q.options + 1) * this.step));
  }

  /**
   * Adds a chunk of rows, in file order: `codes[t]` the option index of question t in each row
   * (−1 blank), `weights` each row's weight, `combination` each row's combination. A code outside
   * the options throws (it would be lost).
   */
  add(codes: ArrayLike<number>[], weights: ArrayLike<number>, combination: Int32Array, rows: number): void {
    const {blocks} = this.index;
    const cells = this.index.cellOfRow;
    if (this.cellOfRow.length < rows * blocks) this.cellOfRow = new Int32Array(rows * blocks);
    const cellOfRow = this.cellOfRow;
    for (let r = 0, at = 0; r < rows; ++r) {
      for (let b = 0, from = combination[r] * blocks; b < blocks; ++b) cellOfRow[at++] = cells[from + b];
    }
    const chunk = {rows, blocks, cellOfRow};
    this.questions.forEach((question, t) => {
      const answers = codes[t];
      for (let r = 0; r < rows; ++r) {
        const answer = answers[r];
        if (!(answer >= -1 && answer < question.options)) throw new Error(`An answer code ${answer} outside the options of ${question.id}`);
      }
      tallyCellsInto(answers, question.options, chunk, this.step === 3 ? weights : null, this.sums[t]);
    });
  }

  /** Adds every cell's tallies to each set that contains it (`aggregates[s].tallies`), cells in ascending order. */
  addToSets(aggregates: SetAggregates[]): void {
    const {step, setOfIndex} = this;
    this.questions.forEach((question, t) => {
      const stride = question.options + 1;
      const perSet = (offset: number) => {
        const into = new Float64Array(setOfIndex.length * stride);
        addCells(this.index, stride, this.sums[t], step, offset, into);
        return into;
      };
      const count = perSet(0);
      const weight = step === 3 ? perSet(1) : null;
      const weight2 = step === 3 ? perSet(2) : null;
      setOfIndex.forEach((s, g) => {
        const tally = aggregates[s].tallies.get(question.id)!;
        const at = g * stride;
        tally.count.set(count.subarray(at, at + question.options));
        if (weight && weight2) {
          tally.weight.set(weight.subarray(at, at + question.options));
          tally.weight2.set(weight2.subarray(at, at + question.options));
        }
        tally.blank = count[at + question.options];
      });
    });
  }
}
