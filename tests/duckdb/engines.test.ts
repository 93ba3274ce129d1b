/**
 * The two engines — in memory (readBundle) and in DuckDB (readBundleInDatabase) — give identical
 * report models, byte for byte as JSON: on the example bundle with its earlier waves, on a
 * generated bundle with a hierarchy, crossings and every kind of question, from CSV and from
 * Parquet, and on a sample of the real FEVS 2018 data with and without its weights. A study's
 * computed benchmarks, correlations, spread and key drivers' sums are added in SQL in another
 * order than in memory, so the agencies' study agrees to within 1e-9 relative, with every
 * non-numeric field identical.
 */
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {fevsBundle, sourceFile} from "../../bench/fevsBundle.ts";
import {readBundle, scoreReport, type Bundle} from "../../scoring/index.ts";
import {Database, literal} from "../../duckdb/dialect.ts";
import {readBundleInDatabase} from "../../duckdb/readBundleInDatabase.ts";
import {writeBundle} from "../helpers/bundle.ts";
import {compareModels} from "./compareModels.ts";
import {generatedBundle} from "./generated.ts";

const model = (bundle: Bundle) => JSON.stringify(scoreReport(bundle));

/** Both engines' bundles, and the reasons the DuckDB engine gave for leaving a bundle to the JS reader. */
async function readBoth(dir: string) {
  const fallbacks: string[] = [];
  const db = await readBundleInDatabase(dir, {onFallback: (reason) => fallbacks.push(reason)});
  return {js: readBundle(dir), db, fallbacks};
}

describe("the DuckDB engine gives the JS engine's report model", () => {
  test("data/voorbeeld, with its earlier waves (previous survey and trends), population and benchmarks", async () => {
    const {js, db, fallbacks} = await readBoth("data/voorbeeld");
    expect(fallbacks).toEqual([]);
    expect(db.table.answers.values().next().value).toMatchObject({kind: "codes"});
    expect(db.groups.every((node) => node.rows.length === 0)).toBe(true);
    expect(model(db)).toBe(model(js));
    // Every wave now carries the agenda's theme columns and the latest is read twice (its own modules,
    // and the current ones with the agenda): about 25 s alone, over a minute beside the whole suite.
  }, 180_000);

  test("a hierarchy, two crossings, every kind of question, answer spellings and rows set aside, with blocks (1,300 respondents)", async () => {
    const dir = writeBundle(generatedBundle({rows: 1300, previous: 600}));
    const {js, db, fallbacks} = await readBoth(dir);
    expect(fallbacks).toEqual([]);
    const report = scoreReport(js);
    const small = (g: (typeof report.groups)[number]) => js.groups.find((node) => node.id === g.id)!.size < report.survey.settings.minGroupSize;
    expect(report.groups.some((g) => g.suppressed && small(g)) && report.groups.some((g) => g.suppressed && !small(g))).toBe(true);
    expect(report.groups.some((g) => g.variable === "team×leeftijd" && !g.suppressed)).toBe(true);
    expect(Object.keys(js.accounting.reasons).length).toBe(3);
    expect(model(db)).toBe(JSON.stringify(report));
    // Every row set aside, with its line and fields, for --rejects.
    expect(db.rejected).toEqual(js.rejected);
    expect(db.previous!.rejected).toEqual(js.previous!.rejected);
    expect(db.header).toEqual(js.header);
    expect([...db.table.groups.values()].map(({codes: _, ...column}) => column)).toEqual([...js.table.groups.values()].map(({codes: _, ...column}) => column));
  });

  test("the mean of respondents' own means", async () => {
    const dir = writeBundle(generatedBundle({rows: 900, moduleScore: "mean-of-respondents", seed: 11}));
    const {js, db, fallbacks} = await readBoth(dir);
    expect(fallbacks).toEqual([]);
    expect(model(db)).toBe(model(js));
  });

  test("responses.parquet, with a numeric column, reads as the CSV it was written from", async () => {
    const csvDir = writeBundle(generatedBundle({rows: 400, seed: 3}));
    const parquetDir = writeBundle(generatedBundle({rows: 400, seed: 3}));
    rmSync(join(parquetDir, "responses.csv"));
    const database = await Database.open();
    try {
      const source = `read_csv(${literal(join(csvDir, "responses.csv"))}, header = true, all_varchar = true, auto_detect = true)`;
      await database.run(`COPY (SELECT * REPLACE (TRY_CAST(uren AS DOUBLE) AS uren) FROM ${source}) TO ${literal(join(parquetDir, "responses.parquet"))} (FORMAT parquet)`);
    } finally {
      database.close();
    }
    const fallbacks: string[] = [];
    const db = await readBundleInDatabase(parquetDir, {onFallback: (reason) => fallbacks.push(reason)});
    expect(fallbacks).toEqual([]);
    expect(db.accounting.file).toBe("responses.parquet");
    const expected = scoreReport(readBundle(csvDir));
    expected.accounting.file = "responses.parquet";
    expect(model(db)).toBe(JSON.stringify(expected));
  });
});

