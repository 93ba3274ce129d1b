/**
 * Writes the quality-mark example bundle `data/keurmerk/`: responses, population and benchmarks
 * for the hand-written `survey.yaml`, reproducing table 1.1 of the published report (`targets.ts`)
 * from a seed.
 *
 * Run: `npx tsx scripts/keurmerk/generate.ts [outDir] [--seed N]` (default `data/keurmerk`).
 *
 * How the answers are made: each service (and the commissioners) gets exactly its completed
 * questionnaires, and its grades are drawn around the published mean and then nudged until their
 * sum gives that mean exactly (to the tenth), so the published grade is the mean rounded. A
 * respondent's other answers follow their grade plus noise. The benchmark is invented: the
 * company's own aspect scores, lower by `strongAspects` for the aspects it does relatively well
 * on and within 0.4 for the rest.
 */

import {copyFileSync, mkdirSync, writeFileSync} from "node:fs";
import path from "node:path";
import {fileURLToPath, pathToFileURL} from "node:url";
import {createRandom, streamSeed, type Random} from "../example/random.ts";
import {clients, commissioners, recommended, services, strongAspects} from "./targets.ts";

/** The seed of the committed example. */
export const defaultSeed = 20201231;

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** The hand-written questionnaire, copied into the output folder. */
export const sourceSurveyPath = path.join(repoRoot, "data/keurmerk/survey.yaml");

/** The columns of responses.csv in order. */
const COLUMNS = [
  "id",
  "populatie",
  "dienst",
  "cijfer",
  "aangeraden",
  "contact1",
  "contact2",
  "contact3",
  "contact4",
  "kantoor1",
  "kantoor2",
  "kantoor3",
  "begeleiding1",
  "begeleiding2",
  "begeleiding3",
  "verwachting",
  "klacht",
  "klacht_ingediend",
  "klacht_opgelost",
  "geslacht",
  "opleiding",
  "uitkering",
  "og_deskundigheid",
  "og_rapportage",
  "og_resultaat",
  "og_klacht",
  "og_klacht_opgelost"
] as const;

type Row = Partial<Record<(typeof COLUMNS)[number], string>>;

const CLIENT_ASPECTS = ["contact1", "contact2", "contact3", "contact4", "kantoor1", "kantoor2", "kantoor3", "begeleiding1", "begeleiding2", "begeleiding3"] as const;
const COMMISSIONER_ASPECTS = ["og_deskundigheid", "og_rapportage", "og_resultaat"] as const;
/** Scores on 0–10 of the four-point satisfaction scale's codes 1–4, as in survey.yaml. */
const ASPECT_SCORES: Record<string, number> = {1: 0, 2: 3.33, 3: 6.67, 4: 10};

/**
 * Grades (in tenths) for `n` respondents whose sum is exactly `sumTenths`: drawn around the mean
 * with standard deviation `sd`, then moved a whole grade at a time, and the last tenths given to
 * one respondent. With `halves`, that share of grades gets half a grade more or less.
 *
 * @example
 * gradesWithSum(createRandom(1), 4, 324, {sd: 0.8}) // e.g. [80, 84, 90, 70]
 */
export function gradesWithSum(random: Random, n: number, sumTenths: number, {sd, halves = 0}: {sd: number; halves?: number}): number[] {
  const mean = sumTenths / n / 10;
  const clamp = (x: number) => Math.min(100, Math.max(10, x));
  const grades = Array.from({length: n}, () => clamp(Math.round(mean + sd * random.normal()) * 10 + (random.chance(halves) ? (random.chance(0.5) ? 5 : -5) : 0)));
  let diff = sumTenths - grades.reduce((a, b) => a + b, 0);
  while (Math.abs(diff) >= 10) {
    const i = random.int(n);
    const step = Math.sign(diff) * 10;
    if (grades[i] + step < 10 || grades[i] + step > 100) continue;
    grades[i] += step;
    diff -= step;
  }
  if (diff !== 0) {
    const i = grades.findIndex((g) => g + diff >= 10 && g + diff <= 100);
    grades[i] += diff;
  }
  return grades;
}

/** A four-point satisfaction answer (or 9, no opinion) for a respondent's latent satisfaction. */
function aspectAnswer(random: Random, latent: number, shift = 0): string {
  if (random.chance(0.05)) return "9";
  const value = 3.1 + shift + 0.55 * latent + 0.55 * random.normal();
  return String(Math.min(4, Math.max(1, Math.round(value))));
}

function choose(random: Random, options: readonly string[], weights: readonly number[]): string {
  return options[random.weighted(weights)];
}

/** A respondent's latent satisfaction: their grade's distance from 7.6, plus noise. */
function latentOf(random: Random, tenths: number): number {
  return 0.6 * ((tenths / 10 - 7.6) / 1.3) + 0.8 * random.normal();
}

function gradeText(tenths: number): string {
  return tenths % 10 === 0 ? String(tenths / 10) : (tenths / 10).toFixed(1);
}

