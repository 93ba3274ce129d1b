import type {Settings} from "../bundle/surveySchema.ts";
import type {ResolvedSettings} from "./types.ts";

/**
 * Default practical thresholds on the 0–10 scale; for percent-positive the same fraction of the
 * 0–1 range. The charts fall back to them when given no survey.
 *
 * @example
 * THRESHOLDS["percent-positive"].min // 0.07
 */
export const THRESHOLDS = {mean: {min: 0.7, strong: 1.4}, "percent-positive": {min: 0.07, strong: 0.14}} as const;

/**
 * Fills in the settings whose default depends on other settings: the difference thresholds are
 * 0.7 and 1.4 on the 0–10 scale, or 0.07 and 0.14 (7 and 14 percentage points) for percent positive.
 *
 * @example
 * resolveSettings(survey.settings).comparison.minDifference // 0.7
 */
export function resolveSettings(settings: Settings): ResolvedSettings {
  const defaults = THRESHOLDS[settings.scoring];
  return {
    ...settings,
    comparison: {
      ...settings.comparison,
      minDifference: settings.comparison.minDifference ?? defaults.min,
      strongDifference: settings.comparison.strongDifference ?? defaults.strong
    }
  };
}
