import {aggregateInMemory, type Aggregator} from "../scoring/aggregate.ts";
import {BundleError, type BundleIssue} from "./BundleError.ts";
import {bundleFiles, parquetNotRead} from "./bundleFiles.ts";
import {buildGroups, populationIssues, type GroupNode} from "./groups.ts";
import type {Population} from "./readPopulation.ts";
import type {ReferenceScore} from "./readReferenceScores.ts";
import {readResponses, type RejectedRow} from "./readResponses.ts";
import {readSmallFiles} from "./readSmallFiles.ts";
import type {SurveyDefinition} from "./readSurvey.ts";
import type {ResponseTable} from "./ResponseTable.ts";
import type {RowAccounting} from "./readResponses.ts";
import {arrangeWaves, previousLabel, trendDefinition} from "./waves.ts";

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
  /**
   * The earlier waves (`waves/<label>/`, and `previous/`), oldest first, each with its survey as
   * its trends are scored ({@link trendDefinition}); empty when there are none.
   */
  waves: Wave[];
}

/** One earlier wave of a bundle: its label and its bundle, whose survey is the wave's as its trends are scored. */
export interface Wave {
  label: string;
  bundle: Bundle;
}

export interface ReadBundleOptions {
  /** Set rows with defects aside (counted per reason) instead of failing. Default false. */
  setAside?: boolean;
  /** Called every 100,000 rows read, for progress on a terminal. */
  onProgress?: (file: string, rows: number) => void;
}

/**
 * Reads a survey bundle folder — survey.yaml (or .json), responses.csv, and the optional
 * population.csv, benchmarks.csv, previous/ (or previous.csv) and the earlier waves of waves/, as
 * {@link bundleFiles} finds them — and checks it whole. The previous survey is the latest earlier
 * wave: previous/, or without it the latest of waves/ ({@link arrangeWaves}). Throws a {@link BundleError} listing every defect found, each with
 * file, line and column; responses.parquet is one (the DuckDB engine reads it).
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
  const found = bundleFiles(dir, prefix, withPrevious);
  issues.push(...found.issues);
  const files = found.files;
  if (!files) return null;
  const small = readSmallFiles(files);
  issues.push(...small.issues.survey);
  const {definition, population} = small;
  if (!definition) return null;
  if (files.responses.kind === "parquet") {
    issues.push(parquetNotRead(files.responses));
    return null;
  }
  const {survey} = definition;

  const responses = readResponses({path: files.responses.path}, files.responses.label, definition, options);
  issues.push(...responses.issues);

  issues.push(...small.issues.population);
  const groups = responses.issues.length ? [] : buildGroups(survey, responses.table, population);
  if (population && responses.issues.length === 0) {
    issues.push(...populationIssues(survey, responses.table, groups, population, {responses: files.responses.label, population: `${prefix}population.csv`}));
  }

  issues.push(...small.issues.benchmarks);
  if (files.previousIssue) issues.push(files.previousIssue);
  const previous = files.previous?.kind === "folder" ? readInto(files.previous.path, `${prefix}previous/`, options, issues, false) : null;
  issues.push(...small.issues.previousScores);
  issues.push(...files.waveIssues);
  const sources = files.waves.map(({label, path}) => {
    const waveIssues: BundleIssue[] = [];
    const value = readInto(path, `${prefix}waves/${label}/`, options, waveIssues, false);
    issues.push(...waveIssues);
    return {label, prefix: `${prefix}waves/${label}/`, value};
  });
  let waves: Wave[] = [];
  let latest = previous;
  if (sources.every((s) => s.value) && (sources.length || previous)) {
    const read = sources.map((s) => ({...s, definition: s.value!.definition, value: s.value!}));
    const before = previous ? {label: previousLabel(previous.definition), prefix: `${prefix}previous/`, definition: previous.definition, value: previous} : null;
    const arranged = arrangeWaves(definition, read, before);
    issues.push(...arranged.issues);
    waves = arranged.ordered.map(({label, value}) => ({label, bundle: {...value, definition: trendDefinition(definition, value.definition, label)}}));
    latest = arranged.ordered.at(-1)?.value ?? null;
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
    benchmarks: small.benchmarks,
    previous: latest,
    previousScores: small.previousScores,
    waves
  };
}

/**
 * A bundle and every earlier survey it holds — the previous survey, then the other waves, oldest
 * first — each once, for the row accounting of every responses file read.
 *
 * @example
 * surveysOf(readBundle("data/voorbeeld")).map((b) => b.accounting.file) // ["responses.csv", "waves/2023/responses.csv", "waves/2021/responses.csv"]
 */
export function surveysOf(bundle: Bundle): Bundle[] {
  const all = [bundle, ...(bundle.previous ? [bundle.previous] : []), ...bundle.waves.map((w) => w.bundle)];
  return all.filter((b, i) => all.findIndex((other) => other.accounting === b.accounting) === i);
}
