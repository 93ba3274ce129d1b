import {seededRandom} from "../../scoring/random.ts";
import type {
  Benchmark,
  Comparison,
  DifferenceLevel,
  Distribution,
  Enps,
  GroupReport,
  ModuleScore,
  QuestionScore,
  Report,
  ResolvedSettings,
  SurveyInfo,
  Topic
} from "../../scoring/types.ts";

/** A seeded PRNG (mulberry32): the same seed gives the same fixture on every machine. */
export const random = seededRandom;

const round = (x: number, digits = 4) => Math.round(x * 10 ** digits) / 10 ** digits;

export const settings: ResolvedSettings = {
  minGroupSize: 5,
  minCommentGroupSize: 10,
  scoring: "mean",
  moduleScore: "mean-of-questions",
  comparison: {
    confidence: 0.95,
    minDifference: 0.7,
    strongDifference: 1.4,
    enpsMinDifference: 7,
    enpsStrongDifference: 14,
    multipleTesting: "benjamini-hochberg"
  },
  interval: {module: "bootstrap", replicates: 1000, seed: 1, finitePopulation: true},
  failingGrade: 5.5,
  publishComments: false,
  topWords: 10,
  minAnswers: 1
};

const moduleDefs = [
  {id: "bevlogenheid", name: "Bevlogenheid", score: 7.43},
  {id: "betrokkenheid", name: "Betrokkenheid", score: 6.95},
  {id: "samenwerking", name: "Samenwerking", score: 7.31},
  {id: "werkdruk", name: "Werkdruk", score: 5.02},
  {id: "veiligheid", name: "Sociale veiligheid", score: 7.62},
  {id: "loopbaan", name: "Loopbaanondersteuning en ontwikkeling", score: 6.28}
];

const questionTexts: Record<string, string[]> = {
  bevlogenheid: ["Mijn werk inspireert me", "Ik ga met plezier naar mijn werk"],
  betrokkenheid: ["Deze organisatie betekent veel voor mij", "Ik voel me thuis in deze organisatie"],
  samenwerking: ["Binnen mijn team werken we goed samen", "Samenwerken met andere afdelingen gaat goed"],
  werkdruk: ["Ik heb vaak meer werk te doen dan ik aankan", "Ik moet vaak extra hard werken om iets af te krijgen"],
  veiligheid: ["Ik kan mezelf zijn op mijn werk", "Ik durf fouten toe te geven zonder angst voor de gevolgen"],
  loopbaan: ["Ik krijg voldoende kansen om me te ontwikkelen", "Mijn leidinggevende ondersteunt mijn loopbaan"]
};

export const survey: SurveyInfo = {
  title: "Medewerkersonderzoek 2025",
  organisation: "Voorbeeldorganisatie",
  period: {start: "2025-03-10", end: "2025-03-23"},
  language: "nl",
  modules: moduleDefs.map((m) => ({
    id: m.id,
    name: m.name,
    description: null,
    questions: [`${m.id}1`, `${m.id}2`],
    core: [`${m.id}1`, `${m.id}2`]
  })),
  questions: [
    ...moduleDefs.flatMap((m) =>
      questionTexts[m.id].map((text, i) => ({
        id: `${m.id}${i + 1}`,
        text,
        short: text,
        type: "likert" as const,
        module: m.id,
        reverse: m.id === "werkdruk",
        topic: null,
        options: [0, 2.5, 5, 7.5, 10].map((score, i) => ({code: String(i + 1), label: ["Helemaal mee oneens", "Mee oneens", "Neutraal", "Mee eens", "Helemaal mee eens"][i], score: m.id === "werkdruk" ? 10 - score : score, missing: false}))
      }))
    ),
    {id: "enps", text: "Hoe waarschijnlijk is het dat u deze organisatie als werkgever aanbeveelt?", short: "Aanbevelen", type: "nps", module: null, reverse: false, topic: null, options: Array.from({length: 11}, (_, x) => ({code: String(x), label: String(x), score: x, missing: false}))},
    {id: "trots", text: "Waar bent u het meest trots op?", short: "Trots", type: "multi", module: null, reverse: false, topic: "proud", options: []},
    {id: "verbeteren", text: "Wat kan beter?", short: "Verbeteren", type: "multi", module: null, reverse: false, topic: "improve", options: []}
  ],
  groups: [{id: "afdeling", name: "Afdeling", parent: null}],
  weighted: false,
  settings
};

