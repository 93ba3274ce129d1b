/**
 * One known set of answers that every format's test writes as a realistic export, imports, scores,
 * and then finds again count by count. Built by arithmetic, so every count follows from the rows.
 */
import {mkdtempSync, readdirSync, readFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {expect} from "vitest";
import {importExport} from "../../importers/importExport.ts";
import type {Format} from "../../importers/ImportedExport.ts";
import {readBundle, scoreReport, type Report} from "../../scoring/index.ts";

export const AGREE: Record<string, string> = {1: "Helemaal mee oneens", 2: "Mee oneens", 3: "Neutraal", 4: "Mee eens", 5: "Helemaal mee eens", 9: "Weet niet"};
export const SATISFIED: Record<string, string> = {1: "Zeer ontevreden", 2: "Ontevreden", 3: "Neutraal", 4: "Tevreden", 5: "Zeer tevreden"};
export const PROUD = ["Collega's", "Samenwerking", "Hybride werken"];

/** The questions: their texts as the exports carry them. */
export const TEXTS = {
  matrix: "Hoe kijkt u naar uw werk?",
  q1: "Mijn werk inspireert me",
  q2: "Ik kan mijn werk goed aan",
  q3: "Mijn leidinggevende geeft me vertrouwen",
  tevreden: "Hoe tevreden bent u over uw werkplek?",
  aanbevelen: "Hoe waarschijnlijk is het dat u deze organisatie als werkgever aanbeveelt?",
  cijfer: "Welk rapportcijfer geeft u uw werk?",
  trots: "Waar bent u trots op?",
  opmerking: "Wat kan beter?"
};

export interface KnownRespondent {
  id: string;
  afdeling: string;
  naam: string;
  email: string;
  ip: string;
  date: string;
  /** Agreement codes 1–5, 9 (weet niet) or "" for q1, q2, q3. */
  q1: string;
  q2: string;
  q3: string;
  /** Satisfaction code 1–5 or "". */
  tevreden: string;
  aanbevelen: string;
  cijfer: string;
  /** Indexes into PROUD of the options chosen; null for no answer. */
  trots: number[] | null;
  opmerking: string;
}

const AGREE_CODES = ["1", "2", "3", "4", "5", "9", ""];

/** 42 respondents in three departments; the last answered nothing (a row every import sets aside). */
export function knownRespondents(): KnownRespondent[] {
  return Array.from({length: 42}, (_, i) => {
    const silent = i === 41;
    const answer = (value: string) => (silent ? "" : value);
    const bits = i % 8;
    return {
      id: String(1001 + i),
      afdeling: ["Financiën", "ICT", "Personeelszaken"][i % 3],
      naam: `Jan de Vries ${i}`,
      email: `jan.devries${i}@voorbeeld.nl`,
      ip: `192.168.10.${i}`,
      date: `2025-03-${String(10 + (i % 12)).padStart(2, "0")}`,
      q1: answer(AGREE_CODES[(i * 2 + 1) % 7]),
      q2: answer(AGREE_CODES[(i * 3 + 2) % 7]),
      q3: answer(AGREE_CODES[(i * 5 + 3) % 7]),
      tevreden: answer(["1", "2", "3", "4", "5", ""][(i * 5 + 1) % 6]),
      aanbevelen: answer((i * 5) % 12 === 11 ? "" : String((i * 5) % 12)),
      cijfer: answer((i * 3) % 11 === 0 ? "" : String((i * 3) % 11)),
      trots: silent || bits === 0 ? null : PROUD.map((_, k) => k).filter((k) => bits & (1 << k)),
      opmerking: answer(i % 4 === 0 ? `Opmerking ${i}: "meer overleg", en een café` : "")
    };
  });
}

/** Imports an export file into a fresh folder and scores the bundle written there. */
export async function importAndScore(file: string, format?: Format): Promise<{out: string; report: Report; accounting: Awaited<ReturnType<typeof importExport>>["accounting"]; survey: string; responses: string}> {
  const out = join(mkdtempSync(join(tmpdir(), "peiling-import-")), "bundle");
  const {accounting} = await importExport(file, out, {format});
  const report = scoreReport(readBundle(out));
  return {out, report, accounting, survey: readFileSync(join(out, "survey.yaml"), "utf8"), responses: readFileSync(join(out, "responses.csv"), "utf8")};
}

/** Expects importing `file` to fail with `message`, leaving nothing behind in the folder the bundle was to go to. */
export async function expectImportFails(file: string, message: string | RegExp): Promise<void> {
  const parent = mkdtempSync(join(tmpdir(), "peiling-import-"));
  await expect(importExport(file, join(parent, "bundle"))).rejects.toThrow(message);
  expect(readdirSync(parent), "nothing is written").toEqual([]);
}

/** The question of the report whose text contains `text` (a matrix statement's text follows its question's). */
function questionByText(report: Report, text: string) {
  const matches = report.survey.questions.filter((q) => q.text.includes(text));
  expect(matches.map((q) => q.text), `one question reads "${text}"`).toHaveLength(1);
  return matches[0];
}

const count = <T,>(rows: T[], test: (row: T) => boolean) => rows.filter(test).length;

/**
 * Checks that the report of an imported bundle holds every count of the known answers: the
 * respondents, each agreement and satisfaction answer (and "weet niet" counted apart, never
 * scored), each recommendation and grade, promoters and detractors, each multiple choice option,
 * the comments, and the respondents per department. Personal data must not be in the bundle.
 */
export function expectKnownCounts(report: Report, files: {survey: string; responses: string}, known = knownRespondents()): void {
  const answered = known.filter((r) => r.q1 || r.q2 || r.q3 || r.tevreden || r.aanbevelen || r.cijfer || r.trots || r.opmerking);
  expect(report.respondents).toBe(answered.length);
  const distribution = (id: string) => report.distributions.find((d) => d.question === id)!;

  for (const key of ["q1", "q2", "q3"] as const) {
    const question = questionByText(report, TEXTS[key]);
    expect(question.type, `${key} is recognised as an agreement scale`).toBe("likert");
    const d = distribution(question.id);
    for (const code of ["1", "2", "3", "4", "5"]) {
      const option = d.options.find((o) => o.label === AGREE[code]);
      expect(option?.count ?? 0, `${key} answered "${AGREE[code]}"`).toBe(count(answered, (r) => r[key] === code));
      if (option) expect(option.score).toBe((Number(code) - 1) * 2.5);
    }
    expect(d.dontKnow, `${key} answered "Weet niet"`).toBe(count(answered, (r) => r[key] === "9"));
    expect(d.n).toBe(count(answered, (r) => r[key] !== "" && r[key] !== "9"));
  }

  const satisfied = questionByText(report, TEXTS.tevreden);
  expect(satisfied.type).toBe("likert");
  for (const code of ["1", "2", "3", "4", "5"]) {
    const option = distribution(satisfied.id).options.find((o) => o.label === SATISFIED[code]);
    expect(option?.count ?? 0, `tevreden answered "${SATISFIED[code]}"`).toBe(count(answered, (r) => r.tevreden === code));
    if (option) expect(option.score).toBe((Number(code) - 1) * 2.5);
  }

  const recommend = questionByText(report, TEXTS.aanbevelen);
  expect(recommend.type).toBe("nps");
  for (let x = 0; x <= 10; ++x) {
    const option = distribution(recommend.id).options.find((o) => o.code === String(x));
    expect(option?.count ?? 0, `aanbevelen answered ${x}`).toBe(count(answered, (r) => r.aanbevelen === String(x)));
  }
  const recommending = count(answered, (r) => r.aanbevelen !== "");
  expect(report.enps?.n).toBe(recommending);
  expect(report.enps?.promoters).toBeCloseTo(count(answered, (r) => r.aanbevelen !== "" && Number(r.aanbevelen) >= 9) / recommending, 12);
  expect(report.enps?.detractors).toBeCloseTo(count(answered, (r) => r.aanbevelen !== "" && Number(r.aanbevelen) <= 6) / recommending, 12);

  const grade = questionByText(report, TEXTS.cijfer);
  expect(grade.type).toBe("grade");
  for (let x = 1; x <= 10; ++x) {
    const option = distribution(grade.id).options.find((o) => o.code === String(x));
    expect(option?.count ?? 0, `cijfer answered ${x}`).toBe(count(answered, (r) => r.cijfer === String(x)));
  }

  const proud = questionByText(report, TEXTS.trots);
  expect(proud.type).toBe("multi");
  PROUD.forEach((label, k) => {
    const topic = report.topics.find((t) => t.question === proud.id && t.label === label);
    expect(topic?.count ?? 0, `trots chose "${label}"`).toBe(count(answered, (r) => r.trots?.includes(k) ?? false));
  });

  const comments = questionByText(report, TEXTS.opmerking);
  expect(comments.type).toBe("text");
  expect(report.comments.find((c) => c.question === comments.id)?.n).toBe(count(answered, (r) => r.opmerking !== ""));

  for (const afdeling of new Set(known.map((r) => r.afdeling))) {
    const group = report.groups.find((g) => g.value === afdeling);
    expect(group?.n, `respondents of ${afdeling}`).toBe(count(answered, (r) => r.afdeling === afdeling));
  }

  const written = files.survey + files.responses;
  for (const r of known) {
    expect(written).not.toContain(r.email);
    expect(written).not.toContain(r.naam);
    expect(written).not.toContain(r.ip);
  }
}
