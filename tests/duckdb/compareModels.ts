/**
 * Compares two report models field by field: every non-numeric value (keys, ids, texts, levels,
 * nulls, booleans, array lengths) must be identical, and every number equal to within a relative
 * tolerance. Returns the differences found (empty when the models agree), the largest relative
 * difference of any number, and how many numbers there were.
 */
export function compareModels(a: unknown, b: unknown, tolerance: number): {differences: string[]; numbers: number; largest: number} {
  const differences: string[] = [];
  let numbers = 0;
  let largest = 0;
  const walk = (x: unknown, y: unknown, path: string) => {
    if (typeof x === "number" && typeof y === "number") {
      ++numbers;
      if (x === y) return;
      const relative = Math.abs(x - y) / Math.max(Math.abs(x), Math.abs(y));
      largest = Math.max(largest, relative);
      if (!(relative <= tolerance)) differences.push(`${path}: ${x} and ${y} (relative difference ${relative.toExponential(1)})`);
      return;
    }
    if (x === null || y === null || typeof x !== "object" || typeof y !== "object") {
      if (x !== y) differences.push(`${path}: ${JSON.stringify(x)} and ${JSON.stringify(y)}`);
      return;
    }
    if (Array.isArray(x) !== Array.isArray(y)) {
      differences.push(`${path}: an array and an object`);
      return;
    }
    const keys = Object.keys(x);
    const others = Object.keys(y);
    if (keys.join("\u0000") !== others.join("\u0000")) {
      differences.push(`${path}: keys ${keys.join(",")} and ${others.join(",")}`);
      return;
    }
    for (const key of keys) walk((x as Record<string, unknown>)[key], (y as Record<string, unknown>)[key], `${path}.${key}`);
  };
  walk(a, b, "");
  return {differences, numbers, largest};
}
