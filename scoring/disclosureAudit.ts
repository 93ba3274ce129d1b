import {seededRandom} from "./random.ts";

/**
 * The disclosure audit: proves that no linear combination of the sets a report publishes numbers
 * for isolates a nonempty set of fewer than the minimum number of contributors, and withholds
 * more sets, cheapest first, until that holds.
 *
 * Every number a report publishes for a set of respondents (a sum of scores, a count of answers,
 * an option's count) is a sum over the cells of the finest partition the grouping variables make:
 * respondents with the same value (or none) on every variable share a cell. A reader who knows
 * which cells make up which group can add and subtract published numbers; what he can compute
 * exactly is a sum over the cells of any vector in the row space R of the published sets'
 * indicator vectors. The audit checks that no 0/1 vector in R, i.e. no set of cells whose total he
 * can work out, holds between 1 and `minSize − 1` contributors (statistical disclosure control's
 * audit of linked tables, as τ-ARGUS performs it for the frequency rule; Hundepool et al.,
 * Statistical Disclosure Control, 2012, ch. 4).
 *
 * How, without enumerating every subset:
 * 1. Cells that the published sets cannot tell apart (the same published sets contain them) form
 *    one block; every vector of R is constant on a block.
 * 2. A disclosed set has fewer than `minSize` contributors, so each of its blocks does: the
 *    disclosed sets are the 0/1 vectors of R that vanish on every large block. Those vectors form
 *    a subspace R₀, found by eliminating the large blocks' columns; often R₀ is {0} and the check
 *    ends there.
 * 3. Else disjoint sets of small blocks that each span R₀'s coordinates prove it cheaply when
 *    there are enough of them (a nonzero vector of R₀ meets every one; {@link disjointBasesCover}).
 * 4. Else a basis of R₀ in reduced row echelon form is searched: a vector of R₀ is fixed by its
 *    values on the pivot blocks, so the candidate sets are the subsets of pivots holding fewer
 *    than `minSize` contributors together. A search that would exceed its budget is counted as a
 *    disclosure (more is withheld, never less).
 * Arithmetic is exact, modulo the prime 94,906,249 (products stay below 2⁵³). A combination that
 * is exact over the rationals is exact modulo the prime (unless the prime divides a denominator of
 * that combination: sets of 0/1 vectors of this size make such denominators small); a vector that
 * looks 0/1 only modulo the prime makes the audit withhold more than needed, never less. To tell
 * quickly that a block adds nothing, two seeded random combinations stand in for all of them
 * ({@link Orthogonal}); the chance that they miss a block that does add something is 1/P², about
 * 10⁻¹⁶ per block.
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
  /** Contributors per set (the sum over its cells), when the caller has summed them already; else summed here. */
  sizes?: ArrayLike<number>;
  /**
   * Contributors per cell that no family audited with it exceeds in any cell (e.g. their minimum),
   * the same array for all of them: the audit then proves most of those families safe from one
   * proof per floor ({@link floorProof}), and runs its full search only for the others.
   */
  floor?: Float64Array;
}

/** A set of cells whose total a reader can work out from the published sets, though it has too few contributors. */
export interface Disclosure {
  /** The cells of the disclosed set. */
  cells: number[];
  /** Its contributors: between 1 and `minSize − 1`. */
  contributors: number;
  /** The published sets of one combination that yields it (set indices), each a way to break it. */
  sets: number[];
}

/**
 * Decides which eligible sets a family's numbers are published for: every eligible set, less
 * those the audit withholds until no linear combination of the published sets equals a nonempty
 * set of fewer than `minSize` contributors. Each round withholds, for each disclosure found, the
 * set with the fewest contributors among those its combination uses (the organisation last).
 *
 * @example
 * // Domains Alfa (40), Beta (41) and Gamma (3) of one organisation: Gamma is not eligible, and
 * // organisation − Alfa − Beta would give it, so Alfa (the cheaper) is withheld as well.
 * auditDisclosure({cells: 3, sets: [Int32Array.of(0, 1, 2), Int32Array.of(0), Int32Array.of(1), Int32Array.of(2)]}, {counts: [40, 41, 3], minSize: 5, eligible: [true, true, true, false]})
 * // [true, false, true, false]
 */
