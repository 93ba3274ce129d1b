import {describe, expect, it} from "vitest";
import {bootstrapStandardErrors, linearizationStandardErrors, type UnitTotals} from "../../scoring/bootstrap.ts";
import {scoreBundle} from "../../scoring/index.ts";
import {seededRandom} from "../../scoring/random.ts";
import {responsesCsv, SURVEY_YAML, writeBundle, type Row} from "../helpers/bundle.ts";

const withSettings = (settings: string) => SURVEY_YAML.replace(/settings:[\s\S]*$/, `settings:\n${settings}\n`);

describe("module scores", () => {
  // bev1: 10, 0, 5 → 5; bev2: –, 0, 10 → 5. Respondent means: 10, 0, 7.5 → 5.83.
  const rows: Row[] = [
    {id: "a", bev1: "5", bev2: "", wd1: "3", enps: "7"},
    {id: "b", bev1: "1", bev2: "1", wd1: "3", enps: "7"},
    {id: "c", bev1: "3", bev2: "5", wd1: "3", enps: "7"}
  ];

  it("mean-of-questions (default) averages the question scores", async () => {
    const report = await scoreBundle(writeBundle({"survey.yaml": withSettings("  minGroupSize: 1"), "responses.csv": responsesCsv(rows)}));
    expect(report.modules.find((m) => m.id === "bevlogenheid")).toMatchObject({score: 5, n: 3});
  });

  it("mean-of-respondents averages each respondent's own mean, which differs when missingness differs", async () => {
    const report = await scoreBundle(writeBundle({"survey.yaml": withSettings("  minGroupSize: 1\n  moduleScore: mean-of-respondents"), "responses.csv": responsesCsv(rows)}));
    expect(report.modules.find((m) => m.id === "bevlogenheid")!.score).toBeCloseTo(17.5 / 3, 12);
  });
});

describe("percent-positive scoring", () => {
  it("scores the share of agree and strongly agree among valid answers; for a reversed question the share disagreeing", async () => {
    const rows: Row[] = ["1", "2", "3", "4", "5", "9"].map((code, i) => ({id: `r${i}`, bev1: code, bev2: "4", wd1: code, enps: String(i + 5)}));
    const report = await scoreBundle(writeBundle({"survey.yaml": withSettings("  minGroupSize: 1\n  scoring: percent-positive"), "responses.csv": responsesCsv(rows)}));
    const byId = new Map(report.questions.map((q) => [q.id, q]));
    expect(byId.get("bev1")).toMatchObject({score: 2 / 5, positive: 2 / 5, mean: 5, n: 5});
    expect(byId.get("wd1")).toMatchObject({score: 2 / 5, mean: 5});
    expect(byId.get("enps")!.score).toBeCloseTo(2 / 6, 12);
    expect(report.modules.find((m) => m.id === "bevlogenheid")!.score).toBeCloseTo((2 / 5 + 1) / 2, 12);
    // A Wilson interval stays within 0–1.
    const ci = byId.get("bev2")!.ci!;
    expect(ci[0]).toBeGreaterThan(0);
    expect(ci[1]).toBeLessThanOrEqual(1);
    expect(report.survey.settings.comparison.minDifference).toBe(0.07);
  });
});

describe("survey weights", () => {
  it("weigh the mean, the share positive and topic shares", async () => {
    const survey = withSettings("  minGroupSize: 1").replace("groups:", "weight: gewicht\ngroups:");
    const csv = "id,afdeling,team,bev1,bev2,wd1,enps,trots,toelichting,gewicht\na,,,5,5,1,10,Collega's,,3\nb,,,1,1,1,0,,,1\nc,,,3,3,1,5,Samenwerking,,\"0,5\"\n";
    const report = await scoreBundle(writeBundle({"survey.yaml": survey, "responses.csv": csv}));
    const bev1 = report.questions.find((q) => q.id === "bev1")!;
    expect(bev1.score).toBeCloseTo((3 * 10 + 0 + 0.5 * 5) / 4.5, 12);
    expect(bev1.positive).toBeCloseTo(3 / 4.5, 12);
    expect(report.enps!.promoters).toBeCloseTo(3 / 4.5, 12);
    expect(report.enps!.distribution[10]).toBe(1);
    expect(report.topics.find((t) => t.option === "Collega's")!.share).toBeCloseTo(3 / 3.5, 12);
    expect(report.survey.weighted).toBe(true);
  });
});

