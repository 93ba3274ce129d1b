import {describe, expect, it} from "vitest";
import {benjaminiHochberg} from "../../scoring/benjaminiHochberg.ts";
import {differenceLevel} from "../../scoring/differenceLevel.ts";
import {readBundle, scoreBundle, scoreReport} from "../../scoring/index.ts";
import {tTestPValue} from "../../scoring/probability.ts";
import {momentsOf} from "../../scoring/estimate.ts";
import {groupVersusRestTest, independentPValue} from "../../scoring/significance.ts";
import {responsesCsv, SURVEY_YAML, writeBundle, type Row} from "../helpers/bundle.ts";

describe("differenceLevel", () => {
  const thresholds = {min: 0.7, strong: 1.4};
  it("colours only significant differences larger than the thresholds", () => {
    expect(differenceLevel(0.9, true, thresholds)).toBe("relevant");
    expect(differenceLevel(-1.5, true, thresholds)).toBe("veryRelevant");
    expect(differenceLevel(2, false, thresholds)).toBe("none");
    expect(differenceLevel(0.5, true, thresholds)).toBe("none");
  });
  it("treats exactly the threshold as not larger, despite floating-point noise (7.4 − 6.7)", () => {
    expect(7.4 - 6.7).toBeGreaterThan(0.7);
    expect(differenceLevel(7.4 - 6.7, true, thresholds)).toBe("none");
  });
  it("applies only the practical threshold where no variance is known", () => {
    expect(differenceLevel(0.8, null, thresholds)).toBe("relevant");
  });
});

describe("significance tests", () => {
  it("independentPValue is Welch's t-test", () => {
    // x̄ 7.4 vs 7.2, SE .05 and .06, n 919 and 865.
    const t = 0.2 / Math.sqrt(0.05 ** 2 + 0.06 ** 2);
    const df = (0.05 ** 2 + 0.06 ** 2) ** 2 / (0.05 ** 4 / 918 + 0.06 ** 4 / 864);
    expect(independentPValue({score: 7.4, se: 0.05, n: 919}, {score: 7.2, se: 0.06, n: 865}, {normal: false})).toBeCloseTo(tTestPValue(t, df), 12);
    expect(independentPValue({score: 7.4, se: 0.05, n: 919}, {score: 7.2, se: null, n: null}, {normal: false})).toBeNull();
  });
  it("groupVersusRestTest tests the group against the rest, both domains of the whole's design, on m − 2 df", () => {
    // Group: 0, 5, 10 (mean 5); rest: 5, 10, 10, 10 (mean 8.75); 7 of 14 invited responded.
    const point = (x: number, count: number) => ({x, count, w: count, w2: count});
    const group = momentsOf([point(0, 1), point(5, 1), point(10, 1)]);
    const whole = momentsOf([point(0, 1), point(5, 2), point(10, 4)]);
    const factor = (1 - 7 / 14) * (7 / 6);
    const variance = factor * (50 / 9 + (3 * 1.25 ** 2 + 3.75 ** 2) / 16);
    const test = groupVersusRestTest({kind: "moments", moments: group}, {kind: "moments", moments: whole}, {respondents: 7, fraction: 0.5})!;
    expect(test.df).toBe(5);
    expect(test.pValue).toBeCloseTo(tTestPValue(-3.75 / Math.sqrt(variance), 5), 12);
  });
});

describe("benjaminiHochberg", () => {
  it("adjusts p-values to control the false discovery rate, leaving nulls out", () => {
    expect(benjaminiHochberg([0.01, 0.04, 0.03, null])).toEqual([0.03, 0.04, 0.04, null]);
    expect(benjaminiHochberg([])).toEqual([]);
    expect(benjaminiHochberg([0.5, 0.9])).toEqual([0.9, 0.9]);
  });
  it("benjaminiHochberg(pValues) ranks equal p-values in the order given, to the last bit of the definition", () => {
    // The definition: ranks by p-value, ties by position, then the running minimum of p·m/rank from the largest down.
    const byDefinition = (pValues: (number | null)[]) => {
      const ranked = pValues.flatMap((p, i) => (p === null || Number.isNaN(p) ? [] : [{p, i}])).sort((a, b) => a.p - b.p || a.i - b.i);
      const adjusted: (number | null)[] = pValues.map(() => null);
      let running = 1;
      for (let k = ranked.length - 1; k >= 0; --k) adjusted[ranked[k].i] = running = Math.min(running, (ranked[k].p * ranked.length) / (k + 1));
      return adjusted;
    };
    let state = 7;
    const random = () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let family = 0; family < 50; ++family) {
      const pValues = Array.from({length: 1 + Math.floor(random() * 300)}, () => {
        const u = random();
        return u < 0.1 ? null : u < 0.12 ? NaN : u < 0.3 ? Math.round(random() * 20) / 20 : u < 0.35 ? 0 : random() ** 3;
      });
      expect(benjaminiHochberg(pValues)).toEqual(byDefinition(pValues));
    }
    // m = 3: ranks 3 and 2 for the two 0.5s (0.5 and 0.75), rank 1 for 0.25 (0.75); the running minimum makes all 0.5.
    expect(benjaminiHochberg([0.5, null, 0.5, 0.25])).toEqual([0.5, null, 0.5, 0.5]);
  });
});

/** 60 respondents in two departments; department B scores lower on bev1. */
function rows(shift: number): Row[] {
  return Array.from({length: 60}, (_, i) => ({
    id: `r${i}`,
    afdeling: i < 30 ? "A" : "B",
    bev1: String(Math.min(5, Math.max(1, (i % 5) + 1 + (i < 30 ? shift : -shift)))),
    bev2: String(((i * 3) % 5) + 1),
    wd1: String(((i * 2) % 5) + 1),
    enps: String(i % 11)
  }));
}

