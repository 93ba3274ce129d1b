import type {OrganisationPoint} from "./types.ts";

/**
 * Where a score lies against its funnel's 99.8 % control limits: `above`, `below`, or null within
 * them (or when the limits are unknown). Outside the 99.8 % limits a score is further from the
 * mean than chance explains for its size; outside the limits widened by τ (`which: "widened"`),
 * further than organisations differ anyway.
 *
 * @example
 * limitPosition({score: 0.8, limits: {p95: [0.5, 0.7], p998: [0.45, 0.75]}}); // "above"
 */
export function limitPosition(point: Pick<OrganisationPoint, "score" | "limits" | "widened">, which: "limits" | "widened" = "limits"): "above" | "below" | null {
  const limits = point[which];
  if (!limits) return null;
  return point.score > limits.p998[1] ? "above" : point.score < limits.p998[0] ? "below" : null;
}
