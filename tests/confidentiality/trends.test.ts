import {describe, expect, it} from "vitest";
import {readBundle, scoreReport, type Report} from "../../scoring/index.ts";
import {writeBundle} from "../helpers/bundle.ts";
import {attack, type AttackResult} from "./attacker.ts";
import {attackInput, populationCsv, responsesCsv, surveyYaml, type BundleSpec, type Respondent} from "./bundles.ts";

/**
 * Earlier waves are other respondents, each published only through its points in `trends[]`: the
 * attacker gets the org chart of one wave and every number the trends publish for it, and must
 * not recover a group that was too small in that wave, even where the group is shown now.
 */

/** `count` respondents of one domain, with answers that differ per respondent. */
const people = (prefix: string, count: number, domein: string): Respondent[] =>
  Array.from({length: count}, (_, i) => ({
    id: `${prefix}${i}`,
    groups: {domein},
    q1: String(1 + ((i * 3 + prefix.length) % 5)),
    q2: String(1 + (i % 5)),
    aanbevelen: String((i * 7) % 11),
    trots: "Collegas",
    toelichting: ""
  }));

/** Domains Alfa, Beta and Gamma, Gamma with `gamma` respondents; with headcounts. */
const spec = (prefix: string, gamma: number): BundleSpec => ({
  variables: [{id: "domein"}],
  crossings: [],
  minGroupSize: 5,
  minCommentGroupSize: 10,
  publishComments: false,
  respondents: [...people(`${prefix}a`, 20, "Alfa"), ...people(`${prefix}b`, 22, "Beta"), ...people(`${prefix}g`, gamma, "Gamma")],
  population: [
    {groups: {}, invited: 60},
    {groups: {domein: "Alfa"}, invited: 25},
    {groups: {domein: "Beta"}, invited: 25},
    {groups: {domein: "Gamma"}, invited: 10}
  ]
});

/** The spec as a wave of `year` in a folder of a bundle. */
const waveFiles = (folder: string, s: BundleSpec, year: number): Record<string, string> => {
  const population = populationCsv(s);
  return {
    [`${folder}/survey.yaml`]: surveyYaml(s).replace("{start: 2025-03-10, end: 2025-03-23}", `{start: ${year}-03-09, end: ${year}-03-22}`),
    [`${folder}/responses.csv`]: responsesCsv(s),
    ...(population ? {[`${folder}/population.csv`]: population} : {})
  };
};

/**
 * What the trends publish of one wave, in the shape of a report: the organisation and each group
 * of the wave's own org chart with the points of that wave (no point, no number), the agenda's
 * themes among them.
 */
function publishedWave(report: Report, label: string, structure: Report): Report {
  const w = report.trends![0].points.findIndex((p) => p.wave === label);
  const of = (groupId: string | null) => {
    const trends = report.trends!.filter((t) => t.groupId === groupId && t.points[w].score !== null);
    const point = (kind: string, item?: string) => trends.find((t) => t.kind === kind && (!item || t.item === item))?.points[w];
    const enps = point("enps");
    return {
      questions: trends.filter((t) => t.kind === "question").map((t) => ({id: t.item, n: t.points[w].n, score: t.points[w].score})),
      modules: trends.filter((t) => t.kind === "module").map((t) => ({id: t.item, n: t.points[w].n, score: t.points[w].score})),
      enps: enps ? {question: "aanbevelen", n: enps.n, score: enps.score} : null,
      respondents: point("responseRate")?.n ?? null
    };
  };
  const organisation = of(null);
  const themeN = (item: string, groupId: string | null) => report.trends!.find((t) => t.kind === "theme" && t.item === item && t.groupId === groupId)?.points[w].n ?? null;
  const themes = report.trends!.filter((t) => t.kind === "theme" && t.groupId === null).map(({item}) => ({id: item, score: {n: themeN(item, null)}, groups: structure.groups.map((g) => ({group: g.id, n: themeN(item, g.id)}))}));
  return {
    ...structure,
    ...organisation,
    agenda: {title: "", description: null, themes},
    groups: structure.groups.map(({id, variable, value, parent, crossing}) => {
      const set = of(id);
      return {id, variable, value, parent, ...(crossing ? {crossing} : {}), ...set, n: set.respondents, suppressed: set.questions.length === 0};
    })
  } as unknown as Report;
}

describe("trends and confidentiality", () => {
  it("a group too small in 2021 but shown now has no point in 2021, and the 2021 points recover nothing", () => {
    const [early, previous, current] = [spec("x", 3), spec("y", 9), spec("z", 8)];
    const dir = writeBundle({
      "survey.yaml": surveyYaml(current),
      "responses.csv": responsesCsv(current),
      "population.csv": populationCsv(current)!,
      ...waveFiles("waves/2021", early, 2021),
      ...waveFiles("waves/2023", previous, 2023)
    });
    const report = scoreReport(readBundle(dir));
    const gamma = report.trends!.filter((t) => t.groupId === "domein=Gamma");
    expect(gamma.length).toBeGreaterThan(0);
    expect(gamma.every((t) => t.points[0].score === null && t.points[0].n === null && t.points[0].ci === null)).toBe(true);
    expect(gamma.every((t) => t.kind === "responseRate" || t.points[2].score !== null)).toBe(true);
    // In 2021 Gamma is organisation − Alfa − Beta: one of its siblings has no point there either.
    const withPoint = (group: string | null) => report.trends!.some((t) => t.groupId === group && t.points[0].score !== null);
    expect(withPoint("domein=Alfa") && withPoint("domein=Beta")).toBe(false);
    expect(withPoint(null)).toBe(true);
    // The agenda's theme too: scored in 2021 by the current agenda, with no point for Gamma there.
    const theme = (group: string | null) => report.trends!.find((t) => t.kind === "theme" && t.item === "t1" && t.groupId === group)!;
    expect(theme(null).points[0].n).toBeGreaterThan(0);
    expect(theme("domein=Gamma").points[0]).toEqual({wave: "2021", score: null, n: null, se: null, ci: null, change: null});
    expect(theme("domein=Gamma").points[2].score).not.toBeNull();

    const structure = scoreReport(readBundle(`${dir}/waves/2021`), {settings: report.survey.settings});
    const published = publishedWave(report, "2021", structure);
    const result: AttackResult = attack(attackInput(early, published, null));
    expect(result.recoveries.map((r) => r.description)).toEqual([]);
    expect(result.mismatches.map((r) => r.description)).toEqual([]);
  });

  it("the attacker recovers the small group from the 2021 numbers when both siblings are published, so the check above can fail", () => {
    const early = spec("x", 3);
    const dir = writeBundle({...waveFiles("w", early, 2021)});
    const wave = scoreReport(readBundle(`${dir}/w`));
    // The wave's own report with the withheld sibling's numbers put back from a wave without Gamma.
    const withoutGamma = {...early, respondents: early.respondents.filter((r) => r.groups.domein !== "Gamma")};
    const unsuppressed = scoreReport(readBundle(writeBundle(waveFiles("w", {...withoutGamma, population: undefined}, 2021)) + "/w"));
    const naive = {...wave, groups: wave.groups.map((g) => (g.suppressed && g.value !== "Gamma" ? unsuppressed.groups.find((u) => u.id === g.id)! : g))};
    const result = attack(attackInput(early, naive, null));
    expect(result.recoveries.some((r) => r.target.includes("Gamma"))).toBe(true);
  });
});
