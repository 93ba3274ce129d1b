/**
 * Runs the aggregation queries (`sql.ts`) over one bundle's loaded rows and turns their results
 * into the {@link SetAggregates} of the organisation and of every shown group — the same numbers
 * `aggregateSets` computes in memory — ready for the synchronous {@link Aggregator} that scoring
 * calls.
 */
import {emptyAggregates, type Aggregator} from "../scoring/aggregate.ts";
import type {CellCounts, Contributors} from "../scoring/cellCounts.ts";
import type {GroupNode} from "../bundle/groups.ts";
import {moduleLayout} from "../scoring/moduleScores.ts";
import type {ScoringContext} from "../scoring/ScoringContext.ts";
import type {ChoiceTally, SetAggregates} from "../scoring/SetAggregates.ts";
import {cellText, UNCERTAIN} from "./cells.ts";
import type {Database} from "./dialect.ts";
import {Fallback, type LoadedResponses} from "./loadResponses.ts";
import {choicesSql, commentsSql, momentsSql} from "./sql.ts";
import {CellTallies} from "./CellTallies.ts";
import {ModuleTotals} from "./ModuleTotals.ts";
import {streamScoredRows} from "./scoredRows.ts";
import {driverSumsInDatabase} from "./driverSumsInDatabase.ts";

/** One combination of group values among the scored rows. */
export interface Combination {
  /** Its key in the rows (`RowsLayout.key`). */
  key: number[];
  /** Its group index per variable, −1 for none. */
  groups: number[];
  respondents: number;
}

/** A set to aggregate: the organisation (every combination) or a shown group (its combinations). */
export interface SetToAggregate {
  /** `organisation` or the group id (which also seeds the bootstrap blocks). */
  key: string;
  /**
   * The family of disjoint sets it belongs to: the group's variable (no row is in two groups of
   * one variable); the organisation is a family of its own.
   */
  family: string;
  size: number;
  combinations: number[];
}

/** One family of disjoint sets: its sets (indices in the sets to aggregate) and the one each combination lies in. */
export interface Family {
  sets: number[];
  /** Per combination, its set in this family, −1 for none. */
  setOf: Int32Array;
}

/**
 * The families of disjoint sets (`SetToAggregate.family`, in the order they first come: the
 * organisation first), each with the set every combination lies in. A combination in two sets of
 * one family throws.
 *
 * @example
 * familiesOf([{key: "organisation", family: "", size: 3, combinations: [0, 1]}, {key: "a", family: "g", size: 1, combinations: [1]}], 2)
 * // [{sets: [0], setOf: Int32Array [0, 0]}, {sets: [1], setOf: Int32Array [-1, 1]}]
 */
export function familiesOf(sets: SetToAggregate[], combinations: number): Family[] {
  const names = [...new Set(sets.map((set) => set.family))];
  return names.map((name) => {
    const family: Family = {sets: [], setOf: new Int32Array(combinations).fill(-1)};
    sets.forEach((set, s) => {
      if (set.family !== name) return;
      family.sets.push(s);
      for (const c of set.combinations) {
        if (family.setOf[c] >= 0) throw new Error(`The combination ${c} is in two sets of the family ${name}`);
        family.setOf[c] = s;
      }
    });
    return family;
  });
}

/**
 * Computes the aggregates of every set in the database: set 0 is the organisation, the others
 * the shown groups, in the order given.
 */