function levelOf(difference: number, strong = 1.4, min = 0.7): DifferenceLevel {
  const size = Math.abs(difference);
  return size >= strong ? "veryRelevant" : size >= min ? "relevant" : "none";
}

function comparison(item: string, kind: Comparison["kind"], against: string, group: string | null, score: number, reference: number, level?: DifferenceLevel): Comparison {
  const difference = round(score - reference);
  return {
    item,
    kind,
    against,
    group,
    score,
    reference,
    difference,
    pValue: against === "previous" || against === "organisation" ? 0.01 : null,
    df: against === "organisation" ? 40 : null,
    adjustedPValue: against === "organisation" ? 0.02 : null,
    significant: against === "previous" || against === "organisation" ? true : null,
    level: level ?? levelOf(difference, kind === "enps" ? 14 : 1.4, kind === "enps" ? 7 : 0.7)
  };
}

function moduleScores(scores: number[], n: number): ModuleScore[] {
  return moduleDefs.map((m, i) => ({
    id: m.id,
    name: m.name,
    score: scores[i],
    n,
    se: 0.08,
    ci: [round(scores[i] - 0.16), round(scores[i] + 0.16)],
    questions: [`${m.id}1`, `${m.id}2`],
    alpha: n > 500 ? round(0.6 + i / 20) : null,
    suppressed: false
  }));
}

function questionScores(modules: ModuleScore[], n: number): QuestionScore[] {
  return modules.flatMap((m) =>
    [0.2, -0.2].map((offset, i): QuestionScore => {
      const score = m.score == null ? null : round(m.score + offset);
      return {
        id: `${m.id}${i + 1}`,
        module: m.id,
        type: "likert",
        score,
        mean: score,
        positive: score == null ? null : round(score / 12),
        n,
        sd: 2.1,
        se: 0.07,
        ci: score == null ? null : [round(score - 0.14), round(score + 0.14)],
        suppressed: false
      };
    })
  );
}

const likertLabels = ["Helemaal mee oneens", "Mee oneens", "Niet mee eens/niet mee oneens", "Mee eens", "Helemaal mee eens"];

function distribution(question: string, counts: number[], dontKnow: number): Distribution {
  const n = counts.reduce((a, b) => a + b, 0);
  return {
    question,
    type: "likert",
    n,
    dontKnow,
    options: [
      ...counts.map((count, i) => ({code: `${i + 1}`, label: likertLabels[i], count, share: round(count / n), missing: false, score: i * 2.5})),
      {code: "9", label: "Weet niet/geen ervaring", count: dontKnow, share: null, missing: true, score: null}
    ]
  };
}

function enps(distributionCounts: number[]): Enps {
  const n = distributionCounts.reduce((a, b) => a + b, 0);
  const detractors = distributionCounts.slice(0, 7).reduce((a, b) => a + b, 0) / n;
  const passives = (distributionCounts[7] + distributionCounts[8]) / n;
  const promoters = (distributionCounts[9] + distributionCounts[10]) / n;
  const score = 100 * (promoters - detractors);
  const se = n ? 100 * Math.sqrt((promoters + detractors - (promoters - detractors) ** 2) / n) : 0;
  return {
    question: "enps",
    score: round(score),
    promoters: round(promoters),
    passives: round(passives),
    detractors: round(detractors),
    n,
    se: round(se),
    ci: [round(score - 1.96 * se), round(score + 1.96 * se)],
    distribution: distributionCounts
  };
}

const topics: Topic[] = [
  ...[
    ["collegas", "Collega's", 555],
    ["samenleving", "Betrokkenheid samenleving", 350],
    ["hybride", "Hybride werken", 311],
    ["samenwerking", "Samenwerking", 230],
    ["flexibiliteit", "Flexibele werktijden en de mogelijkheid om thuis te werken", 184],
    ["ontwikkeling", "Ontwikkeling", 90]
  ].map(([option, label, count], i) => ({question: "trots", option: `${option}`, label: `${label}`, count: Number(count), answered: 919, share: round(Number(count) / 919), rank: i + 1})),
  ...[
    ["rolduidelijkheid", "Rolduidelijkheid", 366],
    ["leiderschap", "Leiderschap", 362],
    ["samenwerking", "Samenwerking", 302],
    ["werkdruk", "Werkdruk", 276],
    ["communicatie", "Communicatie", 193]
  ].map(([option, label, count], i) => ({question: "verbeteren", option: `${option}`, label: `${label}`, count: Number(count), answered: 919, share: round(Number(count) / 919), rank: i + 1}))
];

