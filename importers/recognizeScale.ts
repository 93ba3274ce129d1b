import type {ImportedOption} from "./ImportedExport.ts";

/**
 * What an export's answer options are, as survey.yaml needs it: a scored agreement or satisfaction
 * scale, a recommendation question (`nps`), a grade (`grade`), or plain choices; with the options
 * that mean "don't know" set apart as missing, never scored.
 */
export type RecognizedScale =
  | {type: "likert"; family: "agreement" | "satisfaction"; options: ImportedOption[]; values: Record<string, number>; scaleSize: number; missing: ImportedOption[]}
  | {type: "nps" | "grade"; options: ImportedOption[]; missing: ImportedOption[]}
  | {type: "choice"; options: ImportedOption[]; missing: ImportedOption[]};

/** Phrases (normalised: lower case, no punctuation) that mean "don't know / does not apply", in Dutch and English. */
export const DONT_KNOW = [
  "weet niet",
  "weet ik niet",
  "geen mening",
  "geen idee",
  "geen ervaring",
  "nvt",
  "niet van toepassing",
  "kan ik niet beoordelen",
  "niet te beoordelen",
  "zeg ik liever niet",
  "wil ik niet zeggen",
  "dont know",
  "do not know",
  "not applicable",
  "n a",
  "no opinion",
  "no experience",
  "cannot say",
  "prefer not to say",
  "geen antwoord",
  "no answer"
];

/** Words of an agreement or satisfaction label, by what they say. */
const NEGATIVE = ["oneens", "disagree", "ontevreden", "dissatisfied", "unsatisfied"];
const POSITIVE = ["eens", "agree", "tevreden", "satisfied"];
const NEUTRAL = ["neutraal", "neutral", "neither", "noch", "neutr"];
const STRONG = ["helemaal", "zeer", "volledig", "totaal", "geheel", "strongly", "very", "completely", "totally", "extremely", "fully"];
const MILD = ["enigszins", "beetje", "eerder", "tamelijk", "redelijk", "somewhat", "slightly", "rather", "mostly"];
const NEGATION = ["niet", "not"];
const SATISFACTION = ["tevreden", "ontevreden", "satisfied", "dissatisfied", "unsatisfied"];

/** Words of a question or its labels that mark a 0–10 recommendation question. */
const RECOMMEND = /aanbevel|aanbeveel|aanraden|aanraadt|aan te bevelen|recommend|waarschijnlijk|likely/;
/** Words that mark a 1–10 grade. */
const GRADE = /cijfer|grade|rapport|\bscore\b|beoordeel|rate\b|rating/;

/**
 * Lower case, accents kept, every run of punctuation or space one space: `"N.v.t."` → `"nvt"`,
 * `"Don't know"` → `"dont know"`.
 *
 * @example
 * normaliseLabel("Weet niet / n.v.t.") // "weet niet nvt"
 */
