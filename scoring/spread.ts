import {chiSquareUpperTail, zCritical} from "./probability.ts";
import type {GroupReport, Heterogeneity, Interval, Spread, SpreadPoint} from "./types.ts";

/**
 * How the shown organisations of a study spread on each module, for a ranking with intervals and
 * a funnel plot: every organisation's score, standard error, respondents, interval and rank, and
 * the funnel's control limits for its size, mean ± z·σ/√n at 95 % and 99.8 % around the
 * unweighted mean of the organisations' scores. σ is the spread of one respondent's value that
 * the organisations' own standard errors imply, pooled by size: σ² = Σ nᵢ·(nᵢ·SEᵢ²) / Σ nᵢ, so the
 * limits carry the same weights and finite population corrections as the standard errors. An
 * organisation outside the 99.8 % limits is further from the mean than chance explains for its
 * size; a small one is not called an outlier for being small. With it, whether the organisations
 * differ by more than sampling error at all, and by how much ({@link heterogeneity}); and the
 * limits widened by that true spread τ, mean ± z·√(σ²/n + τ²) (Spiegelhalter's random-effects
 * funnel, 2005): an organisation outside the widened 99.8 % limits differs from the mean by more
 * than organisations differ anyway, so it is exceptional among them, not only unlike the mean.
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
    const widened = (n: number, z: number, tau: number): Interval => {
      const half = z * Math.sqrt((sd! * sd!) / n + tau * tau);
      return [mean! - half, mean! + half];
    };
    const spreadOf = heterogeneity(withSe.map((p) => ({score: p.score, se: p.se!})));
    const known = mean !== null && sd !== null;
    return {
      item,
      mean,
      sd,
      heterogeneity: spreadOf,
      organisations: points.map(
        (p, i): SpreadPoint => ({
          ...p,
          rank: i + 1,
          limits: known ? {p95: limits(p.n, z95), p998: limits(p.n, z998)} : null,
          widened: known && spreadOf ? {p95: widened(p.n, z95, spreadOf.tau), p998: widened(p.n, z998, spreadOf.tau)} : null
        })
      )
    };
  });
}

/**
 * Whether organisations differ by more than sampling error, as a meta-analysis asks it of studies:
 * Cochran's Q = Σ wᵢ(yᵢ − ȳ)² with wᵢ = 1/SEᵢ² around the inverse-variance weighted mean ȳ, its
 * p-value on χ² with k − 1 degrees of freedom, the DerSimonian–Laird between-organisation variance
 * τ² = max(0, (Q − (k − 1)) / (Σw − Σw²/Σw)) (reported as its square root τ, on the score's scale)
 * and I² = max(0, (Q − (k − 1))/Q), the share of the variation between organisations that is not
 * chance. Null below two organisations or when a standard error is zero. In R:
 * `metafor::rma(yi = score, sei = se, method = "DL")` gives the same Q, τ² and I².
 *
 * @example
 * heterogeneity([{score: 0.6, se: 0.01}, {score: 0.7, se: 0.02}, {score: 0.65, se: 0.01}]) // {q: 24.7, df: 2, pValue: 4.4e-6, tau: 0.046, i2: 0.92}
 */
export function heterogeneity(points: {score: number; se: number}[]): Heterogeneity | null {
  const k = points.length;
  if (k < 2 || points.some((p) => !(p.se > 0))) return null;
  const w = points.map((p) => 1 / (p.se * p.se));
  const sw = w.reduce((a, b) => a + b, 0);
  const mean = points.reduce((s, p, i) => s + w[i] * p.score, 0) / sw;
  const q = points.reduce((s, p, i) => s + w[i] * (p.score - mean) ** 2, 0);
  const df = k - 1;
  const tau2 = Math.max(0, (q - df) / (sw - w.reduce((s, x) => s + x * x, 0) / sw));
  return {q, df, pValue: chiSquareUpperTail(q, df), tau: Math.sqrt(tau2), i2: q > 0 ? Math.max(0, (q - df) / q) : 0};
}
