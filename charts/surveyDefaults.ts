import {THRESHOLDS} from "../scoring/resolveSettings.ts";
import type {Scoring} from "../text/format.ts";
import type {Language} from "../text/translations.ts";

/** The comparison settings a chart's colours and legend follow. */
export interface ComparisonDefaults {
  confidence: number;
  minDifference: number;
  strongDifference: number;
  enpsMinDifference: number;
  enpsStrongDifference: number;
}

/** What a chart takes from the survey it is given: its language, scoring method and comparison settings. */
export interface SurveyDefaults {
  language: Language;
  scoring: Scoring;
  comparison: ComparisonDefaults;
}

/** The parts of a survey {@link surveyDefaults} reads (a report's `survey`, or a view's). */
export interface SurveyLike {
  language?: Language;
  settings?: {scoring?: Scoring; comparison?: Partial<ComparisonDefaults>};
}

/**
 * The defaults a chart takes from the survey it is given: `survey.language`, its scoring method
 * and `survey.settings.comparison`. Without a survey (or where it leaves a setting out): Dutch,
 * `mean`, 95 % confidence, the scoring method's thresholds (`THRESHOLDS` of
 * `scoring/resolveSettings.ts`: 0.7 and 1.4, or 0.07 and 0.14 for percent positive) and 7 and 14
 * eNPS points (the bundle's defaults). `scoring` overrides the survey's method.
 *
 * @example
 * surveyDefaults(report.survey).comparison.minDifference // 0.7
 * surveyDefaults(null, "percent-positive").comparison.minDifference // 0.07
 */
export function surveyDefaults(survey?: SurveyLike | null, scoring?: Scoring): SurveyDefaults {
  const method = scoring ?? survey?.settings?.scoring ?? "mean";
  const given = survey?.settings?.comparison ?? {};
  const thresholds = THRESHOLDS[method];
  return {
    language: survey?.language ?? "nl",
    scoring: method,
    comparison: {
      confidence: given.confidence ?? 0.95,
      minDifference: given.minDifference ?? thresholds.min,
      strongDifference: given.strongDifference ?? thresholds.strong,
      enpsMinDifference: given.enpsMinDifference ?? 7,
      enpsStrongDifference: given.enpsStrongDifference ?? 14
    }
  };
}
