/**
 * The database engine: reads a survey bundle whose responses may not fit in memory, aggregating
 * them in DuckDB, out of core, into exactly the numbers the in-memory engine computes.
 */
import {existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync} from "node:fs";
import {tmpdir} from "node:os";
import {join, resolve} from "node:path";
import {BundleError, summarizeIssues, type BundleIssue} from "../bundle/BundleError.ts";
import {bundleFiles, usesParquet, type BundleFiles} from "../bundle/bundleFiles.ts";
import {buildGroups, populationIssues, type GroupNode} from "../bundle/groups.ts";
import {readBundle, type Bundle, type ReadBundleOptions, type Wave} from "../bundle/readBundle.ts";
import {arrangeWaves, previousLabel, sameModules, trendDefinition} from "../bundle/waves.ts";
import type {RejectedRow} from "../bundle/readResponses.ts";
import {readSmallFiles, type SmallFiles} from "../bundle/readSmallFiles.ts";
import type {SurveyDefinition} from "../bundle/readSurvey.ts";
import {emptyAnswerColumn, type GroupColumn, type ResponseTable} from "../bundle/ResponseTable.ts";
import {resolveSettings} from "../scoring/resolveSettings.ts";
import type {ScoringContext} from "../scoring/ScoringContext.ts";
import type {SetAggregates} from "../scoring/SetAggregates.ts";
import {auditContributors, auditStructure, contributorsKey, type CellCounts} from "../scoring/cellCounts.ts";
import {shownGroups} from "../scoring/disclose.ts";
import type {ResolvedSettings, RowAccounting} from "../scoring/types.ts";
import {aggregateInDatabase, contributorCondition, precomputedAggregator, type Combination, type SetToAggregate} from "./aggregateInDatabase.ts";
import {countIf, Database, literal, type DatabaseOptions} from "./dialect.ts";
import {Fallback, loadResponses, type LoadedResponses} from "./loadResponses.ts";
import {accountingSql, combinationsSql, setAsideSql} from "./sql.ts";

export interface ReadBundleInDatabaseOptions extends ReadBundleOptions, DatabaseOptions {
  /**
   * The settings the bundle will be scored with (default: its survey's own). The aggregates are
   * computed for them beforehand, so scoring with other settings throws.
   */
  settings?: ResolvedSettings;
  /** Told why, when the bundle is read by the JS reader instead. */
  onFallback?: (reason: string) => void;
}

/**
 * Reads a survey bundle like {@link readBundle}, but aggregates its responses in DuckDB: the
 * small files (survey.yaml, population.csv, benchmarks.csv, previous.csv) are read by the JS
 * readers; responses.csv, or responses.parquet, is loaded into a temporary file-backed database
 * that spills to disk beyond its `memory_limit`, so the rows never have to fit in memory. The
 * aggregates of the organisation and of every group that will be shown are computed there in SQL
 * (`sql.ts`), but for the closed questions' answer counts, the module totals and Cronbach's α,
 * which JS adds from the rows streamed once in file order (`scoredRows.ts`); the returned bundle's
 * `aggregate` hands them to {@link scoreReport}, which scores them exactly as it scores the
 * in-memory engine's: the report model is the same. Its
 * `table` holds only the columns' descriptions (empty arrays) and its groups no row lists. The
 * previous survey (`previous/`) is read the same way. The database is deleted before returning.
 *
 * Whenever the bundle has a defect — an unknown answer, a duplicate or missing id, a bad weight, a
 * group without its parent, a group absent from population.csv, a row with the wrong number of
 * fields, a file that is not UTF-8, … — or DuckDB might read a cell otherwise than the JS reader
 * (a quoted line break, a blank line between rows, a cell of unusual white space), the bundle is
 * read by the JS reader ({@link readBundle}) instead, which reports every defect with file, line
 * and column exactly as `--engine js` does. `onFallback` is told why. A Parquet bundle is then
 * converted to CSV first, and the messages name responses.parquet, counting its header as line 1.
 *
 * The closed questions' tallies, the module totals and α's sums are added by the in-memory
 * engine's kernels in its order, weights and all; what SQL sums (a number question's moments, a
 * multi question's choices, a study's drivers' sums, …) is added in another order, so with weights
 * those may differ from the JS engine's in the last bits; counts, and sums of scores such as 0,
 * 2.5, 7.5 or 0/1, are exact in both. The rows set aside (`rejected`, for
 * `--rejects`) keep their fields up to the header's width: empty fields after the last column,
 * which both readers accept, are not kept.
 *
 * @example
 * const report = scoreReport(await readBundleInDatabase("bench/.out/fevs-1000000"));
 */
