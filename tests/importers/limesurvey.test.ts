import {mkdtempSync, readFileSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {AGREE, PROUD, SATISFIED, TEXTS, expectImportFails, expectKnownCounts, importAndScore, knownRespondents, type KnownRespondent} from "./knownAnswers.ts";

const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;

/**
 * The known answers as a LimeSurvey response export: headings "Question code & question text"
 * (or codes only), answers as full answers (or answer codes), the participant table's attributes,
 * an array question `Q1[SQ001]…`, a multiple choice question with one column per option.
 */
function knownLimeSurvey(known: KnownRespondent[], {codes = false, texts = false, edit}: {codes?: boolean; texts?: boolean; edit?: (rows: string[][]) => void} = {}): string {
  const heading = (code: string, text: string, sub?: [string, string]) => {
    if (texts) return sub ? `${text} [${sub[1]}]` : text;
    if (codes) return sub ? `${code}[${sub[0]}]` : code;
    return sub ? `${code}[${sub[0]}]. ${text} [${sub[1]}]` : `${code}. ${text}`;
  };
  const metadata = texts
    ? ["Response ID", "Date submitted", "Last page", "Start language", "Seed", "Token", "First name", "Last name", "Email address", "IP address"]
    : ["id", "submitdate", "lastpage", "startlanguage", "seed", "token", "firstname", "lastname", "email", "ipaddr"];
  const header = [
    ...metadata,
    heading("afdeling", "Afdeling"),
    heading("Q1", TEXTS.matrix, ["SQ001", TEXTS.q1]), heading("Q1", TEXTS.matrix, ["SQ002", TEXTS.q2]), heading("Q1", TEXTS.matrix, ["SQ003", TEXTS.q3]),
    heading("tevreden", TEXTS.tevreden), heading("aanbevelen", TEXTS.aanbevelen), heading("cijfer", TEXTS.cijfer),
    ...PROUD.map((p, k) => heading("trots", TEXTS.trots, [`SQ00${k + 1}`, p])),
    heading("opmerking", TEXTS.opmerking)
  ];
  const agree = (code: string) => (codes ? (code ? `A${code}` : "") : (AGREE[code] ?? ""));
  const rows = known.map((r, i) => [
    String(i + 1), `${r.date} 10:0${i % 10}:00`, "4", "nl", String(123456 + i), `tok${r.id}`, r.naam.split(" ")[0], r.naam.split(" ").slice(1).join(" "), r.email, r.ip,
    r.afdeling, agree(r.q1), agree(r.q2), agree(r.q3),
    codes ? (r.tevreden ? `A${r.tevreden}` : "") : (SATISFIED[r.tevreden] ?? ""), r.aanbevelen, r.cijfer,
    ...PROUD.map((_, k) => (r.trots?.includes(k) ? (codes ? "Y" : "Ja") : "")), r.opmerking
  ]);
  edit?.(rows);
  const dir = mkdtempSync(join(tmpdir(), "peiling-limesurvey-"));
  const file = join(dir, "results-survey583921.csv");
  writeFileSync(file, [header, ...rows].map((r) => r.map(quote).join(",")).join("\n") + "\n");
  return file;
}

describe("peiling import of a LimeSurvey export", () => {
  it("importExport(limesurvey full answers) finds every count of the known answers", async () => {
    const {report, accounting, survey, responses} = await importAndScore(knownLimeSurvey(knownRespondents()));
    expectKnownCounts(report, {survey, responses});
    expect(accounting).toMatchObject({unit: "line", read: 42, written: 41, setAside: 1});
    expect(survey).toContain("from results-survey583921.csv (a LimeSurvey export)");
    expect(survey).toContain('"token", "firstname", "lastname", "email", "ipaddr"');
    expect(responses.split("\n")[0]).toBe("id,afdeling,Q1_SQ001,Q1_SQ002,Q1_SQ003,tevreden,aanbevelen,cijfer,trots,opmerking,submitdate,lastpage,startlanguage,seed");
  });

  it("importExport(limesurvey full answers, headings as full question texts) finds every count of the known answers", async () => {
    const {report, survey, responses} = await importAndScore(knownLimeSurvey(knownRespondents(), {texts: true}));
    expectKnownCounts(report, {survey, responses});
    expect(survey).toContain('ignore: [Date submitted, Last page, Start language, Seed]');
  });

  it("importExport(limesurvey answer codes) keeps every code of an array question and the options of a multiple choice question", async () => {
    const known = knownRespondents();
    const {report, survey} = await importAndScore(knownLimeSurvey(known, {codes: true}));
    // Answer codes carry no labels: the array's statements are choices whose counts are the codes'.
    expect(survey).toContain("No agreement or satisfaction scale was recognised");
    const answered = known.filter((r) => r.id !== "1042");
    for (const [key, id] of [["q1", "Q1_SQ001"], ["q2", "Q1_SQ002"], ["q3", "Q1_SQ003"]] as const) {
      const d = report.distributions.find((x) => x.question === id)!;
      for (const code of ["1", "2", "3", "4", "5", "9"]) {
        expect(d.options.find((o) => o.code === `A${code}`)?.count ?? 0, `${id} A${code}`).toBe(answered.filter((r) => r[key] === code).length);
      }
    }
    PROUD.forEach((_, k) => {
      expect(report.topics.find((t) => t.question === "trots" && t.option === `SQ00${k + 1}`)?.count).toBe(answered.filter((r) => r.trots?.includes(k)).length);
    });
  });

  it("importExport(limesurvey) cut off inside a quoted field fails with line and column and writes nothing", async () => {
    const file = knownLimeSurvey(knownRespondents());
    const text = readFileSync(file, "utf8");
    writeFileSync(file, text.slice(0, text.indexOf('"Opmerking 12') + 8));
    // Respondent 12 is on line 14; the comment is its last field, column 21.
    await expectImportFails(file, "results-survey583921.csv:14:21: a quoted field is never closed");
  });

  it("importExport(limesurvey) with two responses under one id fails naming both lines", async () => {
    const file = knownLimeSurvey(knownRespondents(), {edit: (rows) => (rows[20][0] = "3")});
    await expectImportFails(file, 'results-survey583921.csv:22:1 (column "id"): the respondent id "3" was used before, in line 4');
  });
});
