import type {Survey} from "./surveySchema.ts";

/**
 * The references `settings.norm` makes that the schema cannot check: a grade question, a grouping
 * variable, for `within` a variable with a parent, and a choice question as `recommendation`. Paths point into survey.yaml.
 *
 * @example
 * normProblems(survey) // [{path: ["settings", "norm", "question"], message: "…"}]
 */
export function normProblems(survey: Survey): {path: PropertyKey[]; message: string}[] {
  const options = survey.settings.norm;
  if (!options) return [];
  const problems: {path: PropertyKey[]; message: string}[] = [];
  const at = (key: string) => ["settings", "norm", key];
  const question = survey.questions.find((q) => q.id === options.question);
  if (!question) problems.push({path: at("question"), message: `settings.norm.question: "${options.question}" is not a question of the survey`});
  else if (survey.scales[question.scale]?.type !== "grade") problems.push({path: at("question"), message: `settings.norm.question: question ${question.id} needs a grade scale, its scale is ${survey.scales[question.scale]?.type}`});
  const variable = survey.groups.find((g) => g.id === options.variable);
  if (!variable) problems.push({path: at("variable"), message: `settings.norm.variable: "${options.variable}" is not a grouping variable`});
  else if (options.within !== undefined && variable.parent === undefined) {
    problems.push({path: at("within"), message: `settings.norm.within: the grouping variable ${variable.id} lies within no other variable, so there is no group "${options.within}" to check it within`});
  }
  if (options.recommendation !== undefined) {
    const recommendation = survey.questions.find((q) => q.id === options.recommendation);
    const type = recommendation && survey.scales[recommendation.scale]?.type;
    if (type !== "choice") problems.push({path: at("recommendation"), message: `settings.norm.recommendation: "${options.recommendation}" is not a choice question of the survey`});
  }
  return problems;
}
