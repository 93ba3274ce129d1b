import type {Distribution, Report, Topic} from "../../scoring/types.ts";
import {compact} from "./compact.ts";
import {isChoiceQuestion} from "./isChoiceQuestion.ts";
import {previousView} from "./overviewView.ts";
import type {ChoiceOption, ChoiceView, QuestionsView} from "../../charts/types.ts";

/**
 * The questions view (`questions.json`): every question score of the organisation, the modules
 * with the ids of their questions (in survey order), the answer distributions of the
 * organisation and of the previous survey (where it has respondent data), the choice and multi
 * questions other than the proud/improve topics with their previous answers, and the
 * organisation's comparisons of questions with the previous survey and the benchmarks. It carries
 * the survey, benchmarks and previous label too, so the questions page reads one file.
 *
 * @example
 * questionsView(report).modules[8]; // {id: "werkdruk", name: "Werkdruk", questions: ["wd1", "wd2", "wd3", "wd_oordeel"], …}
 */
export function questionsView(report: Report): QuestionsView {
  const {survey} = report;
  return compact({
    survey,
    benchmarks: report.benchmarks,
    previous: previousView(report),
    questions: report.questions,
    modules: survey.modules.map((m) => ({
      id: m.id,
      name: m.name,
      description: m.description,
      questions: survey.questions.filter((q) => q.module === m.id).map((q) => q.id),
      likert: survey.questions.filter((q) => q.module === m.id && q.type === "likert").map((q) => q.id),
      notCore: survey.questions.filter((q) => q.module === m.id && (q.type === "likert" || q.type === "grade") && !m.core.includes(q.id)).map((q) => q.id)
    })),
    distributions: report.distributions,
    previousDistributions: report.previous?.distributions ?? [],
    choices: choiceViews(survey, report, report.previous ? [{id: "previous", label: report.previous.label, source: report.previous}] : []),
    comparisons: report.comparisons.filter((c) => c.group == null && c.kind === "question")
  });
}

/** The answers of one set of respondents that choice questions are taken from. */
export interface ChoiceSource {
  distributions: Distribution[];
  topics: Topic[];
}

/**
 * The choice questions (from their distributions) and the multi questions that are not proud or
 * improve topics (from their topics) of `own`, each set against the same question's answers in
 * every reference that has them (for the organisation: the previous survey). A multi question's
 * shares are of the respondents who answered it, so they add up to more than 1.
 *
 * @example
 * choiceViews(report.survey, report, [{id: "previous", label: "Vorig onderzoek", source: report.previous}]);
 */
export function choiceViews(
  survey: Report["survey"],
  own: ChoiceSource,
  references: {id: string; label: string; source: ChoiceSource | null | undefined}[] = []
): ChoiceView[] {
  return survey.questions.flatMap((q): ChoiceView[] => {
    if (!isChoiceQuestion(q)) return [];
    const answers = answersOf(q.id, q.type, own);
    if (!answers) return [];
    return [
      {
        question: q.id,
        type: q.type,
        text: q.text,
        short: q.short || q.text,
        module: q.module,
        ...answers,
        references: references.flatMap(({id, label, source}) => {
          const found = source ? answersOf(q.id, q.type as "choice" | "multi", source) : null;
          return found ? [{id, label, ...found}] : [];
        })
      }
    ];
  });
}

function answersOf(question: string, type: "choice" | "multi", source: ChoiceSource): {n: number; options: ChoiceOption[]} | null {
  if (type === "choice") {
    const d = (source.distributions ?? []).find((x) => x.question === question);
    return d && d.n > 0 ? fromDistribution(d) : null;
  }
  return fromTopics((source.topics ?? []).filter((t) => t.question === question));
}

function fromDistribution(d: Distribution): {n: number; options: ChoiceOption[]} {
  return {
    n: d.n,
    options: d.options.filter((o) => !o.missing).map((o) => ({code: o.code, label: o.label, count: o.count, share: o.share ?? 0}))
  };
}

function fromTopics(topics: Topic[]): {n: number; options: ChoiceOption[]} | null {
  if (!topics.length) return null;
  return {
    n: topics[0].answered,
    options: [...topics].sort((a, b) => a.rank - b.rank).map((t) => ({code: t.option, label: t.label, count: t.count, share: t.share}))
  };
}
