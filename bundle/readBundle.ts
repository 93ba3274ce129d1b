import {existsSync, readFileSync, statSync} from "node:fs";
import {join} from "node:path";
import {aggregateInMemory, type Aggregator} from "../scoring/aggregate.ts";
import {BundleError, type BundleIssue} from "./BundleError.ts";
import {decodeText} from "./csv.ts";
import {buildGroups, populationIssues, type GroupNode} from "../scoring/groups.ts";
import {readPopulation, type Population} from "./readPopulation.ts";
import {readReferenceScores, type ReferenceScore} from "./readReferenceScores.ts";
import {readResponses, type RejectedRow} from "./readResponses.ts";
import {readSurvey, type SurveyDefinition} from "./readSurvey.ts";
import type {ResponseTable} from "./ResponseTable.ts";
import type {RowAccounting} from "../scoring/types.ts";

/** A survey bundle read and checked: everything scoring needs, nothing scored yet. */
export interface Bundle {
  dir: string;
  definition: SurveyDefinition;
  /** The answers: columns in memory, or only the columns' descriptions when the rows live in a database. */
  table: ResponseTable;
  /** How the aggregates of the organisation and its groups are computed from the rows. */
  aggregate: Aggregator;
  accounting: RowAccounting;
  /** Rows set aside, with the reason, for `--rejects`. */
  rejected: RejectedRow[];
  /** The responses.csv header, to write rejected rows back in the same columns. */
  header: string[];
  population: Population | null;
  groups: GroupNode[];
  benchmarks: ReferenceScore[];
  /** The previous survey as a bundle of its own (`previous/`). */
  previous: Bundle | null;
  /** The previous survey as reference scores only (`previous.csv`). */
  previousScores: ReferenceScore[] | null;
}

export interface ReadBundleOptions {
  /** Set rows with defects aside (counted per reason) instead of failing. Default false. */
  setAside?: boolean;
  /** Called every 100,000 rows read, for progress on a terminal. */
  onProgress?: (file: string, rows: number) => void;
}

/**
 * Reads a survey bundle folder — survey.yaml (or .json), responses.csv, and the optional
 * population.csv, benchmarks.csv and previous/ (or previous.csv) — and checks it whole. Throws a
 * {@link BundleError} listing every defect found, each with file, line and column.
 *
 * @example
 * const bundle = readBundle("data/voorbeeld");
 */
export function readBundle(dir: string, options: ReadBundleOptions = {}): Bundle {
  const issues: BundleIssue[] = [];
  const bundle = readInto(dir, "", options, issues, true);
  if (issues.length || !bundle) throw new BundleError(issues);
  return bundle;
}

function readInto(dir: string, prefix: string, options: ReadBundleOptions, issues: BundleIssue[], withPrevious: boolean): Bundle | null {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    issues.push({file: prefix || dir, message: "the survey bundle folder does not exist", expected: "a folder with survey.yaml and responses.csv", kind: "missing-file"});
    return null;
  }
  const file = (name: string) => join(dir, name);
  const has = (name: string) => existsSync(file(name));
  const read = (name: string) => decodeText(readFileSync(file(name))).text;
  const csv = (name: string) => ({path: file(name)});

  const surveyName = ["survey.yaml", "survey.yml", "survey.json"].filter(has);
  if (surveyName.length !== 1) {
    issues.push({
      file: `${prefix}survey.yaml`,
      message: surveyName.length ? `the bundle has ${surveyName.join(" and ")}` : "the bundle has no survey.yaml",
      expected: "exactly one of survey.yaml or survey.json",
      kind: "missing-file"
    });
  }
  if (!has("responses.csv")) {
    issues.push({file: `${prefix}responses.csv`, message: "the bundle has no responses.csv", expected: "one row per respondent with a header row", kind: "missing-file"});
  }
  if (surveyName.length !== 1 || !has("responses.csv")) return null;

  const {definition, issues: surveyIssues} = readSurvey(read(surveyName[0]), `${prefix}${surveyName[0]}`);
  issues.push(...surveyIssues);
  if (!definition) return null;
  const {survey} = definition;

  const responses = readResponses(csv("responses.csv"), `${prefix}responses.csv`, definition, options);
  issues.push(...responses.issues);

  let population: Population | null = null;
  if (has("population.csv")) {
    const result = readPopulation(csv("population.csv"), `${prefix}population.csv`, survey);
    issues.push(...result.issues);
    population = result.population;
  }
  const groups = responses.issues.length ? [] : buildGroups(survey, responses.table, population);
  if (population && responses.issues.length === 0) {
    issues.push(...populationIssues(survey, responses.table, groups, population, {responses: `${prefix}responses.csv`, population: `${prefix}population.csv`}));
  }

  let benchmarks: ReferenceScore[] = [];
  if (has("benchmarks.csv")) {
    const result = readReferenceScores(csv("benchmarks.csv"), `${prefix}benchmarks.csv`, survey);
    issues.push(...result.issues);
    benchmarks = result.scores;
  }

  let previous: Bundle | null = null;
  let previousScores: ReferenceScore[] | null = null;
  if (withPrevious) {
    const folder = has("previous") && statSync(file("previous")).isDirectory();
    if (folder && has("previous.csv")) {
      issues.push({file: `${prefix}previous.csv`, message: "the bundle has both previous/ and previous.csv", expected: "one of them", kind: "missing-file"});
    } else if (folder) {
      previous = readInto(file("previous"), `${prefix}previous/`, options, issues, false);
    } else if (has("previous.csv")) {
      const result = readReferenceScores(csv("previous.csv"), `${prefix}previous.csv`, survey, {benchmark: "previous"});
      issues.push(...result.issues);
      previousScores = result.scores;
    }
  }

  return {
    dir,
    definition,
    table: responses.table,
    aggregate: aggregateInMemory,
    accounting: responses.accounting,
    rejected: responses.rejected,
    header: responses.header,
    population,
    groups,
    benchmarks,
    previous,
    previousScores
  };
}
