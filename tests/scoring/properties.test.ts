import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {BundleError, scoreBundle, type Report} from "../../scoring/index.ts";
import {writeBundle} from "../helpers/bundle.ts";

/**
 * Property-based tests: random and mutated bundles either give a valid report model or a
 * BundleError naming the defects — never a crash, never an answer lost without a count.
 */

interface Shape {
  questions: number;
  minGroupSize: number;
  scoring: "mean" | "percent-positive";
  moduleScore: "mean-of-questions" | "mean-of-respondents";
  rows: {afdeling: string; team: string; answers: string[]; nps: string; multi: string; text: string}[];
}

const likertCell = fc.constantFrom("1", "2", "3", "4", "5", "9", "", "Mee eens", " helemaal MEE oneens ", "Weet niet");
const shape: fc.Arbitrary<Shape> = fc.record({
  questions: fc.integer({min: 1, max: 4}),
  minGroupSize: fc.integer({min: 1, max: 6}),
  scoring: fc.constantFrom("mean" as const, "percent-positive" as const),
  moduleScore: fc.constantFrom("mean-of-questions" as const, "mean-of-respondents" as const),
  rows: fc.array(
    fc.record({
      afdeling: fc.constantFrom("A", "B", "C", ""),
      team: fc.constantFrom("1", "2", ""),
      answers: fc.array(likertCell, {minLength: 4, maxLength: 4}),
      nps: fc.constantFrom("0", "3", "6", "7", "8", "9", "10", ""),
      multi: fc.constantFrom("", "x", "y", "x;y", "y;x;x"),
      text: fc.constantFrom("", "goed werk", 'met "aanhalingstekens", en komma', "twee\nregels")
    }),
    // A file without respondents is a defect of its own (tests/cli/oversized.test.ts).
    {minLength: 1, maxLength: 40}
  )
});

function surveyYaml(s: Shape): string {
  const questions = Array.from({length: s.questions}, (_, i) => `  - {id: q${i}, text: Vraag ${i}, scale: eens, module: ${i % 2 ? "m2" : "m1"}${i === 1 ? ", reverse: true" : ""}}`);
  return `title: T
organisation: O
period: {start: 2025-01-01, end: 2025-01-31}
scales:
  eens:
    type: likert
    labels: {1: Helemaal mee oneens, 2: Mee oneens, 3: Neutraal, 4: Mee eens, 5: Helemaal mee eens}
    missing: [9, Weet niet]
  nps: {type: nps}
  keuze: {type: multi, options: [x, y]}
  tekst: {type: text}
groups:
  - {id: afdeling, name: Afdeling}
  - {id: team, name: Team, parent: afdeling}
modules:
  - {id: m1, name: M1}
  - {id: m2, name: M2}
questions:
${questions.join("\n")}
  - {id: aanbevelen, text: Aanbevelen, scale: nps}
  - {id: keuze, text: Keuze, scale: keuze}
  - {id: tekst, text: Tekst, scale: tekst}
settings: {minGroupSize: ${s.minGroupSize}, scoring: ${s.scoring}, moduleScore: ${s.moduleScore}, interval: {replicates: 50}}
`;
}

