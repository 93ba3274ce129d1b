import type {TrendLine, TrendsView} from "../../charts/types.ts";
import {settings} from "./fixtures.ts";

/** A point of a fixture trend: a score with an interval of ±0.2, and its change's level. */
const point = (score: number | null, change: number | null = null, level: "none" | "relevant" | "veryRelevant" = "none"): TrendLine["points"][number] =>
  score === null
    ? {score: null, n: null, ci: null, change: null}
    : {score, n: 400, ci: [score - 0.2, score + 0.2], change: change === null ? null : {difference: change, significant: level !== "none", level}};

const modules = [
  {id: "bevlogenheid", name: "Bevlogenheid", scores: [6.8, 7.0, 7.2]},
  {id: "werkdruk", name: "Werkdruk", scores: [5.6, 4.7, 5.0]},
  {id: "leiderschap", name: "Leiderschap", scores: [5.9, 6.7, 7.5]},
  {id: "sociale_veiligheid", name: "Sociale veiligheid", scores: [7.6, 7.6, 7.5]}
];
const level = (d: number) => (Math.abs(d) > 1.4 ? "veryRelevant" : Math.abs(d) > 0.7 ? "relevant" : "none");
const line = (id: string, scores: (number | null)[], groupId: string | null = null, kind: TrendLine["kind"] = "module"): TrendLine => ({
  item: id,
  kind,
  groupId,
  points: scores.map((s, i) => point(s, i === 0 || s === null || scores[i - 1] === null ? null : s - scores[i - 1]!, i === 0 || s === null || scores[i - 1] === null ? "none" : level(s - scores[i - 1]!))),
  linear: scores.every((s) => s !== null) ? {slope: (scores[2]! - scores[0]!) / 4, pValue: Math.abs(scores[2]! - scores[0]!) > 0.3 ? 0.001 : 0.4} : null
});

/** Three waves (2021, 2023, 2025) of four modules, the organisation's and a domain's (absent in 2021), and the eNPS. */
export const trends: TrendsView = {
  survey: {title: "Medewerkersonderzoek 2025", language: "nl", period: {start: "2025-03-10", end: "2025-03-23"}, settings, groups: [{id: "afdeling", name: "Afdeling", parent: null}]},
  waves: [
    {wave: "2021", label: "2021"},
    {wave: "2023", label: "2023"},
    {wave: "current", label: "2025"}
  ],
  modules: modules.map(({id, name}) => ({id, name})),
  questions: [{id: "lei6", short: "Besluitvorming directie transparant", module: "leiderschap"}],
  trends: [
    ...modules.map((m) => line(m.id, m.scores)),
    line("enps", [-14, -9, 1], null, "enps"),
    {...line("lei6", [5.2, 5.6, 6.1], null, "question"), wordingChanged: ["2021"]},
    ...modules.map((m) => line(m.id, [null, m.scores[1] - 0.3, m.scores[2] + 0.2], "afdeling=Mobiliteit"))
  ]
};
