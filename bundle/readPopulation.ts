import type {BundleIssue} from "./BundleError.ts";
import {CsvReader, fieldCountIssue, parseNumber, type CsvSource} from "./csv.ts";
import type {Survey} from "./surveySchema.ts";

/**
 * Invited headcounts from `population.csv`, looked up by a group's path of values.
 * A row names the values of one group and its ancestors; every other group column is empty.
 */
export interface Population {
  /** The organisation's headcount: the row with every group column empty, else the sum over the rows of the first top-level variable. */
  total: number | null;
  /** Headcount by {@link populationKey}. */
  invited: Map<string, number>;
  /** The deepest variable each row describes, so a missing group can be told apart from a variable not covered. */
  variables: Set<string>;
  /** Line of each row, by key. */
  lines: Map<string, number>;
}

/** The lookup key of a group: its variable path joined with values, e.g. `domein=Mobiliteit|team=Wegen`. */
export function populationKey(path: {variable: string; value: string}[]): string {
  return path.map(({variable, value}) => `${variable}=${value}`).join("|");
}

/**
 * Reads `population.csv`: columns for the grouping variables (any subset), then `invited`.
 *
 * @example
 * const {population, issues} = readPopulation(text, "population.csv", survey);
 * population.invited.get("domein=Mobiliteit") // 212
 */
export function readPopulation(
  source: CsvSource, file: string, survey: Survey): {population: Population; issues: BundleIssue[]} {
  const issues: BundleIssue[] = [];
  const reader = new CsvReader(source, file);
  const header = reader.next() ? reader.fields().map((h) => h.trim()) : [];
  const variables = new Set(survey.groups.map((g) => g.id));
  const population: Population = {total: null, invited: new Map(), variables: new Set(), lines: new Map()};
  const invitedColumn = header.indexOf("invited");
  if (invitedColumn < 0) {
    issues.push({file, line: 1, message: 'the header has no "invited" column', expected: "the grouping variable columns, then invited", kind: "missing-column"});
  }
  header.forEach((name, i) => {
    if (name !== "invited" && name !== "" && !variables.has(name)) {
      issues.push({file, line: 1, column: i + 1, columnName: name, message: `"${name}" is not a grouping variable in survey.yaml`, expected: `one of ${[...variables, "invited"].join(", ")}`, kind: "unknown-column"});
    }
  });
  if (issues.length) return {population, issues};
  const columns = survey.groups.filter((g) => header.includes(g.id));
  let firstRootSum: number | null = null;
  const firstRoot = columns.find((g) => g.parent === undefined)?.id;
  while (reader.next()) {
    const fields = reader.fields();
    const line = reader.line;
    const shape = fieldCountIssue(reader, header.length);
    if (shape) {
      issues.push(shape);
      continue;
    }
    const cell = (name: string) => (fields[header.indexOf(name)] ?? "").trim();
    const invited = parseNumber(cell("invited"));
    if (!Number.isInteger(invited) || invited < 0) {
      issues.push({file, line, column: invitedColumn + 1, columnName: "invited", message: `"${cell("invited")}" is not a headcount`, expected: "a whole number, 0 or more", kind: "not-a-number"});
      continue;
    }
    const given = columns.filter((g) => cell(g.id) !== "");
    if (given.length === 0) {
      if (population.total !== null) issues.push({file, line, message: "a second organisation total row (every group column empty)", expected: "one total row", kind: "duplicate-row"});
      population.total = invited;
      continue;
    }
    // The row describes the deepest given variable; its ancestors must be given too, the rest empty.
    const deepest = given.find((g) => !given.some((c) => c.parent === g.id))!;
    const path: {variable: string; value: string}[] = [];
    for (let g: (typeof columns)[number] | undefined = deepest; g; g = columns.find((c) => c.id === g!.parent)) {
      path.unshift({variable: g.id, value: cell(g.id)});
    }
    const stray = given.filter((g) => !path.some((p) => p.variable === g.id));
    const unnamed = path.filter((p) => p.value === "");
    if (stray.length || unnamed.length) {
      issues.push({
        file,
        line,
        message: stray.length ? `the row gives values for unrelated variables ${given.map((g) => g.id).join(" and ")}` : `the row gives ${deepest.id} but not ${unnamed.map((p) => p.variable).join(", ")}`,
        expected: "one group per row: its variable, the variables it lies within, and nothing else",
        kind: "invalid-row"
      });
      continue;
    }
    const key = populationKey(path);
    if (population.invited.has(key)) {
      issues.push({file, line, message: `the group ${key} is listed twice (also line ${population.lines.get(key)})`, expected: "one row per group", kind: "duplicate-row"});
      continue;
    }
    population.invited.set(key, invited);
    population.lines.set(key, line);
    population.variables.add(deepest.id);
    if (deepest.id === firstRoot) firstRootSum = (firstRootSum ?? 0) + invited;
  }
  issues.push(...reader.issues);
  population.total ??= firstRootSum;
  return {population, issues};
}
