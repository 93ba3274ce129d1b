/**
 * The answer counts of the closed questions per combination of group values, added in JS from
 * the scored rows streamed out of DuckDB a chunk at a time (`scoredRows.ts`), then summed into the
 * sets each combination belongs to: the tallies `aggregateSets` makes in memory per cell.
 */
import type {SetAggregates} from "../scoring/SetAggregates.ts";
import type {Family} from "./aggregateInDatabase.ts";

/** A closed question to tally: its index (`q<k>`), its id and its number of options. */
export interface TalliedQuestion {
  k: number;
  id: string;
  options: number;
}

/**
 * Per closed question, per combination of group values and answer (blank, then each option):
 * respondents, and with weights Σw and Σw², each combination's rows added in the order they are
 * handed over (the file's). Its memory grows with the combinations, never with the rows.
 *
 * @example
 * const tallies = new CombinationTallies(questions, true, combinations.length);
 * tallies.add(chunk.codes, chunk.weights, chunk.combination, chunk.rows);
 * tallies.addToSets(aggregates, familiesOf(sets, combinations.length));
 */
export class CombinationTallies {
  /** Numbers per answer: respondents, and with weights Σw and Σw². */
  private readonly sums: number;
  /** Per question, per combination its answers (blank first), {@link sums} numbers each, side by side. */
  private readonly totals: Float64Array[];

  constructor(
    readonly questions: TalliedQuestion[],
    weighted: boolean,
    private readonly combinations: number
  ) {
    this.sums = weighted ? 3 : 1;
    this.totals = questions.map((question) => new Float64Array(combinations * (question.options + 1) * this.sums));
  }

  /**
   * Adds a chunk of rows: `codes[t]` the option index of question t in each row (−1 blank),
   * `weights` each row's weight, `combination` each row's combination. A question at a time,
   * which adds each (combination, answer)'s rows in the same order as a row at a time would.
   */
  add(codes: ArrayLike<number>[], weights: ArrayLike<number>, combination: Int32Array, rows: number): void {
    const {sums} = this;
    this.questions.forEach((question, t) => {
      const options = question.options;
      const stride = (options + 1) * sums;
      const totals = this.totals[t];
      const answers = codes[t];
      for (let r = 0; r < rows; ++r) {
        const answer = answers[r];
        if (!(answer >= -1 && answer < options)) throw new Error(`An answer code ${answer} outside the options of ${question.id}`);
        const at = combination[r] * stride + (1 + answer) * sums;
        ++totals[at];
        if (sums === 3) {
          const w = weights[r];
          totals[at + 1] += w;
          totals[at + 2] += w * w;
        }
      }
    });
  }

  /**
   * Adds every combination's counts to each set that contains it (`aggregates[s].tallies`), the
   * combinations in ascending order, as the in-memory engine adds its cells: a question and a
   * family of disjoint sets at a time, so that the combinations are read in order. A combination
   * that no row had adds nothing.
   */
  addToSets(aggregates: SetAggregates[], families: Family[]): void {
    const {sums, combinations} = this;
    this.questions.forEach((question, t) => {
      const width = (question.options + 1) * sums;
      const totals = this.totals[t];
      // Every set's sums side by side: a set lies in one family only.
      const added = new Float64Array(aggregates.length * width);
      for (const {setOf} of families) {
        for (let c = 0; c < combinations; ++c) {
          const s = setOf[c];
          if (s < 0) continue;
          for (let k = 0, to = s * width, from = c * width; k < width; ++k) added[to + k] += totals[from + k];
        }
      }
      aggregates.forEach((aggregate, s) => {
        const tally = aggregate.tallies.get(question.id)!;
        const at = s * width;
        tally.blank += added[at];
        for (let o = 0; o < question.options; ++o) {
          const slot = at + (1 + o) * sums;
          tally.count[o] += added[slot];
          if (sums === 3) {
            tally.weight[o] += added[slot + 1];
            tally.weight2[o] += added[slot + 2];
          }
        }
      });
    });
  }
}
