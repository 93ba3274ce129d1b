import {afterEach, describe, expect, it} from "vitest";
import {auditContributors, auditStructure, cellCountsInMemory, contributorsKey} from "../../scoring/cellCounts.ts";
import {readBundle} from "../../scoring/index.ts";
import {responsesCsv, SURVEY_YAML, writeBundle, type Row} from "../helpers/bundle.ts";

/** 600 rows over departments and teams (some without), with blanks, "don't know", choices and comments. */
const ROWS: Row[] = Array.from({length: 600}, (_, i) => ({
  id: `r${i}`,
  afdeling: i % 11 === 0 ? "" : ["A", "B", "C"][i % 3],
  team: i % 4 === 0 || i % 11 === 0 ? "" : `T${i % 5}`,
  bev1: i % 7 === 0 ? "" : String(1 + ((i * 7) % 5)),
  bev2: i % 6 === 0 ? "9" : i % 13 === 0 ? "" : String(1 + ((i * 3) % 5)),
  wd1: i % 9 === 0 ? "Weet niet/geen ervaring" : String(1 + (i % 5)),
  enps: i % 8 === 0 ? "" : String(i % 11),
  trots: i % 3 === 0 ? "" : "Collega's",
  toelichting: i % 10 === 0 ? "Meer overleg" : ""
}));

/** Per cell (rows alike on every grouping variable), the rows that count, by brute force. */
function bruteForce(bundle: ReturnType<typeof readBundle>, cellOfRow: (r: number) => number, cells: number, counts: (r: number) => boolean): number[] {
  const out = new Array<number>(cells).fill(0);
  for (let r = 0; r < bundle.table.n; ++r) if (counts(r)) ++out[cellOfRow(r)];
  return out;
}

describe("cellCountsInMemory(context, groups)", () => {
  afterEach(() => {
    delete process.env.PEILING_THREADS;
  });

  it("cellCountsInMemory counts every kind of contributor per cell as row by row does, on one thread and on two", () => {
    const bundle = readBundle(writeBundle({"survey.yaml": SURVEY_YAML, "responses.csv": responsesCsv(ROWS)}));
    const context = {definition: bundle.definition, table: bundle.table};
    process.env.PEILING_THREADS = "1";
    const one = cellCountsInMemory(context, bundle.groups);
    process.env.PEILING_THREADS = "2";
    const two = cellCountsInMemory(context, bundle.groups);
    expect(two).toEqual(one);
    expect([...two.counts.keys()]).toEqual([...new Set(auditContributors(context).map(contributorsKey))]);

    // Each row's cell: the cell whose key (department code, team code) it shares with the first row in that cell.
    const {table} = bundle;
    const keyOf = (r: number) => [...table.groups.values()].map((g) => g.codes[r]).join(",");
    const cellOfKey = new Map<string, number>();
    const respondents = one.counts.get("respondents")!;
    // Cells are numbered by first appearance, as the counts' order shows.
    for (let r = 0; r < table.n; ++r) if (!cellOfKey.has(keyOf(r))) cellOfKey.set(keyOf(r), cellOfKey.size);
    const cells = cellOfKey.size;
    expect(one.structure.cells).toBe(cells);
    // Each group is made of the cells of its rows.
    expect(one.structure).toEqual(auditStructure(cells, bundle.groups, (node) => Array.from(node.rows, (r) => cellOfKey.get(keyOf(r))!)));
    expect(one.structure.sets.length).toBe(bundle.groups.length + 1);
    expect(bundle.groups.some((node) => node.variable === "team")).toBe(true);
    const cellOf = (r: number) => cellOfKey.get(keyOf(r))!;
    expect([...respondents]).toEqual(bruteForce(bundle, cellOf, cells, () => true));
    const codes = (q: string) => {
      const column = table.answers.get(q)!;
      if (column.kind !== "codes") throw new Error(q);
      return column;
    };
    for (const q of ["bev1", "bev2", "wd1", "enps"]) {
      const column = codes(q);
      const missing = column.codec.options.map((o) => o.missing === true);
      expect([...one.counts.get(`answered:${q}`)!]).toEqual(bruteForce(bundle, cellOf, cells, (r) => column.codes[r] >= 0));
      expect([...one.counts.get(`valid:${q}`)!]).toEqual(bruteForce(bundle, cellOf, cells, (r) => column.codes[r] >= 0 && !missing[column.codes[r]]));
    }
    const bev = ["bev1", "bev2"].map(codes);
    const validBev = (r: number) => bev.some((c) => c.codes[r] >= 0 && !c.codec.options[c.codes[r]].missing);
    expect([...one.counts.get("module:bevlogenheid")!]).toEqual(bruteForce(bundle, cellOf, cells, validBev));
    // "don't know" counts as answered, not as valid.
    expect(one.counts.get("answered:wd1")!.reduce((a, b) => a + b)).toBeGreaterThan(one.counts.get("valid:wd1")!.reduce((a, b) => a + b));
  });
});
