import type {GroupNode} from "./groups.ts";
import type {Suppression} from "./types.ts";

/** Groups that add up to (part of) a whole: the children of one parent, or a row or column of a crossing. */
interface SiblingSet {
  /** The whole they lie in: a group, or null for the organisation. */
  whole: GroupNode | null;
  members: GroupNode[];
}

/**
 * Decides which groups carry no scores. Primary: fewer respondents than `minGroupSize`.
 * Secondary: whenever the respondents of a whole (a parent group, the organisation, or one row or
 * column of a crossing) that are in no visible member number more than zero but fewer than
 * `minGroupSize`, their answers could be recovered by subtraction (whole minus visible members),
 * so the smallest visible member is suppressed too, until the hidden rest is empty or large
 * enough. Respondents without a value for the variable count in that hidden rest. A group lying in
 * a suppressed group (a team in a suppressed department, a crossing cell of a suppressed group) is
 * suppressed as well: otherwise such groups would add up to it.
 *
 * @example
 * suppressGroups(nodes, {organisation: 919, minGroupSize: 5}).get("domein=Mobiliteit|team=Wegen") // "size"
 */
export function suppressGroups(nodes: GroupNode[], {organisation, minGroupSize}: {organisation: number; minGroupSize: number}): Map<string, Suppression | null> {
  const state = new Map<string, Suppression | null>(nodes.map((node) => [node.id, node.size < minGroupSize ? "size" : null]));
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const sets = new Map<string, SiblingSet>();
  const join = (key: string, whole: GroupNode | null, node: GroupNode) => {
    let set = sets.get(key);
    if (!set) sets.set(key, (set = {whole, members: []}));
    set.members.push(node);
  };
  for (const node of nodes) {
    if (node.crossing) for (const margin of node.crossing) join(`${node.variable}\u0000${margin}`, byId.get(margin)!, node);
    else join(`${node.variable}\u0000${node.parent ?? ""}`, node.parent === null ? null : byId.get(node.parent)!, node);
  }
  const containers = (node: GroupNode) => (node.crossing ? node.crossing : node.parent === null ? [] : [node.parent]);
  for (let changed = true; changed; ) {
    changed = false;
    for (const node of nodes) {
      if (state.get(node.id) === null && containers(node).some((id) => state.get(id) !== null)) {
        state.set(node.id, "secondary");
        changed = true;
      }
    }
    for (const {whole, members} of sets.values()) {
      if (whole && state.get(whole.id) !== null) continue;
      const total = whole ? whole.size : organisation;
      const visible = members.filter((node) => state.get(node.id) === null);
      const hidden = total - visible.reduce((sum, node) => sum + node.size, 0);
      if (hidden > 0 && hidden < minGroupSize && visible.length > 0) {
        const smallest = visible.reduce((a, b) => (b.size < a.size ? b : a));
        state.set(smallest.id, "secondary");
        changed = true;
      }
    }
  }
  return state;
}
