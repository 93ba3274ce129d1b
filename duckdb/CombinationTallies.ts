/**
 * The answer counts of the closed questions per combination of group values, added in JS from
 * the scored rows streamed out of DuckDB a chunk at a time, then summed into the sets each
 * combination belongs to: the tallies `aggregateSets` makes in memory per cell.
 */
import type {SetAggregates} from "../scoring/SetAggregates.ts";
import type {Combination, SetToAggregate} from "./aggregateInDatabase.ts";
import type {Database} from "./dialect.ts";
import {moduleRowsSql, type RowsLayout} from "./sql.ts";

/** A closed question to tally: its index (`q<k>`), its id and its number of options. */
export interface TalliedQuestion {
  k: number;
  id: string;
  options: number;
}

/**
 * Per combination of group values, per closed question and answer (blank, then each option):
 * respondents, and with weights Σw and Σw², each combination's rows added in the order DuckDB
 * hands them over (the file's). Its memory grows with the combinations, never with the rows.
 *
 * @example
 * const tallies = await CombinationTallies.streamed(db, layout, questions, true);
 * tallies.addToSets(aggregates, sets, combinations);
 */
export class CombinationTallies {
  /** Where each question's answers start in a combination's stretch (blank first). */
  private readonly base: Int32Array;
  /** Each question's number of options. */
  private readonly options: Int32Array;
  /** The slots of a combination's stretch: every question's options and its blank. */
  private readonly slots: number;
  /** Numbers per slot: respondents, and with weights Σw and Σw². */
  private readonly sums: number;
  /** Per combination key (`RowsLayout.key`, several joined by commas) its stretch: per slot its {@link sums} side by side, so a row's updates stay close together. */
  private readonly totals = new Map<number | string, Float64Array>();

  constructor(
    readonly questions: TalliedQuestion[],
    weighted: boolean
  ) {
    this.base = new Int32Array(questions.length);
    this.options = Int32Array.from(questions, (question) => question.options);
    let at = 0;
    questions.forEach((question, t) => {
      this.base[t] = at;
      at += question.options + 1;
    });
    this.slots = at;
    this.sums = weighted ? 3 : 1;
  }

  /**
   * Tallies every scored row (`<p>_accepted`), streamed a chunk at a time: each row's key of group
   * values, its weight and the codes of `questions`.
   */
  static async streamed(db: Database, layout: RowsLayout, questions: TalliedQuestion[], weighted: boolean): Promise<CombinationTallies> {
    const tallies = new CombinationTallies(questions, weighted);
    const keys = layout.key.length;
    await db.forEachChunkOfArrays(moduleRowsSql(layout, questions.map((q) => q.k)), (columns, rows) => {
      const keyOf = columns.slice(1, 1 + keys);
      tallies.add(columns.slice(2 + keys), columns[1 + keys], (r) => (keys === 1 ? keyOf[0][r] : keyOf.map((k) => k[r]).join(",")), rows);
    });
    return tallies;
  }

  /**
   * Adds a chunk of rows: `codes[t]` the option index of question t in each row (−1 blank),
   * `weights` each row's weight, `keyOf(r)` its combination's key.
   */
  add(codes: ArrayLike<number>[], weights: ArrayLike<number>, keyOf: (row: number) => number | string, rows: number): void {
    const {base, options, slots, sums} = this;
    const questions = codes.length;
    let key: number | string | undefined;
    let totals: Float64Array = new Float64Array(0);
    for (let r = 0; r < rows; ++r) {
      const rowKey = keyOf(r);
      if (rowKey !== key) {
        key = rowKey;
        totals = this.totals.get(key) ?? this.totals.set(key, new Float64Array(slots * sums)).get(key)!;
      }
      const w = weights[r];
      for (let t = 0; t < questions; ++t) {
        const answer = codes[t][r];
        if (!(answer >= -1 && answer < options[t])) throw new Error(`An answer code ${answer} outside the options of ${this.questions[t].id}`);
        const at = (base[t] + 1 + answer) * sums;
        ++totals[at];
        if (sums === 3) {
          totals[at + 1] += w;
          totals[at + 2] += w * w;
        }
      }
    }
  }

  /**
   * Adds every combination's counts to each set that contains it (`aggregates[s].tallies`), the
   * combinations in the set's order. A combination that no row had adds nothing.
   */
  addToSets(aggregates: SetAggregates[], sets: SetToAggregate[], combinations: Combination[]): void {
    const {base, slots, sums} = this;
    const width = slots * sums;
    const set = new Float64Array(width);
    sets.forEach((toAggregate, s) => {
      set.fill(0);
      for (const c of toAggregate.combinations) {
        const key = combinations[c].key;
        const totals = this.totals.get(key.length === 1 ? key[0] : key.join(","));
        if (totals) for (let i = 0; i < width; ++i) set[i] += totals[i];
      }
      this.questions.forEach((question, t) => {
        const tally = aggregates[s].tallies.get(question.id)!;
        const at = base[t] * sums;
        tally.blank += set[at];
        for (let o = 0; o < question.options; ++o) {
          const slot = at + (1 + o) * sums;
          tally.count[o] += set[slot];
          if (sums === 3) {
            tally.weight[o] += set[slot + 1];
            tally.weight2[o] += set[slot + 2];
          }
        }
      });
    });
  }
}