/** The shape with comments that need no quoting, so mutations can work line by line and cell by cell. */
const oneLine = (s: Shape): Shape => ({...s, rows: s.rows.map((r) => ({...r, text: r.text.replace(/[\n",]/g, " ")}))});

const quote = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

function responsesCsv(s: Shape): string {
  const header = ["id", "afdeling", "team", ...Array.from({length: s.questions}, (_, i) => `q${i}`), "aanbevelen", "keuze", "tekst"];
  const lines = s.rows.map((r, i) => [`r${i}`, r.afdeling, r.afdeling ? r.team : "", ...r.answers.slice(0, s.questions), r.nps, r.multi, r.text].map(quote).join(","));
  return [header.join(","), ...lines].join("\n") + "\n";
}

/** Every invariant a report model must keep, whatever the input. */
function checkReport(report: Report, s: Shape): void {
  const {accounting} = report;
  expect(accounting.read).toBe(accounting.accepted + accounting.setAside);
  expect(Object.values(accounting.reasons).reduce((a, b) => a + b, 0)).toBe(accounting.setAside);
  expect(report.respondents).toBe(accounting.accepted);
  const max = s.scoring === "mean" ? 10 : 1;
  for (const q of report.questions) {
    if (q.score === null) continue;
    expect(q.n!).toBeGreaterThanOrEqual(s.minGroupSize);
    expect(q.score).toBeGreaterThanOrEqual(0);
    expect(q.score).toBeLessThanOrEqual(max + 1e-12);
  }
  for (const m of report.modules) if (m.score !== null && m.ci) expect(m.ci[0]).toBeLessThanOrEqual(m.score + 1e-9);
  if (report.enps) expect(Math.abs(report.enps.score)).toBeLessThanOrEqual(100);
  for (const g of report.groups) {
    if (g.suppressed) {
      expect(Object.keys(g).sort()).toEqual(["id", "invited", "n", "parent", "responseRate", "suppressed", "value", "variable"]);
      expect([g.n, g.invited, g.responseRate]).toEqual([null, null, null]);
      expect(report.comparisons.some((c) => c.group === g.id)).toBe(false);
    } else expect(g.n!).toBeGreaterThanOrEqual(s.minGroupSize);
  }
  expect(JSON.parse(JSON.stringify(report))).toEqual(report);
}

describe("random bundles", () => {
  it("always give a report model that keeps its invariants", async () => {
    await fc.assert(
      fc.asyncProperty(shape, async (s) => {
        const rows = s.rows.filter((r) => r.answers.slice(0, s.questions).some((a) => a === "" || a === "9" || a === "Weet niet" ? false : true));
        const report = await scoreBundle(writeBundle({"survey.yaml": surveyYaml(s), "responses.csv": responsesCsv(s)}));
        checkReport(report, s);
        expect(report.accounting.read).toBe(s.rows.length);
        expect(rows.length).toBeLessThanOrEqual(report.respondents);
      }),
      {numRuns: 60}
    );
  });
});

/** One defect written into a valid CSV. */
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({kind: fc.constant("cell" as const), row: fc.nat(), column: fc.nat(), text: fc.constantFrom("7", "abc", "-1", "x;z", "3.5", '"', "\u0000")}),
  fc.record({kind: fc.constant("duplicate" as const), row: fc.nat()}),
  fc.record({kind: fc.constant("drop-column" as const), column: fc.nat()}),
  fc.record({kind: fc.constant("extra-field" as const), row: fc.nat()}),
  fc.record({kind: fc.constant("truncate" as const), at: fc.nat()})
);

/** What {@link mutation} generates. */
interface Mutation {
  kind: "cell" | "duplicate" | "drop-column" | "extra-field" | "truncate";
  row?: number;
  column?: number;
  text?: string;
  at?: number;
}

function mutate(csv: string, m: Mutation): string {
  const lines = csv.trimEnd().split("\n");
  const header = lines[0].split(",");
  const body = lines.slice(1);
  const pick = (n: number | undefined, length: number) => (length ? (n ?? 0) % length : 0);
  switch (m.kind) {
    case "cell": {
      if (!body.length) return csv;
      const r = pick(m.row, body.length);
      const cells = body[r].split(",");
      cells[pick(m.column, cells.length)] = m.text!;
      body[r] = cells.join(",");
      break;
    }
    case "duplicate":
      if (body.length) body.push(body[pick(m.row, body.length)]);
      break;
    case "drop-column": {
      const c = pick(m.column, header.length);
      return [header.filter((_, i) => i !== c).join(","), ...body].join("\n") + "\n";
    }
    case "extra-field":
      if (body.length) body[pick(m.row, body.length)] += ",extra";
      break;
    case "truncate":
      return csv.slice(0, pick(m.at, csv.length + 1));
  }
  return [lines[0], ...body].join("\n") + "\n";
}

describe("mutated bundles", () => {
  it("give a valid report model or a BundleError that names file and line, never a crash", async () => {
    await fc.assert(
      fc.asyncProperty(shape, mutation, async (s, m) => {
        const csv = mutate(responsesCsv(oneLine(s)), m);
        try {
          const report = await scoreBundle(writeBundle({"survey.yaml": surveyYaml(s), "responses.csv": csv}));
          checkReport(report, s);
        } catch (error) {
          expect(error).toBeInstanceOf(BundleError);
          for (const issue of (error as BundleError).issues) {
            expect(issue.file).toBe("responses.csv");
            expect(issue.message.length).toBeGreaterThan(0);
          }
        }
      }),
      {numRuns: 150}
    );
  });

  it("set defective rows aside on request, counting each, so read = accepted + set aside", async () => {
    await fc.assert(
      // A stray quote breaks the file's structure, not one row: that stays an error (tested above).
      fc.asyncProperty(shape, mutation.filter((m) => (m.kind === "cell" && m.text !== '"') || m.kind === "duplicate" || m.kind === "extra-field"), async (s, m) => {
        const csv = mutate(responsesCsv(oneLine(s)), m);
        const report = await scoreBundle(writeBundle({"survey.yaml": surveyYaml(s), "responses.csv": csv}), {setAside: true});
        checkReport(report, s);
        // One record per line: every line after the header is read, then accepted or set aside.
        expect(report.accounting.read).toBe(csv.trimEnd().split("\n").length - 1);
      }),
      {numRuns: 100}
    );
  });
});