export function auditDisclosure(structure: AuditStructure, family: AuditFamily): boolean[] {
  const published = Array.from({length: structure.sets.length}, (_, s) => Boolean(family.eligible[s]));
  const cost =
    family.sizes ??
    structure.sets.map((cells) => {
      let sum = 0;
      for (let i = 0; i < cells.length; ++i) sum += family.counts[cells[i]];
      return sum;
    });
  for (;;) {
    const disclosures = findDisclosures(structure, family, published);
    if (disclosures.length === 0) return published;
    // Fewest contributors first; among equals the later set (deeper in a hierarchy, a crossing cell).
    const cheapest = (choices: number[]) => choices.reduce((a, b) => (cost[b] < cost[a] || (cost[b] === cost[a] && b > a) ? b : a));
    let withheld = false;
    for (const {sets} of disclosures) {
      // A combination whose other sets an earlier choice of this round withheld is broken already.
      const choices = sets.filter((s) => published[s] && s !== 0);
      if (choices.length === 0) continue;
      published[cheapest(choices)] = false;
      withheld = true;
    }
    // Only the organisation left in every combination: it goes too (the last resort).
    if (!withheld) published[cheapest(disclosures.flatMap(({sets}) => sets.filter((s) => published[s])))] = false;
  }
}

/** Upper bound on the candidate sets one search examines before it counts as a disclosure. */
const SEARCH_BUDGET = 100_000;

/**
 * The disclosures the published sets allow: every single block that can be worked out alone, or
 * else the first larger set the search finds; empty when none exists.
 *
 * @example
 * findDisclosures({cells: 2, sets: [Int32Array.of(0, 1), Int32Array.of(0)]}, {counts: [9, 2], minSize: 5, eligible: [true, true]}, [true, true])
 * // [{cells: [1], contributors: 2, sets: [0, 1]}]
 */
export function findDisclosures(structure: AuditStructure, family: AuditFamily, published: ArrayLike<boolean>): Disclosure[] {
  const {counts, minSize} = family;
  const shown: number[] = [];
  for (let s = 0; s < structure.sets.length; ++s) if (published[s]) shown.push(s);
  const m = shown.length;
  if (m === 0) return [];

  if (provedByFloor(structure, family, published)) return [];

  // 1. Blocks: cells with contributors, keyed by the published sets containing them.
  const blocks = blocksOf(structure, counts, shown);
  const small = blocks.filter((block) => block.count < minSize);
  if (small.length === 0) return [];

  // 2. Combinations y of the published sets that vanish on every large block.
  const orthogonal = new Orthogonal(
    shown.map((_, j) => {
      const y = new Float64Array(m);
      y[j] = 1;
      return y;
    })
  );
  for (const block of blocks) if (block.count >= minSize) orthogonal.eliminate(block.signature);
  const combinations = orthogonal.combinations;
  if (combinations.length === 0 || disjointBasesCover(combinations, small, minSize)) return [];

  // R₀ over the small blocks, with the combination behind each row.
  const rows: {v: Float64Array; y: Float64Array}[] = [];
  for (const y of combinations) {
    const v = Float64Array.from(small, (block) => dot(y, block.signature));
    if (v.some((x) => x !== 0)) rows.push({v, y});
  }
  if (rows.length === 0) return [];
  const basis = rowEchelon(rows, small.length);

  // 3. Search the 0/1 vectors of R₀ with fewer than minSize contributors, singles first.
  const setsOf = (y: Float64Array) => shown.filter((_, j) => y[j] !== 0);
  const disclosureOf = (v: Float64Array, y: Float64Array): Disclosure | null => {
    let contributors = 0;
    const cells: number[] = [];
    for (let b = 0; b < v.length; ++b) {
      if (v[b] === 0) continue;
      if (v[b] !== 1) return null;
      contributors += small[b].count;
      cells.push(...small[b].cells);
    }
    return contributors > 0 && contributors < minSize ? {cells: cells.sort((a, b) => a - b), contributors, sets: setsOf(y)} : null;
  };
  const singles = basis.map((row) => disclosureOf(row.v, row.y)).filter((d): d is Disclosure => d !== null);
  if (singles.length > 0) return singles;

  // A disclosure's restriction to each component of the matroid is one too, so each component is
  // searched on its own: rows that share a nonzero column (their pivots aside) belong together.
  const component = components(basis, small.length);
  for (const rows of component) {
    if (rows.length < 2) continue; // a single row was checked with the singles above
    const order = rows.sort((a, b) => small[basis[a].pivot].count - small[basis[b].pivot].count);
    const found = searchRows(basis, order, small, minSize, m, disclosureOf);
    if (found === "budget") {
      // Budget spent: count the smallest pivot block as disclosed, through its own row.
      const row = basis[order[0]];
      return [{cells: [...small[row.pivot].cells], contributors: small[row.pivot].count, sets: setsOf(row.y)}];
    }
    if (found) return [found];
  }
  return [];
}

