import type {OrganisationPoint, StudyCorrelation, StudyDrivers, StudySpread} from "../../charts/types.ts";
import type {SurveyInfo} from "../../scoring/types.ts";
import {random} from "./fixtures.ts";

const round = (x: number, digits = 4) => Math.round(x * 10 ** digits) / 10 ** digits;

/** The survey of the study fixtures: English, percent positive. */
export const studySurvey = {language: "en", settings: {scoring: "percent-positive"}} as Pick<SurveyInfo, "language"> & {settings: Pick<SurveyInfo["settings"], "scoring">};

const Z95 = 1.959964;
const Z998 = 3.090232;

/**
 * Twenty organisations of seeded sizes (12 to 4,000) and shares positive on one module, with
 * intervals and the funnel's limits around their mean for σ = 0.45, as `spread()` makes them;
 * two are pushed outside the 99.8 % limits, and organisation "B" is highlighted.
 */
export function studySpread(): StudySpread {
  const next = random(14);
  const sigma = 0.45;
  const base = Array.from({length: 20}, (_, i) => {
    const n = Math.round(12 * Math.exp(next() * Math.log(4000 / 12)));
    const se = sigma / Math.sqrt(n);
    const score = 0.62 + (next() - 0.5) * 2 * Z95 * se;
    return {label: String.fromCharCode(65 + i), n, se, score};
  });
  base[3].score = 0.62 + 4.2 * base[3].se;
  base[7].score = 0.62 - 3.8 * base[7].se;
  const mean = base.reduce((s, o) => s + o.score, 0) / base.length;
  const rows: OrganisationPoint[] = base
    .map((o) => ({
      label: o.label,
      score: round(o.score),
      n: o.n,
      ci: [round(o.score - Z95 * o.se), round(o.score + Z95 * o.se)] as [number, number],
      limits: {
        p95: [round(mean - (Z95 * sigma) / Math.sqrt(o.n)), round(mean + (Z95 * sigma) / Math.sqrt(o.n))] as [number, number],
        p998: [round(mean - (Z998 * sigma) / Math.sqrt(o.n)), round(mean + (Z998 * sigma) / Math.sqrt(o.n))] as [number, number]
      },
      ...(o.label === "B" ? {highlight: true} : {})
    }))
    .sort((a, b) => b.score - a.score);
  return {item: "leaders_lead", name: "Leaders Lead", mean: round(mean), heterogeneity: null, rows, above: [], below: [], exceptional: {above: [], below: []}};
}

/** The twenty organisations' scores on two modules and a correlation of 0.71 over them. */
export function studyCorrelation(): StudyCorrelation {
  const next = random(15);
  const points = Array.from({length: 20}, (_, i) => {
    const x = 0.45 + next() * 0.35;
    return {label: String.fromCharCode(65 + i), x: round(x), y: round(0.3 + x * 0.6 + (next() - 0.5) * 0.12)};
  });
  return {a: {id: "leaders_lead", name: "Leaders Lead"}, b: {id: "intrinsic_work_experience", name: "Intrinsic Work Experience"}, r: 0.71, ci: [0.39, 0.88], n: 20, points};
}

/** Three drivers of Global Satisfaction whose importances add up to R² = 0.66. */
export const studyDrivers: StudyDrivers = {
  outcome: {id: "global_satisfaction", name: "Global Satisfaction"},
  r2: 0.66,
  n: 101881,
  drivers: [
    {item: "leaders_lead", name: "Leaders Lead", importance: 0.25},
    {item: "supervisors", name: "Supervisors", importance: 0.14},
    {item: "intrinsic_work_experience", name: "Intrinsic Work Experience", importance: 0.27}
  ]
};
