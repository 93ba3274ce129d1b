import {execFileSync} from "node:child_process";
import {existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {ImportError} from "../../importers/ImportError.ts";
import {importExport} from "../../importers/importExport.ts";
import {readSav} from "../../importers/readSav.ts";
import {AGREE, PROUD, SATISFIED, TEXTS, expectImportFails, expectKnownCounts, importAndScore, knownRespondents, type KnownRespondent} from "./knownAnswers.ts";

/** Runs GNU PSPP on a syntax file in a fresh folder; the test fails (never skips) without it. */
function pspp(syntax: string, files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "peiling-pspp-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  writeFileSync(join(dir, "make.sps"), syntax);
  try {
    execFileSync("pspp", ["make.sps"], {cwd: dir, stdio: "pipe"});
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") throw new Error("GNU PSPP is not installed: `apt-get install pspp` (CI's .ci/run installs it); the .sav tests need it to write real SPSS files");
    throw new Error(`pspp failed: ${(error as {stderr?: Buffer}).stderr?.toString() ?? error}\n${(error as {stdout?: Buffer}).stdout?.toString() ?? ""}`);
  }
  return dir;
}

const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
const spssString = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** The known answers as an SPSS file, the way a researcher hands it over: labels, value labels, user-missing 9, a multiple response set. */
function knownSav(known: KnownRespondent[], {save = "/COMPRESSED", edit}: {save?: string; edit?: (rows: string[][]) => void} = {}): string {
  const rows = known.map((r) => [r.id, r.afdeling, r.naam, r.email, r.q1, r.q2, r.q3, r.tevreden, r.aanbevelen, r.cijfer, ...PROUD.map((_, k) => (r.trots === null ? "" : r.trots.includes(k) ? "1" : "0")), r.opmerking]);
  edit?.(rows);
  const data = rows.map((r) => r.map(quote).join(",")).join("\n") + "\n";
  const label = (name: string, text: string) => `${name} ${spssString(text)}`;
  const syntax = `
GET DATA /TYPE=TXT /FILE='data.csv' /ENCODING='UTF-8' /ARRANGEMENT=DELIMITED /DELIMITERS="," /QUALIFIER='"'
  /VARIABLES=id F4.0 afdeling A20 naam A40 email A40 q1 F1.0 q2 F1.0 q3 F1.0 tevreden F1.0 aanbevelen F2.0 cijfer F2.0 trots_1 F1.0 trots_2 F1.0 trots_3 F1.0 opmerking A300.
VARIABLE LABELS ${label("q1", TEXTS.q1)} /${label("q2", TEXTS.q2)} /${label("q3", TEXTS.q3)} /${label("tevreden", TEXTS.tevreden)}
  /${label("aanbevelen", TEXTS.aanbevelen)} /${label("cijfer", TEXTS.cijfer)} /${label("opmerking", TEXTS.opmerking)} /afdeling 'Afdeling'
  /${PROUD.map((p, k) => label(`trots_${k + 1}`, p)).join(" /")}.
VALUE LABELS q1 q2 q3 ${Object.entries(AGREE).map(([code, text]) => `${code} ${spssString(text)}`).join(" ")}
  /tevreden ${Object.entries(SATISFIED).map(([code, text]) => `${code} ${spssString(text)}`).join(" ")}
  /aanbevelen 0 'Zeer onwaarschijnlijk' 10 'Zeer waarschijnlijk'.
MISSING VALUES q1 q2 q3 (9).
MRSETS /MDGROUP NAME=$trots LABEL=${spssString(TEXTS.trots)} VARIABLES=trots_1 trots_2 trots_3 VALUE=1.
FILE LABEL 'Medewerkersonderzoek 2025'.
SAVE OUTFILE='export.sav' ${save}.
`;
  return join(pspp(syntax, {"data.csv": data}), "export.sav");
}

describe("peiling import of an SPSS file", () => {
  for (const save of ["/COMPRESSED", "/UNCOMPRESSED", "/ZCOMPRESSED"]) {
    it(`importExport(sav ${save}) finds every count of the known answers`, async () => {
      const {report, accounting, survey, responses} = await importAndScore(knownSav(knownRespondents(), {save}));
      expectKnownCounts(report, {survey, responses});
      expect(accounting).toMatchObject({unit: "record", read: 42, written: 41, setAside: 1, reasons: {"no answers": 1}});
      expect(report.survey.title).toBe("Medewerkersonderzoek 2025");
    });
  }

  it("importExport(sav) keeps 'weet niet' as a missing answer listed in the scale, never scored", async () => {
    const {survey, report} = await importAndScore(knownSav(knownRespondents()));
    expect(survey).toMatch(/missing: \[9, Weet niet\]/);
    expect(survey).toContain('  # aanbevelen: 0 = "Zeer onwaarschijnlijk", 10 = "Zeer waarschijnlijk"');
    const q1 = report.survey.questions.find((q) => q.text === TEXTS.q1)!;
    expect(q1.options.find((o) => o.label === "Weet niet")).toMatchObject({missing: true, score: null});
  });

  it("importExport(sav) takes the string variable afdeling as a grouping variable and leaves out naam and email", async () => {
    const {survey, responses} = await importAndScore(knownSav(knownRespondents()));
    expect(survey).toContain("- {id: afdeling, name: Afdeling}");
    expect(survey).toMatch(/Personal data in the export, never carried over into responses.csv:\n# "naam", "email"/);
    expect(responses.split("\n")[0]).toBe("id,afdeling,q1,q2,q3,tevreden,aanbevelen,cijfer,trots,opmerking");
  });

  it("readSav reads a long string (over 255 bytes) with accents whole", () => {
    const known = knownRespondents();
    const long = `${"Veel te veel vergaderingen en te weinig tijd voor échte inhoud. ".repeat(4)}Einde.`;
    known[0].opmerking = long;
    const exported = readSav(readFileSync(knownSav(known)), "export.sav");
    const column = exported.variables.findIndex((v) => v.name === "opmerking");
    expect(exported.rows[0].values[column]).toBe(long);
  });

  it("readSav reads a Windows-1252 file: accents, labelled string codes, a missing range", () => {
    const dir = pspp(
      `SET LOCALE='windows-1252'.
DATA LIST LIST /id (F2) dienst (A12) q1 (F1).
BEGIN DATA
1 "FIN" 4
2 "ZORG" 8
3 "ZORG" 2
4 "FIN" 9
END DATA.
VARIABLE LABELS q1 'Ik ben tevreden over mijn café-uren' /dienst 'Dienst'.
VALUE LABELS dienst 'FIN' 'Financiën' 'ZORG' 'Zorg & Welzijn' /q1 1 'Helemaal mee oneens' 2 'Mee oneens' 3 'Neutraal' 4 'Mee eens' 5 'Helemaal mee eens' 8 'Weet niet' 9 'N.v.t.'.
MISSING VALUES q1 (8 THRU 9).
SAVE OUTFILE='export.sav'.
`
    );
    const bytes = readFileSync(join(dir, "export.sav"));
    expect(bytes.includes(Buffer.from("Financi\xebn", "latin1")), "the file holds Windows-1252 bytes").toBe(true);
    const exported = readSav(bytes, "export.sav");
    expect(exported.variables.map(({name, text, missing}) => ({name, text, missing}))).toEqual([
      {name: "id", text: "id", missing: undefined},
      {name: "dienst", text: "Dienst", missing: undefined},
      {name: "q1", text: "Ik ben tevreden over mijn café-uren", missing: ["8", "9"]}
    ]);
    expect(exported.variables[1].options).toEqual([{code: "FIN", label: "Financiën"}, {code: "ZORG", label: "Zorg & Welzijn"}]);
    expect(exported.rows.map((r) => r.values)).toEqual([["1", "FIN", "4"], ["2", "ZORG", "8"], ["3", "ZORG", "2"], ["4", "FIN", "9"]]);
  });

  it("importExport(sav) takes the file's weight variable as the survey weight", async () => {
    const dir = pspp(`DATA LIST LIST /id (F2) factor (F4.2) q1 (F1).
BEGIN DATA
1 0.5 4
2 1.5 5
3 1 2
4 2 5
5 0.5 1
6 1 4
END DATA.
VALUE LABELS q1 1 'Strongly disagree' 2 'Disagree' 3 'Neutral' 4 'Agree' 5 'Strongly agree'.
WEIGHT BY factor.
SAVE OUTFILE='export.sav'.
`);
    const {survey, responses, report} = await importAndScore(join(dir, "export.sav"));
    expect(survey).toContain("weight: factor");
    expect(responses.split("\n").slice(0, 3)).toEqual(["id,factor,q1", "1,0.5,4", "2,1.5,5"]);
    expect(report.survey.weighted).toBe(true);
    const weights = [0.5, 1.5, 1, 2, 0.5, 1];
    const scores = [7.5, 10, 2.5, 10, 0, 7.5];
    expect(report.questions[0].mean).toBeCloseTo(weights.reduce((sum, w, i) => sum + w * scores[i], 0) / 6.5, 10);
  });

  it("importExport(sav) fails on an answer outside the value labels, naming record and variable, and writes nothing", async () => {
    const file = knownSav(knownRespondents(), {edit: (rows) => (rows[6][4] = "7")});
    await expectImportFails(file, 'export.sav: record 7, variable 5 ("q1"): the answer "7" has no value label');
  });

  it("importExport(sav) fails on two respondents with one id, naming both records", async () => {
    const file = knownSav(knownRespondents(), {edit: (rows) => (rows[9][0] = rows[2][0])});
    await expectImportFails(file, 'export.sav: record 10, variable 1 ("id"): the respondent id "1003" was used before, in record 3');
  });

  for (const save of ["/COMPRESSED", "/ZCOMPRESSED"]) {
    it(`readSav(sav ${save} with damaged bytes or cut anywhere) reads it or fails with an ImportError, never anything else`, () => {
      const whole = readFileSync(knownSav(knownRespondents(), {save}));
      const damage = fc.record({cut: fc.integer({min: 0, max: whole.length}), bytes: fc.array(fc.tuple(fc.nat({max: whole.length - 1}), fc.integer({min: 0, max: 255})), {maxLength: 4})});
      fc.assert(
        fc.property(damage, ({cut, bytes}) => {
          const damaged = Buffer.from(whole.subarray(0, cut));
          for (const [at, value] of bytes) if (at < damaged.length) damaged[at] = value;
          try {
            readSav(damaged, "export.sav");
          } catch (error) {
            expect(error).toBeInstanceOf(ImportError);
          }
        }),
        {numRuns: 400, seed: 17}
      );
    });
  }

  for (const save of ["/COMPRESSED", "/UNCOMPRESSED", "/ZCOMPRESSED"]) {
    it(`importExport(sav ${save}) cut off inside the data fails with the record and writes nothing`, async () => {
      const whole = readFileSync(knownSav(knownRespondents(), {save}));
      const dir = mkdtempSync(join(tmpdir(), "peiling-import-"));
      const cut = join(dir, "cut.sav");
      writeFileSync(cut, whole.subarray(0, whole.length - 200));
      await expect(importExport(cut, join(dir, "bundle"))).rejects.toThrow(/cut\.sav: (record \d+, variable \d+ \("\w+"\): the file ends inside this record|the file ends before the index of its compressed blocks)/);
      expect(existsSync(join(dir, "bundle"))).toBe(false);
      expect(readdirSync(dir)).toEqual(["cut.sav"]);
    });
  }
});