const benchmarks: Benchmark[] = [
  {id: "provincies", name: "Benchmark Provincies", kind: "average", items: moduleDefs.map((m, i) => ({item: m.id, score: [7.1, 7.0, 7.6, 5.1, 7.6, 7.3][i], n: null, sd: null}))},
  {id: "top3", name: "Top 3 Benchmark Provincies", kind: "top", items: moduleDefs.slice(0, 5).map((m, i) => ({item: m.id, score: [7.6, 7.9, 8.8, 6.5, 7.8][i], n: null, sd: null}))}
];

const orgModules = moduleScores(moduleDefs.map((m) => m.score), 919);
const orgQuestions = questionScores(orgModules, 919);
const previousScores = [7.0, 6.2, 7.3, 4.7, 6.1, 6.3];

const groupDefs: {value: string; n: number | null; offsets: number[]; suppressed?: boolean; enps?: number[]}[] = [
  {value: "Mobiliteit", n: 120, offsets: [0.3, 0.8, -0.2, -0.9, 0.1, 0.2], enps: [2, 1, 2, 3, 4, 6, 8, 30, 36, 16, 12]},
  {value: "Ruimte en Wonen", n: 85, offsets: [-0.4, -0.1, -1.5, 0.4, -0.8, 0.0], enps: [3, 2, 3, 4, 5, 9, 10, 22, 20, 5, 2]},
  {value: "Bedrijfsvoering", n: 210, offsets: [0.1, 0.0, 0.5, 1.6, 0.2, -0.75], enps: [4, 4, 6, 8, 10, 14, 22, 58, 64, 12, 8]},
  {value: "Directie", n: null, offsets: [], suppressed: true},
  {value: "Natuur, Landschap en Landbouwontwikkeling", n: 64, offsets: [-0.2, -1.45, 0.3, -0.3, 0.6, 0.9], enps: [1, 1, 2, 2, 3, 6, 7, 15, 17, 6, 4]}
];

function suppressedGroup(id: string, variable: string, value: string, parent: string | null = null): GroupReport {
  return {id, variable, value, parent, n: null, invited: null, responseRate: null, suppressed: true};
}

const groups: GroupReport[] = groupDefs.map((g) => {
  const id = `afdeling=${g.value}`;
  if (g.suppressed || g.n == null) return suppressedGroup(id, "afdeling", g.value);
  const modules = moduleScores(moduleDefs.map((m, i) => round(m.score + g.offsets[i])), g.n);
  return {
    id,
    variable: "afdeling",
    value: g.value,
    parent: null,
    n: g.n,
    invited: Math.round(g.n * 1.5),
    responseRate: round(1 / 1.5),
    suppressed: false,
    modules,
    questions: questionScores(modules, g.n),
    enps: g.enps ? enps(g.enps) : null,
    distributions: [],
    topics: [],
    comments: []
  };
});

const orgEnps = enps([5, 6, 10, 14, 20, 55, 90, 260, 335, 84, 40]);

function groupComparisons(groupList: GroupReport[], orgModuleScores: ModuleScore[], orgEnpsScore: number): Comparison[] {
  return groupList.flatMap((g) => {
    if (g.suppressed || !g.modules) return [];
    const modules = g.modules.flatMap((m) => {
      const reference = orgModuleScores.find((o) => o.id === m.id)?.score;
      return m.score == null || reference == null ? [] : [comparison(m.id, "module", "organisation", g.id, m.score, reference)];
    });
    const questions = (g.questions ?? []).flatMap((q) => {
      const reference = orgQuestions.find((o) => o.id === q.id)?.score;
      return q.score == null || reference == null ? [] : [comparison(q.id, "question", "organisation", g.id, q.score, reference)];
    });
    const e = g.enps ? [comparison("enps", "enps", "organisation", g.id, g.enps.score, orgEnpsScore)] : [];
    return [...modules, ...questions, ...e];
  });
}

const orgComparisons: Comparison[] = [
  ...orgModules.map((m, i) => comparison(m.id, "module", "previous", null, m.score ?? 0, previousScores[i])),
  ...orgModules.map((m, i) => comparison(m.id, "module", "provincies", null, m.score ?? 0, benchmarks[0].items[i].score)),
  ...orgModules.slice(0, 5).map((m, i) => comparison(m.id, "module", "top3", null, m.score ?? 0, benchmarks[1].items[i].score)),
  comparison("enps", "enps", "previous", null, orgEnps.score, -9)
];