/**
 * The blocks of the cells with contributors, in the order of their first cell: cells with the same
 * signature (the positions of the published sets containing them) and contributors. Which cells
 * share a signature does not depend on the family, only on the published sets, so
 * {@link signatureGroups} works it out once for the families that publish the same sets; a family
 * adds its counts per group and drops the cells without contributors.
 */
function blocksOf(structure: AuditStructure, counts: ArrayLike<number>, shown: number[]): Block[] {
  const {group, signatures} = signatureGroups(structure, shown);
  const blockOf = new Int32Array(signatures.length).fill(-1);
  const blocks: Block[] = [];
  for (let c = 0; c < structure.cells; ++c) {
    const g = group[c];
    // A cell without contributors, or in no published set, is in no published number.
    if (g < 0 || !(counts[c] > 0)) continue;
    let b = blockOf[g];
    if (b < 0) {
      blockOf[g] = b = blocks.length;
      blocks.push({signature: signatures[g], count: 0, cells: []});
    }
    blocks[b].count += counts[c];
    blocks[b].cells.push(c);
  }
  return blocks;
}

/** Per structure, the groups of cells with the same signature, by the published sets (as a key). */
const signatureCache = new WeakMap<AuditStructure, Map<string, SignatureGroups>>();

/** Cells with the same signature: each cell's group (−1 when no published set contains it) and each group's signature. */
interface SignatureGroups {
  group: Int32Array;
  signatures: Int32Array[];
}

/**
 * The cells grouped by their signature under the published sets `shown`: each cell's signature is
 * laid out in one flat array, hashed, and compared with the groups of the same hash, so that no
 * string or array is made per cell. Kept for the next family that publishes the same sets (the
 * few last ones, per structure).
 */
