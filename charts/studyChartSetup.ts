import {surveyDefaults, type SurveyDefaults, type SurveyLike} from "./surveyDefaults.ts";
import {format, type Formatter, type Scoring} from "../text/format.ts";
import {studyText, type StudyText} from "../text/studyText.ts";
import type {Language} from "../text/translations.ts";

/** What a chart of a study across organisations takes from its survey and its options. */
export interface StudyChartSetup {
  /** The survey's settings, with the scoring the options may set instead. */
  settings: SurveyDefaults;
  /** The options' locale, else the survey's language. */
  locale: Language;
  /** The study's texts in that language. */
  text: StudyText;
  /** Number formats for that language and scoring. */
  f: Formatter;
}

/**
 * The settings, language, texts and number formats of a study chart (SpreadChart, FunnelPlot,
 * CorrelationChart, DriverChart), from the survey and the options that override it.
 *
 * @example
 * const {text, f} = studyChartSetup({survey: view.survey, scoring: undefined, locale: undefined});
 */
export function studyChartSetup({survey, scoring, locale}: {survey?: SurveyLike | null; scoring?: Scoring; locale?: Language}): StudyChartSetup {
  const settings = surveyDefaults(survey, scoring);
  const language = locale ?? settings.language;
  return {settings, locale: language, text: studyText(language), f: format({locale: language, scoring: settings.scoring})};
}