export function normaliseLabel(label: string): string {
  return label
    .toLowerCase()
    .replace(/['’`.]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/**
 * Whether a label means "don't know / not applicable" (Dutch or English).
 *
 * @example
 * isDontKnow("Weet niet/geen ervaring") // true
 */
export function isDontKnow(label: string): boolean {
  const words = ` ${normaliseLabel(label)} `;
  return DONT_KNOW.some((phrase) => words.includes(` ${phrase} `));
}

/**
 * Where an agreement or satisfaction label lies, from −3 (strongly negative) through 0 (neutral)
 * to 3 (strongly positive); null when the label is not one.
 *
 * @example
 * agreementPolarity("Helemaal mee oneens") // -3
 */
export function agreementPolarity(label: string): number | null {
  const words = normaliseLabel(label).split(" ");
  const has = (list: string[]) => words.some((w) => list.includes(w));
  const negative = has(NEGATIVE);
  const positive = has(POSITIVE);
  if ((negative && positive) || has(NEUTRAL)) return 0;
  if (!negative && !positive) return null;
  const sign = negative || has(NEGATION) ? -1 : 1;
  const strength = has(STRONG) ? 3 : has(MILD) ? 1 : 2;
  return sign * strength;
}

/**
 * Recognises what an export's options are from their labels (and the question text): an
 * agreement or satisfaction scale of 4 to 7 points in either order is scored 0–10 from its
 * negative to its positive end; integer options within 0–10 on a recommendation question are
 * `nps`, within 1–10 on a grade question (or exactly 1–10) `grade`; anything else is a `choice`
 * in the export's order. Options whose label (or declared missing code) means "don't know" are
 * set apart as missing, in every case.
 *
 * @example
 * recognizeScale([{code: "1", label: "Helemaal mee oneens"}, …, {code: "5", label: "Helemaal mee eens"}, {code: "9", label: "Weet niet"}], {text: "Mijn werk inspireert me"})
 * // {type: "likert", family: "agreement", values: {1: 0, 2: 2.5, 3: 5, 4: 7.5, 5: 10}, missing: [{code: "9", label: "Weet niet"}], …}
 */
export function recognizeScale(options: ImportedOption[], {text = "", missing = [], ordered = true}: {text?: string; missing?: string[]; ordered?: boolean} = {}): RecognizedScale {
  const isMissing = (o: ImportedOption) => missing.includes(o.code) || isDontKnow(o.label);
  const answers = options.filter((o) => !isMissing(o));
  const dontKnow = options.filter(isMissing);
  const likert = ordered ? agreementScale(answers) : agreementScaleFromAnswers(answers);
  if (likert) return {...likert, missing: dontKnow};
  const integers = answers.map((o) => (/^\d+$/.test(o.code.trim()) ? Number(o.code) : NaN));
  if (answers.length && integers.every((x) => Number.isInteger(x))) {
    const low = Math.min(...integers);
    const high = Math.max(...integers);
    const words = `${text} ${answers.map((o) => o.label).join(" ")}`.toLowerCase();
    if (low >= 0 && high <= 10 && RECOMMEND.test(words)) return {type: "nps", options: answers, missing: dontKnow};
    const fullGrade = answers.length === 10 && low === 1 && high === 10;
    if (low >= 1 && high <= 10 && (fullGrade || GRADE.test(words))) return {type: "grade", options: answers, missing: dontKnow};
  }
  return {type: "choice", options: answers, missing: dontKnow};
}

function agreementScale(answers: ImportedOption[]): Omit<Extract<RecognizedScale, {type: "likert"}>, "missing"> | null {
  if (answers.length < 4 || answers.length > 7) return null;
  const ranks = answers.map((o) => agreementPolarity(o.label));
  if (ranks.some((r) => r === null)) return null;
  const r = ranks as number[];
  const increasing = r.every((x, i) => i === 0 || x > r[i - 1]);
  const decreasing = r.every((x, i) => i === 0 || x < r[i - 1]);
  if (!increasing && !decreasing) return null;
  if (Math.min(...r) >= 0 || Math.max(...r) <= 0) return null;
  const ordered = increasing ? answers : [...answers].reverse();
  const step = 10 / (ordered.length - 1);
  const values: Record<string, number> = {};
  ordered.forEach((o, i) => (values[o.code] = Math.round(i * step * 1e6) / 1e6));
  return {type: "likert", family: family(answers), options: ordered, values, scaleSize: ordered.length};
}

/** Scores on a 5-point scale (and a 7-point one, with its mild points) by where a label lies. */
const FIVE_POINT: Record<number, number> = {[-3]: 0, [-2]: 2.5, 0: 5, 2: 7.5, 3: 10};
const SEVEN_POINT: Record<number, number> = {[-3]: 0, [-2]: 10 / 6, [-1]: 20 / 6, 0: 5, 1: 40 / 6, 2: 50 / 6, 3: 10};

/**
 * An agreement scale from the labels that were chosen, in no known order (a text export): each is
 * scored by where its label lies on the 5-point scale, or the 7-point one when a mild label
 * ("enigszins", "somewhat") appears, so that a point nobody chose does not shift the others.
 */
function agreementScaleFromAnswers(answers: ImportedOption[]): Omit<Extract<RecognizedScale, {type: "likert"}>, "missing"> | null {
  const ranks = answers.map((o) => agreementPolarity(o.label));
  if (answers.length < 2 || ranks.some((r) => r === null)) return null;
  const r = ranks as number[];
  if (new Set(r).size !== r.length || Math.min(...r) >= 0 || Math.max(...r) <= 0) return null;
  const seven = r.some((x) => Math.abs(x) === 1);
  const points = seven ? SEVEN_POINT : FIVE_POINT;
  const ordered = answers.map((o, i) => ({o, rank: r[i]})).sort((a, b) => a.rank - b.rank);
  const values: Record<string, number> = {};
  for (const {o, rank} of ordered) values[o.code] = Math.round(points[rank] * 1e6) / 1e6;
  return {type: "likert", family: family(answers), options: ordered.map((x) => x.o), values, scaleSize: seven ? 7 : 5};
}

function family(answers: ImportedOption[]): "agreement" | "satisfaction" {
  return answers.some((o) => normaliseLabel(o.label).split(" ").some((w) => SATISFACTION.includes(w))) ? "satisfaction" : "agreement";
}