export async function readBundleInDatabase(dir: string, options: ReadBundleInDatabaseOptions = {}): Promise<Bundle> {
  try {
    return await readWithDatabase(dir, options);
  } catch (error) {
    if (!(error instanceof Fallback)) throw error;
    options.onFallback?.(error.message);
    return readWithJs(dir, options);
  }
}

/** The small files of a bundle, read and checked by the JS readers, and its previous survey's. */
interface CheckedFiles {
  files: BundleFiles;
  definition: SurveyDefinition;
  small: SmallFiles;
  previous: CheckedFiles | null;
  /** The folders of waves/, in the order of their names. */
  waves: {label: string; checked: CheckedFiles}[];
}

async function readWithDatabase(dir: string, options: ReadBundleInDatabaseOptions): Promise<Bundle> {
  const files = readSmallFilesChecked(dir, "", true);
  const settings = options.settings ?? resolveSettings(files.definition.survey.settings);
  const db = await Database.open(options);
  try {
    // The earlier waves, checked and ordered as readBundle does; the latest is the previous survey.
    const sources = files.waves.map(({label, checked}) => ({label, prefix: `waves/${label}/`, definition: checked.definition, value: checked}));
    const before = files.previous ? {label: previousLabel(files.previous.definition), prefix: "previous/", definition: files.previous.definition, value: files.previous} : null;
    const arranged = arrangeWaves(files.definition, sources, before);
    if (arranged.issues.length) throw new Fallback(summarizeIssues(arranged.issues));
    const latest = arranged.ordered.at(-1)?.value ?? null;
    const previous = latest ? await readResponsesInto(db, "prev", latest, settings, null) : null;
    const waves: Wave[] = [];
    for (const [i, {label, definition, value}] of arranged.ordered.entries()) {
      // A wave is aggregated for the modules of its trends; the previous survey's aggregates serve when they are the same.
      const trend = trendDefinition(files.definition, definition, label);
      const reuse = value === latest && previous && sameModules(trend, definition);
      waves.push({label, bundle: reuse ? {...previous, definition: trend} : await readResponsesInto(db, `w${i}`, {...value, definition: trend}, settings, null)});
    }
    return {...(await readResponsesInto(db, "cur", files, settings, previous)), waves};
  } finally {
    db.close();
  }
}

/**
 * Finds the bundle's files and reads the small ones, as readBundle does (`bundleFiles.ts`,
 * `readSmallFiles.ts`); any issue at all throws a {@link Fallback}.
 */
function readSmallFilesChecked(dir: string, prefix: string, withPrevious: boolean): CheckedFiles {
  const fail = (issues: BundleIssue[]) => {
    if (issues.length) throw new Fallback(summarizeIssues(issues));
  };
  const {files, issues} = bundleFiles(dir, prefix, withPrevious);
  if (!files) throw new Fallback(summarizeIssues(issues));
  const small = readSmallFiles(files);
  fail(small.issues.survey);
  fail(small.issues.population);
  fail(small.issues.benchmarks);
  fail(files.previousIssue ? [files.previousIssue] : []);
  const previous = files.previous?.kind === "folder" ? readSmallFilesChecked(files.previous.path, `${prefix}previous/`, false) : null;
  fail(small.issues.previousScores);
  fail(files.waveIssues);
  const waves = files.waves.map(({label, path}) => ({label, checked: readSmallFilesChecked(path, `${prefix}waves/${label}/`, false)}));
  return {files, definition: small.definition!, small, previous, waves};
}

