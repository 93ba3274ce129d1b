import {existsSync, readdirSync, statSync} from "node:fs";
import {join} from "node:path";
import type {BundleIssue} from "./BundleError.ts";

/** The names a bundle's survey definition may have, in the order they are looked for. */
export const SURVEY_FILES = ["survey.yaml", "survey.yml", "survey.json"] as const;

/** Where a bundle's responses are: `responses.csv`, or `responses.parquet` (read by the DuckDB engine). */
export interface ResponsesFile {
  name: "responses.csv" | "responses.parquet";
  kind: "csv" | "parquet";
  /** The full path. */
  path: string;
  /** The name as messages give it: relative to the outer bundle (`previous/responses.csv`). */
  label: string;
}

/** The files of one bundle folder, as both engines look for them. */
export interface BundleFiles {
  dir: string;
  /** What messages put before a file name: `""`, or `previous/` for the previous survey's folder. */
  prefix: string;
  /** The survey definition's file name (one of {@link SURVEY_FILES}). */
  survey: string;
  responses: ResponsesFile;
  /** The full path of population.csv, or null when the bundle has none. */
  population: string | null;
  /** The full path of benchmarks.csv, or null when the bundle has none. */
  benchmarks: string | null;
  /**
   * The previous survey: a bundle folder of its own (`previous/`), reference scores only
   * (`previous.csv`), or null. Only looked for where asked (not inside `previous/` itself).
   */
  previous: {kind: "folder"; path: string} | {kind: "scores"; path: string} | null;
  /**
   * A defect of the previous survey's files (both `previous/` and `previous.csv`), kept apart
   * because it is reported after the defects of the bundle's own files.
   */
  previousIssue: BundleIssue | null;
  /**
   * The earlier waves: each folder of `waves/` a bundle of its own, labelled by its folder's name,
   * in the order of their names (readers order them by period). Only looked for where asked.
   */
  waves: {label: string; path: string}[];
  /** Defects of `waves/` itself (a file where a folder is expected, a reserved label), reported with the previous survey's. */
  waveIssues: BundleIssue[];
}

/**
 * Finds the files of a survey bundle folder, the one rule both engines follow: exactly one of
 * survey.yaml, survey.yml or survey.json; responses.csv or responses.parquet, not both;
 * population.csv and benchmarks.csv when present; and (with `withPrevious`) previous/ or
 * previous.csv, not both. Returns the files, or null with the defects that stop the bundle from
 * being read; `prefix` goes before every file name in a message.
 *
 * @example
 * const {files, issues} = bundleFiles("data/voorbeeld", "", true);
 * files?.responses.label // "responses.csv"
 */
export function bundleFiles(dir: string, prefix: string, withPrevious: boolean): {files: BundleFiles | null; issues: BundleIssue[]} {
  if (!isFolder(dir)) {
    return {files: null, issues: [{file: prefix || dir, message: "the survey bundle folder does not exist", expected: "a folder with survey.yaml and responses.csv", kind: "missing-file"}]};
  }
  const file = (name: string) => join(dir, name);
  const has = (name: string) => existsSync(file(name));
  const issues: BundleIssue[] = [];
  const surveyNames = SURVEY_FILES.filter(has);
  if (surveyNames.length !== 1) {
    issues.push({
      file: `${prefix}survey.yaml`,
      message: surveyNames.length ? `the bundle has ${surveyNames.join(" and ")}` : "the bundle has no survey.yaml",
      expected: "exactly one of survey.yaml or survey.json",
      kind: "missing-file"
    });
  }
  const csv = has("responses.csv");
  const parquet = has("responses.parquet");
  if (csv && parquet) {
    issues.push({file: `${prefix}responses.parquet`, message: "the bundle has both responses.csv and responses.parquet", expected: "one of them", kind: "missing-file"});
  } else if (!csv && !parquet) {
    issues.push({file: `${prefix}responses.csv`, message: "the bundle has no responses.csv", expected: "one row per respondent with a header row", kind: "missing-file"});
  }
  if (issues.length) return {files: null, issues};

  const name = csv ? "responses.csv" : "responses.parquet";
  const responses: ResponsesFile = {name, kind: csv ? "csv" : "parquet", path: file(name), label: `${prefix}${name}`};
  let previous: BundleFiles["previous"] = null;
  let previousIssue: BundleIssue | null = null;
  if (withPrevious) {
    const folder = isFolder(file("previous"));
    if (folder && has("previous.csv")) {
      previousIssue = {file: `${prefix}previous.csv`, message: "the bundle has both previous/ and previous.csv", expected: "one of them", kind: "missing-file"};
    } else if (folder) previous = {kind: "folder", path: file("previous")};
    else if (has("previous.csv")) previous = {kind: "scores", path: file("previous.csv")};
  }
  const {waves, issues: waveIssues} = withPrevious ? waveFolders(dir, prefix, previous) : {waves: [], issues: []};
  return {
    files: {
      dir,
      prefix,
      survey: surveyNames[0],
      responses,
      population: has("population.csv") ? file("population.csv") : null,
      benchmarks: has("benchmarks.csv") ? file("benchmarks.csv") : null,
      previous,
      previousIssue,
      waves,
      waveIssues
    },
    issues
  };
}