function signatureGroups(structure: AuditStructure, shown: number[]): SignatureGroups {
  let cache = signatureCache.get(structure);
  if (!cache) signatureCache.set(structure, (cache = new Map()));
  const key = shown.join(",");
  const cached = cache.get(key);
  if (cached) return cached;
  const {cells, sets} = structure;
  const length = new Int32Array(cells);
  for (const s of shown) for (const c of sets[s]) ++length[c];
  const offset = new Int32Array(cells + 1);
  for (let c = 0; c < cells; ++c) offset[c + 1] = offset[c] + length[c];
  const flat = new Int32Array(offset[cells]);
  const filled = offset.slice(0, cells);
  shown.forEach((s, j) => {
    for (const c of sets[s]) flat[filled[c]++] = j;
  });
  const byHash = new Map<number, number[]>();
  const group = new Int32Array(cells).fill(-1);
  const signatures: Int32Array[] = [];
  for (let c = 0; c < cells; ++c) {
    if (length[c] === 0) continue;
    const signature = flat.subarray(offset[c], offset[c + 1]);
    let hash = length[c];
    for (let i = 0; i < signature.length; ++i) hash = Math.imul(hash ^ signature[i], 0x9e3779b1) >>> 0;
    let same = byHash.get(hash);
    if (!same) byHash.set(hash, (same = []));
    let g = same.find((k) => equal(signatures[k], signature));
    if (g === undefined) {
      same.push((g = signatures.length));
      signatures.push(signature);
    }
    group[c] = g;
  }
  if (cache.size >= 8) cache.delete(cache.keys().next().value!);
  const result = {group, signatures};
  cache.set(key, result);
  return result;
}

