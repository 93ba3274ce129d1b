/**
 * The correctness check of the bench: Peiling's report model against the reference aggregates
 * computed by DuckDB (bench/duckdbAggregates.ts) from the same responses.csv.
 */
import type {Aggregates} from "./duckdbAggregates.ts";
import {MODULES, QUESTION_IDS} from "./fevsBundle.ts";

export interface ReportQuestion {
  id: string;
  positive: number | null;
  mean: number | null;
  n: number | null;
  suppressed: boolean;
}
export interface ReportModule {
  id: string;
  score: number | null;
  suppressed: boolean;
}
export interface ReportGroup {
  id: string;
  n: number | null;
  suppressed: boolean;
  questions?: ReportQuestion[];
  modules?: ReportModule[];
}
export interface ReportModel {
  respondents: number;
  questions: ReportQuestion[];
  modules: ReportModule[];
  groups: ReportGroup[];
  survey: {settings: {minGroupSize: number}};
}

export interface Check {
  ok: boolean;
  /** Groups whose scores were compared (the organisation included). */
  groups: number;
  /** Groups Peiling suppressed: by size, and secondary (to protect a small group by subtraction). */
  suppressed: {size: number; secondary: number};
  /** Question scores withheld inside shown groups (fewer valid answers than the minimum). */
  withheld: number;
  /**
   * Numbers compared: positive, mean and n of every shown question score, every shown index
   * (module) score, n of every group.
   */
  values: number;
  maxDifference: {positive: number; mean: number; index: number};
  mismatches: number;
  /** The first mismatches, as messages. */
  messages: string[];
}

/**
 * Compares the report model with the reference aggregates: every shown question score's
 * `positive`, `mean` (within `tolerance`) and `n` (exactly), every group's respondent count, the
 * set of groups, and that a suppressed group or withheld score carries no number (suppressions are
 * counted as below minGroupSize in DuckDB, or else secondary: the disclosure audit's, not re-derived).
 * OPM's indices (the modules) are checked as OPM defines them: the mean of their items' weighted
 * percent positive.
 */
export function compareWithReference(report: ReportModel, reference: Aggregates, tolerance: number): Check {
  const minGroupSize = report.survey.settings.minGroupSize;
  const check: Check = {ok: true, groups: 0, suppressed: {size: 0, secondary: 0}, withheld: 0, values: 0, maxDifference: {positive: 0, mean: 0, index: 0}, mismatches: 0, messages: []};
  const fail = (message: string) => {
    ++check.mismatches;
    if (check.messages.length < 20) check.messages.push(message);
  };
  const compareQuestions = (where: string, questions: ReportQuestion[] | undefined, expected: Aggregates["groups"][string]) => {
    const byId = new Map((questions ?? []).map((q) => [q.id, q]));
    for (const id of QUESTION_IDS) {
      const got = byId.get(id);
      const want = expected.questions[id];
      if (!got) {
        fail(`${where} ${id}: missing from Peiling's report`);
        continue;
      }
      if (got.suppressed) {
        // Withheld for few answers, or by the disclosure audit for another set's sake (not checked here).
        ++check.withheld;
        if (got.n !== null || got.mean !== null || got.positive !== null) fail(`${where} ${id}: withheld, yet carries a number`);
        continue;
      }
      check.values += 3;
      if (got.n !== want.n) fail(`${where} ${id}: n = ${got.n} in Peiling, ${want.n} in DuckDB`);
      for (const key of ["positive", "mean"] as const) {
        const a = got[key];
        const b = want[key];
        if (a === null || b === null) {
          if (a !== b) fail(`${where} ${id}: ${key} = ${a} in Peiling, ${b} in DuckDB`);
          continue;
        }
        const difference = Math.abs(a - b);
        check.maxDifference[key] = Math.max(check.maxDifference[key], difference);
        if (!(difference <= tolerance)) fail(`${where} ${id}: ${key} = ${a} in Peiling, ${b} in DuckDB (difference ${difference.toExponential(2)} > ${tolerance})`);
      }
    }
  };

  const compareModules = (where: string, modules: ReportModule[] | undefined, expected: Aggregates["groups"][string]) => {
    for (const module of MODULES) {
      const got = modules?.find((m) => m.id === module.id);
      if (!got) {
        fail(`${where} ${module.id}: missing from Peiling's report`);
        continue;
      }
      const shares = module.items.map((i) => expected.questions[`Q${i}`]);
      if (got.suppressed || got.score === null) {
        if (got.score !== null) fail(`${where} ${module.id}: withheld, yet carries a score`);
        continue;
      }
      ++check.values;
      const want = shares.reduce((sum, q) => sum + (q.positive ?? NaN), 0) / shares.length;
      const difference = Math.abs(got.score - want);
      check.maxDifference.index = Math.max(check.maxDifference.index, difference);
      if (!(difference <= tolerance)) fail(`${where} ${module.id}: index = ${got.score} in Peiling, ${want} from DuckDB's item shares (difference ${difference.toExponential(2)} > ${tolerance})`);
    }
  };

  const organisation = reference.groups.organisation;
  ++check.groups;
  ++check.values;
  if (report.respondents !== organisation.n) fail(`organisation: ${report.respondents} respondents in Peiling, ${organisation.n} rows in DuckDB`);
  compareQuestions("organisation", report.questions, organisation);
  compareModules("organisation", report.modules, organisation);

  const seen = new Set<string>(["organisation"]);
  for (const group of report.groups) {
    seen.add(group.id);
    const expected = reference.groups[group.id];
    if (!expected) {
      fail(`group ${group.id}: in Peiling's report, not among DuckDB's groups`);
      continue;
    }
    if (group.suppressed) {
      // Below the minimum by DuckDB's count, or suppressed by the disclosure audit (not checked here).
      ++check.suppressed[expected.n < minGroupSize ? "size" : "secondary"];
      if (group.n !== null || group.questions !== undefined) fail(`group ${group.id}: suppressed, yet carries a count or scores`);
      continue;
    }
    ++check.groups;
    ++check.values;
    if (group.n !== expected.n) fail(`group ${group.id}: ${group.n} respondents in Peiling, ${expected.n} in DuckDB`);
    compareQuestions(`group ${group.id}`, group.questions, expected);
    compareModules(`group ${group.id}`, group.modules, expected);
  }
  for (const id of Object.keys(reference.groups)) if (!seen.has(id)) fail(`group ${id}: found by DuckDB (${reference.groups[id].n} rows), missing from Peiling's report`);
  check.ok = check.mismatches === 0;
  return check;
}
