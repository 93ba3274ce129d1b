/**
 * The disclosure audit: proves that no combination of the sets a report publishes numbers for
 * isolates fewer than the minimum number of contributors, and withholds more sets until it does.
 * (Interface first; the implementation lands in the next commit.)
 */

/** The sets a report may publish numbers for, each a union of cells of the finest partition. */
export interface AuditStructure {
  /** The number of cells: respondents with the same value (or none) on every grouping variable share a cell. */
  cells: number;
  /** For each candidate set, the cells it is made of, ascending. Set 0 is the organisation. */
  sets: Int32Array[];
}

/** One family of published numbers: sums over the same contributors (e.g. the valid answers to one question). */
export interface AuditFamily {
  /** Contributors per cell (unweighted): the respondents whose answers this family's numbers add up. */
  counts: ArrayLike<number>;
  /** No nonempty set of fewer contributors may be a linear combination of published sets. */
  minSize: number;
  /** Per set: whether the primary rule lets it be published (at least `minSize` contributors, and shown). */
  eligible: ArrayLike<boolean>;
}

/**
 * Decides which eligible sets a family's numbers are published for: every eligible set, less
 * those the audit withholds (cheapest first) until no linear combination of the published sets
 * equals a nonempty set of fewer than `minSize` contributors.
 *
 * @example
 * auditDisclosure({cells: 3, sets: [Int32Array.of(0, 1, 2), Int32Array.of(0), Int32Array.of(1)]}, {counts: [40, 41, 3], minSize: 5, eligible: [true, true, true]})
 * // [true, false, true]… or another choice that leaves no set of 3 recoverable
 */
export function auditDisclosure(structure: AuditStructure, family: AuditFamily): boolean[] {
  void structure;
  void family;
  throw new Error("auditDisclosure: not implemented yet");
}
