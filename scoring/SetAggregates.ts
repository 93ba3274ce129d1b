import type {Slice, UnitTotals} from "./bootstrap.ts";
import type {DriverSums} from "./drivers.ts";
import type {Moments} from "./estimate.ts";
import type {ReliabilitySums} from "./reliability.ts";

/**
 * Answer counts per option of one closed question over a set of respondents: its score,
 * distribution and eNPS all follow from these.
 */
export interface OptionTally {
  /** Respondents per option. */
  count: Float64Array;
  /** Σw per option (equal to `count` without weights). */
  weight: Float64Array;
  /** Σw² per option. */
  weight2: Float64Array;
  /** Respondents in the set who left the question blank. */
  blank: number;
}

/** How often each option of a `multi` question was chosen in a set. */
export interface ChoiceTally {
  /** Respondents who chose at least one option, and their Σw. */
  answered: number;
  answeredWeight: number;
  /** Respondents choosing each option, and their Σw. */
  count: Float64Array;
  weight: Float64Array;
}

/** Per-unit totals of every module's core answers, each module reading its slice. */
export interface ModuleTotals {
  totals: UnitTotals;
  slices: Slice[];
  /** Per module: respondents with at least one valid core answer. */
  answered: number[];
  /** The organisation's only: per module, the sums for Cronbach's α over respondents with every core answer. */
  reliability?: ReliabilitySums[];
  /** The organisation's only, in a study: the sums of each key-driver regression (see `drivers.ts`). */
  drivers?: DriverSums[];
}

/**
 * The sufficient statistics of one set of respondents: everything its scores are computed from,
 * and nothing respondent-level but its comments. Aggregation (`aggregate.ts`, or SQL in a
 * database) produces them; `scoreSet.ts` turns them into scores.
 */
export interface SetAggregates {
  /** Respondents in the set. */
  respondents: number;
  /** Answer counts per option of each closed question, by question id. */
  tallies: Map<string, OptionTally>;
  /** The moments of each number question. */
  numbers: Map<string, Moments>;
  /** The choices of each multi question. */
  choices: Map<string, ChoiceTally>;
  modules: ModuleTotals;
  /** The comments to each text question, in row order. */
  texts: Map<string, string[]>;
}
