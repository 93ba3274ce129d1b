import {mkdtempSync, readdirSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {importExport} from "../../importers/importExport.ts";
import {AGREE, PROUD, SATISFIED, TEXTS, expectImportFails, expectKnownCounts, importAndScore, knownRespondents, type KnownRespondent} from "./knownAnswers.ts";
import {writeXlsx, type XlsxCell} from "./writeXlsx.ts";

const when = (r: KnownRespondent, minutes: number) => new Date(`${r.date}T09:${String(minutes).padStart(2, "0")}:00Z`);
const number = (s: string) => (s === "" ? null : Number(s));

/** The known answers as Microsoft Forms exports them: question texts as headers, `a;b;` for multiple choice, numbers for ratings. */
function knownForms(known: KnownRespondent[]): XlsxCell[][] {
  const header = ["ID", "Start time", "Completion time", "Email", "Name", "Last modified time", "Afdeling", TEXTS.q1, TEXTS.q2, TEXTS.q3, TEXTS.tevreden, TEXTS.aanbevelen, TEXTS.cijfer, TEXTS.trots, TEXTS.opmerking];
  const rows = known.map((r, i): XlsxCell[] => [
    i + 1, when(r, 1), when(r, 9), r.email, r.naam, null, r.afdeling,
    AGREE[r.q1] ?? null, AGREE[r.q2] ?? null, AGREE[r.q3] ?? null, SATISFIED[r.tevreden] ?? null,
    number(r.aanbevelen), number(r.cijfer), r.trots ? r.trots.map((k) => `${PROUD[k]};`).join("") : null, r.opmerking || null
  ]);
  return [header, ...rows];
}

/** The known answers as SurveyMonkey exports them: a second header row naming each column's response, matrix statement or option. */
function knownSurveyMonkey(known: KnownRespondent[], {dutch = false}: {dutch?: boolean} = {}): XlsxCell[][] {
  const metadata = dutch
    ? ["Respondent-ID", "Collector-ID", "Begindatum", "Einddatum", "IP-adres", "E-mailadres", "Voornaam", "Achternaam", "Aangepaste gegevens 1"]
    : ["Respondent ID", "Collector ID", "Start Date", "End Date", "IP Address", "Email Address", "First Name", "Last Name", "Custom Data 1"];
  const [response, open] = dutch ? ["Antwoord", "Open antwoord"] : ["Response", "Open-Ended Response"];
  const first = [...metadata, TEXTS.matrix, "", "", TEXTS.tevreden, TEXTS.aanbevelen, TEXTS.cijfer, TEXTS.trots, "", "", TEXTS.opmerking, "Afdeling"];
  const second = [...metadata.map(() => ""), TEXTS.q1, TEXTS.q2, TEXTS.q3, response, response, response, ...PROUD, open, response];
  const rows = known.map((r): XlsxCell[] => [
    11400000000 + Number(r.id), 431234567, when(r, 1), when(r, 9), r.ip, r.email, r.naam.split(" ")[0], r.naam.split(" ").slice(1).join(" "), `personeelsnummer ${r.id}`,
    AGREE[r.q1] ?? null, AGREE[r.q2] ?? null, AGREE[r.q3] ?? null, SATISFIED[r.tevreden] ?? null, number(r.aanbevelen), number(r.cijfer),
    ...PROUD.map((p, k) => (r.trots?.includes(k) ? p : null)), r.opmerking || null, r.afdeling
  ]);
  return [first, second, ...rows];
}

async function workbookFile(rows: XlsxCell[][], name: string): Promise<string> {
  const file = join(mkdtempSync(join(tmpdir(), "peiling-xlsx-")), name);
  writeFileSync(file, await writeXlsx(rows, "Blad1"));
  return file;
}

describe("peiling import of a workbook", () => {
  it("importExport(Microsoft Forms xlsx) finds every count of the known answers", async () => {
    const {report, accounting, survey, responses} = await importAndScore(await workbookFile(knownForms(knownRespondents()), "Medewerkersonderzoek(1-42).xlsx"));
    expectKnownCounts(report, {survey, responses});
    expect(accounting).toMatchObject({unit: "row", read: 42, written: 41, setAside: 1});
    expect(report.survey.period).toEqual({start: "2025-03-10", end: "2025-03-21"});
    expect(survey).toContain('ignore: [Start time, Completion time, Last modified time]');
    expect(responses.split("\n")[0]).toBe("id,Afdeling,q1,q2,q3,q4,q5,q6,q7,q8,Start time,Completion time,Last modified time");
  });

  it("importExport(SurveyMonkey xlsx) finds every count of the known answers", async () => {
    const {report, accounting, survey, responses} = await importAndScore(await workbookFile(knownSurveyMonkey(knownRespondents()), "Data_All_250324.xlsx"));
    expectKnownCounts(report, {survey, responses});
    expect(accounting).toMatchObject({unit: "row", read: 42, written: 41, setAside: 1});
    expect(survey).toContain('"IP Address", "Email Address", "First Name", "Last Name", "Custom Data 1"');
    expect(responses).not.toContain("personeelsnummer");
  });

  it("importExport(SurveyMonkey xlsx in Dutch) finds every count of the known answers", async () => {
    const {report, survey, responses} = await importAndScore(await workbookFile(knownSurveyMonkey(knownRespondents(), {dutch: true}), "Data_All_250324.xlsx"));
    expectKnownCounts(report, {survey, responses});
    expect(survey).toContain('ignore: [Collector-ID, Begindatum, Einddatum]');
  });

  it("importExport(xlsx) with two responses under one respondent id fails naming sheet, row and column", async () => {
    const rows = knownSurveyMonkey(knownRespondents());
    rows[7][0] = rows[3][0];
    const file = await workbookFile(rows, "Data_All_250324.xlsx");
    await expectImportFails(file, 'Data_All_250324.xlsx: sheet "Blad1", row 8, column A ("Respondent ID"): the respondent id "11400001002" was used before, in row 4');
  });

  it("importExport(xlsx) cut off while copying fails and writes nothing", async () => {
    const whole = await writeXlsx(knownForms(knownRespondents()));
    const dir = mkdtempSync(join(tmpdir(), "peiling-xlsx-"));
    writeFileSync(join(dir, "cut.xlsx"), whole.subarray(0, Math.floor(whole.length / 2)));
    await expect(importExport(join(dir, "cut.xlsx"), join(dir, "bundle"))).rejects.toThrow("cut.xlsx: the workbook cannot be opened: it is not a complete .xlsx file");
    expect(readdirSync(dir)).toEqual(["cut.xlsx"]);
  });
});
