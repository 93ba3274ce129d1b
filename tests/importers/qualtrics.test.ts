import {mkdtempSync, readdirSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {importExport} from "../../importers/importExport.ts";
import {AGREE, PROUD, SATISFIED, TEXTS, expectImportFails, expectKnownCounts, importAndScore, knownRespondents, type KnownRespondent} from "./knownAnswers.ts";

const quote = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** The known answers as a Qualtrics "Use choice text" CSV export: three header rows, metadata, a BOM, CRLF, one survey preview. */
export function knownQualtrics(known: KnownRespondent[], {edit}: {edit?: (rows: string[][]) => void} = {}): string {
  const columns: [string, string, string][] = [
    ["StartDate", "Start Date", '{"ImportId":"startDate","timeZone":"Europe/Amsterdam"}'],
    ["EndDate", "End Date", '{"ImportId":"endDate","timeZone":"Europe/Amsterdam"}'],
    ["Status", "Response Type", '{"ImportId":"status"}'],
    ["IPAddress", "IP Address", '{"ImportId":"ipAddress"}'],
    ["Progress", "Progress", '{"ImportId":"progress"}'],
    ["Duration (in seconds)", "Duration (in seconds)", '{"ImportId":"duration"}'],
    ["Finished", "Finished", '{"ImportId":"finished"}'],
    ["RecordedDate", "Recorded Date", '{"ImportId":"recordedDate","timeZone":"Europe/Amsterdam"}'],
    ["ResponseId", "Response ID", '{"ImportId":"_recordId"}'],
    ["RecipientLastName", "Recipient Last Name", '{"ImportId":"recipientLastName"}'],
    ["RecipientFirstName", "Recipient First Name", '{"ImportId":"recipientFirstName"}'],
    ["RecipientEmail", "Recipient Email", '{"ImportId":"recipientEmail"}'],
    ["ExternalReference", "External Data Reference", '{"ImportId":"externalDataReference"}'],
    ["LocationLatitude", "Location Latitude", '{"ImportId":"locationLatitude"}'],
    ["LocationLongitude", "Location Longitude", '{"ImportId":"locationLongitude"}'],
    ["DistributionChannel", "Distribution Channel", '{"ImportId":"distributionChannel"}'],
    ["UserLanguage", "User Language", '{"ImportId":"userLanguage"}'],
    ["Q1_1", `${TEXTS.matrix} - ${TEXTS.q1}`, '{"ImportId":"QID1_1"}'],
    ["Q1_2", `${TEXTS.matrix} - ${TEXTS.q2}`, '{"ImportId":"QID1_2"}'],
    ["Q1_3", `${TEXTS.matrix} - ${TEXTS.q3}`, '{"ImportId":"QID1_3"}'],
    ["Q2", TEXTS.tevreden, '{"ImportId":"QID2"}'],
    ["Q3", TEXTS.aanbevelen, '{"ImportId":"QID3"}'],
    ["Q4", TEXTS.cijfer, '{"ImportId":"QID4"}'],
    ["Q5", `${TEXTS.trots} - Selected Choice`, '{"ImportId":"QID5"}'],
    ["Q6", TEXTS.opmerking, '{"ImportId":"QID6_TEXT"}'],
    ["Afdeling", "Afdeling", '{"ImportId":"Afdeling"}']
  ];
  const nps = (x: string) => (x === "0" ? "0 - Zeer onwaarschijnlijk" : x === "10" ? "10 - Zeer waarschijnlijk" : x);
  const row = (r: KnownRespondent, status = "IP Address") => {
    const [first, ...last] = r.naam.split(" ");
    return [
      `${r.date} 09:${String(Number(r.id) % 60).padStart(2, "0")}:00`, `${r.date} 09:59:00`, status, r.ip, "100", "412", "True", `${r.date} 10:00:00`,
      `R_${r.id}abcDEF`, last.join(" "), first, r.email, "", "52.0907", "5.1214", "email", "NL",
      AGREE[r.q1] ?? "", AGREE[r.q2] ?? "", AGREE[r.q3] ?? "", SATISFIED[r.tevreden] ?? "", nps(r.aanbevelen), r.cijfer,
      (r.trots ?? []).map((k) => PROUD[k]).join(","), r.opmerking, r.afdeling
    ];
  };
  const preview = {...known[0], id: "9999", naam: "Test Persoon", email: "test@voorbeeld.nl"};
  const rows = [...known.map((r) => row(r)), row(preview, "Survey Preview")];
  edit?.(rows);
  const lines = [columns.map((c) => c[0]), columns.map((c) => c[1]), columns.map((c) => c[2]), ...rows].map((r) => r.map(quote).join(","));
  const dir = mkdtempSync(join(tmpdir(), "peiling-qualtrics-"));
  const file = join(dir, "Medewerkersonderzoek_2025.csv");
  writeFileSync(file, "\ufeff" + lines.join("\r\n") + "\r\n");
  return file;
}

describe("peiling import of a Qualtrics export", () => {
  it("importExport(qualtrics csv) finds every count of the known answers", async () => {
    const {report, accounting, survey, responses} = await importAndScore(knownQualtrics(knownRespondents()));
    expectKnownCounts(report, {survey, responses});
    expect(accounting).toMatchObject({unit: "line", read: 43, written: 41, setAside: 2, reasons: {"preview, test or spam": 1, "no answers": 1}});
    expect(report.survey.period).toEqual({start: "2025-03-10", end: "2025-03-21"});
  });

  it("importExport(qualtrics csv) is detected, keeps metadata under ignore and lists personal data in a comment", async () => {
    const {survey, responses} = await importAndScore(knownQualtrics(knownRespondents()));
    expect(survey).toContain("from Medewerkersonderzoek_2025.csv (a Qualtrics export)");
    expect(survey).toContain('ignore: [StartDate, EndDate, Status, Progress, Duration (in seconds), Finished, RecordedDate, DistributionChannel, UserLanguage]');
    expect(survey).toContain('"IPAddress", "RecipientLastName", "RecipientFirstName", "RecipientEmail", "ExternalReference",');
    expect(survey).toContain("- {id: Afdeling, name: Afdeling}");
    expect(survey).toContain("- {id: Q5, text: Waar bent u trots op?, scale: Q5}");
    expect(responses.split("\n")[0]).toBe("id,Q1_1,Q1_2,Q1_3,Q2,Q3,Q4,Q5,Q6,Afdeling,StartDate,EndDate,Status,Progress,Duration (in seconds),Finished,RecordedDate,DistributionChannel,UserLanguage");
    expect(responses).toContain("R_1001abcDEF,");
  });

  it("importExport(qualtrics csv) cut off inside a quoted comment fails with line and column and writes nothing", async () => {
    const file = knownQualtrics(knownRespondents());
    const text = (await import("node:fs")).readFileSync(file, "utf8");
    const at = text.indexOf('"Opmerking 8: ""meer');
    writeFileSync(file, text.slice(0, at + 12));
    // Respondent 8 is on line 3 header rows + 9 = 12; the comment is column 25.
    await expectImportFails(file, "Medewerkersonderzoek_2025.csv:12:25: a quoted field is never closed");
  });

  it("importExport(qualtrics csv) with two responses under one ResponseId fails naming both lines", async () => {
    const file = knownQualtrics(knownRespondents(), {edit: (rows) => (rows[5][8] = rows[1][8])});
    await expectImportFails(file, 'Medewerkersonderzoek_2025.csv:9:9 (column "ResponseId"): the respondent id "R_1002abcDEF" was used before, in line 5');
  });

  it("importExport refuses a non-empty target folder before reading the export", async () => {
    const parent = mkdtempSync(join(tmpdir(), "peiling-import-"));
    writeFileSync(join(parent, "notes.txt"), "mine");
    await expect(importExport(join(parent, "does-not-exist.csv"), parent)).rejects.toThrow("is not empty");
    expect(readdirSync(parent)).toEqual(["notes.txt"]);
  });
});
