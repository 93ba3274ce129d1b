/**
 * R as the reference for trends: on the example with its waves 2021 and 2023, R reads each wave's
 * responses.csv, computes every likert question's score and standard error with svymean (fpc the
 * organisation's headcount), and fits the linear trend with glm (rTrends.R). Estimates and standard
 * errors agree to 1e-9 relative, p-values to 1e-6 absolute (the normal tail is jStat's in Peiling).
 * The suite fails, not skips, when Rscript is missing.
 */
import {execFileSync} from "node:child_process";
import {join} from "node:path";
import {beforeAll, describe, expect, it} from "vitest";
import {readBundle, scoreReport, type Report} from "../../scoring/index.ts";

const RSCRIPT = process.env.RSCRIPT ?? "Rscript";
const example = join(import.meta.dirname, "../../data/voorbeeld");

describe("the example's trends against R's survey package and glm", () => {
  let report: Report;
  let r: Map<string, number>;
  beforeAll(() => {
    const bundle = readBundle(example);
    report = scoreReport(bundle);
    const {survey} = bundle.definition;
    const reversed = survey.questions.filter((q) => q.reverse).map((q) => q.id);
    const waves = bundle.waves.map((w) => {
      const renames = survey.questions.flatMap((q) => (q.formerly?.[w.label] ? [`${q.id}=${q.formerly[w.label]}`] : []));
      return `${w.label}|${w.bundle.dir}|${w.bundle.definition.survey.period.start}|${renames.join(";")}`;
    });
    const output = execFileSync(RSCRIPT, [join(import.meta.dirname, "rTrends.R"), reversed.join(","), ...waves, `current|${example}|${survey.period.start}|`], {encoding: "utf8"});
    r = new Map(output.trim().split("\n").map((line) => {
      const [wave, item, stat, value] = line.split("\t");
      return [`${wave}|${item}|${stat}`, Number(value)];
    }));
  }, 120_000);

  const relative = (a: number, b: number) => Math.abs(a - b) / Math.max(1e-12, Math.abs(b));

  it("every likert question's point in every wave has R's estimate and standard error", () => {
    const likert = report.trends!.filter((t) => t.groupId === null && t.kind === "question" && report.survey.questions.find((q) => q.id === t.item)!.type === "likert");
    let compared = 0;
    for (const trend of likert) {
      for (const point of trend.points) {
        const estimate = r.get(`${point.wave}|${trend.item}|estimate`);
        if (estimate === undefined) {
          expect(point.score, `${trend.item} in ${point.wave}`).toBeNull();
          continue;
        }
        expect(relative(point.score!, estimate), `${trend.item} in ${point.wave}`).toBeLessThan(1e-9);
        expect(relative(point.se!, r.get(`${point.wave}|${trend.item}|se`)!), `${trend.item} in ${point.wave}`).toBeLessThan(1e-9);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(150);
  });

  it("every likert question's linear trend has glm's slope, standard error and z-test p-value", () => {
    const fitted = report.trends!.filter((t) => t.groupId === null && t.kind === "question" && r.has(`linear|${t.item}|slope`));
    expect(fitted.length).toBeGreaterThan(50);
    for (const trend of fitted) {
      expect(relative(trend.linear!.slope, r.get(`linear|${trend.item}|slope`)!), trend.item).toBeLessThan(1e-9);
      expect(relative(trend.linear!.se, r.get(`linear|${trend.item}|se`)!), trend.item).toBeLessThan(1e-9);
      expect(Math.abs(trend.linear!.pValue - r.get(`linear|${trend.item}|p`)!), trend.item).toBeLessThan(1e-6);
    }
  });
});