function clientRow(random: Random, id: string, service: string, tenths: number): Row {
  const latent = latentOf(random, tenths);
  const row: Row = {id, populatie: "Cliënten", dienst: service, cijfer: gradeText(tenths)};
  row.aangeraden = random.chance(Math.min(0.97, Math.max(0.05, recommended.clients + 0.15 * latent))) ? "Ja" : "Nee";
  for (const aspect of CLIENT_ASPECTS) row[aspect] = aspectAnswer(random, latent);
  const expectation = latent + 0.6 * random.normal();
  row.verwachting = expectation > 0.9 ? "Beter dan verwacht" : expectation < -0.9 ? "Slechter dan verwacht" : "Zoals verwacht";
  if (random.chance(Math.min(0.5, Math.max(0.02, 0.1 - 0.06 * latent)))) {
    row.klacht = "Ja";
    row.klacht_ingediend = choose(random, ["Ja", "Nee", "Weet niet"], [0.6, 0.3, 0.1]);
    if (row.klacht_ingediend === "Ja") row.klacht_opgelost = choose(random, ["Ja", "Gedeeltelijk", "Nee"], [0.5, 0.25, 0.25]);
  } else {
    row.klacht = "Nee";
  }
  row.geslacht = choose(random, ["Man", "Vrouw", "Anders of zeg ik liever niet"], [0.5, 0.47, 0.03]);
  row.opleiding = choose(random, ["Basisonderwijs", "Vmbo of mbo 1", "Mbo 2–4", "Havo of vwo", "Hbo of wo"], [0.08, 0.2, 0.37, 0.1, 0.25]);
  row.uitkering = choose(random, ["Geen uitkering", "WW", "WIA of WAO", "Bijstand", "Anders"], service === "Outplacement" ? [0.8, 0.2, 0, 0, 0] : [0.25, 0.35, 0.12, 0.22, 0.06]);
  return row;
}

function commissionerRow(random: Random, id: string, tenths: number): Row {
  const latent = latentOf(random, tenths);
  const row: Row = {id, populatie: "Opdrachtgevers", cijfer: gradeText(tenths)};
  row.aangeraden = random.chance(Math.min(0.97, Math.max(0.05, recommended.commissioners + 0.1 * latent))) ? "Ja" : "Nee";
  for (const aspect of COMMISSIONER_ASPECTS) row[aspect] = aspectAnswer(random, latent, 0.1);
  row.og_klacht = random.chance(0.12) ? "Ja" : "Nee";
  if (row.og_klacht === "Ja") row.og_klacht_opgelost = choose(random, ["Ja", "Gedeeltelijk", "Nee"], [0.6, 0.2, 0.2]);
  return row;
}

function csvCell(text: string | undefined): string {
  if (text === undefined) return "";
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The mean score on 0–10 of an aspect over its valid answers. */
function aspectScore(rows: Row[], aspect: string): number {
  const scores = rows.map((r) => r[aspect as keyof Row]).filter((c): c is string => c !== undefined && c !== "9").map((c) => ASPECT_SCORES[c]);
  return scores.reduce((a, b) => a + b, 0) / scores.length;
}

/** The files of the bundle besides survey.yaml, by name. */
export function exampleFiles(seed = defaultSeed): Record<string, string> {
  const random = createRandom(streamSeed(seed, "keurmerk"));
  const rows: Row[] = [];
  let next = 0;
  const id = () => `r${String(++next).padStart(4, "0")}`;
  for (const service of services) {
    const grades = gradesWithSum(random, service.completed, Math.round(service.grade * service.completed * 10), {sd: 1.3});
    for (const tenths of grades) rows.push(clientRow(random, id(), service.name, tenths));
  }
  const commissionerGrades = gradesWithSum(random, commissioners.completed, Math.round(commissioners.grade * commissioners.completed * 10), {sd: 0.8, halves: 0.4});
  for (const tenths of commissionerGrades) rows.push(commissionerRow(random, id(), tenths));

  const responses = [COLUMNS.join(","), ...rows.map((row) => COLUMNS.map((c) => csvCell(row[c])).join(","))].join("\n") + "\n";
  const population = [
    "populatie,dienst,invited",
    `,,${clients.invited + commissioners.invited}`,
    `Cliënten,,${clients.invited}`,
    ...services.map((s) => `Cliënten,${csvCell(s.name)},${s.invited}`),
    `Opdrachtgevers,,${commissioners.invited}`
  ].join("\n") + "\n";
  const benchmarkRandom = createRandom(streamSeed(seed, "benchmark"));
  const benchmarkRows = [...CLIENT_ASPECTS, ...COMMISSIONER_ASPECTS].map((aspect) => {
    const own = aspectScore(rows, aspect);
    const score = own - (strongAspects[aspect] ?? (benchmarkRandom.uniform() - 0.5) * 0.8);
    return `alle,${aspect},${score.toFixed(2)}`;
  });
  const benchmarks = ["benchmark,item,score", "alle,cijfer,7.4", ...benchmarkRows].join("\n") + "\n";
  return {"responses.csv": responses, "population.csv": population, "benchmarks.csv": benchmarks};
}

/**
 * Writes the example bundle into `outDir` (survey.yaml copied from the committed one).
 *
 * @example
 * generateKeurmerk("/tmp/keurmerk");
 */
export function generateKeurmerk(outDir: string, seed = defaultSeed): void {
  mkdirSync(outDir, {recursive: true});
  const survey = path.join(outDir, "survey.yaml");
  if (path.resolve(survey) !== sourceSurveyPath) copyFileSync(sourceSurveyPath, survey);
  for (const [name, text] of Object.entries(exampleFiles(seed))) writeFileSync(path.join(outDir, name), text);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const seedAt = args.indexOf("--seed");
  const seed = seedAt >= 0 ? Number(args[seedAt + 1]) : defaultSeed;
  const outDir = args.find((a, i) => !a.startsWith("--") && args[i - 1] !== "--seed") ?? path.join(repoRoot, "data/keurmerk");
  generateKeurmerk(outDir, seed);
  console.error(`wrote ${outDir}`);
}
