import {readFileSync} from "node:fs";
import {extname, join} from "node:path";
import {beforeAll, describe, expect, it} from "vitest";
import {readBundle, scoreReport} from "../../scoring/index.ts";
import {resolveSettings} from "../../scoring/resolveSettings.ts";
import {aggregateSets} from "../../scoring/aggregate.ts";
import {scoreSet} from "../../scoring/scoreSet.ts";
import {exampleBundle} from "../../site/paths.ts";
import {exampleSite} from "./harness.ts";
import {suppressedFields, walk} from "./suppressedFields.ts";

/**
 * The built example site (globalSetup builds it) is scanned file by file for what must never reach
 * it: respondent ids, respondent-level rows, raw comments, and any score of a suppressed group.
 */

const TEXT = new Set([".html", ".js", ".json", ".css", ".csv", ".txt", ".svg", ".md", ""]);
let files: {path: string; text: string}[] = [];
/** Every run of id-like characters in the site, to look ids up quickly. */
let tokens = new Set<string>();

beforeAll(() => {
  files = walk(exampleSite)
    .filter((path) => TEXT.has(extname(path)))
    .map((path) => ({path, text: readFileSync(path, "utf8")}));
  tokens = new Set(files.flatMap((f) => f.text.split(/[^\w.-]+/)));
});

/** The files in which `needle` occurs. */
const containing = (needle: string) => files.filter((f) => f.text.includes(needle)).map((f) => f.path);

describe("the built example site", () => {
  const bundle = readBundle(exampleBundle);

  it("has files to scan, report data among them", () => {
    expect(files.some((f) => f.path.includes("/_file/"))).toBe(true);
    expect(files.length).toBeGreaterThan(5);
  });

  it("contains no respondent id and no copy of the responses", () => {
    for (const dir of [exampleBundle, join(exampleBundle, "waves/2023"), join(exampleBundle, "waves/2021")]) {
      const csv = readFileSync(join(dir, "responses.csv"), "utf8").trim().split("\n");
      const ids = csv.slice(1).map((line) => line.split(",")[0]);
      expect(ids.length).toBeGreaterThan(800);
      expect(ids.filter((id) => (/^[\w.-]+$/.test(id) ? tokens.has(id) : containing(id).length > 0))).toEqual([]);
      // A respondent-level row: the header of responses.csv.
      expect(containing(csv[0])).toEqual([]);
    }
  });

  it("contains no raw comment (the example does not opt in to publishing them)", () => {
    expect(bundle.definition.survey.settings.publishComments).toBe(false);
    const comments = [...bundle.table.answers.values()].flatMap((column) => (column.kind === "text" ? column.texts.filter((t): t is string => t !== undefined && t.length >= 25) : []));
    expect(comments.length).toBeGreaterThan(100);
    expect([...new Set(comments)].filter((c) => containing(c).length > 0)).toEqual([]);
  });

  it("contains no score of a suppressed group", () => {
    const report = scoreReport(bundle);
    const hidden = bundle.groups.filter((node) => report.groups.find((g) => g.id === node.id)!.suppressed);
    expect(hidden.length).toBeGreaterThan(0);
    // Score each suppressed group as if it were shown, and look for those exact numbers.
    const context = {definition: bundle.definition, table: bundle.table, settings: {...resolveSettings(bundle.definition.survey.settings), minGroupSize: 1}};
    // Numbers the report legitimately shows elsewhere (a small group's 35/6 may be another group's too) prove nothing.
    const shown = new Set<string>();
    JSON.stringify(report, (_, value) => (typeof value === "number" && shown.add(String(value)), value));
    const revealing: string[] = [];
    for (const node of hidden) {
      const ofRow = new Int32Array(bundle.table.n).fill(-1);
      node.rows.forEach((r) => (ofRow[r] = 0));
      const [[aggregates]] = aggregateSets(context, [{keys: [node.id], ofRow}]);
      const scores = scoreSet(context, {key: node.id, invited: node.invited, design: {respondents: node.size, fraction: 0}, withheld: new Set<string>()}, aggregates);
      const values = [...scores.questions.map((q) => q.score), ...scores.modules.map((m) => m.score), scores.enps?.score ?? null];
      // Only numbers precise enough not to coincide with another score by chance.
      for (const value of values) if (value !== null && /\.\d{6,}/.test(String(value)) && !shown.has(String(value))) revealing.push(String(value));
    }
    expect(revealing.length).toBeGreaterThan(20);
    expect(revealing.filter((value) => containing(value).length > 0)).toEqual([]);
  });

  it("gives suppressed groups no fields but their identity wherever report data lists them", () => {
    expect(suppressedFields(files)).toEqual([]);
  });
});
