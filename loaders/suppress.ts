import type {GroupNode} from "./groups.ts";
import type {Suppression} from "./types.ts";

/**
 * Decides which groups carry no scores. Primary: fewer respondents than `minGroupSize`.
 * Secondary: whenever the respondents of a parent (or of the organisation, for a top-level
 * variable) that are not in a visible child number more than zero but fewer than `minGroupSize`,
 * their answers could be recovered by subtraction (parent minus visible siblings), so the smallest
 * visible sibling is suppressed too, until the hidden rest is empty or large enough. Respondents
 * without a value for the variable count in that hidden rest. A suppressed group's subgroups are
 * suppressed as well: otherwise they would add up to it.
 *
 * @example
 * suppressGroups(nodes, {organisation: 919, minGroupSize: 5}).get("domein=Mobiliteit|team=Wegen") // "size"
 */
export function suppressGroups(nodes: GroupNode[], {organisation, minGroupSize}: {organisation: number; minGroupSize: number}): Map<string, Suppression | null> {
  const state = new Map<string, Suppression | null>(nodes.map((node) => [node.id, node.rows.length < minGroupSize ? "size" : null]));
  const byId = new Map(nodes.map((node) => [node.id, node]));
  // Sibling sets: the groups of one variable within one parent (or within the organisation).
  const siblings = new Map<string, GroupNode[]>();
  for (const node of nodes) {
    const key = `${node.variable}\u0000${node.parent ?? ""}`;
    let set = siblings.get(key);
    if (!set) siblings.set(key, (set = []));
    set.push(node);
  }
  for (let changed = true; changed; ) {
    changed = false;
    for (const node of nodes) {
      if (state.get(node.id) === null && node.parent !== null && state.get(node.parent) !== null) {
        state.set(node.id, "secondary");
        changed = true;
      }
    }
    for (const set of siblings.values()) {
      const parent = set[0].parent === null ? null : byId.get(set[0].parent)!;
      if (parent && state.get(parent.id) !== null) continue;
      const total = parent ? parent.rows.length : organisation;
      const visible = set.filter((node) => state.get(node.id) === null);
      const hidden = total - visible.reduce((sum, node) => sum + node.rows.length, 0);
      if (hidden > 0 && hidden < minGroupSize && visible.length > 0) {
        const smallest = visible.reduce((a, b) => (b.rows.length < a.rows.length ? b : a));
        state.set(smallest.id, "secondary");
        changed = true;
      }
    }
  }
  return state;
}
