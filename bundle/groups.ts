import {FirstSeen} from "./FirstSeen.ts";
import type {BundleIssue} from "./BundleError.ts";
import {populationKey, type Population} from "./readPopulation.ts";
import type {ResponseTable} from "./ResponseTable.ts";
import type {Survey} from "./surveySchema.ts";

/** One group of respondents: a value of a grouping variable, within its parent group if any. */
export interface GroupNode {
  /** `variable=value`, prefixed by the parent's id and `|` in a hierarchy. */
  id: string;
  variable: string;
  value: string;
  parent: string | null;
  /** For a cell of a crossing: the ids of the two groups it combines. */
  crossing?: [string, string];
  /** The variables and values from the top of the hierarchy down to this group. */
  path: {variable: string; value: string}[];
  /** Respondents in the group. */
  size: number;
  /** Row indices of its respondents in the response table, ascending (empty when the rows live in a database). */
  rows: Int32Array;
  invited: number | null;
}

/**
 * Splits the respondents into groups for every grouping variable; a variable with a `parent`
 * splits each parent group, so teams with the same name in two departments stay apart. Each
 * crossing of two variables (`crossings`) adds a group for every combination that occurs, as the
 * variable `a×b`. Groups are listed by variable (survey order, crossings last), then in the
 * variable's declared `order`, then in population.csv's order, then by value.
 *
 * @example
 * buildGroups(survey, table, population) // [{id: "domein=Mobiliteit", rows: Int32Array(212), …}, …]
 */
export function buildGroups(survey: Survey, table: ResponseTable, population: Population | null): GroupNode[] {
  const nodes: GroupNode[] = [];
  const nodeOfRow = new Map<string, Int32Array>();
  const byVariable = new Map<string, GroupNode[]>();
  for (const variable of topologicalOrder(survey)) {
    const column = table.groups.get(variable.id)!;
    const parentOfRow = variable.parent === undefined ? null : nodeOfRow.get(variable.parent)!;
    const parents = variable.parent === undefined ? [] : byVariable.get(variable.parent)!;
    const ofRow = new Int32Array(table.n).fill(-1);
    const created: {parent: number; code: number; count: number}[] = [];
    const width = column.values.length;
    // Each (parent, value) pair's node, numbered by first appearance.
    const seen = new FirstSeen(Math.max(parents.length, 1) * width);
    for (let r = 0; r < table.n; ++r) {
      const code = column.codes[r];
      const parent = parentOfRow ? parentOfRow[r] : 0;
      if (code < 0 || parent < 0) continue;
      const index = seen.of(parent * width + code);
      if (index === created.length) created.push({parent, code, count: 0});
      ++created[index].count;
      ofRow[r] = index;
    }
    const rows = created.map((c) => new Int32Array(c.count));
    const filled = new Int32Array(created.length);
    for (let r = 0; r < table.n; ++r) if (ofRow[r] >= 0) rows[ofRow[r]][filled[ofRow[r]]++] = r;
    const variableNodes = created.map((c, i): GroupNode => {
      const parent = parentOfRow ? parents[c.parent] : null;
      const value = column.values[c.code];
      const path = [...(parent?.path ?? []), {variable: variable.id, value}];
      return {
        id: `${parent ? `${parent.id}|` : ""}${variable.id}=${value}`,
        variable: variable.id,
        value,
        parent: parent?.id ?? null,
        path,
        size: rows[i].length,
        rows: rows[i],
        invited: population?.invited.get(populationKey(path)) ?? null
      };
    });
    nodeOfRow.set(variable.id, ofRow);
    byVariable.set(variable.id, variableNodes);
  }
  // Report order: survey order of variables, then population.csv's order, then by value.
  for (const variable of survey.groups) {
    const list = [...byVariable.get(variable.id)!];
    const declared = (node: GroupNode) => {
      const i = variable.order?.indexOf(node.value) ?? -1;
      return i < 0 ? Infinity : i;
    };
    const line = (node: GroupNode) => population?.lines.get(populationKey(node.path)) ?? Infinity;
    list.sort(
      (a, b) =>
        declared(a) - declared(b) ||
        line(a) - line(b) ||
        (a.parent ?? "").localeCompare(b.parent ?? "", "nl", {numeric: true}) ||
        a.value.localeCompare(b.value, "nl", {numeric: true})
    );
    nodes.push(...list);
  }
  const position = new Map(nodes.map((node, i) => [node.id, i]));
  for (const [a, b] of survey.crossings) {
    const ofA = nodeOfRow.get(a)!;
    const ofB = nodeOfRow.get(b)!;
    const cells = new Map<number, number[]>();
    const width = byVariable.get(b)!.length;
    for (let r = 0; r < table.n; ++r) {
      if (ofA[r] < 0 || ofB[r] < 0) continue;
      const key = ofA[r] * width + ofB[r];
      let rows = cells.get(key);
      if (!rows) cells.set(key, (rows = []));
      rows.push(r);
    }
    const crossed = [...cells].map(([key, rows]): GroupNode => {
      const nodeA = byVariable.get(a)![Math.floor(key / width)];
      const nodeB = byVariable.get(b)![key % width];
      const path = [...nodeA.path, ...nodeB.path];
      return {
        id: `${nodeA.id}&${nodeB.id}`,
        variable: crossingVariable(a, b),
        value: `${nodeA.value} × ${nodeB.value}`,
        parent: null,
        crossing: [nodeA.id, nodeB.id],
        path,
        size: rows.length,
        rows: Int32Array.from(rows),
        invited: population?.invited.get(populationKey(path)) ?? null
      };
    });
    const at = (node: GroupNode, i: 0 | 1) => position.get(node.crossing![i])!;
    crossed.sort((x, y) => at(x, 0) - at(y, 0) || at(x, 1) - at(y, 1));
    nodes.push(...crossed);
  }
  return nodes;
}

