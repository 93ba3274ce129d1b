import {contributorsKey, type CellCounts} from "./cellCounts.ts";
import {auditDisclosure, type AuditStructure} from "./disclosureAudit.ts";
import type {GroupNode} from "../bundle/groups.ts";
import {agendaModules} from "./agenda.ts";
import {coreQuestions} from "./moduleScores.ts";
import type {ScoringContext} from "./ScoringContext.ts";
import {containingGroups, withheldGroups} from "./suppress.ts";

/** What a report may publish: which groups are shown, and which of a set's numbers are withheld. */
export interface DisclosureDecisions {
  /** Per group, in the bundle's order: shown (true) or suppressed, without any number. */
  shown: boolean[];
  /**
   * Per set (0 the organisation, then each group in the bundle's order): the numbers withheld, by
   * item: a question id (its scores, distribution, eNPS, topics or top words), `dontKnow:<question>`
   * (its distribution, which shows the "don't know" answers), `module:<module>` (an agenda theme: `module:agenda:<theme>`),
   * `comments:<question>` (the raw comments).
   */
  withheld: Set<string>[];
}

/**
 * Which groups are shown: the audit of the respondent counts. The cheap first pass
 * ({@link suppressGroups}: below the minimum group size, and the smallest sibling where a rest
 * would be revealed) is proved and completed by the audit, and a group lying in a suppressed group
 * is suppressed too, so a shown group's parent and margins are always shown. The organisation
 * is always shown.
 *
 * @example
 * shownGroups(bundle.groups, cells, 5) // [true, true, false, …]
 */
export function shownGroups(groups: GroupNode[], cells: CellCounts, minGroupSize: number, floor?: Floor): boolean[] {
  const {structure} = cells;
  const counts = cells.counts.get("respondents")!;
  const sizes = setSizes(structure, counts);
  const eligible = sizes.map((size, s) => s === 0 || size >= minGroupSize);
  // The organisation is eligible whatever its size; the cost rule withholds it only as a last resort.
  const published = auditFamily(structure, groups, {counts, minSize: minGroupSize, eligible, sizes, floor: floor?.of("respondents")});
  const shown = published.slice(1);
  const index = new Map(groups.map((node, i) => [node.id, i]));
  for (let changed = true; changed; ) {
    changed = false;
    groups.forEach((node, i) => {
      if (shown[i] && containingGroups(node).some((id) => !shown[index.get(id)!])) {
        shown[i] = false;
        changed = true;
      }
    });
  }
  return shown;
}

/**
 * The disclosure audit of a whole report: which groups are shown ({@link shownGroups}), then per
 * family of published numbers — each closed question's valid answers (its scores, distribution
 * and eNPS), the same question's answers with "don't know" (its distribution), each number and
 * multi question, each module's respondents, each text question's writers for the top words and,
 * with `publishComments`, for the raw comments with the comment threshold — which shown sets
 * publish them. Within each family the primary rule (at least the minimum of contributors in the
 * set itself) comes first, then the siblings' first pass, then the audit, so that no linear
 * combination of published numbers isolates fewer contributors than the minimum.
 *
 * @example
 * disclose(context, bundle.groups, cells).withheld[3].has("bev1") // true: bev1 withheld for the third group
 */
export function disclose(context: ScoringContext, groups: GroupNode[], cells: CellCounts): DisclosureDecisions {
  const {settings, table, definition} = context;
  const {structure} = cells;
  const k = settings.minGroupSize;
  const floor = floorOf(cells);
  const shown = shownGroups(groups, cells, k, floor);
  const visible = [true, ...shown];
  const respondents = setSizes(structure, cells.counts.get("respondents")!);
  const withheld = visible.map(() => new Set<string>());
  const audit = (item: string, key: string, minSize: number, rule: (s: number, size: number) => boolean) => {
    const counts = cells.counts.get(key)!;
    const sizes = setSizes(structure, counts);
    const eligible = sizes.map((size, s) => visible[s] && rule(s, size));
    const published = auditFamily(structure, groups, {counts, minSize, eligible, sizes, floor: floor.of(key)});
    published.forEach((p, s) => {
      if (!p) withheld[s].add(item);
    });
    return published;
  };
  for (const column of table.answers.values()) {
    const id = column.question.id;
    const valid = contributorsKey({kind: "valid", question: id});
    if (column.kind === "text") {
      const words = audit(id, valid, k, (s, size) => respondents[s] >= settings.minCommentGroupSize && size >= k);
      if (settings.publishComments) audit(`comments:${id}`, valid, settings.minCommentGroupSize, (s, size) => words[s] && size >= settings.minCommentGroupSize);
      continue;
    }
    const scores = audit(id, valid, k, (_, size) => size >= k);
    if (column.kind === "codes" && column.codec.options.some((option) => option.missing)) {
      audit(`dontKnow:${id}`, contributorsKey({kind: "answered", question: id}), k, (s) => scores[s]);
    }
  }
  // An agenda's themes publish scores of their own: each is audited as a module (`module:agenda:<theme>`).
  for (const module of [...definition.survey.modules, ...agendaModules(definition.survey)]) {
    const core = coreQuestions(context, module);
    const key = contributorsKey({kind: "module", module: module.id, core});
    audit(`module:${module.id}`, key, k, (s, size) => size >= k && core.length > 0 && core.every((id) => !withheld[s].has(id)));
  }
  return {shown, withheld};
}

/** The floor the audit proves families against, and which families it serves. */
interface Floor {
  /** The floor for the family of this contributors key, or undefined when the family is not above it. */
  of(key: string): Float64Array | undefined;
}

/**
 * A floor of contributors per cell for the audit ({@link AuditFamily.floor}): the minimum, cell by
 * cell, over the families that hold at least half of the respondents (nearly every question of a
 * survey without routing), so that one proof serves them all. Sparser families are audited
 * without it.
 */
function floorOf(cells: CellCounts): Floor {
  const total = (counts: Float64Array) => {
    let sum = 0;
    for (let c = 0; c < counts.length; ++c) sum += counts[c];
    return sum;
  };
  const half = total(cells.counts.get("respondents")!) / 2;
  const members = new Set<string>();
  let floor: Float64Array | null = null;
  for (const [key, counts] of cells.counts) {
    if (total(counts) < half) continue;
    members.add(key);
    if (floor === null) floor = Float64Array.from(counts);
    else for (let c = 0; c < floor.length; ++c) if (counts[c] < floor[c]) floor[c] = counts[c];
  }
  return {of: (key) => (floor !== null && members.has(key) ? floor : undefined)};
}

/** Contributors per set: the sum over its cells. */
function setSizes(structure: AuditStructure, counts: ArrayLike<number>): number[] {
  return structure.sets.map((cells) => {
    let sum = 0;
    for (let i = 0; i < cells.length; ++i) sum += counts[cells[i]];
    return sum;
  });
}

/**
 * One family's published sets: the siblings' first pass over the groups, then the audit. Set 0,
 * the organisation, is the whole of the first pass.
 */
function auditFamily(structure: AuditStructure, groups: GroupNode[], {counts, minSize, eligible, sizes, floor}: {counts: Float64Array; minSize: number; eligible: boolean[]; sizes: number[]; floor?: Float64Array}): boolean[] {
  const first = withheldGroups(groups, {total: sizes[0], minSize, sizes: sizes.slice(1), hidden: eligible.slice(1).map((e) => !e)});
  const passed = [eligible[0], ...groups.map((_, i) => first[i] === 0)];
  return auditDisclosure(structure, {counts, minSize, eligible: passed, sizes, floor});
}