describe.skipIf(!existsSync(sourceFile))("a study across organisations: the FEVS 2018 agencies, 3,000 real respondents", () => {
  test("computed benchmarks, correlations, spread and the key drivers' sums: every number within 1e-9 relative, everything else identical", async () => {
    const dir = mkdtempSync(join(tmpdir(), "peiling-engines-study-"));
    try {
      await fevsBundle({size: 3000, every: 34, study: true, dir});
      // Agencies only, as in tests/scoring/study.test.ts: the audit of thinly spread sub-agencies is slow.
      const survey = readFileSync(join(dir, "survey.yaml"), "utf8");
      writeFileSync(join(dir, "survey.yaml"), survey.replace(/^groups:\n(  - .*\n|    .*\n)*/m, "groups:\n  - id: AGENCY\n    name: Agency\nignore: [LEVEL1, DSEX, DEDUC, DFEDTEN, DSUPER, DMINORITY]\n"));
      const {js, db, fallbacks} = await readBoth(dir);
      expect(fallbacks).toEqual([]);
      const expected = JSON.parse(model(js));
      expect(expected.analyses.drivers.length).toBe(6);
      const {differences, numbers} = compareModels(expected, JSON.parse(model(db)), 1e-9);
      expect(differences).toEqual([]);
      expect(numbers).toBeGreaterThan(10_000);
    } finally {
      rmSync(dir, {recursive: true, force: true});
    }
  }, 60_000);
});

describe.skipIf(!existsSync(sourceFile))("FEVS 2018, 20,000 real respondents", () => {
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "peiling-engines-"));
    await fevsBundle({size: 20_000, dir: join(dir, "weighted")});
    // The same rows without weights: the weight column ignored.
    const survey = readFileSync(join(dir, "weighted", "survey.yaml"), "utf8");
    expect(survey).toMatch(/^weight: POSTWT$/m);
    mkdirSync(join(dir, "unweighted"));
    writeFileSync(join(dir, "unweighted", "survey.yaml"), survey.replace(/^weight: POSTWT$/m, "ignore: [POSTWT]"));
    symlinkSync(join(dir, "weighted", "responses.csv"), join(dir, "unweighted", "responses.csv"));
  }, 60_000);
  afterAll(() => rmSync(dir, {recursive: true, force: true}));

  test("unweighted: identical", async () => {
    const {js, db, fallbacks} = await readBoth(join(dir, "unweighted"));
    expect(fallbacks).toEqual([]);
    expect(js.groups.length).toBeGreaterThan(50);
    expect(model(db)).toBe(model(js));
  });

  test("weighted: identical (the closed questions' Σw and Σw² added per cell of the same cell index, in the same order)", async () => {
    const {js, db, fallbacks} = await readBoth(join(dir, "weighted"));
    expect(fallbacks).toEqual([]);
    const expected = model(js);
    expect(compareModels(JSON.parse(expected), JSON.parse(model(db)), 0).numbers).toBeGreaterThan(100_000);
    expect(model(db)).toBe(expected);
  });
});