describe("empty, all-missing and below-threshold input", () => {
  it("a bundle with a header and no rows is a defect: no respondents", async () => {
    await expect(scoreBundle(writeBundle({"survey.yaml": SURVEY_YAML, "responses.csv": responsesCsv([])}))).rejects.toThrow(
      "responses.csv:2: the file has a header but no respondents"
    );
  });

  it("a question answered only with don't know has no score, and neither has its module", async () => {
    const rows: Row[] = Array.from({length: 8}, (_, i) => ({id: `r${i}`, bev1: "9", bev2: "4", wd1: "2", enps: "8"}));
    const report = await scoreBundle(writeBundle({"survey.yaml": SURVEY_YAML, "responses.csv": responsesCsv(rows)}));
    expect(report.questions.find((q) => q.id === "bev1")).toMatchObject({score: null, n: null, suppressed: true});
    expect(report.modules.find((m) => m.id === "bevlogenheid")).toMatchObject({score: null, suppressed: true});
    expect(report.modules.find((m) => m.id === "werkdruk")).toMatchObject({score: 7.5, n: 8, suppressed: false});
    expect(report.distributions.find((d) => d.question === "bev1")).toBeUndefined();
  });

  it("an organisation below the minimum group size shows no score of any kind", async () => {
    const rows: Row[] = Array.from({length: 4}, (_, i) => ({id: `r${i}`, bev1: "4", bev2: "4", wd1: "2", enps: "8", trots: "Collega's", toelichting: "prima"}));
    const report = await scoreBundle(writeBundle({"survey.yaml": SURVEY_YAML, "responses.csv": responsesCsv(rows)}));
    expect(report.questions.every((q) => q.score === null)).toBe(true);
    expect(report.enps).toBeNull();
    expect(report.topics).toEqual([]);
    expect(report.comments).toEqual([{question: "toelichting", n: null, topWords: [], suppressed: true}]);
  });
});

describe("comments", () => {
  const rows: Row[] = Array.from({length: 12}, (_, i) => ({
    id: `r${i}`,
    bev1: "4",
    enps: "8",
    toelichting: ["De werkdruk is te hoog", "Werkdruk en overleg", "Meer overleg graag", "Jansen is een slechte manager"][i % 4]
  }));

  it("publish counts of words used in at least two comments, without stopwords, and no raw text by default", async () => {
    const report = await scoreBundle(writeBundle({"survey.yaml": SURVEY_YAML, "responses.csv": responsesCsv(rows)}));
    expect(report.comments).toEqual([
      {
        question: "toelichting",
        n: 12,
        topWords: [
          {word: "overleg", count: 6},
          {word: "werkdruk", count: 6},
          {word: "graag", count: 3},
          {word: "hoog", count: 3},
          {word: "jansen", count: 3},
          {word: "manager", count: 3},
          {word: "slechte", count: 3}
        ],
        suppressed: false
      }
    ]);
    expect(JSON.stringify(report)).not.toContain("Meer overleg graag");
  });

  it("publish raw comments only when the bundle opts in", async () => {
    const report = await scoreBundle(writeBundle({"survey.yaml": withSettings("  publishComments: true"), "responses.csv": responsesCsv(rows)}));
    expect(report.comments[0].comments).toHaveLength(12);
  });
});

describe("reproducibility", () => {
  it("gives byte-identical report models for the same bundle", async () => {
    const rows: Row[] = Array.from({length: 40}, (_, i) => ({id: `r${i}`, afdeling: i % 2 ? "A" : "B", bev1: String((i % 5) + 1), bev2: String(((i * 7) % 5) + 1), wd1: String(((i * 3) % 5) + 1), enps: String(i % 11)}));
    const dir = writeBundle({"survey.yaml": SURVEY_YAML, "responses.csv": responsesCsv(rows)});
    expect(JSON.stringify(await scoreBundle(dir))).toBe(JSON.stringify(await scoreBundle(dir)));
  });
});

describe("bootstrap and linearisation", () => {
  it("agree on the standard error of a mean of ratios for a few hundred units, and the bootstrap is seeded", () => {
    const random = seededRandom(7);
    const units = 400;
    const totals: UnitTotals = {units, width: 2, num: new Float64Array(units * 2), den: new Float64Array(units * 2)};
    for (let u = 0; u < units; ++u) {
      const level = random() * 10;
      totals.num[u * 2] = level;
      totals.den[u * 2] = 1;
      if (random() < 0.8) {
        totals.num[u * 2 + 1] = Math.min(10, level + random() * 2);
        totals.den[u * 2 + 1] = 1;
      }
    }
    const slices = [{offset: 0, width: 2}, {offset: 1, width: 1}];
    const linear = linearizationStandardErrors(totals, slices);
    const boot = bootstrapStandardErrors(totals, slices, {replicates: 2000, random: seededRandom(1)});
    for (const s of [0, 1]) {
      expect(boot[s]! / linear[s]!).toBeGreaterThan(0.9);
      expect(boot[s]! / linear[s]!).toBeLessThan(1.1);
    }
    const again = () => bootstrapStandardErrors(totals, slices, {replicates: 200, random: seededRandom(3)});
    expect(again()).toEqual(again());
    expect(bootstrapStandardErrors({units: 1, width: 1, num: new Float64Array(1), den: new Float64Array(1)}, [{offset: 0, width: 1}], {replicates: 10, random})).toEqual([null]);
  });
});

describe("spread of identical answers", () => {
  it("is exactly zero, weighted or not, so the interval is the score itself", async () => {
    const survey = withSettings("  minGroupSize: 1\n  interval: {finitePopulation: false}").replace("groups:", "weight: gewicht\ngroups:");
    const csv = ["id,afdeling,team,bev1,bev2,wd1,enps,trots,toelichting,gewicht", ...Array.from({length: 7}, (_, i) => `r${i},,,4,4,2,8,,,${(0.1 * (i + 1)).toFixed(1)}`)].join("\n");
    const report = await scoreBundle(writeBundle({"survey.yaml": survey, "responses.csv": csv}));
    const bev1 = report.questions.find((q) => q.id === "bev1")!;
    expect([bev1.score, bev1.sd, bev1.se, bev1.ci]).toEqual([7.5, 0, 0, [7.5, 7.5]]);
  });
});
