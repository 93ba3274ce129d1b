import {readFileSync} from "node:fs";
import {join} from "node:path";
import type {BundleIssue} from "./BundleError.ts";
import type {BundleFiles} from "./bundleFiles.ts";
import {decodeText} from "./csv.ts";
import {readPopulation, type Population} from "./readPopulation.ts";
import {readReferenceScores, type ReferenceScore} from "./readReferenceScores.ts";
import {readSurvey, type SurveyDefinition} from "./readSurvey.ts";

/** A bundle's files other than its responses, read, with the defects of each file apart. */
export interface SmallFiles {
  /** The survey definition, or null when survey.yaml has a defect (the other files are then not read). */
  definition: SurveyDefinition | null;
  population: Population | null;
  benchmarks: ReferenceScore[];
  /** The previous survey's reference scores (`previous.csv`), or null. */
  previousScores: ReferenceScore[] | null;
  /** The defects of each file, for the engine to report in its order. */
  issues: {survey: BundleIssue[]; population: BundleIssue[]; benchmarks: BundleIssue[]; previousScores: BundleIssue[]};
}

/**
 * Reads the files of a bundle that both engines read in memory, with the same file names in
 * their messages: survey.yaml (or .yml, .json), population.csv, benchmarks.csv and previous.csv,
 * where {@link bundleFiles} found them. A previous/ folder is a bundle of its own, read by the
 * engine.
 *
 * @example
 * const {definition, issues} = readSmallFiles(bundleFiles("data/voorbeeld", "", true).files!);
 */
export function readSmallFiles(files: BundleFiles): SmallFiles {
  const {prefix} = files;
  const {definition, issues: surveyIssues} = readSurvey(decodeText(readFileSync(join(files.dir, files.survey))).text, `${prefix}${files.survey}`);
  const small: SmallFiles = {definition, population: null, benchmarks: [], previousScores: null, issues: {survey: surveyIssues, population: [], benchmarks: [], previousScores: []}};
  if (!definition) return small;
  const {survey} = definition;
  if (files.population) {
    const result = readPopulation({path: files.population}, `${prefix}population.csv`, survey);
    small.population = result.population;
    small.issues.population = result.issues;
  }
  if (files.benchmarks) {
    const result = readReferenceScores({path: files.benchmarks}, `${prefix}benchmarks.csv`, survey);
    small.benchmarks = result.scores;
    small.issues.benchmarks = result.issues;
  }
  if (files.previous?.kind === "scores") {
    const result = readReferenceScores({path: files.previous.path}, `${prefix}previous.csv`, survey, {benchmark: "previous"});
    small.previousScores = result.scores;
    small.issues.previousScores = result.issues;
  }
  return small;
}