describe("comparisons in the report model", () => {
  it("compares with the previous survey, each benchmark, and each group with the rest of the organisation", async () => {
    const previousSurvey = SURVEY_YAML.replace("  - {id: bev2, text: Ik heb zin in mijn werk, scale: eens5, module: bevlogenheid}\n", "");
    const previousCsv = responsesCsv(rows(0)).replace(/^(id,afdeling,team,bev1,)bev2,/, "$1").replace(/\n(r\d+,[AB]?,,\d),\d,/g, "\n$1,");
    const benchmarks = "benchmark,item,score,n,sd\nprovincies,bev1,4,,\nprovincies,werkdruk,5.5,,\nprovincies,bev2,4.9,1000,2.5\n";
    const dir = writeBundle({
      "survey.yaml": SURVEY_YAML,
      "responses.csv": responsesCsv(rows(1)),
      "benchmarks.csv": benchmarks,
      "previous/survey.yaml": previousSurvey,
      "previous/responses.csv": previousCsv
    });
    const report = await scoreBundle(dir);
    const find = (against: string, item: string, group: string | null = null) => report.comparisons.find((c) => c.against === against && c.item === item && c.group === group);
    const bev1 = report.questions.find((q) => q.id === "bev1")!;
    const previousBev1 = report.previous!.questions.find((q) => q.id === "bev1")!;
    expect(find("previous", "bev1")).toMatchObject({kind: "question", score: bev1.score, reference: previousBev1.score, difference: bev1.score! - previousBev1.score!});
    expect(find("previous", "bev1")!.pValue).toBeCloseTo(independentPValue({score: bev1.score!, se: bev1.se, n: bev1.n}, {score: previousBev1.score!, se: previousBev1.se, n: previousBev1.n}, {normal: false})!, 12);
    // bevlogenheid lost a core question since last time: its module score is not compared.
    expect(find("previous", "bevlogenheid")).toBeUndefined();
    expect(find("previous", "werkdruk")).toBeDefined();
    // The eNPS (−100..100) is compared as well as the mean of the question that shares its id.
    expect(report.comparisons.filter((c) => c.against === "previous" && c.item === "enps" && c.group === null).map((c) => c.kind)).toEqual(["question", "enps"]);
    // A benchmark score without n and sd: no p-value, the practical threshold alone.
    expect(find("provincies", "bev1")).toMatchObject({pValue: null, significant: null, reference: 4});
    expect(find("provincies", "bev1")!.level).toBe(Math.abs(bev1.score! - 4) > 1.4 ? "veryRelevant" : Math.abs(bev1.score! - 4) > 0.7 ? "relevant" : "none");
    expect(find("provincies", "bev2")!.pValue).not.toBeNull();
    // Each group against the organisation, with Benjamini–Hochberg over the cells of one heatmap:
    // every question of every group of a variable.
    const heatmap = report.comparisons.filter((c) => c.against === "organisation" && c.kind === "question");
    expect(heatmap.map((c) => c.adjustedPValue)).toEqual(benjaminiHochberg(heatmap.map((c) => c.pValue)));
    const groupComparisons = heatmap.filter((c) => c.item === "bev1");
    expect(groupComparisons.map((c) => c.group)).toEqual(["afdeling=A", "afdeling=B"]);
    expect(groupComparisons[0].difference).toBeGreaterThan(0);
    expect(groupComparisons[1].difference).toBeLessThan(0);
    expect(groupComparisons[1].level).not.toBe("none");
    // Groups are also compared with their own previous scores.
    expect(find("previous", "bev1", "afdeling=B")).toBeDefined();
  });

  it("comparing with the previous survey leaves a module's declared core in its declared order", () => {
    const survey = SURVEY_YAML.replace("  - {id: bevlogenheid, name: Bevlogenheid, description: De mate van bezieling in het werk.}", "  - {id: bevlogenheid, name: Bevlogenheid, core: [bev2, bev1]}");
    expect(survey).toContain("core: [bev2, bev1]");
    const bundle = readBundle(writeBundle({"survey.yaml": survey, "responses.csv": responsesCsv(rows(1)), "previous/survey.yaml": survey, "previous/responses.csv": responsesCsv(rows(0))}));
    const report = scoreReport(bundle);
    expect(bundle.definition.survey.modules[0].core).toEqual(["bev2", "bev1"]);
    expect(bundle.previous!.definition.survey.modules[0].core).toEqual(["bev2", "bev1"]);
    // Same core both times, in any order: the module is compared.
    expect(report.comparisons.some((c) => c.against === "previous" && c.item === "bevlogenheid" && c.group === null)).toBe(true);
  });

  it("reads a previous.csv of scores only", async () => {
    const dir = writeBundle({
      "survey.yaml": SURVEY_YAML,
      "responses.csv": responsesCsv(rows(0)),
      "previous.csv": "item,score,n,sd\nbev1,6.1,865,2.4\nwerkdruk,4.7,,\nrespondents,865,,\nresponseRate,0.654,,\nenps,-9,,\n"
    });
    const report = await scoreBundle(dir);
    expect(report.previous).toMatchObject({scoresOnly: true, respondents: 865, responseRate: 0.654, invited: 1323, label: "Vorig onderzoek"});
    expect(report.comparisons.filter((c) => c.against === "previous").map((c) => [c.kind, c.item, c.pValue === null])).toEqual([
      ["question", "bev1", false],
      ["module", "werkdruk", true],
      ["enps", "enps", true]
    ]);
  });
});
