import type {NormGroup, NormRow, ResolvedSettings} from "../../scoring/types.ts";
import type {QualityView} from "../../charts/types.ts";
import {report} from "./fixtures.ts";

/** A norm row with the numbers given and the rest as a shown, published row. */
function row(fields: Partial<NormRow>): NormRow {
  return {invited: null, n: null, responseRate: null, mean: null, ci: null, robustMean: null, pass: null, passedBy: null, published: true, few: false, ...fields};
}

const suppressedRow: NormGroup = {id: "populatie=Cliënten|dienst=Jobcoaching", value: "Jobcoaching", suppressed: true, ...row({published: false})};

const settings: ResolvedSettings = {
  ...report.survey.settings,
  minGroupSize: 4,
  norm: {question: "cijfer", variable: "dienst", within: "Cliënten", total: 6.5, group: 5.5, fewAnswers: 10},
  publication: {minCompleted: 4, minRate: 0.15}
};

/**
 * A quality-mark view with every kind of row: a service passing by its mean on few answers, one
 * passing by the corrected mean, one below the publication threshold, one suppressed (and its
 * secondary companion), the clients' total and the commissioners.
 */
export const quality: QualityView = {
  survey: {title: "Tevredenheidsonderzoek 2020", organisation: "Voorbeeld Re-integratie", period: {start: "2020-01-01", end: "2020-12-31"}, language: "nl", settings},
  norm: {
    question: "cijfer",
    variable: "dienst",
    within: "Cliënten",
    thresholds: {total: 6.5, group: 5.5, failingGrade: 5.5},
    total: row({invited: 120, n: 40, responseRate: 1 / 3, mean: 6.4, ci: [6.0, 6.8], robustMean: 6.9, pass: true, passedBy: "robust"}),
    groups: [
      {id: "populatie=Cliënten|dienst=Outplacement", value: "Outplacement", suppressed: false, ...row({invited: 6, n: 4, responseRate: 4 / 6, mean: 8.1, ci: [6.6, 9.6], robustMean: 8.1, pass: true, passedBy: "mean", few: true})},
      {id: "populatie=Cliënten|dienst=Re-integratie", value: "Re-integratie", suppressed: false, ...row({invited: 90, n: 28, responseRate: 28 / 90, mean: 5.2, ci: [4.6, 5.8], robustMean: 5.9, pass: true, passedBy: "robust"})},
      {id: "populatie=Cliënten|dienst=Scholing", value: "Scholing", suppressed: false, ...row({invited: 20, n: 5, responseRate: 0.25, mean: 7.0, ci: [6.1, 7.9], robustMean: 7.0, pass: true, passedBy: "mean", published: false, few: true})},
      suppressedRow
    ],
    populations: [
      {id: "populatie=Cliënten", value: "Cliënten", suppressed: false, ...row({invited: 120, n: 40, responseRate: 1 / 3, mean: 6.4, ci: [6.0, 6.8], robustMean: 6.9, pass: true, passedBy: "robust"})},
      {id: "populatie=Opdrachtgevers", value: "Opdrachtgevers", suppressed: false, ...row({invited: 30, n: 11, responseRate: 11 / 30, mean: 7.6, ci: [7.1, 8.1], robustMean: 7.6, pass: true, passedBy: "mean"})}
    ],
    pass: true
  },
  question: {id: "cijfer", text: "Welk rapportcijfer geeft u de dienstverlening?", short: "Rapportcijfer"},
  variableName: "Dienst",
  populationName: "Doelgroep",
  populations: [
    {label: "Cliënten", suppressed: false, grades: {n: 40, counts: [2, 1, 0, 3, 4, 6, 10, 8, 4, 2]}, recommended: {share: 0.7, count: 28, n: 40, answer: "Ja"}},
    {label: "Opdrachtgevers", suppressed: false, grades: {n: 11, counts: [0, 0, 0, 0, 0, 1, 3, 4, 3, 0]}, recommended: null}
  ],
  strengths: [{item: "kantoor2", name: "De snelheid van reageren", module: "kantoor", benchmark: "Alle deelnemers", score: 6.6, reference: 5.5, difference: 1.1, level: "relevant"}],
  pages: [
    {key: "quality", path: "/keurmerk"},
    {key: "guide", path: "/leeswijzer"}
  ]
};