/** Loads one bundle's responses, aggregates every set that will be shown, and returns the bundle. */
async function readResponsesInto(db: Database, prefix: string, checked: CheckedFiles, settings: ResolvedSettings, previous: Bundle | null): Promise<Bundle> {
  const {definition, files} = checked;
  const {survey} = definition;
  const loaded = await loadResponses(db, prefix, resolve(files.responses.path), files.responses.kind, files.responses.label, definition);
  const minAnswers = survey.settings.minAnswers;

  // Rows read, accepted and set aside, the reasons in the order they first occur.
  const reasons = (await db.rows(accountingSql(loaded.layout, minAnswers))).sort((a, b) => Number(a.first_row) - Number(b.first_row));
  const accounting: RowAccounting = {file: files.responses.label, read: loaded.read, accepted: 0, setAside: 0, reasons: {}};
  for (const {reason, rows_count} of reasons) {
    if (reason === "") accounting.accepted = Number(rows_count);
    else {
      accounting.setAside += Number(rows_count);
      accounting.reasons[String(reason)] = Number(rows_count);
    }
  }
  if (accounting.setAside) await loaded.keepFields();
  // Every row scored: the view of the scored rows without the filter every aggregation query would evaluate again.
  else await db.run(`CREATE OR REPLACE VIEW ${loaded.layout.prefix}_accepted AS SELECT * FROM ${loaded.layout.prefix}_rows`);
  const rejected: RejectedRow[] = accounting.setAside
    ? (await db.rows(setAsideSql(loaded.layout, minAnswers))).map((r) => ({line: loaded.lineOf(Number(r.row)), fields: r.fields as string[], reason: String(r.reason), issues: []}))
    : [];

  return {...(await aggregateResponses(db, loaded, checked, settings, accounting.accepted)), accounting, rejected, previous};
}

/**
 * Finds the combinations of group values among the scored rows, builds the groups from them and
 * aggregates every set that will be shown (`accepted` rows): the bundle but for its accounting,
 * rows set aside and previous survey.
 */
async function aggregateResponses(
  db: Database,
  loaded: LoadedResponses,
  checked: CheckedFiles,
  settings: ResolvedSettings,
  accepted: number
): Promise<Omit<Bundle, "accounting" | "rejected" | "previous">> {
  const {definition, files, small} = checked;
  const {population} = small;
  const {survey} = definition;
  // The combinations of group values, in order of first appearance: buildGroups makes the groups
  // from them (one row per combination) exactly as it makes them from the rows. They are the
  // cells of the disclosure audit, counted for every kind of contributor in the same query.
  // The questions' columns described, without any rows.
  const answers = new Map(survey.questions.map((question) => [question.id, emptyAnswerColumn(question, definition.codecs.get(question.scale)!, 0)]));
  const described: ResponseTable = {n: 0, weights: null, groups: new Map(), answers};
  const contributors = auditContributors({definition, table: described});
  // Each distinct condition counted once: a question without a don't-know option has the same valid and answered rows.
  const conditions = contributors.map((c) => contributorCondition({table: described}, c));
  const distinctConditions = [...new Set(conditions)];
  const combinationRows = {columns: (await db.numberColumns(combinationsSql(loaded.layout, distinctConditions, countIf))) as number[][]};
  const count = combinationRows.columns[0]?.length ?? 0;
  const keys = loaded.layout.key.length;
  const groupCount = survey.groups.length;
  const combinations: Combination[] = Array.from({length: count}, (_, c) => ({
    key: loaded.layout.key.map((_, i) => combinationRows.columns[i][c] as number),
    groups: survey.groups.map((_, v) => combinationRows.columns[keys + v][c] as number),
    respondents: combinationRows.columns[keys + groupCount + 1][c] as number
  }));
  const firstRow = (c: number) => combinationRows.columns[keys + groupCount][c] as number;
  const groupColumns = new Map<string, GroupColumn>();
  const combinationCodes = survey.groups.map((group, v) => {
    const column: GroupColumn = {variable: group.id, values: [], firstLines: [], codes: new Int32Array(0)};
    groupColumns.set(group.id, column);
    const codeOf = new Map<number, number>();
    return Int32Array.from(combinations, (combination, c) => {
      const g = combination.groups[v];
      if (g < 0) return -1;
      let code = codeOf.get(g);
      if (code === undefined) {
        codeOf.set(g, (code = column.values.length));
        column.values.push(loaded.groupValues[v][g]);
        column.firstLines.push(loaded.lineOf(firstRow(c)));
      }
      return code;
    });
  });
  const byCombination: ResponseTable = {
    n: count,
    weights: null,
    groups: new Map(survey.groups.map((group, v) => [group.id, {...groupColumns.get(group.id)!, codes: combinationCodes[v]}])),
    answers: new Map()
  };
  const nodes = buildGroups(survey, byCombination, population);
  // One array per distinct condition, which the kinds of contributor with that condition share (the audit only reads them).
  const counted = distinctConditions.map((_, i) => Float64Array.from(combinationRows.columns[keys + groupCount + 2 + i] as number[]));
  const cells: CellCounts = {
    structure: auditStructure(count, nodes, (node) => node.rows),
    counts: new Map(contributors.map((c, i) => [contributorsKey(c), counted[distinctConditions.indexOf(conditions[i])]]))
  };
  const combinationsOf = new Map<string, number[]>();
  for (const node of nodes) {
    combinationsOf.set(node.id, Array.from(node.rows));
    node.size = Array.from(node.rows).reduce((sum, c) => sum + combinations[c].respondents, 0);
    node.rows = new Int32Array(0);
  }

  const table: ResponseTable = {
    n: accepted,
    weights: survey.weight ? new Float64Array(0) : null,
    groups: groupColumns,
    answers
  };
  if (population) {
    const issues = populationIssues(survey, table, nodes, population, {responses: files.responses.label, population: `${files.prefix}population.csv`});
    if (issues.length) throw new Fallback(summarizeIssues(issues));
  }

  // Only the groups that will be shown are aggregated, as scoreReport asks.
  const visible = shownGroups(nodes, cells, settings.minGroupSize);
  const shown = nodes.filter((_, i) => visible[i]);
  const sets: SetToAggregate[] = [
    {key: "organisation", family: "", size: table.n, combinations: combinations.map((_, c) => c)},
    ...shown.map((node) => ({key: node.id, family: node.variable, size: node.size, combinations: combinationsOf.get(node.id)!}))
  ];
  const context: ScoringContext = {definition, table, settings};
  const aggregates = await aggregateInDatabase(db, loaded, context, combinations, sets);
  const [organisation, ...groups] = aggregates;
  const byId = new Map<string, SetAggregates>(shown.map((node, i) => [node.id, groups[i]]));

  return {
    dir: files.dir,
    definition,
    table,
    aggregate: precomputedAggregator(organisation, byId, settings, cells),
    header: loaded.header,
    population,
    groups: nodes as GroupNode[],
    benchmarks: small.benchmarks,
    previousScores: small.previousScores,
    waves: []
  };
}

