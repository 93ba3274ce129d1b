import type {Distribution, Norm, Report} from "../../scoring/types.ts";
import {compact} from "./compact.ts";
import {reportPages} from "./reportPages.ts";
import type {QualityPopulation, QualityView} from "../../charts/types.ts";

/**
 * The quality-mark view (`quality.json`), for the Keurmerk page: the norm check (table 1.1), the
 * names of its grouping variables and grade question, per population (or for everyone, without
 * `norm.within`) the spread of the grades rounded to whole grades and the share who recommended
 * the organisation, and the questions scored relatively well against a benchmark. Null without
 * `settings.norm`.
 *
 * @example
 * qualityView(report)?.norm.total.mean; // 7.63
 */
export function qualityView(report: Report): QualityView | null {
  const norm = report.norm;
  if (!norm) return null;
  const {survey} = report;
  const question = survey.questions.find((q) => q.id === norm.question)!;
  const variable = survey.groups.find((g) => g.id === norm.variable)!;
  const parent = variable.parent === null ? null : (survey.groups.find((g) => g.id === variable.parent) ?? null);
  return compact({
    survey: {title: survey.title, organisation: survey.organisation, period: survey.period, language: survey.language, settings: survey.settings},
    norm,
    question: {id: question.id, text: question.text, short: question.short},
    variableName: variable.name,
    populationName: norm.within === null ? null : (parent?.name ?? null),
    populations: populations(report, norm),
    strengths: strengths(report),
    pages: reportPages(report).map(({key, path}) => ({key, path}))
  });
}

/** The spread of the grades and the recommendation per population, or for everyone. */
function populations(report: Report, norm: Norm): QualityPopulation[] {
  const recommendation = report.survey.settings.norm?.recommendation ?? null;
  const sets =
    norm.within === null
      ? [{label: report.survey.organisation, suppressed: false, distributions: report.distributions}]
      : norm.populations.map((p) => ({label: p.value, suppressed: p.suppressed, distributions: report.groups.find((g) => g.id === p.id)?.distributions ?? []}));
  return sets.map(({label, suppressed, distributions}) => {
    const grades = suppressed ? undefined : distributions.find((d) => d.question === norm.question);
    const recommended = suppressed || recommendation === null ? undefined : distributions.find((d) => d.question === recommendation);
    return {
      label,
      suppressed,
      grades: grades && grades.n > 0 ? wholeGrades(grades) : null,
      recommended: recommended && recommended.n > 0 ? {share: recommended.options[0].share ?? 0, count: recommended.options[0].count, n: recommended.n, answer: recommended.options[0].label} : null
    };
  });
}

/**
 * Counts of the grades 1–10, a grade with a decimal rounded to the nearest whole grade (halves
 * up: 7.5 counts as 8), as the published reports draw them.
 *
 * @example
 * wholeGrades(distribution) // {n: 11, counts: [0, 0, 0, 0, 0, 1, 3, 4, 2, 1]}
 */
export function wholeGrades(distribution: Distribution): {n: number; counts: number[]} {
  const counts = Array.from({length: 10}, () => 0);
  for (const option of distribution.options) {
    if (option.missing || option.score === null) continue;
    counts[Math.min(10, Math.max(1, Math.floor(option.score + 0.5))) - 1] += option.count;
  }
  return {n: distribution.n, counts};
}

/** The organisation's questions that score relevantly above a benchmark, largest difference first. */
function strengths(report: Report): QualityView["strengths"] {
  const benchmarks = new Map(report.benchmarks.map((b) => [b.id, b.name]));
  return report.comparisons
    .filter((c) => c.group === null && c.kind === "question" && benchmarks.has(c.against) && c.level !== "none" && c.difference > 0)
    .sort((a, b) => b.difference - a.difference)
    .map((c) => {
      const question = report.survey.questions.find((q) => q.id === c.item)!;
      return {item: c.item, name: question.short, module: question.module, benchmark: benchmarks.get(c.against)!, score: c.score, reference: c.reference, difference: c.difference, level: c.level};
    });
}
