import {FirstSeen} from "../bundle/FirstSeen.ts";
import type {AuditStructure} from "./disclosureAudit.ts";
import type {GroupNode} from "../bundle/groups.ts";
import {agendaModules} from "./agenda.ts";
import {coreQuestions} from "./moduleScores.ts";
import type {ResponseTable} from "../bundle/ResponseTable.ts";
import type {ScoringContext} from "./ScoringContext.ts";
import type {AggregateWork} from "./aggregate.ts";
import {plainArray, shared, sharedArray, startWorker, useWorker, type ArrayMaker} from "./jobThreads.ts";
import {runAggregateJobs} from "./runAggregateJobs.js";

/**
 * Whose answers one kind of published number adds up, per respondent: every respondent; those
 * with a valid answer to a question (a closed question's option other than "don't know", a
 * number, at least one option of a multi question, a comment); those who answered a closed
 * question at all ("don't know" included); those with at least one valid answer to a module's
 * core questions (an agenda theme's respondents are those of a module `agenda:<theme>`).
 */
export type Contributors =
  | {kind: "respondents"}
  | {kind: "valid"; question: string}
  | {kind: "answered"; question: string}
  | {kind: "module"; module: string; core: string[]};

/**
 * The finest partition of a bundle's respondents and what the disclosure audit needs of it: which
 * cells every set (the organisation, then each group) is made of, and per {@link Contributors}
 * (by {@link contributorsKey}) how many contributors each cell has.
 */
export interface CellCounts {
  structure: AuditStructure;
  counts: Map<string, Float64Array>;
}

/**
 * Every kind of contributor the report's numbers are audited for: respondents, each question's
 * valid answers, each closed question's answers with "don't know", each module's respondents.
 *
 * @example
 * auditContributors(context) // [{kind: "respondents"}, {kind: "valid", question: "bev1"}, {kind: "answered", question: "bev1"}, …]
 */
export function auditContributors(context: Pick<ScoringContext, "definition" | "table">): Contributors[] {
  const list: Contributors[] = [{kind: "respondents"}];
  for (const column of context.table.answers.values()) {
    list.push({kind: "valid", question: column.question.id});
    if (column.kind === "codes") list.push({kind: "answered", question: column.question.id});
  }
  for (const module of context.definition.survey.modules) list.push({kind: "module", module: module.id, core: coreQuestions(context, module)});
  for (const theme of agendaModules(context.definition.survey)) list.push({kind: "module", module: theme.id, core: coreQuestions(context, theme)});
  return list;
}

/** The key of a kind of contributor in {@link CellCounts.counts}: `respondents`, `valid:q1`, `answered:q1`, `module:m1`. */
export function contributorsKey(contributors: Contributors): string {
  return contributors.kind === "respondents" ? "respondents" : `${contributors.kind}:${contributors.kind === "module" ? contributors.module : contributors.question}`;
}

/**
 * The audit structure of a bundle's groups: set 0 the organisation (every cell), then each group
 * in the given order, as the ascending list of the cells its respondents are in.
 *
 * @example
 * auditStructure(3, nodes, (node) => node.rows) // {cells: 3, sets: [Int32Array [0, 1, 2], …]}
 */
export function auditStructure(cells: number, groups: GroupNode[], cellsOf: (node: GroupNode) => ArrayLike<number>): AuditStructure {
  const seen = new Int32Array(cells).fill(-1);
  const sets = groups.map((node, g) => {
    const list: number[] = [];
    const of = cellsOf(node);
    for (let i = 0; i < of.length; ++i) {
      const c = of[i];
      if (seen[c] !== g) {
        seen[c] = g;
        list.push(c);
      }
    }
    return Int32Array.from(list).sort();
  });
  return {cells, sets: [Int32Array.from({length: cells}, (_, c) => c), ...sets]};
}

/**
 * The {@link CellCounts} of a response table held in memory: one pass per grouping variable gives
 * each row its cell (respondents with the same value, or none, on every variable share one), one
 * pass per kind of contributor counts them per cell. A closed question (the most of a survey's
 * kinds) is tallied per cell and option, which gives both its valid answers and its answers with
 * "don't know"; in a large survey a worker thread takes these tallies too (jobThreads.ts).
 *
 * @example
 * cellCountsInMemory(context, bundle.groups).counts.get("valid:bev1") // Float64Array [12, 0, 7, …]
 */
export function cellCountsInMemory(context: Pick<ScoringContext, "definition" | "table">, groups: GroupNode[]): CellCounts {
  const {table} = context;
  const n = table.n;
  const closed = [...table.answers.values()].filter((column) => column.kind === "codes");
  const helper = useWorker(n, 1, closed.length) ? startWorker() : null;
  try {
    const array = helper ? sharedArray : plainArray;
    const {cells, cellOfRow} = cellsOfRows(table, array);
    const jobs = closed.map((column) => {
      const options = column.codec.options.length;
      let codes = column.codes;
      if (helper && !shared(codes)) (codes = array(Int16Array, n)).set(column.codes);
      return {kind: "cells" as const, codes, cellOfRow, options, tally: array(Int32Array, cells * options)};
    });
    const work: AggregateWork = {next: array(Int32Array, 1), done: array(Int32Array, jobs.length), ready: array(Int32Array, jobs.length).fill(1), jobs, index: null, modules: null, weights: null};
    helper?.post(work);
    const structure = cellStructure(cells, groups, cellOfRow);
    // Meanwhile the other kinds, on this thread: a closed question's answers come from the jobs.
    const tallied = (kind: Contributors) => (kind.kind === "valid" || kind.kind === "answered") && table.answers.get(kind.question)!.kind === "codes";
    const others = new Map<string, Float64Array>();
    const contributors = auditContributors(context);
    for (const kind of contributors) {
      const key = contributorsKey(kind);
      if (!tallied(kind) && !others.has(key)) others.set(key, contributorsPerCell(table, kind, cells, cellOfRow));
    }
    runAggregateJobs(work);
    helper?.finish(work);
    const ofTallies = new Map<string, Float64Array>();
    closed.forEach((column, k) => {
      const {valid, answered} = validAndAnswered(column.codec.options, cells, jobs[k].tally);
      ofTallies.set(contributorsKey({kind: "valid", question: column.question.id}), valid);
      ofTallies.set(contributorsKey({kind: "answered", question: column.question.id}), answered);
    });
    // In the order of auditContributors, as the audit lists its families.
    const counts = new Map<string, Float64Array>();
    for (const kind of contributors) {
      const key = contributorsKey(kind);
      if (!counts.has(key)) counts.set(key, others.get(key) ?? ofTallies.get(key)!);
    }
    return {structure, counts};
  } finally {
    helper?.stop();
  }
}

