/**
 * Builds a Peiling survey bundle from the real FEVS 2018 respondent file, at any size: the 101,881
 * rows are repeated with fresh ids until the requested number of respondents, and a few percent
 * "Do Not Know" answers (code X, on the items whose codebook offers it) and blanks are injected
 * with a seeded PRNG, because the source file has none (its author replaced them by medians).
 *
 * The data is read at run time from ../shared/data/fevs2018/ (relative to the repository root) and
 * never copied into the repository; bundles go to bench/.out/ (git-ignored) unless told otherwise.
 *
 * @example
 * npx tsx bench/fevsBundle.ts --size 500000            # → bench/.out/fevs-500000
 * const {dir} = await fevsBundle({size: 100_000});
 */
import {createReadStream, createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync} from "node:fs";
import {once} from "node:events";
import {dirname, join, resolve} from "node:path";
import {createInterface} from "node:readline";
import {fileURLToPath} from "node:url";
import {parseArgs} from "node:util";
import {createGunzip} from "node:zlib";
import YAML from "yaml";
import {seededRandom} from "../scoring/random.ts";

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const fevsDir = resolve(repoRoot, "../shared/data/fevs2018");
export const sourceFile = join(fevsDir, "fevs2018-subset.csv.gz");
export const codebookFile = join(fevsDir, "codebook-2018.csv");
export const outRoot = join(repoRoot, "bench", ".out");

/** The survey's title unless told otherwise. */
const DEFAULT_TITLE = "Federal Employee Viewpoint Survey 2018 (benchmark bundle)";

/** Bump when the generated bundle changes, so cached bundles are rebuilt. */
const GENERATOR_VERSION = 2;

export const QUESTION_IDS = Array.from({length: 71}, (_, i) => `Q${i + 1}`);
/** Demographics of the file, used as extra (flat) grouping variables. */
export const DEMOGRAPHICS = ["DSEX", "DEDUC", "DFEDTEN", "DSUPER", "DMINORITY"] as const;
/** Grouping variables of the bundle, in report order; LEVEL1 lies within AGENCY. */
export const GROUP_VARIABLES = ["AGENCY", "LEVEL1", ...DEMOGRAPHICS] as const;
/** The code written for an injected "Do Not Know" answer, as in OPM's codebook. */
export const DONT_KNOW = "X";

/**
 * OPM's indices, as modules (percent positive; an index is the mean of its items' shares). The
 * Employee Engagement Index (EEI) is the mean of its three subindices' 15 items; since a Peiling
 * question belongs to one module, the three subindices are modules and the EEI itself is not (with
 * five items each, it is the mean of the three module scores). The New Inclusion Quotient shares
 * items with the EEI (Q3, Q11, Q48, Q49), so it cannot be a module here and is left out.
 * Item lists: OPM's 2018 Governmentwide Management Report (EEI and Global Satisfaction); the EEI
 * lists agree with a public FEVS analysis (2019 item numbers, identical to 2018's), and every
 * item's text in codebook-2018.csv matches its index.
 */
export const MODULES = [
  {
    id: "leaders_lead",
    name: "Leaders Lead",
    description: "Employee Engagement Index subindex: perceptions of the integrity, communication and motivation of senior leaders.",
    items: [53, 54, 56, 60, 61]
  },
  {
    id: "supervisors",
    name: "Supervisors",
    description: "Employee Engagement Index subindex: the interpersonal relationship with the immediate supervisor (trust, respect, support).",
    items: [47, 48, 49, 51, 52]
  },
  {
    id: "intrinsic_work_experience",
    name: "Intrinsic Work Experience",
    description: "Employee Engagement Index subindex: feelings of motivation and competency in one's work role.",
    items: [3, 4, 6, 11, 12]
  },
  {
    id: "global_satisfaction",
    name: "Global Satisfaction",
    description: "Satisfaction with job, pay and organisation, and whether one would recommend the organisation as a place to work.",
    items: [40, 69, 70, 71]
  }
] as const;