export async function aggregateInDatabase(db: Database, loaded: LoadedResponses, context: ScoringContext, combinations: Combination[], sets: SetToAggregate[]): Promise<SetAggregates[]> {
  const {layout} = loaded;
  const {table} = context;
  const families = familiesOf(sets, combinations.length);
  await createFamilies(db, layout.prefix, layout.key, combinations, families);
  const moduleLayoutOf = moduleLayout(context);
  // The closed questions' answer counts per combination, the module totals per bootstrap unit and
  // the organisation's sums for Cronbach's α, added in JS from one stream of the scored rows in file
  // order over a second connection, while this one computes the rest in DuckDB's threads.
  const closed = [...table.answers.values()].flatMap((column, k) => (column.kind === "codes" ? [{k, id: column.question.id, options: column.codec.options.length}] : []));
  const tallies = closed.length ? new CellTallies(closed, Boolean(table.weights), families, table.n) : null;
  const totals = moduleLayoutOf.cores.length ? new ModuleTotals(context, moduleLayoutOf, combinations.length, sets, families) : null;
  const aggregates = sets.map((set, s) => emptyAggregates(context, set.size, {layout: moduleLayoutOf, totals: totals?.totalsOf(s)}));
  // Each question streamed once: the closed questions, then the core questions not among them.
  const streamed = [...new Set([...closed.map((q) => q.k), ...(totals?.questions ?? [])])];
  const closedAt = closed.map((q) => streamed.indexOf(q.k));
  const coresAt = (totals?.questions ?? []).map((k) => streamed.indexOf(k));
  const alongside = await db.alongside();
  const added = streamed.length
    ? streamScoredRows(alongside, layout, combinations, streamed, ({rows, combination, weights, codes}) => {
        tallies?.add(closedAt.map((i) => codes[i]), weights, combination, rows);
        return totals?.add(coresAt.map((i) => codes[i]), weights, combination, rows);
      })
    : Promise.resolve();
  // Awaited below; a failure of another query first must not leave it unhandled.
  added.catch(() => undefined);
  try {
    await aggregateInSql(db, loaded, context, combinations, sets, families.length, aggregates);
    await added;
    tallies?.addToSets(aggregates);
    aggregates[0].modules.reliability = (await totals?.finish(aggregates)) ?? [];
    return aggregates;
  } finally {
    await added.catch(() => undefined);
    totals?.stop();
    alongside.close();
  }
}

/**
 * The aggregates other than the module totals, Cronbach's α and the closed questions' answer
 * counts, in SQL: moments, choices, comments and the drivers' sums, into `aggregates`.
 */
async function aggregateInSql(db: Database, loaded: LoadedResponses, context: ScoringContext, combinations: Combination[], sets: SetToAggregate[], families: number, aggregates: SetAggregates[]): Promise<void> {
  const {layout} = loaded;
  const {table} = context;
  const questions = [...table.answers.values()].map((column, k) => ({column, k}));
  const ofKind = (kind: string) => questions.filter((q) => q.column.kind === kind);

  // Number questions: moments.
  const numbers = ofKind("numbers");
  if (numbers.length) {
    const {columns} = await db.columns(momentsSql(layout, families, numbers.map((q) => q.k)));
    const [set, question, n, sw, swx, swx2, sw2, sw2x, sw2x2] = columns as number[][];
    for (let r = 0; r < set.length; ++r) {
      aggregates[set[r]].numbers.set(questions[question[r]].column.question.id, {n: n[r], sw: sw[r], swx: swx[r], swx2: swx2[r], sw2: sw2[r], sw2x: sw2x[r], sw2x2: sw2x2[r]});
    }
  }

  // Multi questions: choices, from the options each distinct cell stands for.
  const multi = ofKind("multi");
  if (multi.length) {
    const {columns} = await db.columns(choicesSql(layout, families, multi.map((q) => q.k)));
    const [set, question, cell, respondents, weight] = columns as number[][];
    for (let r = 0; r < set.length; ++r) {
      const tally: ChoiceTally = aggregates[set[r]].choices.get(questions[question[r]].column.question.id)!;
      tally.answered += respondents[r];
      tally.answeredWeight += weight[r];
      for (const option of loaded.choices.get(question[r])![cell[r]]) {
        tally.count[option] += respondents[r];
        tally.weight[option] += weight[r];
      }
    }
  }

  // Comments, in file order, to every set the row belongs to.
  const texts = ofKind("text");
  if (texts.length) {
    const setsOf = new Map<string, number[]>();
    sets.forEach((set, s) => set.combinations.forEach((c) => {
      const key = combinations[c].key.join(",");
      const list = setsOf.get(key);
      if (list) list.push(s);
      else setsOf.set(key, [s]);
    }));
    const keys = layout.key.length;
    await db.forEachChunk(commentsSql(layout, texts.map((q) => q.k)), (columns, rows) => {
      const question = columns[1 + keys] as number[];
      const text = columns[2 + keys] as string[];
      for (let r = 0; r < rows; ++r) {
        const comment = cellText(text[r]);
        const id = questions[question[r]].column.question.id;
        if (comment === UNCERTAIN || comment === null) throw new Fallback(`a comment of white space only (question ${id})`);
        const combination = Array.from({length: keys}, (_, i) => columns[1 + i][r]).join(",");
        for (const s of setsOf.get(combination) ?? []) aggregates[s].texts.get(id)!.push(comment);
      }
    });
  }

  aggregates[0].modules.drivers = await driverSumsInDatabase(db, layout, context);
}