/** The label of the survey itself among the waves; no folder of `waves/` may have it. */
export const CURRENT_WAVE = "current";

/**
 * The folders of `waves/`, each an earlier wave labelled by its name, sorted by name; a file in
 * `waves/`, a folder named {@link CURRENT_WAVE}, or `waves/` beside `previous.csv` (reference
 * scores cannot be a wave) is a defect.
 */
function waveFolders(dir: string, prefix: string, previous: BundleFiles["previous"]): {waves: BundleFiles["waves"]; issues: BundleIssue[]} {
  const root = join(dir, "waves");
  if (!existsSync(root)) return {waves: [], issues: []};
  const issue = (file: string, message: string, expected: string): BundleIssue => ({file: `${prefix}${file}`, message, expected, kind: "missing-file"});
  if (!isFolder(root)) return {waves: [], issues: [issue("waves", "waves is a file", "a folder holding a folder per earlier wave (waves/2023/)")]};
  const issues: BundleIssue[] = [];
  if (previous?.kind === "scores") issues.push(issue("previous.csv", "the bundle has both waves/ and previous.csv", "previous/ or waves/ (bundles with responses) for trends, or previous.csv alone"));
  const waves: BundleFiles["waves"] = [];
  for (const name of readdirSync(root).sort()) {
    if (!isFolder(join(root, name))) issues.push(issue(`waves/${name}`, "a file among the waves", "a folder per earlier wave, named by its label"));
    else if (name === CURRENT_WAVE) issues.push(issue(`waves/${name}`, `the label "${CURRENT_WAVE}" is the survey's own`, "another label, such as the wave's year"));
    else waves.push({label: name, path: join(root, name)});
  }
  return {waves, issues};
}

/**
 * The defect of a bundle whose responses are in responses.parquet, given to the JS engine, which
 * reads responses.csv only.
 *
 * @example
 * parquetNotRead(files.responses) // {file: "responses.parquet", message: "the JS engine reads responses.csv only", …}
 */
export function parquetNotRead(responses: ResponsesFile): BundleIssue {
  return {file: responses.label, message: "the JS engine reads responses.csv only", expected: "--engine duckdb (or auto) for responses.parquet", kind: "missing-file"};
}

/**
 * Whether a bundle folder, or its previous/ or a wave of waves/, gives its responses as Parquet only: such a bundle is
 * read by the DuckDB engine.
 *
 * @example
 * usesParquet("data/voorbeeld") // false
 */
export function usesParquet(dir: string): boolean {
  if (!isFolder(dir)) return false;
  if (existsSync(join(dir, "responses.parquet")) && !existsSync(join(dir, "responses.csv"))) return true;
  const waves = join(dir, "waves");
  if (isFolder(waves) && readdirSync(waves).some((name) => usesParquet(join(waves, name)))) return true;
  return usesParquet(join(dir, "previous"));
}

function isFolder(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}