export interface FevsBundleOptions {
  /** Respondents in the bundle (rows of responses.csv). */
  size: number;
  /** The bundle folder; default bench/.out/fevs-<size>. */
  dir?: string;
  /** PRNG seed for the injected answers. Default 20180430. */
  seed?: number;
  /** Share of "Do Not Know" (X) answers on the items that offer it. Default 0.03. */
  dontKnowRate?: number;
  /** Share of blank answers on every item. Default 0.01. */
  blankRate?: number;
  /** Rebuild even when a bundle with the same parameters exists. */
  force?: boolean;
  /**
   * A study across agencies (see {@link STUDY}): `study` in survey.yaml, and `my_leaving` scored
   * (10 for staying, 0 for considering leaving) so that it can be an outcome. Default false.
   */
  study?: boolean;
  /** Take every `every`-th source row (row i of the bundle is source row i·every mod N), so a small sample spans every agency. Default 1. */
  every?: number;
  /** The survey's title; default "Federal Employee Viewpoint Survey 2018 (benchmark bundle)". */
  title?: string;
}

/**
 * The study of the agencies: AGENCY is the organisation level (sub-agencies below it), the top-3
 * benchmark, and two outcomes — Global Satisfaction and the intent to stay (`my_leaving`, scored)
 * — whose key drivers are the three Employee Engagement Index subindices.
 */
export const STUDY = {organisation: "AGENCY", top: 3, outcome: ["global_satisfaction", "my_leaving"]};

export interface FevsBundle {
  dir: string;
  size: number;
  /** Bytes of responses.csv. */
  bytes: number;
  /** Seconds spent generating (0 when reused). */
  seconds: number;
  reused: boolean;
}

/** Where a bundle of this size goes by default (a study's in `fevs-study-<size>`). */
export function defaultBundleDir(size: number, study = false): string {
  return join(outRoot, study ? `fevs-study-${size}` : `fevs-${size}`);
}

/**
 * Writes (or reuses) the bundle: survey.yaml and a streamed responses.csv.
 */
export async function fevsBundle(options: FevsBundleOptions): Promise<FevsBundle> {
  const {size, seed = 20180430, dontKnowRate = 0.03, blankRate = 0.01, force = false, study = false, every = 1, title = DEFAULT_TITLE} = options;
  if (!Number.isInteger(size) || size < 1) throw new Error(`size must be a positive integer, not ${size}`);
  const dir = resolve(options.dir ?? defaultBundleDir(size, study));
  const stampFile = join(dir, ".bench.json");
  const stamp = JSON.stringify({
    generator: GENERATOR_VERSION,
    size,
    seed,
    dontKnowRate,
    blankRate,
    source: statSync(sourceFile).mtimeMs,
    ...(study ? {study} : {}),
    ...(every !== 1 ? {every} : {}),
    ...(title !== DEFAULT_TITLE ? {title} : {})
  });
  const responses = join(dir, "responses.csv");
  if (!force && existsSync(stampFile) && existsSync(responses) && readFileSync(stampFile, "utf8") === stamp) {
    return {dir, size, bytes: statSync(responses).size, seconds: 0, reused: true};
  }
  const started = performance.now();
  rmSync(dir, {recursive: true, force: true});
  mkdirSync(dir, {recursive: true});

  const codebook = readCodebook();
  writeFileSync(join(dir, "survey.yaml"), surveyYaml(codebook, {study, title, injected: dontKnowRate > 0 || blankRate > 0}));
  const source = await readSource();
  await writeResponses(responses, source, codebook, {size, seed, dontKnowRate, blankRate, every});
  writeFileSync(stampFile, stamp);
  return {dir, size, bytes: statSync(responses).size, seconds: (performance.now() - started) / 1000, reused: false};
}

/** One item of the codebook: its text, its answer labels 5…1, and the label of X if it has one. */
export interface CodebookItem {
  number: number;
  text: string;
  labels: string[];
  dontKnow: string | null;
}

/** Items 1–71 from codebook-2018.csv (rows "number,text,label 5,…,label 1,label X"). */
export function readCodebook(): Map<number, CodebookItem> {
  const items = new Map<number, CodebookItem>();
  for (const fields of parseCsv(readFileSync(codebookFile, "utf8"))) {
    const number = Number(fields[0]);
    if (!/^\d+$/.test(fields[0] ?? "") || number < 1 || number > 71) continue;
    items.set(number, {number, text: fields[1].trim(), labels: fields.slice(2, 7).map((l) => l.trim()), dontKnow: fields[7]?.trim() || null});
  }
  if (items.size !== 71) throw new Error(`${codebookFile}: found ${items.size} items, expected 71`);
  return items;
}

