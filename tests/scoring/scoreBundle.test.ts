import {describe, expect, it} from "vitest";
import {scoreBundle} from "../../scoring/index.ts";
import {responsesCsv, SURVEY_YAML, writeBundle, type Row} from "../helpers/bundle.ts";

/** Ten respondents in department A (teams A1 and A2) and eight in B. */
function rows(): Row[] {
  const list: Row[] = [];
  for (let i = 0; i < 18; ++i) {
    list.push({
      id: `r${i}`,
      afdeling: i < 10 ? "A" : "B",
      team: i < 6 ? "A1" : i < 10 ? "A2" : "B1",
      bev1: String((i % 5) + 1),
      bev2: i % 4 === 0 ? "Weet niet/geen ervaring" : String(((i + 2) % 5) + 1),
      wd1: i % 3 === 0 ? "5" : "2",
      enps: String(i % 11),
      trots: i % 2 === 0 ? "Collega's;Samenwerking" : i % 3 === 0 ? "" : "Hybride werken",
      toelichting: i % 2 === 0 ? "Meer aandacht voor werkdruk" : ""
    });
  }
  return list;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const score = (code: string) => (Number(code) - 1) * 2.5;

describe("scoreBundle", () => {
  it("scores questions as the mean over valid answers, reversing and leaving out don't know", async () => {
    const data = rows();
    const report = await scoreBundle(writeBundle({"survey.yaml": SURVEY_YAML, "responses.csv": responsesCsv(data)}));
    const byId = new Map(report.questions.map((q) => [q.id, q]));
    expect(report.respondents).toBe(18);
    expect(byId.get("bev1")!.score).toBeCloseTo(mean(data.map((r) => score(r.bev1!))), 12);
    const bev2 = data.filter((r) => r.bev2 !== "Weet niet/geen ervaring").map((r) => score(r.bev2!));
    expect(byId.get("bev2")!.n).toBe(bev2.length);
    expect(byId.get("bev2")!.score).toBeCloseTo(mean(bev2), 12);
    expect(byId.get("wd1")!.score).toBeCloseTo(mean(data.map((r) => 10 - score(r.wd1!))), 12);
    expect(byId.get("enps")!.type).toBe("nps");
    // Choice, multi and text questions have no score.
    expect([...byId.keys()]).toEqual(["bev1", "bev2", "wd1", "enps"]);
  });

  it("gives every score the contract's fields, with intervals around the score", async () => {
    const report = await scoreBundle(writeBundle({"survey.yaml": SURVEY_YAML, "responses.csv": responsesCsv(rows())}));
    for (const q of report.questions) {
      expect(Object.keys(q)).toEqual(expect.arrayContaining(["id", "module", "score", "n", "ci"]));
      expect(q.ci![0]).toBeLessThan(q.score!);
      expect(q.ci![1]).toBeGreaterThan(q.score!);
    }
    const module = report.modules.find((m) => m.id === "bevlogenheid")!;
    expect(module.score).toBeCloseTo(mean(report.questions.filter((q) => q.module === "bevlogenheid").map((q) => q.score!)), 12);
    expect(module.ci![0]).toBeLessThan(module.score!);
    expect(report.invited).toBeNull();
    expect(report.responseRate).toBeNull();
  });

  it("computes eNPS from the 0–10 answers", async () => {
    const data = rows();
    const report = await scoreBundle(writeBundle({"survey.yaml": SURVEY_YAML, "responses.csv": responsesCsv(data)}));
    const answers = data.map((r) => Number(r.enps));
    const promoters = answers.filter((x) => x >= 9).length / answers.length;
    const detractors = answers.filter((x) => x <= 6).length / answers.length;
    expect(report.enps).toMatchObject({question: "enps", n: 18, promoters, detractors});
    expect(report.enps!.score).toBeCloseTo(100 * (promoters - detractors), 12);
    expect(report.enps!.distribution).toEqual([2, 2, 2, 2, 2, 2, 2, 1, 1, 1, 1]);
  });

  it("ranks topics by the share of those who answered the question", async () => {
    const data = rows();
    const report = await scoreBundle(writeBundle({"survey.yaml": SURVEY_YAML, "responses.csv": responsesCsv(data)}));
    const answered = data.filter((r) => r.trots !== "").length;
    expect(report.topics.map((t) => [t.option, t.count, t.rank])).toEqual([
      ["Collega's", 9, 1],
      ["Samenwerking", 9, 2],
      ["Hybride werken", 6, 3]
    ]);
    expect(report.topics[0].share).toBeCloseTo(9 / answered, 12);
  });

  it("suppresses groups below the minimum size and the sibling that would reveal them by subtraction", async () => {
    // A: A1 8, A2 3, A3 6; B: B1 7, B2 6. A minus A1 minus A3 would give A2's 3 answers, so the
    // smallest visible sibling, A3, is suppressed as well.
    const teams = [..."A1,".repeat(8).split(",").slice(0, 8), "A2", "A2", "A2", ...Array(6).fill("A3"), ...Array(7).fill("B1"), ...Array(6).fill("B2")];
    const data = [...rows(), ...rows()].slice(0, 30).map((r, i) => ({...r, id: `p${i}`, team: teams[i], afdeling: teams[i][0]}));
    const population = "afdeling,team,invited\n,,40\nA,,20\nA,A1,9\nA,A2,4\nA,A3,7\nB,,20\nB,B1,10\nB,B2,10\n";
    const report = await scoreBundle(writeBundle({"survey.yaml": SURVEY_YAML, "responses.csv": responsesCsv(data), "population.csv": population}));
    expect(report.groups.map((g) => [g.id, g.n, g.suppressed])).toEqual([
      ["afdeling=A", 17, false],
      ["afdeling=B", 13, false],
      ["afdeling=A|team=A1", 8, false],
      ["afdeling=A|team=A2", null, true],
      ["afdeling=A|team=A3", null, true],
      ["afdeling=B|team=B1", 7, false],
      ["afdeling=B|team=B2", 6, false]
    ]);
    // A suppressed group carries nothing but its identity: no headcount, no reason.
    const a2 = report.groups.find((g) => g.id === "afdeling=A|team=A2");
    expect(a2).toEqual({id: "afdeling=A|team=A2", variable: "team", value: "A2", parent: "afdeling=A", invited: null, n: null, responseRate: null, suppressed: true});
    expect(report.comparisons.some((c) => c.group === "afdeling=A|team=A2" || c.group === "afdeling=A|team=A3")).toBe(false);
    const b1 = report.groups.find((g) => g.id === "afdeling=B|team=B1")!;
    expect(b1.responseRate).toBeCloseTo(7 / 10, 12);
    expect(b1.modules!.map((m) => m.id)).toEqual(["bevlogenheid", "werkdruk"]);
    expect(report.invited).toBe(40);
    expect(report.responseRate).toBeCloseTo(30 / 40, 12);
  });
});