function equal(a: Int32Array, b: Int32Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; ++i) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * A proof, made once for a floor of contributors and the sets published, that covers every family
 * whose counts are at least the floor's in every cell. Such a family's large blocks include the
 * floor's (a block holds the same cells whatever the family: {@link signatureGroups}), so every
 * combination that vanishes on the family's large blocks lies in the span C of those vanishing on
 * the floor's. The proof is a list of disjoint sets of blocks, each telling every combination in C
 * that is nonzero on some block from 0 (a basis of C's values on the blocks), chosen among all the
 * blocks that are not large under the floor, the largest first: a family's disclosure would be 1
 * on at least one block of each set that is not large in that family, so it holds at least the sum
 * over the sets of their smallest such block ({@link provedByFloor}). Null when C is {0} on every
 * block, or no second set exists.
 */
interface FloorProof {
  /** Disjoint sets of blocks (by their index in {@link signatureGroups}), each spanning C's values on the blocks. */
  bases: Int32Array[];
  /** Whether C is 0 on every block: no combination of the published sets isolates anything below the floor's large blocks. */
  trivial: boolean;
}

/** Per floor, the proofs by published sets and minimum size. */
const floorProofs = new WeakMap<Float64Array, Map<string, FloorProof | null>>();

/**
 * Whether the floor's proof shows that the family's published sets disclose nothing: true when
 * the family's counts are at least the floor's in every cell and, over the proof's sets of blocks,
 * the smallest block not large in the family adds up to the minimum (or some set has no such
 * block, so that only 0 vanishes on the family's large blocks). False sends the family to the
 * full search, which decides; true is only ever said when the search would find nothing.
 *
 * @example
 * // Teams of 9 and 2 (both published) in an organisation: nothing proves the second team safe.
 * provedByFloor({cells: 2, sets: [Int32Array.of(0, 1), Int32Array.of(0), Int32Array.of(1)]}, {counts: [9, 2], minSize: 5, eligible: [true, true, true], floor: Float64Array.of(9, 2)}, [true, true, true]) // false
 */
export function provedByFloor(structure: AuditStructure, family: AuditFamily, published: ArrayLike<boolean>): boolean {
  const {floor, counts, minSize} = family;
  if (!floor || floor.length !== structure.cells) return false;
  for (let c = 0; c < structure.cells; ++c) if (!(counts[c] >= floor[c])) return false;
  const shown: number[] = [];
  for (let s = 0; s < structure.sets.length; ++s) if (published[s]) shown.push(s);
  if (shown.length === 0) return true;
  const proof = floorProof(structure, floor, shown, minSize);
  if (proof === null) return false;
  if (proof.trivial) return true;
  const {group, signatures} = signatureGroups(structure, shown);
  const blockCounts = new Float64Array(signatures.length);
  for (let c = 0; c < structure.cells; ++c) if (group[c] >= 0) blockCounts[group[c]] += counts[c];
  let bound = 0;
  for (const basis of proof.bases) {
    let smallest = Infinity;
    for (let i = 0; i < basis.length; ++i) {
      const count = blockCounts[basis[i]];
      if (count < minSize && count < smallest) smallest = count;
    }
    // Every block of this set is large: only 0 vanishes on them all, so nothing is disclosed.
    if (smallest === Infinity) return true;
    bound += smallest;
    if (bound >= minSize) return true;
  }
  return false;
}

/** The {@link FloorProof} of a floor under the published sets `shown`, made once and kept. */
function floorProof(structure: AuditStructure, floor: Float64Array, shown: number[], minSize: number): FloorProof | null {
  let cache = floorProofs.get(floor);
  if (!cache) floorProofs.set(floor, (cache = new Map()));
  const key = `${minSize}:${shown.join(",")}`;
  if (!cache.has(key)) cache.set(key, makeFloorProof(structure, floor, shown, minSize));
  return cache.get(key)!;
}

function makeFloorProof(structure: AuditStructure, floor: Float64Array, shown: number[], minSize: number): FloorProof | null {
  const {group, signatures} = signatureGroups(structure, shown);
  const floorCounts = new Float64Array(signatures.length);
  for (let c = 0; c < structure.cells; ++c) if (group[c] >= 0) floorCounts[group[c]] += floor[c];
  const m = shown.length;
  const orthogonal = new Orthogonal(
    shown.map((_, j) => {
      const y = new Float64Array(m);
      y[j] = 1;
      return y;
    })
  );
  const rest: number[] = [];
  signatures.forEach((signature, g) => {
    if (floorCounts[g] >= minSize) orthogonal.eliminate(signature);
    else rest.push(g);
  });
  const combinations = orthogonal.combinations;
  if (combinations.length === 0) return {bases: [], trivial: true};
  // Every block outside the floor's large ones, those a family is likelier to have small but
  // populous first: a set's smallest block is what it proves.
  rest.sort((a, b) => floorCounts[b] - floorCounts[a] || a - b);
  const bases: Int32Array[] = [];
  for (const basis of disjointBases(combinations, rest.map((g) => signatures[g]))) {
    if (basis.length === 0) return {bases: [], trivial: true};
    bases.push(Int32Array.from(basis, (i) => rest[i]));
    if (bases.length >= minSize) break;
  }
  return bases.length === 0 ? null : {bases, trivial: false};
}

/** Cells the published sets cannot tell apart: the same published sets (by position) contain them. */
interface Block {
  signature: Int32Array;
  count: number;
  cells: number[];
}

/**
 * Combinations of the published sets orthogonal to every signature eliminated so far. Two random
 * combinations of them (sketches, seeded) tell in two dot products that a signature is orthogonal
 * to all of them: they err only by calling a signature orthogonal when it is not, with chance
 * 1/P² (about 10⁻¹⁶) per signature.
 *
 * The combinations are sparse (a few sets each, in a survey's hierarchy), so each set's position
 * keeps the combinations that may be nonzero there: a signature's dot products are taken only
 * with the combinations that touch it, and a reduction touches only the pivot's nonzero positions.
 * The arithmetic, and so every combination, is the same as reducing them all in order.
 */
class Orthogonal {
  /** Every combination given, by its place in the original order; eliminated ones stay here. */
  private rows: Float64Array[];
  /** Whether each combination is still one of {@link combinations}. */
  private alive: Uint8Array;
  /** Per set position, the combinations that may be nonzero there (a superset: entries can turn 0). */
  private touching: number[][];
  private coefficients: number[][];
  private sketches: Float64Array[];
  private stamp: Int32Array;
  private stamped = 0;

  constructor(combinations: Float64Array[]) {
    this.rows = combinations;
    this.alive = new Uint8Array(combinations.length).fill(1);
    const width = combinations[0]?.length ?? 0;
    this.touching = Array.from({length: width}, () => []);
    combinations.forEach((y, i) => {
      for (let j = 0; j < width; ++j) if (y[j] !== 0) this.touching[j].push(i);
    });
    this.stamp = new Int32Array(combinations.length);
    const random = seededRandom(combinations.length);
    this.coefficients = [0, 1].map(() => combinations.map(() => 1 + Math.floor(random() * (P - 1))));
    // Σ rᵢ·yᵢ, read through the nonzero positions only.
    this.sketches = this.coefficients.map((coefficients) => {
      const sketch = new Float64Array(width);
      this.touching.forEach((rows, j) => {
        for (const i of rows) sketch[j] = (sketch[j] + mul(coefficients[i], combinations[i][j])) % P;
      });
      return sketch;
    });
  }

  /** The combinations not used as a pivot, in their original order. */
  get combinations(): Float64Array[] {
    return this.rows.filter((_, i) => this.alive[i] === 1);
  }

  /**
   * Eliminates a block's signature: the pivot combination used (the first, in the original order,
   * that is not orthogonal to it), or null when every combination is orthogonal to it (the block
   * adds nothing), which the sketches tell first.
   */
  eliminate(signature: Int32Array): Float64Array | null {
    const {rows, alive, touching, coefficients, sketches, stamp} = this;
    if (dot(sketches[0], signature) === 0 && dot(sketches[1], signature) === 0) return null;
    // The combinations touching the signature, with their dot products; the pivot is the first.
    const stamped = ++this.stamped;
    const hit: number[] = [];
    const dots: number[] = [];
    let at = -1;
    for (let k = 0; k < signature.length; ++k) {
      const j = signature[k];
      const list = touching[j];
      // Drops, while reading it, the combinations used as pivots or turned 0 at j since.
      let kept = 0;
      for (let t = 0; t < list.length; ++t) {
        const i = list[t];
        if (alive[i] === 0 || rows[i][j] === 0) continue;
        list[kept++] = i;
        if (stamp[i] === stamped) continue;
        stamp[i] = stamped;
        const d = dot(rows[i], signature);
        if (d === 0) continue;
        hit.push(i);
        dots.push(d);
        if (at < 0 || i < at) at = i;
      }
      list.length = kept;
    }
    if (at < 0) return null;
    const pivot = rows[at];
    const nonzero: number[] = [];
    for (let j = 0; j < pivot.length; ++j) if (pivot[j] !== 0) nonzero.push(j);
    const inverse = invert(dots[hit.indexOf(at)]);
    // Each sketch loses the pivot's term and gains each reduced combination's shift: Σ rᵢ·cᵢ times the pivot.
    const shifts = coefficients.map((r) => r[at]);
    hit.forEach((i, h) => {
      if (i === at) return;
      const factor = mul(dots[h], inverse);
      const row = rows[i];
      for (const j of nonzero) {
        const before = row[j];
        const x = (before - mul(factor, pivot[j])) % P;
        row[j] = x < 0 ? x + P : x;
        if (before === 0 && row[j] !== 0) touching[j].push(i);
      }
      coefficients.forEach((r, k) => (shifts[k] = (shifts[k] + mul(r[i], factor)) % P));
    });
    sketches.forEach((sketch, k) => subtractMultiple(sketch, pivot, shifts[k]));
    alive[at] = 0;
    return pivot;
  }
}

/**
 * A cheap proof that no vector of R₀ has fewer than `minSize` contributors: disjoint sets of small
 * blocks each spanning R₀'s coordinates ({@link disjointBases}, the largest blocks first). A
 * nonzero vector of R₀ that vanished on a whole basis would vanish everywhere, so it meets every
 * basis, and its contributors are at least the sum over the bases of each basis's smallest block.
 * True when that sum reaches `minSize`; false when the blocks run out first (then the exact search
 * decides).
 */
function disjointBasesCover(combinations: Float64Array[], small: Block[], minSize: number): boolean {
  const order = small.map((_, b) => b).sort((a, b) => small[b].count - small[a].count);
  let bound = 0;
  for (const basis of disjointBases(combinations, order.map((b) => small[b].signature))) {
    // The combinations vanish on every block: nothing is disclosed.
    if (basis.length === 0) return true;
    bound += Math.min(...basis.map((i) => small[order[i]].count));
    if (bound >= minSize) return true;
  }
  return false;
}

/**
 * Disjoint sets of the candidate signatures, each a basis of the combinations' values on all the
 * candidates: a set's signatures tell every combination that is nonzero on some candidate from 0.
 * Candidates are taken in the given order. The first pass sees every candidate: it gives the
 * dimension (an empty first set when the combinations vanish on every candidate), and its pivots
 * span the combinations less those that vanish on every candidate, which the later passes leave
 * out. Yields each set (positions in `candidates`) as found, until the unused candidates no longer
 * span.
 */
function* disjointBases(combinations: Float64Array[], candidates: Int32Array[]): Generator<number[]> {
  const used = new Uint8Array(candidates.length);
  let active = combinations;
  let rank = -1;
  for (;;) {
    const reducer = new Orthogonal(active.map((y) => Float64Array.from(y)));
    const pivots: Float64Array[] = [];
    const basis: number[] = [];
    for (let i = 0; i < candidates.length; ++i) {
      if (used[i]) continue;
      const pivot = reducer.eliminate(candidates[i]);
      if (pivot === null) continue;
      pivots.push(pivot);
      basis.push(i);
      used[i] = 1;
      if (rank >= 0 && basis.length === rank) break;
    }
    if (rank < 0) {
      rank = basis.length;
      active = pivots;
    } else if (basis.length < rank) return;
    yield basis;
    if (rank === 0) return;
  }
}

/**
 * The connected components of the rows of a reduced row echelon basis: rows sharing a nonzero
 * column belong together (each row's pivot column is its own). The row space is the direct sum of
 * the components' row spaces.
 */
function components(basis: {v: Float64Array}[], width: number): number[][] {
  const parent = basis.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (let c = 0; c < width; ++c) {
    let first = -1;
    for (let i = 0; i < basis.length; ++i) {
      if (basis[i].v[c] === 0) continue;
      if (first < 0) first = i;
      else parent[find(i)] = find(first);
    }
  }
  const groups = new Map<number, number[]>();
  basis.forEach((_, i) => {
    const root = find(i);
    if (!groups.has(root)) groups.set(root, []);
    groups.get(root)!.push(i);
  });
  return [...groups.values()];
}

/**
 * Searches sums of two or more rows (in `order`, by their pivot's contributors) for a 0/1 vector
 * with fewer than `minSize` contributors: the disclosure, null when none, or "budget" when the
 * search would examine more than {@link SEARCH_BUDGET} sums.
 */
function searchRows(
  basis: {v: Float64Array; y: Float64Array; pivot: number}[],
  order: number[],
  small: Block[],
  minSize: number,
  m: number,
  disclosureOf: (v: Float64Array, y: Float64Array) => Disclosure | null
): Disclosure | null | "budget" {
  let examined = 0;
  // Rows are sparse: sums touch, and the 0/1 test reads, only the chosen rows' nonzero columns.
  const nonzero = order.map((i) => {
    const columns: number[] = [];
    basis[i].v.forEach((x, c) => x !== 0 && columns.push(c));
    return Int32Array.from(columns);
  });
  const v = new Float64Array(small.length);
  const y = new Float64Array(m);
  const chosen: number[] = [];
  const seen = new Int32Array(small.length);
  let stamp = 0;
  const step = (k: number, sign: 1 | -1) => {
    const row = basis[order[k]];
    for (const c of nonzero[k]) {
      const x = (v[c] + sign * row.v[c]) % P;
      v[c] = x < 0 ? x + P : x;
    }
    if (sign === 1) addInto(y, row.y);
    else subtractMultiple(y, row.y, 1);
  };
  /** Whether the chosen rows' sum is 0/1 with fewer than minSize contributors (then disclosureOf says it in full). */
  const isDisclosure = () => {
    ++stamp;
    let contributors = 0;
    for (const k of chosen) {
      for (const c of nonzero[k]) {
        if (seen[c] === stamp) continue;
        seen[c] = stamp;
        if (v[c] === 0) continue;
        if (v[c] !== 1) return false;
        contributors += small[c].count;
        if (contributors >= minSize) return false;
      }
    }
    return contributors > 0;
  };
  let found: Disclosure | null = null;
  const search = (from: number, contributors: number): boolean => {
    for (let k = from; k < order.length; ++k) {
      const total = contributors + small[basis[order[k]].pivot].count;
      if (total >= minSize) return false; // sorted by contributors: the rest are larger still
      if (++examined > SEARCH_BUDGET) return true;
      step(k, 1);
      chosen.push(k);
      if (chosen.length >= 2 && isDisclosure() && (found = disclosureOf(v, y))) return true;
      if (search(k + 1, total)) return true;
      chosen.pop();
      step(k, -1);
    }
    return false;
  };
  if (!search(0, 0)) return null;
  return found ?? "budget";
}

/** The prime modulus: the largest below √2⁵³, so a product of two residues is exact in a double. */
const P = 94_906_249;

function mul(a: number, b: number): number {
  return (a * b) % P;
}

function invert(a: number): number {
  let result = 1;
  let base = a;
  for (let e = P - 2; e > 0; e = Math.floor(e / 2)) {
    if (e % 2 === 1) result = mul(result, base);
    base = mul(base, base);
  }
  return result;
}

/** Σ y[j] over the set indices j of a signature, modulo P. */
function dot(y: Float64Array, signature: Int32Array): number {
  let sum = 0;
  for (let i = 0; i < signature.length; ++i) sum += y[signature[i]];
  return sum % P;
}

/** target −= factor · source, modulo P. */
function subtractMultiple(target: Float64Array, source: Float64Array, factor: number): void {
  for (let i = 0; i < target.length; ++i) {
    if (source[i] === 0) continue;
    const x = (target[i] - mul(factor, source[i])) % P;
    target[i] = x < 0 ? x + P : x;
  }
}

function addInto(target: Float64Array, source: Float64Array): void {
  for (let i = 0; i < target.length; ++i) {
    if (source[i] !== 0) target[i] = (target[i] + source[i]) % P;
  }
}

function isZero(v: Float64Array): boolean {
  for (let i = 0; i < v.length; ++i) if (v[i] !== 0) return false;
  return true;
}

/** Reduced row echelon form modulo P, carrying each row's combination along; zero rows dropped. */
function rowEchelon(rows: {v: Float64Array; y: Float64Array}[], width: number): {v: Float64Array; y: Float64Array; pivot: number}[] {
  const basis: {v: Float64Array; y: Float64Array; pivot: number}[] = [];
  let rest = rows;
  for (let column = 0; column < width && rest.length > 0; ++column) {
    const at = rest.findIndex((row) => row.v[column] !== 0);
    if (at < 0) continue;
    const row = rest[at];
    const inverse = invert(row.v[column]);
    for (const part of [row.v, row.y]) for (let i = 0; i < part.length; ++i) part[i] = mul(part[i], inverse);
    const reduced = new Set<{v: Float64Array}>();
    for (const other of [...basis, ...rest]) {
      if (other === row || other.v[column] === 0) continue;
      const factor = other.v[column];
      subtractMultiple(other.v, row.v, factor);
      subtractMultiple(other.y, row.y, factor);
      reduced.add(other);
    }
    basis.push({...row, pivot: column});
    // Only a reduced row can have turned 0.
    rest = rest.filter((other) => other !== row && (!reduced.has(other) || !isZero(other.v)));
  }
  return basis;
}