/** survey.yaml: three answer scales as in the codebook, 71 questions, OPM's indices as modules; with `study`, the study of the agencies. */
function surveyYaml(codebook: Map<number, CodebookItem>, {study, title, injected}: {study: boolean; title: string; injected: boolean}): string {
  // One scale per distinct set of labels (agreement, quality, satisfaction; X labelled as in the codebook).
  const scales: Record<string, unknown> = {};
  const scaleOf = new Map<number, string>();
  const names = new Map<string, string>();
  for (const item of codebook.values()) {
    const key = JSON.stringify([item.labels, item.dontKnow]);
    let name = names.get(key);
    if (!name) {
      const base = /agree/i.test(item.labels[0]) ? "agree5" : /satisf/i.test(item.labels[0]) ? "satisfied5" : /good/i.test(item.labels[0]) ? "quality5" : "scale5";
      name = item.dontKnow ? `${base}_${item.dontKnow.toLowerCase().replace(/[^a-z]+/g, "_")}` : base;
      names.set(key, name);
      const labels: Record<string, string> = {};
      item.labels.forEach((label, i) => (labels[String(5 - i)] = label));
      if (item.dontKnow) labels[DONT_KNOW] = item.dontKnow;
      scales[name] = {
        type: "likert",
        values: {1: 0, 2: 2.5, 3: 5, 4: 7.5, 5: 10},
        labels,
        ...(item.dontKnow ? {missing: [DONT_KNOW]} : {}),
        positive: [4, 5]
      };
    }
    scaleOf.set(item.number, name);
  }
  scales.leaving = study
    ? {type: "likert", values: {yes: 0, no: 10}, labels: {yes: "Considering leaving", no: "Not considering leaving"}}
    : {type: "choice", options: [{code: "yes", label: "Considering leaving"}, {code: "no", label: "Not considering leaving"}]};
  const moduleOf = new Map<number, string>();
  for (const m of MODULES) for (const i of m.items) moduleOf.set(i, m.id);
  const survey = {
    title,
    organisation: "US federal government",
    period: {start: "2018-04-30", end: "2018-06-21"},
    language: "en",
    scales,
    groups: [
      {id: "AGENCY", name: "Agency"},
      {id: "LEVEL1", name: "Sub-agency", parent: "AGENCY"},
      {id: "DSEX", name: "Sex"},
      {id: "DEDUC", name: "Education"},
      {id: "DFEDTEN", name: "Federal tenure"},
      {id: "DSUPER", name: "Supervisory status"},
      {id: "DMINORITY", name: "Minority status"}
    ],
    modules: MODULES.map(({id, name, description}) => ({id, name, description})),
    questions: [
      ...[...codebook.values()].map((item) => ({
        id: `Q${item.number}`,
        text: item.text,
        scale: scaleOf.get(item.number)!,
        ...(moduleOf.has(item.number) ? {module: moduleOf.get(item.number)} : {})
      })),
      {
        id: "my_leaving",
        text: "Are you considering leaving your organization within the next year? (collapsed to yes/no)",
        // Scored in a study (10 for not considering leaving): what its charts and sentences call it.
        ...(study ? {short: "Intent to stay"} : {}),
        scale: "leaving"
      }
    ],
    weight: "POSTWT",
    ...(study ? {study: STUDY} : {}),
    settings: {scoring: "percent-positive"}
  };
  const header = [
    "# Written by bench/fevsBundle.ts from OPM's FEVS 2018 public release data (a 101,881-respondent",
    "# subset, repeated with fresh ids) and codebook-2018.csv.",
    injected ? "# Do Not Know (X) answers and blanks are injected with a seeded PRNG." : "# The answers are the file's own: nothing is injected.",
    "# The period is the 2018 administration window, approximately.",
    ""
  ].join("\n");
  return header + YAML.stringify(survey, {lineWidth: 0});
}