// ---------------------------------------------------------------------------------------------
// The JS reader, for bundles with defects

/**
 * Reads the bundle with the JS reader. A bundle with responses.parquet (or a previous/ with one)
 * is first copied as CSV into a temporary folder (the other files linked), and the messages are
 * put back in terms of responses.parquet.
 */
async function readWithJs(dir: string, options: ReadBundleInDatabaseOptions): Promise<Bundle> {
  if (!usesParquet(dir)) return readBundle(dir, options);
  const mirror = mkdtempSync(join(tmpdir(), "peiling-parquet-"));
  const db = await Database.open(options);
  try {
    await mirrorAsCsv(db, dir, mirror);
    let bundle: Bundle;
    try {
      bundle = readBundle(mirror, options);
    } catch (error) {
      if (!(error instanceof BundleError)) throw error;
      throw new BundleError(error.issues.map((issue) => ({...issue, file: issue.file.replace(/responses\.csv$/, "responses.parquet")})));
    }
    const all = new Set([bundle, ...(bundle.previous ? [bundle.previous] : []), ...bundle.waves.map((w) => w.bundle)]);
    for (const b of all) {
      b.accounting.file = b.accounting.file.replace(/responses\.csv$/, "responses.parquet");
      b.dir = dir + b.dir.slice(mirror.length);
    }
    return bundle;
  } finally {
    db.close();
    rmSync(mirror, {recursive: true, force: true});
  }
}

/** The bundle in `dir` as a bundle in `mirror`: responses.parquet written as responses.csv, everything else linked. */
async function mirrorAsCsv(db: Database, dir: string, mirror: string): Promise<void> {
  for (const entry of readdirSync(dir)) {
    const from = resolve(dir, entry);
    if (entry === "responses.parquet" && !existsSync(join(dir, "responses.csv"))) {
      await db.run(`COPY (SELECT * FROM read_parquet(${literal(from)})) TO ${literal(join(mirror, "responses.csv"))} (HEADER, DELIMITER ',')`);
    } else if ((entry === "previous" || entry === "waves" || dir.endsWith("/waves")) && statSync(from).isDirectory()) {
      mkdirSync(join(mirror, entry));
      await mirrorAsCsv(db, from, join(mirror, entry));
    } else symlinkSync(from, join(mirror, entry));
  }
}