/**
 * {@link auditStructure} from each row's cell: the rows of a cell are alike on every grouping
 * variable, so they lie in the same groups, and a group holds the cells of its rows. Each cell is
 * placed by its first row: a group's rows that are the first of their cell give its cells, in
 * ascending order without sorting, since the cells are numbered by their first rows.
 */
function cellStructure(cells: number, groups: GroupNode[], cellOfRow: Int32Array): AuditStructure {
  // The cell of each row that is the first of its cell, −1 for every other row.
  const cellFirstAt = new Int32Array(cellOfRow.length).fill(-1);
  const seen = new Uint8Array(cells);
  for (let r = 0; r < cellOfRow.length; ++r) {
    const cell = cellOfRow[r];
    if (seen[cell] === 0) {
      seen[cell] = 1;
      cellFirstAt[r] = cell;
    }
  }
  const cellsOf = ({rows}: GroupNode) => {
    const list: number[] = [];
    for (let i = 0; i < rows.length; ++i) if (cellFirstAt[rows[i]] >= 0) list.push(cellFirstAt[rows[i]]);
    return Int32Array.from(list);
  };
  return {cells, sets: [Int32Array.from({length: cells}, (_, c) => c), ...groups.map(cellsOf)]};
}

/** A closed question's valid answers and answers with "don't know" per cell, from its tally per cell and option. */
function validAndAnswered(options: {missing?: boolean}[], cells: number, tally: Int32Array): {valid: Float64Array; answered: Float64Array} {
  const width = options.length;
  const valid = new Float64Array(cells);
  const answered = new Float64Array(cells);
  for (let cell = 0, at = 0; cell < cells; ++cell) {
    for (let o = 0; o < width; ++o, ++at) {
      answered[cell] += tally[at];
      if (!options[o].missing) valid[cell] += tally[at];
    }
  }
  return {valid, answered};
}

/** The contributors of one kind other than a closed question's answers in each cell. */
function contributorsPerCell(table: ResponseTable, contributors: Contributors, cells: number, cellOfRow: Int32Array): Float64Array {
  const count = new Float64Array(cells);
  if (contributors.kind === "module") {
    // A module's respondents: any valid core answer, marked per core question in loops of their own.
    const any = new Uint8Array(table.n);
    for (const question of contributors.core) {
      const column = table.answers.get(question)!;
      if (column.kind === "codes") {
        const {codes} = column;
        const valid = Uint8Array.from(column.codec.options, (option) => (option.missing ? 0 : 1));
        for (let r = 0; r < table.n; ++r) {
          const c = codes[r];
          if (c >= 0 && valid[c] === 1) any[r] = 1;
        }
        continue;
      }
      const valid = rowPredicate(table, {kind: "valid", question});
      for (let r = 0; r < table.n; ++r) if (any[r] === 0 && valid(r)) any[r] = 1;
    }
    for (let r = 0; r < table.n; ++r) if (any[r] === 1) ++count[cellOfRow[r]];
    return count;
  }
  const contributes = rowPredicate(table, contributors);
  for (let r = 0; r < table.n; ++r) if (contributes(r)) ++count[cellOfRow[r]];
  return count;
}

/** Each row's cell, numbered by first appearance, from the codes of every grouping variable. */
function cellsOfRows(table: ResponseTable, array: ArrayMaker): {cells: number; cellOfRow: Int32Array} {
  const cellOfRow = array(Int32Array, table.n);
  let cells = table.n > 0 ? 1 : 0;
  for (const column of table.groups.values()) {
    const width = column.values.length + 1;
    const codes = column.codes;
    const seen = new FirstSeen(cells * width);
    for (let r = 0; r < table.n; ++r) cellOfRow[r] = seen.of(cellOfRow[r] * width + codes[r] + 1);
    cells = seen.size;
  }
  return {cells, cellOfRow};
}

/** Whether row r is a contributor. */
function rowPredicate(table: ResponseTable, contributors: Exclude<Contributors, {kind: "module"}>): (r: number) => boolean {
  if (contributors.kind === "respondents") return () => true;
  const column = table.answers.get(contributors.question)!;
  switch (column.kind) {
    case "codes":
      // Counted from the question's tally per cell (cellTallyInto.js), or its codes (a module's respondents).
      throw new Error(`closed question ${contributors.question} asked row by row`);
    case "numbers":
      return (r) => !Number.isNaN(column.values[r]);
    case "multi":
      return (r) => column.answered[r] === 1;
    case "text":
      return (r) => column.texts[r] !== undefined;
  }
}
