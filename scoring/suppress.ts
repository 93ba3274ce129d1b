import type {GroupNode} from "../bundle/groups.ts";

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
  const withheld = withheldGroups(nodes, {total, minSize, sizes, hidden});
  return new Map(nodes.map((node, i) => [node.id, withheld[i] === 1]));
}

/**
 * {@link suppressGroups} by position: 1 for each node (in the order of `nodes`) it withholds. The
 * disclosure audit runs it once per family of numbers over the same nodes, so the sibling sets
 * and containing groups are worked out once per nodes array.
 *
 * @example
 * withheldGroups(nodes, {total: 919, minSize: 5, sizes, hidden}) // Uint8Array [0, 0, 1, …]
 */
export function withheldGroups(nodes: GroupNode[], {total, minSize, sizes, hidden}: {total: number; minSize: number; sizes: ArrayLike<number>; hidden: ArrayLike<boolean>}): Uint8Array {
  const {containing, sets} = siblingsOf(nodes);
  const state = Uint8Array.from(nodes, (_, i) => (hidden[i] || sizes[i] < minSize ? 1 : 0));
  for (let changed = true; changed; ) {
    changed = false;
    for (let i = 0; i < nodes.length; ++i) {
      if (state[i] === 0 && containing[i].some((j) => state[j] === 1)) {
        state[i] = 1;
        changed = true;
      }
    }
    for (const {whole, members} of sets) {
      if (whole >= 0 && state[whole] === 1) continue;
      let rest = whole >= 0 ? sizes[whole] : total;
      let smallest = -1;
      for (const i of members) {
        if (state[i] === 1) continue;
        rest -= sizes[i];
        if (smallest < 0 || sizes[i] < sizes[smallest]) smallest = i;
      }
      if (rest > 0 && rest < minSize && smallest >= 0) {
        state[smallest] = 1;
        changed = true;
      }
    }
  }
  return state;
}

/**
 * Groups that add up to (part of) a whole, by position: the children of one parent, or a row or
 * column of a crossing, each with its whole (−1 for the organisation, or a whole not among the
 * nodes); and each node's containing groups among the nodes.
 */
interface Siblings {
  containing: Int32Array[];
  sets: {whole: number; members: Int32Array}[];
}

const siblingsCache = new WeakMap<GroupNode[], Siblings>();

function siblingsOf(nodes: GroupNode[]): Siblings {
  let known = siblingsCache.get(nodes);
  if (known) return known;
  const index = new Map(nodes.map((node, i) => [node.id, i]));
  const sets = new Map<string, {whole: number; members: number[]}>();
  const join = (key: string, whole: number, i: number) => {
    let set = sets.get(key);
    if (!set) sets.set(key, (set = {whole, members: []}));
    set.members.push(i);
  };
  nodes.forEach((node, i) => {
    if (node.crossing) for (const margin of node.crossing) join(`${node.variable}\u0000${margin}`, index.get(margin) ?? -1, i);
    else join(`${node.variable}\u0000${node.parent ?? ""}`, node.parent === null ? -1 : (index.get(node.parent) ?? -1), i);
  });
  known = {
    containing: nodes.map((node) => Int32Array.from(containingGroups(node).flatMap((id) => (index.has(id) ? [index.get(id)!] : [])))),
    sets: [...sets.values()].map(({whole, members}) => ({whole, members: Int32Array.from(members)}))
  };
  siblingsCache.set(nodes, known);
  return known;
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
