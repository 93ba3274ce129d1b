/**
 * Rounds every non-integer number in a JSON-like value to 6 significant digits, leaving integers
 * (counts) exact, so views stay small without changing anything a page prints (pages print one
 * decimal) and tiny p-values keep their size. Returns a new value; the input is not changed.
 *
 * @example
 * compact({score: 6.866411538335559, n: 919, p: 5.42e-10}); // {score: 6.86641, n: 919, p: 5.42e-10}
 */
export function compact<T>(value: T): T {
  return walk(value) as T;
}

function walk(value: unknown): unknown {
  if (typeof value === "number") return Number.isInteger(value) || !Number.isFinite(value) ? value : Number(value.toPrecision(6));
  if (Array.isArray(value)) return value.map(walk);
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) if (v !== undefined) out[key] = walk(v);
    return out;
  }
  return value;
}