/**
 * Creates `<prefix>_families` (`sql.ts`): per combination, for each family of sets (the
 * organisation first), its set, or NULL when it is in none of the family's sets.
 */
async function createFamilies(db: Database, prefix: string, key: string[], combinations: Combination[], families: Family[]): Promise<void> {
  const rows = combinations.map((combination, c) => [...combination.key, ...families.map(({setOf}) => (setOf[c] < 0 ? null : setOf[c]))]);
  const columns = [...key.map((k) => `${k} BIGINT`), ...families.map((_, f) => `s${f} INTEGER`)];
  await db.run(`CREATE TABLE ${prefix}_families (${columns.join(", ")})`);
  await db.appendIntegers(`${prefix}_families`, rows);
}

/**
 * Whether a row is a contributor of the given kind, as an SQL condition over its columns (`q<k>`
 * for the k-th question): the conditions `cellCountsInMemory` checks row by row.
 */
export function contributorCondition(context: Pick<ScoringContext, "table">, contributors: Contributors): string {
  if (contributors.kind === "respondents") return "1 = 1";
  const ids = [...context.table.answers.keys()];
  if (contributors.kind === "module") {
    const cores = contributors.core.map((id) => `(${contributorCondition(context, {kind: "valid", question: id})})`);
    return cores.length ? cores.join(" OR ") : "1 = 0";
  }
  const column = context.table.answers.get(contributors.question)!;
  const q = `q${ids.indexOf(contributors.question)}`;
  if (column.kind !== "codes") return `${q} IS NOT NULL`;
  const options = column.codec.options.flatMap((option, o) => (contributors.kind === "answered" || !option.missing ? [o] : []));
  if (!options.length) return "1 = 0";
  // Options in a row (all but a don't-know option at the end, say) as a range, which costs less than a list.
  const inRow = options.every((o, i) => o === options[0] + i);
  return inRow ? `${q} BETWEEN ${options[0]} AND ${options.at(-1)}` : `${q} IN (${options.join(", ")})`;
}

/**
 * The {@link Aggregator} of a bundle whose aggregates were computed in the database beforehand:
 * it hands out those of the organisation and of the groups asked for, which must be the shown
 * groups it was computed for, under the same settings, and the cells counted there.
 */
export function precomputedAggregator(organisation: SetAggregates, groups: Map<string, SetAggregates>, settings: ScoringContext["settings"], cells: CellCounts): Aggregator {
  const expected = JSON.stringify(settings);
  const aggregator = (context: ScoringContext, variables: GroupNode[][]) => {
    if (JSON.stringify(context.settings) !== expected) {
      throw new Error("The bundle's aggregates were computed in the database for other settings: read it again with readBundleInDatabase(dir, {settings})");
    }
    return {
      organisation,
      groups: variables.map((nodes) =>
        nodes.map((node) => {
          const aggregate = groups.get(node.id);
          if (!aggregate) throw new Error(`The group ${node.id} was not aggregated in the database (it was suppressed there)`);
          return aggregate;
        })
      )
    };
  };
  return Object.assign(aggregator, {cells: () => cells});
}
