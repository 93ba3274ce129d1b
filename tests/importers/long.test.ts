import {mkdtempSync, readFileSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {AGREE, PROUD, SATISFIED, TEXTS, expectImportFails, expectKnownCounts, importAndScore, knownRespondents, type KnownRespondent} from "./knownAnswers.ts";

const quote = (s: string) => (/[";\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/**
 * The known answers as an HR system's long export: one row per respondent and question, `;`
 * separated (a Dutch spreadsheet's CSV), with the department and name repeated on every row of a
 * respondent and the question's text beside its code; multiple choice answers as `a;b` in one cell.
 */
function knownLong(known: KnownRespondent[], {edit}: {edit?: (rows: string[][]) => void} = {}): string {
  const rows: string[][] = [];
  for (const r of known) {
    const answers: [string, string, string][] = [
      ["q1", TEXTS.q1, AGREE[r.q1] ?? ""],
      ["q2", TEXTS.q2, AGREE[r.q2] ?? ""],
      ["q3", TEXTS.q3, AGREE[r.q3] ?? ""],
      ["tevreden", TEXTS.tevreden, SATISFIED[r.tevreden] ?? ""],
      ["aanbevelen", TEXTS.aanbevelen, r.aanbevelen],
      ["cijfer", TEXTS.cijfer, r.cijfer],
      ["trots", TEXTS.trots, (r.trots ?? []).map((k) => PROUD[k]).join(";")],
      ["opmerking", TEXTS.opmerking, r.opmerking]
    ];
    for (const [code, text, answer] of answers) rows.push([`M${r.id}`, r.naam, r.afdeling, code, text, answer]);
  }
  edit?.(rows);
  const dir = mkdtempSync(join(tmpdir(), "peiling-long-"));
  const file = join(dir, "antwoorden.csv");
  writeFileSync(file, [["medewerker", "naam", "afdeling", "vraag", "vraagtekst", "antwoord"], ...rows].map((r) => r.map(quote).join(";")).join("\r\n") + "\r\n");
  return file;
}

describe("peiling import of a long export", () => {
  it("importExport(long csv) finds every count of the known answers", async () => {
    const {report, accounting, survey, responses} = await importAndScore(knownLong(knownRespondents()));
    expectKnownCounts(report, {survey, responses});
    expect(accounting).toMatchObject({unit: "line", read: 42, written: 41, setAside: 1, reasons: {"no answers": 1}, answerRows: 42 * 8});
    expect(survey).toContain("from antwoorden.csv (a long-format export)");
    expect(responses.split("\n")[0]).toBe("id,afdeling,q1,q2,q3,tevreden,aanbevelen,cijfer,trots,opmerking");
    expect(responses.split("\n")[1]).toMatch(/^M1001,Financiën,/);
  });

  it("importExport(long csv) with a respondent answering one question twice fails naming both lines", async () => {
    const file = knownLong(knownRespondents(), {edit: (rows) => (rows[9] = [...rows[8]])});
    await expectImportFails(file, 'antwoorden.csv:11:6 (column "antwoord"): respondent "M1002" answers question "q1" a second time (first on line 10)');
  });

  it("importExport(long csv) with a respondent in two departments fails naming both lines", async () => {
    const file = knownLong(knownRespondents(), {edit: (rows) => (rows[3][2] = "ICT")});
    await expectImportFails(file, 'antwoorden.csv:5:3 (column "afdeling"): respondent "M1001" has "ICT" here and "Financiën" on line 2');
  });

  it("importExport(long csv) cut off inside a quoted field fails with line and column", async () => {
    const file = knownLong(knownRespondents());
    const text = readFileSync(file, "utf8");
    writeFileSync(file, text.slice(0, text.indexOf('"Opmerking 4') + 6));
    // Respondent 4's comment is its eighth row: line 1 + 4 × 8 + 8 = 41, column 6.
    await expectImportFails(file, "antwoorden.csv:41:6: a quoted field is never closed");
  });
});