/** The variable name of a crossing of two grouping variables: `domein×leeftijd`. */
export function crossingVariable(a: string, b: string): string {
  return `${a}×${b}`;
}


/**
 * Checks the groups against population.csv: where the file lists a variable's groups, every group
 * that answered must be listed, and no group can have more respondents than were invited.
 */
export function populationIssues(survey: Survey, table: ResponseTable, nodes: GroupNode[], population: Population, files: {responses: string; population: string}): BundleIssue[] {
  const issues: BundleIssue[] = [];
  for (const node of nodes) {
    const key = populationKey(node.path);
    if (population.variables.has(node.variable) && node.invited === null) {
      const column = table.groups.get(node.variable)!;
      issues.push({
        file: files.responses,
        line: column.firstLines[column.values.indexOf(node.value)],
        columnName: node.variable,
        message: `the group ${node.path.map((p) => `${p.variable} "${p.value}"`).join(" within ")} is not in ${files.population}`,
        expected: `a row for it in ${files.population}, or a value that is listed there`,
        kind: "unknown-group"
      });
    } else if (node.invited !== null && node.size > node.invited) {
      issues.push({
        file: files.population,
        line: population.lines.get(key),
        columnName: "invited",
        message: `${node.size} responded in ${key}, more than the ${node.invited} invited`,
        expected: "an invited headcount at least the number of respondents",
        kind: "invalid-headcount"
      });
    }
  }
  if (population.total !== null && table.n > population.total) {
    issues.push({file: files.population, message: `${table.n} responded, more than the ${population.total} invited in total`, expected: "an invited headcount at least the number of respondents", kind: "invalid-headcount"});
  }
  return issues;
}

/** Grouping variables with every parent before its children. */
function topologicalOrder(survey: Survey): Survey["groups"] {
  const done = new Set<string>();
  const order: Survey["groups"] = [];
  const visit = (g: Survey["groups"][number]) => {
    if (done.has(g.id)) return;
    const parent = survey.groups.find((p) => p.id === g.parent);
    if (parent) visit(parent);
    done.add(g.id);
    order.push(g);
  };
  survey.groups.forEach(visit);
  return order;
}
