/**
 * `JSON.stringify(value)` in pieces of about `size` characters, so that a large report is written
 * while the rest is still being turned into text, and never lies in memory as one string. The
 * pieces joined are exactly `JSON.stringify(value)`: a plain object or array is split between its
 * members (and, two levels down, between theirs); anything else (a `toJSON`, a class instance) is
 * stringified whole.
 *
 * @example
 * [...jsonChunks({a: [1, 2], b: "x"})].join("") === JSON.stringify({a: [1, 2], b: "x"}) // true
 */
export function* jsonChunks(value: unknown, size = 1 << 16): Generator<string> {
  let pending = "";
  for (const piece of pieces(value, 2)) {
    pending += piece;
    if (pending.length >= size) {
      yield pending;
      pending = "";
    }
  }
  if (pending) yield pending;
}

/** The text of `value` as pieces, split between members down to `depth` levels. */
function* pieces(value: unknown, depth: number): Generator<string> {
  if (depth === 0 || !splittable(value)) {
    // As JSON.stringify has it at the top: undefined (and functions, symbols) give nothing.
    const text = JSON.stringify(value);
    if (text !== undefined) yield text;
    return;
  }
  if (Array.isArray(value)) {
    yield "[";
    for (let i = 0; i < value.length; ++i) {
      if (i > 0) yield ",";
      // A member JSON.stringify leaves out of an object is null in an array.
      if (omitted(value[i])) yield "null";
      else yield* pieces(value[i], depth - 1);
    }
    yield "]";
    return;
  }
  yield "{";
  let first = true;
  for (const [key, member] of Object.entries(value as object)) {
    if (omitted(member)) continue;
    yield `${first ? "" : ","}${JSON.stringify(key)}:`;
    first = false;
    yield* pieces(member, depth - 1);
  }
  yield "}";
}

/** A plain object or array without `toJSON`, whose members can be stringified one by one. */
function splittable(value: unknown): value is object {
  if (value === null || typeof value !== "object" || typeof (value as {toJSON?: unknown}).toJSON === "function") return false;
  const prototype = Object.getPrototypeOf(value);
  return Array.isArray(value) ? prototype === Array.prototype : prototype === Object.prototype || prototype === null;
}

/** What JSON.stringify leaves out of an object (and writes as null in an array). */
function omitted(value: unknown): boolean {
  return value === undefined || typeof value === "function" || typeof value === "symbol";
}
