import type {SurveyDefinition} from "./readSurvey.ts";
import type {ResponseTable} from "./ResponseTable.ts";
import type {OptionTally} from "./tally.ts";
import type {ResolvedSettings} from "./types.ts";

/** What every scoring verb needs to know about the survey: its definition, data and settings. */
export interface ScoringContext {
  definition: SurveyDefinition;
  table: ResponseTable;
  settings: ResolvedSettings;
}

/** A set of respondents to score: the organisation, or one group. */
export interface RespondentSet {
  /** A stable name, used to seed the bootstrap: `organisation` or the group id. */
  key: string;
  /** Row indices into the response table, ascending. */
  rows: Int32Array;
  /** Invited headcount, or null when unknown. */
  invited: number | null;
  /** Finite population correction for this set (1 when not applied). */
  fpc: number;
}

/** The option tallies of every closed question of a set, by question id. */
export type Tallies = Map<string, OptionTally>;
