import type {Design} from "./estimate.ts";
import type {SurveyDefinition} from "../bundle/readSurvey.ts";
import type {ResponseTable} from "../bundle/ResponseTable.ts";
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
  /** Invited headcount, or null when unknown. */
  invited: number | null;
  /** The sample this set's estimates are domains of (see {@link Design}). */
  design: Design;
  /** The items whose numbers the disclosure audit withholds for this set (see `DisclosureDecisions.withheld`). */
  withheld: ReadonlySet<string>;
}
