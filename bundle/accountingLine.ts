import type {Bundle} from "./readBundle.ts";

/**
 * The line that accounts for every row of a bundle's responses: read = accepted + set aside, with
 * the count per reason, as `peiling score`, `build` and `import` print it on stderr.
 *
 * @example
 * accountingLine(bundle) // "responses.csv: 920 rows read, 919 accepted, 1 set aside (no answers: 1)"
 */
export function accountingLine(bundle: Pick<Bundle, "accounting">): string {
  const {accounting} = bundle;
  const reasons = Object.entries(accounting.reasons).map(([reason, count]) => `${reason}: ${count}`);
  return `${accounting.file}: ${accounting.read} rows read, ${accounting.accepted} accepted, ${accounting.setAside} set aside${reasons.length ? ` (${reasons.join(", ")})` : ""}`;
}
