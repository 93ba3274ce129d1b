import type {GroupNode} from "../bundle/groups.ts";

/** Groups that add up to (part of) a whole: the children of one parent, or a row or column of a crossing. */
interface SiblingSet {
  /** The whole they lie in: a group, or null for the organisation. */
  whole: GroupNode | null;
  members: GroupNode[];
}

/**
 * A cheap first pass of the disclosure audit: which groups withhold a kind of number. Primary:
 * fewer contributors than `minSize` (respondents, or the valid answers to one question: `sizes`,
 * one per node, default each group's respondents; `total` the organisation's). Secondary: whenever
 * the contributors of a whole (a parent group, the organisation, or one row or column of a
 * crossing) that are in no visible member number more than zero but fewer than `minSize`, they
 * could be recovered by subtraction (whole minus visible members), so the smallest visible member
 * is withheld too, until the hidden rest is empty or large enough. Contributors without a value
 * for the variable count in that hidden rest. A group lying in a withheld group (a team in a
 * withheld department, a crossing cell of a withheld group) is withheld as well: otherwise such
 * groups would add up to it. Groups in `hidden` start withheld. The audit
 * (`disclosureAudit.ts`) then proves the result and completes it.
 *
 * @example
 * suppressGroups(nodes, {total: 919, minSize: 5}).get("domein=Mobiliteit|team=Wegen") // true
 */
export function suppressGroups(nodes: GroupNode[], {total, minSize, sizes = nodes.map((node) => node.size), hidden = []}: {total: number; minSize: number; sizes?: ArrayLike<number>; hidden?: ArrayLike<boolean>}): Map<string, boolean> {
  const size = new Map(nodes.map((node, i) => [node.id, sizes[i]]));
  const state = new Map<string, boolean>(nodes.map((node, i) => [node.id, Boolean(hidden[i]) || sizes[i] < minSize]));
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
  for (let changed = true; changed; ) {
    changed = false;
    for (const node of nodes) {
      if (!state.get(node.id) && containingGroups(node).some((id) => state.get(id))) {
        state.set(node.id, true);
        changed = true;
      }
    }
    for (const {whole, members} of sets.values()) {
      if (whole && state.get(whole.id)) continue;
      const wholeSize = whole ? size.get(whole.id)! : total;
      const visible = members.filter((node) => !state.get(node.id));
      const rest = wholeSize - visible.reduce((sum, node) => sum + size.get(node.id)!, 0);
      if (rest > 0 && rest < minSize && visible.length > 0) {
        const smallest = visible.reduce((a, b) => (size.get(b.id)! < size.get(a.id)! ? b : a));
        state.set(smallest.id, true);
        changed = true;
      }
    }
  }
  return state;
}

/**
 * The groups a group lies in directly: its parent, or for a crossing cell the two groups it combines.
 *
 * @example
 * containingGroups(cell) // ["domein=Mobiliteit", "leeftijd=tot 30 jaar"]
 */
export function containingGroups(node: GroupNode): string[] {
  return node.crossing ? node.crossing : node.parent === null ? [] : [node.parent];
}
