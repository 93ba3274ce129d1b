import type {SurveyInfo} from "../../scoring/types.ts";

/**
 * Whether a question belongs on the Verdelingen page: a choice question, or a multi question that
 * is not a proud or improve topic (those have a page of their own).
 *
 * @example
 * report.survey.questions.filter(isChoiceQuestion).map((q) => q.id) // ["werkdruk_oordeel", "thuiswerk"]
 */
export function isChoiceQuestion<Q extends Pick<SurveyInfo["questions"][number], "type" | "topic">>(question: Q): question is Q & {type: "choice" | "multi"} {
  return question.type === "choice" || (question.type === "multi" && question.topic == null);
}
