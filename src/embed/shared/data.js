/**
 * The data of the embed modules: the report's small views (scoring/views), each loaded once per
 * page however many charts use it, and only when a chart asks for it. The paths are relative to
 * this module, so they resolve against the report site from any origin.
 */

import {FileAttachment} from "npm:@observablehq/stdlib";

const files = {
  overview: FileAttachment("../../data/overview.json"),
  questions: FileAttachment("../../data/questions.json"),
  groups: FileAttachment("../../data/groups.json"),
  groupQuestions: FileAttachment("../../data/group-questions.json"),
  quality: FileAttachment("../../data/quality.json"),
  trends: FileAttachment("../../data/trends.json"),
  study: FileAttachment("../../data/study.json")
};
const loaded = new Map();
const load = (name) => () => {
  if (!loaded.has(name)) loaded.set(name, files[name].json());
  return loaded.get(name);
};

/** `overview.json` (OverviewView): survey, response, modules, eNPS, organisation comparisons, topics. */
export const overview = load("overview");

/** `questions.json` (QuestionsView): question scores, distributions, the likert questions per module. */
export const questions = load("questions");

/** `groups.json` (GroupsView): every group with compact module scores and eNPS, and their comparisons. */
export const groups = load("groups");

/** `group-questions.json` (GroupsView): every group with compact question scores, and their comparisons. */
export const groupQuestions = load("groupQuestions");

/** `quality.json` (QualityView): the norm check and the grades per population; null without settings.norm. */
export const quality = load("quality");

/** `trends.json` (TrendsView): the waves and the trends of the organisation and every shown group; no waves without earlier ones. */
export const trends = load("trends");
/** `study.json` (StudyView): a study's organisations, their spread per module, correlations and drivers; null without a study. */
export const study = load("study");
