import {zCritical} from "./probability.ts";
import type {GroupReport, Interval, Spread, SpreadPoint} from "./types.ts";

/**
 * How the shown organisations of a study spread on each module, for a ranking with intervals and
 * a funnel plot: every organisation's score, standard error, respondents, interval and rank, and
 * the funnel's control limits for its size, mean ± z·σ/√n at 95 % and 99.8 % around the
 * unweighted mean of the organisations' scores. σ is the spread of one respondent's value that
 * the organisations' own standard errors imply, pooled by size: σ² = Σ nᵢ·(nᵢ·SEᵢ²) / Σ nᵢ, so the
 * limits carry the same weights and finite population corrections as the standard errors. An
 * organisation outside the 99.8 % limits is further from the mean than chance explains for its
 * size; a small one is not called an outlier for being small.
 *
 * @example
 * spread(organisations, ["leaders_lead"]) // [{item: "leaders_lead", mean: 0.61, sd: 0.41, organisations: [{group: "AGENCY=NV", rank: 1, …}, …]}]
 */
export function spread(organisations: GroupReport[], modules: string[]): Spread[] {
  const z95 = zCritical(0.95);
  const z998 = zCritical(0.998);
  return modules.map((item) => {
    const points = organisations.flatMap((group) => {
      const m = group.suppressed ? undefined : group.modules?.find((x) => x.id === item);
      return m && m.score !== null && m.n !== null ? [{group: group.id, value: group.value, score: m.score, se: m.se, n: m.n, ci: m.ci}] : [];
    });
    points.sort((a, b) => b.score - a.score || a.value.localeCompare(b.value));
    const mean = points.length ? points.reduce((s, p) => s + p.score, 0) / points.length : null;
    const withSe = points.filter((p) => p.se !== null);
    const size = withSe.reduce((s, p) => s + p.n, 0);
    const sd = withSe.length && size > 0 ? Math.sqrt(withSe.reduce((s, p) => s + p.n * p.n * p.se! * p.se!, 0) / size) : null;
    const limits = (n: number, z: number): Interval => [mean! - (z * sd!) / Math.sqrt(n), mean! + (z * sd!) / Math.sqrt(n)];
    return {
      item,
      mean,
      sd,
      organisations: points.map((p, i): SpreadPoint => ({...p, rank: i + 1, limits: mean === null || sd === null ? null : {p95: limits(p.n, z95), p998: limits(p.n, z998)}}))
    };
  });
}