const distributions: Distribution[] = [
  distribution("bevlogenheid1", [12, 48, 160, 470, 229], 0),
  distribution("bevlogenheid2", [20, 70, 190, 420, 215], 4),
  distribution("werkdruk1", [150, 300, 220, 190, 55], 4),
  distribution("veiligheid2", [30, 80, 150, 400, 180], 79),
  distribution("loopbaan1", [60, 160, 260, 300, 90], 49)
];

/** A small organisation: 6 modules, 5 groups of which one is suppressed, comparisons at every level. */
export const report: Report = {
  schemaVersion: 1,
  survey,
  respondents: 919,
  invited: 1388,
  responseRate: round(919 / 1388),
  questions: orgQuestions,
  modules: orgModules,
  enps: orgEnps,
  distributions,
  topics,
  comments: [],
  groups,
  comparisons: [...orgComparisons, ...groupComparisons(groups, orgModules, orgEnps.score)],
  benchmarks,
  previous: {
    label: "Vorig onderzoek (2023)",
    scoresOnly: false,
    respondents: 865,
    invited: 1372,
    responseRate: round(865 / 1372),
    questions: [],
    modules: moduleScores(previousScores, 865),
    enps: null,
    distributions: [],
    topics: [],
    comments: [],
    groups: []
  },
  accounting: {file: "responses.csv", read: 925, accepted: 919, setAside: 6, reasons: {"too few answers": 6}},
  norm: null
};

const words = ["Beleid", "Uitvoering", "Advies", "Projecten", "Toezicht", "Vergunningen", "Wegen", "Water", "Subsidies", "Informatievoorziening", "Onderhoud", "Regie"];

/** 250 teams, generated from seed 42: names of varied length, ~8 % suppressed (some secondarily). */
export function manyGroups(count = 250, seed = 42): Report {
  const next = random(seed);
  const list: GroupReport[] = [];
  for (let i = 0; i < count; i++) {
    const name = `Team ${String(i + 1).padStart(3, "0")} ${words[Math.floor(next() * words.length)]}${next() < 0.3 ? ` en ${words[Math.floor(next() * words.length)]}` : ""}`;
    const id = `team=${name}`;
    const draw = next();
    if (draw < 0.06) {
      list.push(suppressedGroup(id, "team", name));
      continue;
    }
    if (draw < 0.08) {
      list.push(suppressedGroup(id, "team", name));
      continue;
    }
    const n = 5 + Math.floor(next() * 40);
    const modules = moduleScores(
      moduleDefs.map((m) => round(Math.min(10, Math.max(0, m.score + (next() - 0.5) * 4)))),
      n
    );
    const counts = Array.from({length: 11}, (_, k) => Math.floor(next() * (k >= 9 ? 5 : k >= 7 ? 8 : 3)));
    list.push({
      id,
      variable: "team",
      value: name,
      parent: null,
      n,
      invited: n + Math.floor(next() * 10),
      responseRate: null,
      suppressed: false,
      modules,
      questions: questionScores(modules, n),
      enps: counts.some((c) => c > 0) ? enps(counts) : null,
      distributions: [],
      topics: [],
      comments: []
    });
  }
  return {
    ...report,
    survey: {...survey, groups: [{id: "team", name: "Team", parent: null}]},
    groups: list,
    comparisons: [...orgComparisons, ...groupComparisons(list, orgModules, orgEnps.score)]
  };
}

/** The small report scored by percent positive: every module score is a share. */
export function percentPositive(): Report {
  const share = (x: number) => round(x / 12);
  const shareModules = (list: ModuleScore[]) =>
    list.map((m) => ({...m, score: m.score == null ? null : share(m.score), ci: m.ci ? ([share(m.ci[0]), share(m.ci[1])] as [number, number]) : null}));
  return {
    ...report,
    survey: {...survey, settings: {...settings, scoring: "percent-positive", comparison: {...settings.comparison, minDifference: 0.07, strongDifference: 0.14}}},
    modules: shareModules(report.modules),
    comparisons: report.comparisons.map((c) =>
      c.kind === "module" ? {...c, score: share(c.score), reference: share(c.reference), difference: round(share(c.score) - share(c.reference))} : c
    )
  };
}
