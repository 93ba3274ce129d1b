import {zCritical} from "./probability.ts";
import type {Correlation, GroupReport, Interval} from "./types.ts";

/**
 * The Pearson correlation of every pair of modules across the shown organisations of a study,
 * unweighted, over the organisations with both module scores shown (suppressed organisations and
 * withheld scores are left out), with Fisher's z interval at `confidence`: tanh(atanh r ± z/√(n − 3)).
 * r and its interval are null for fewer than 4 organisations or when a score does not vary.
 *
 * @example
 * correlations(organisations, ["leaders_lead", "supervisors"], {confidence: 0.95}) // [{a: "leaders_lead", b: "supervisors", r: 0.81, …}]
 */
export function correlations(organisations: GroupReport[], modules: string[], {confidence}: {confidence: number}): Correlation[] {
  const scoreOf = (group: GroupReport, id: string) => group.modules?.find((m) => m.id === id)?.score ?? null;
  const result: Correlation[] = [];
  for (let i = 0; i < modules.length; ++i) {
    for (let j = i + 1; j < modules.length; ++j) {
      const pairs = organisations.flatMap((group) => {
        const x = scoreOf(group, modules[i]);
        const y = scoreOf(group, modules[j]);
        return group.suppressed || x === null || y === null ? [] : [[x, y] as const];
      });
      const n = pairs.length;
      const r = n < 4 ? null : pearson(pairs);
      result.push({a: modules[i], b: modules[j], level: "organisation", r, ci: r === null ? null : fisherInterval(r, n, confidence), n});
    }
  }
  return result;
}

/** Pearson's r of the pairs, or null when either does not vary. */
function pearson(pairs: readonly (readonly [number, number])[]): number | null {
  const n = pairs.length;
  const mx = pairs.reduce((s, [x]) => s + x, 0) / n;
  const my = pairs.reduce((s, [, y]) => s + y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (const [x, y] of pairs) {
    sxy += (x - mx) * (y - my);
    sxx += (x - mx) ** 2;
    syy += (y - my) ** 2;
  }
  if (!(sxx > 0) || !(syy > 0)) return null;
  return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
}

function fisherInterval(r: number, n: number, confidence: number): Interval {
  const z = Math.atanh(r);
  const half = zCritical(confidence) / Math.sqrt(n - 3);
  return [Math.tanh(z - half), Math.tanh(z + half)];
}
