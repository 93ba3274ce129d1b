/**
 * The bench's correctness check on a small FEVS bundle (20,000 real respondents, five agencies):
 * Peiling's weighted percent positive, mean and n per question, for the organisation and every
 * group, agree with DuckDB's to 1e-9; and the check itself catches a wrong number, a missing
 * group and an unjustified suppression. Skipped when ../shared/data/fevs2018 is not there.
 */
import {existsSync, mkdtempSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {compareWithReference, type ReportModel} from "../../bench/compare.ts";
import {duckdbAggregates, type Aggregates} from "../../bench/duckdbAggregates.ts";
import {fevsBundle, sourceFile} from "../../bench/fevsBundle.ts";
import {scoreBundle} from "../../scoring/index.ts";

describe.skipIf(!existsSync(sourceFile))("FEVS bundle: Peiling against DuckDB", () => {
  let dir: string;
  let report: ReportModel;
  let reference: Aggregates;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "peiling-fevs-"));
    await fevsBundle({size: 20_000, dir: join(dir, "bundle")});
    report = (await scoreBundle(join(dir, "bundle"))) as unknown as ReportModel;
    reference = await duckdbAggregates(join(dir, "bundle", "responses.csv"));
  }, 120_000);
  afterAll(() => rmSync(dir, {recursive: true, force: true}));

  const copy = () => structuredClone(report);

  test("the same numbers for the organisation and every group", () => {
    const check = compareWithReference(report, reference, 1e-9);
    expect(check.messages).toEqual([]);
    expect(check.ok).toBe(true);
    // Organisation, 5 agencies, their sub-agencies and 12 demographic groups.
    expect(check.groups).toBeGreaterThan(30);
    expect(check.values).toBeGreaterThan(check.groups * (71 * 3 + 4) * 0.9);
  });

  test("a score off by 1e-6 is a mismatch", () => {
    const changed = copy();
    const group = changed.groups.find((g) => !g.suppressed && g.id.includes("|"))!;
    group.questions![10].positive! += 1e-6;
    const check = compareWithReference(changed, reference, 1e-9);
    expect(check.ok).toBe(false);
    expect(check.messages[0]).toMatch(new RegExp(`^group ${group.id.replace(/[|]/g, "\\|")} Q11: positive`));
  });

  test("an index that is not the mean of its items' shares is a mismatch", () => {
    const changed = copy();
    changed.modules.find((m) => m.id === "supervisors")!.score! += 1e-6;
    expect(compareWithReference(changed, reference, 1e-9).messages).toEqual([expect.stringMatching(/^organisation supervisors: index = /)]);
  });

  test("a group missing from the report, or suppressed yet carrying a count, is a mismatch", () => {
    const missing = copy();
    const removed = missing.groups.splice(1, 1)[0];
    expect(compareWithReference(missing, reference, 1e-9).messages).toContainEqual(expect.stringContaining(`group ${removed.id}: found by DuckDB`));

    const suppressed = copy();
    const large = suppressed.groups.find((g) => !g.suppressed)!;
    Object.assign(large, {suppressed: true, questions: undefined});
    expect(compareWithReference(suppressed, reference, 1e-9).messages).toContainEqual(expect.stringContaining(`group ${large.id}: suppressed, yet carries a count`));
  });
});