interface SourceRows {
  header: string[];
  rows: string[][];
}

/** The source rows, split into fields (27 MB of text: small enough to hold once). */
async function readSource(): Promise<SourceRows> {
  const lines = createInterface({input: createReadStream(sourceFile).pipe(createGunzip()), crlfDelay: Infinity});
  let header: string[] | null = null;
  const rows: string[][] = [];
  for await (const line of lines) {
    if (line === "") continue;
    // The file has no quoted fields (checked: no " anywhere); fail loudly if that ever changes.
    if (line.includes('"')) throw new Error(`${sourceFile}: quoted fields are not expected`);
    const fields = line.split(",");
    if (!header) header = fields;
    else rows.push(fields);
  }
  if (!header) throw new Error(`${sourceFile} is empty`);
  return {header, rows};
}

/** The output columns: id, the grouping variables, the weight, the questions, my_leaving. */
export const RESPONSE_COLUMNS = ["id", ...GROUP_VARIABLES, "POSTWT", ...QUESTION_IDS, "my_leaving"];

/** Streams responses.csv: row i is source row i·every mod N with id i + 1, answers perturbed by the PRNG. */
async function writeResponses(
  file: string,
  source: SourceRows,
  codebook: Map<number, CodebookItem>,
  {size, seed, dontKnowRate, blankRate, every}: {size: number; seed: number; dontKnowRate: number; blankRate: number; every: number}
): Promise<void> {
  const column = (name: string) => {
    const i = source.header.indexOf(name);
    if (i < 0) throw new Error(`${sourceFile}: no column ${name}`);
    return i;
  };
  const passThrough = [...GROUP_VARIABLES, "POSTWT"].map(column);
  const questions = QUESTION_IDS.map((id, q) => ({index: column(id), dontKnow: codebook.get(q + 1)!.dontKnow !== null}));
  const leaving = column("my_leaving");
  const random = seededRandom(seed);

  const out = createWriteStream(file, {highWaterMark: 1 << 20});
  const failed = new Promise<never>((_, reject) => out.once("error", reject));
  const write = async (text: string) => {
    if (!out.write(text)) await Promise.race([once(out, "drain"), failed]);
  };
  await write(RESPONSE_COLUMNS.join(",") + "\n");
  const CHUNK = 4000;
  for (let start = 0; start < size; start += CHUNK) {
    const lines: string[] = [];
    for (let i = start; i < Math.min(size, start + CHUNK); ++i) {
      const row = source.rows[(i * every) % source.rows.length];
      const fields: string[] = [String(i + 1)];
      for (const c of passThrough) fields.push(row[c]);
      for (const q of questions) {
        const r = random();
        fields.push(r < blankRate ? "" : q.dontKnow && r < blankRate + dontKnowRate ? DONT_KNOW : row[q.index]);
      }
      fields.push(row[leaving]);
      lines.push(fields.join(","));
    }
    await write(lines.join("\n") + "\n");
  }
  out.end();
  await Promise.race([once(out, "finish"), failed]);
}

/** A small CSV parser for the codebook (quoted fields, "" escapes, CRLF or LF). */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let fields: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; ++i) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), ++i;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") fields.push(field), (field = "");
    else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") ++i;
      fields.push(field), records.push(fields), (fields = []), (field = "");
    } else field += c;
  }
  if (field !== "" || fields.length) fields.push(field), records.push(fields);
  return records;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const {values} = parseArgs({
    options: {size: {type: "string", default: "100000"}, out: {type: "string"}, seed: {type: "string"}, force: {type: "boolean"}, study: {type: "boolean"}, every: {type: "string"}}
  });
  const bundle = await fevsBundle({
    size: Number(values.size),
    dir: values.out,
    seed: values.seed === undefined ? undefined : Number(values.seed),
    force: values.force,
    study: values.study,
    every: values.every === undefined ? undefined : Number(values.every)
  });
  console.error(`${bundle.reused ? "reused" : `wrote in ${bundle.seconds.toFixed(1)} s`}: ${bundle.dir} (${bundle.size} respondents, ${(bundle.bytes / 1e6).toFixed(0)} MB)`);
  console.log(bundle.dir);
}
