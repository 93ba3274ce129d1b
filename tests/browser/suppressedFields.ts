import {readdirSync, readFileSync, statSync} from "node:fs";
import {join} from "node:path";

/** Every file below `dir`. */
export function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/**
 * What the report data of a built site gives a suppressed group beyond its identity: for every
 * object with `suppressed: true` and a `variable` in any JSON file, each numeric field (but
 * `invited`, the known headcount) and each list of scores it carries, as `file: key`. Empty when
 * suppressed groups carry nothing but who they are.
 *
 * @example
 * expect(suppressedFields(files)).toEqual([]);
 */
export function suppressedFields(files: {path: string; text: string}[]): string[] {
  const found = new Set<string>();
  for (const file of files.filter((f) => f.path.endsWith(".json"))) {
    JSON.parse(file.text, (key, value) => {
      if (value && typeof value === "object" && value.suppressed === true && typeof value.variable === "string") {
        for (const [k, v] of Object.entries(value)) if (typeof v === "number" && k !== "invited") found.add(`${file.path}: ${k}`);
        for (const k of ["questions", "modules", "enps", "distributions", "topics", "comments"]) if (k in value) found.add(`${file.path}: ${k}`);
      }
      return value;
    });
  }
  return [...found];
}

/** The JSON files below a built site, read. */
export function jsonFiles(dir: string): {path: string; text: string}[] {
  return walk(dir)
    .filter((path) => path.endsWith(".json"))
    .map((path) => ({path, text: readFileSync(path, "utf8")}));
}
