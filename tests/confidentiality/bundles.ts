import fc from "fast-check";
import {readBundle, scoreReport, type Report} from "../../scoring/index.ts";
import {seededRandom} from "../../scoring/random.ts";
import {writeBundle} from "../helpers/bundle.ts";
import {add, attack, family, fraction, ONE, publishedNumbers, rationalize, siteFiles, ZERO, type AttackInput, type AttackResult, type FamilyFacts, type Fraction} from "./attacker.ts";

/**
 * Survey bundles for the attacker: the scenarios of issue #9 as fixed bundles, and a fast-check
 * arbitrary for small random ones (hierarchies, crossings, a location variable nesting domains,
 * small groups, questions left blank for whole groups). Each bundle has the same questionnaire:
 * two likert questions (`q1`, `q2`, module `m1`), a recommendation question (`aanbevelen`, nps),
 * a proud topic (`trots`, multi) and an open comment (`toelichting`, text), and an agenda whose
 * theme `t1` is scored from q1 and the recommendation question (a family of its own: respondents
 * with a valid answer to either).
 */

/** One respondent: a value (or none) per grouping variable and the raw answer cells. */
export interface Respondent {
  id: string;
  groups: Record<string, string>;
  q1: string;
  q2: string;
  aanbevelen: string;
  trots: string;
  toelichting: string;
}

/** A grouping variable of a generated bundle. */
export interface Variable {
  id: string;
  parent?: string;
}

/** Everything a bundle is written from. */
export interface BundleSpec {
  variables: Variable[];
  crossings: [string, string][];
  minGroupSize: number;
  minCommentGroupSize: number;
  publishComments: boolean;
  respondents: Respondent[];
  /** population.csv rows: the group columns named (others empty), then the headcount. */
  population?: {groups: Record<string, string>; invited: number}[];
}

/** The question ids in CSV order, with the scale each uses. */
export const QUESTIONS = ["q1", "q2", "aanbevelen", "trots", "toelichting"] as const;
export type QuestionId = (typeof QUESTIONS)[number];

/** Likert codes: 1–5 score 0, 2.5, 5, 7.5, 10; 9 is "don't know". */
export const LIKERT_SCORE: Record<string, number> = {"1": 0, "2": 2.5, "3": 5, "4": 7.5, "5": 10};
export const DONT_KNOW = "9";
export const TOPICS = ["Collegas", "Inhoud", "Sfeer"] as const;
/** Words that are no stopwords and at least three letters long, so each is counted as written. */
export const WORDS = ["werkdruk", "planning", "collega", "overleg", "thuiswerk", "roosters", "salaris", "leiding"] as const;

/** survey.yaml for a spec. */
export function surveyYaml(spec: BundleSpec): string {
  const groups = spec.variables.map((v) => `  - {id: ${v.id}, name: ${v.id[0].toUpperCase()}${v.id.slice(1)}${v.parent ? `, parent: ${v.parent}` : ""}}`);
  return `title: Aanvalsproef
organisation: Proeforganisatie
period: {start: 2025-03-10, end: 2025-03-23}
language: nl
scales:
  eens5:
    type: likert
    values: {1: 0, 2: 2.5, 3: 5, 4: 7.5, 5: 10}
    missing: [${DONT_KNOW}]
  aanbevelen: {type: nps}
  trots: {type: multi, options: [${TOPICS.join(", ")}]}
  opmerking: {type: text}
groups:
${groups.join("\n")}
crossings: [${spec.crossings.map(([a, b]) => `[${a}, ${b}]`).join(", ")}]
modules:
  - {id: m1, name: Module een}
questions:
  - {id: q1, text: Vraag een, scale: eens5, module: m1}
  - {id: q2, text: Vraag twee, scale: eens5, module: m1}
  - {id: aanbevelen, text: Aanbevelen, scale: aanbevelen}
  - {id: trots, text: Trots, scale: trots, topic: proud}
  - {id: toelichting, text: Toelichting, scale: opmerking}
agenda:
  title: Agenda
  themes:
    - {id: t1, name: Thema een, questions: [q1, aanbevelen], topics: [Sfeer]}
settings:
  minGroupSize: ${spec.minGroupSize}
  minCommentGroupSize: ${spec.minCommentGroupSize}
  publishComments: ${spec.publishComments}
  interval: {replicates: 50}
`;
}

/** responses.csv for a spec (no cell needs quoting: values and comments hold no comma or quote). */
export function responsesCsv(spec: BundleSpec): string {
  const header = ["id", ...spec.variables.map((v) => v.id), ...QUESTIONS];
  const lines = spec.respondents.map((r) => [r.id, ...spec.variables.map((v) => r.groups[v.id] ?? ""), ...QUESTIONS.map((q) => r[q])].join(","));
  return [header.join(","), ...lines].join("\n") + "\n";
}

/** population.csv for a spec, or undefined when it has none. */
export function populationCsv(spec: BundleSpec): string | undefined {
  if (!spec.population) return undefined;
  const header = [...spec.variables.map((v) => v.id), "invited"];
  const lines = spec.population.map((row) => [...spec.variables.map((v) => row.groups[v.id] ?? ""), String(row.invited)].join(","));
  return [header.join(","), ...lines].join("\n") + "\n";
}

/** Writes the spec as a bundle into a fresh temporary folder and returns its path. */
export function writeSpec(spec: BundleSpec): string {
  const population = populationCsv(spec);
  return writeBundle({"survey.yaml": surveyYaml(spec), "responses.csv": responsesCsv(spec), ...(population ? {"population.csv": population} : {})});
}

/** A respondent who answers everything (q1 and q2 "4", recommends with 8, proud of colleagues, writes a comment). */
function answering(id: string, groups: Record<string, string>, answers: Partial<Respondent> = {}): Respondent {
  return {id, groups, q1: "4", q2: "4", aanbevelen: "8", trots: "Collegas", toelichting: "werkdruk planning", ...answers};
}

/** `count` respondents of one group, numbered from `prefix`. */
function many(prefix: string, count: number, groups: Record<string, string>, answers: (i: number) => Partial<Respondent> = () => ({})): Respondent[] {
  return Array.from({length: count}, (_, i) => answering(`${prefix}${i + 1}`, groups, answers(i)));
}

const COMMENT_DEFAULTS = {minGroupSize: 5, minCommentGroupSize: 10} as const;

/**
 * Issue #9, item-level withholding: domains Alfa (20), Beta (20) and Gamma (8), where only 3 of
 * Gamma answered q1 (scores 0, 2.5, 0: mean 0.8333), the recommendation question (0, 1 and 10),
 * the topics and the comment; with publishComments. Gamma is shown, its q1 withheld.
 */
export function itemLevelWithholding(): BundleSpec {
  const gammaAnswers = [
    {q1: "1", aanbevelen: "0", trots: "Sfeer", toelichting: "salaris leiding"},
    {q1: "2", aanbevelen: "1", trots: "Inhoud;Sfeer", toelichting: "roosters overleg"},
    {q1: "1", aanbevelen: "10", trots: "Sfeer", toelichting: "thuiswerk leiding"}
  ];
  return {
    variables: [{id: "domein"}],
    crossings: [],
    ...COMMENT_DEFAULTS,
    publishComments: true,
    respondents: [
      ...many("a", 20, {domein: "Alfa"}, (i) => ({q1: String(1 + (i % 5)), aanbevelen: String(i % 11), toelichting: i % 2 ? "werkdruk planning" : "collega overleg"})),
      ...many("b", 20, {domein: "Beta"}, (i) => ({q1: String(5 - (i % 5)), aanbevelen: String(10 - (i % 11)), trots: i % 3 ? "Collegas" : "Inhoud"})),
      ...many("g", 8, {domein: "Gamma"}, (i) => gammaAnswers[i] ?? {q1: "", aanbevelen: "", trots: "", toelichting: ""})
    ]
  };
}

/**
 * Issue #15, an agenda theme's own respondents: domains Alfa (20), Beta (20) and Gamma (8). Gamma
 * was not asked q1, all of it answered q2 (so Gamma is shown), and 4 of it the recommendation
 * question: theme t1 (q1 or the recommendation) has 4 respondents in Gamma, which organisation −
 * Alfa − Beta would give if the theme's respondents were not audited as a family of their own.
 */
export function themeRespondents(): BundleSpec {
  return {
    variables: [{id: "domein"}],
    crossings: [],
    ...COMMENT_DEFAULTS,
    publishComments: false,
    respondents: [
      ...many("a", 20, {domein: "Alfa"}, (i) => ({q1: String(1 + (i % 5)), aanbevelen: String(i % 11)})),
      ...many("b", 20, {domein: "Beta"}, (i) => ({q1: String(5 - (i % 5)), aanbevelen: String(10 - (i % 11))})),
      ...many("g", 8, {domein: "Gamma"}, (i) => ({q1: "", q2: String(1 + (i % 5)), aanbevelen: i < 4 ? String(2 * i) : ""}))
    ]
  };
}

/**
 * Issue #9, a size-suppressed group through a question its sibling was not asked: domains Alfa
 * (40, not asked q1), Beta (41) and Gamma (3). With headcounts in population.csv.
 */
export function unaskedSibling(): BundleSpec {
  return {
    variables: [{id: "domein"}],
    crossings: [],
    ...COMMENT_DEFAULTS,
    publishComments: false,
    respondents: [
      ...many("a", 40, {domein: "Alfa"}, () => ({q1: ""})),
      ...many("b", 41, {domein: "Beta"}, (i) => ({q1: String(1 + (i % 5))})),
      ...many("g", 3, {domein: "Gamma"}, (i) => ({q1: ["1", "2", "5"][i]}))
    ],
    population: [
      {groups: {}, invited: 100},
      {groups: {domein: "Alfa"}, invited: 45},
      {groups: {domein: "Beta"}, invited: 50},
      {groups: {domein: "Gamma"}, invited: 5}
    ]
  };
}

/**
 * Issue #9, crossings: domain × age band, cells D1×A1 (3), D1×A2 (10), D1×A3 (6), D2×A1 (20),
 * D3×A1 (25) and 10 in every other cell: D1×A1 is suppressed for its size, D1×A3 for row D1 and
 * D2×A1 for column A1, yet column A3 has one hidden cell.
 */
export function crossedCells(): BundleSpec {
  const sizes: Record<string, number> = {"D1 A1": 3, "D1 A2": 10, "D1 A3": 6, "D2 A1": 20, "D3 A1": 25};
  const respondents: Respondent[] = [];
  for (const d of ["D1", "D2", "D3"]) {
    for (const a of ["A1", "A2", "A3"]) {
      respondents.push(...many(`${d}${a}-`, sizes[`${d} ${a}`] ?? 10, {domein: d, leeftijd: a}, (i) => ({q1: String(1 + ((i * 3 + d.length) % 5)), q2: String(1 + (i % 5))})));
    }
  }
  return {variables: [{id: "domein"}, {id: "leeftijd"}], crossings: [["domein", "leeftijd"]], ...COMMENT_DEFAULTS, publishComments: false, respondents};
}

/**
 * Issue #9, two grouping variables: location Den Haag (44) holds domains Alfa (41) and Gamma (3),
 * location Utrecht holds domain Beta (30). Gamma is suppressed, and Beta for its sake.
 */
export function nestedLocation(): BundleSpec {
  return {
    variables: [{id: "domein"}, {id: "locatie"}],
    crossings: [],
    ...COMMENT_DEFAULTS,
    publishComments: false,
    respondents: [
      ...many("a", 41, {domein: "Alfa", locatie: "Den Haag"}, (i) => ({q1: String(1 + (i % 5))})),
      ...many("b", 30, {domein: "Beta", locatie: "Utrecht"}, (i) => ({q1: String(5 - (i % 5))})),
      ...many("g", 3, {domein: "Gamma", locatie: "Den Haag"}, (i) => ({q1: ["1", "1", "2"][i], aanbevelen: ["0", "3", "10"][i]}))
    ]
  };
}

/** The questions a whole domain may not have been asked (q2 is always asked, so no row is empty). */
type Unasked = "q1" | "aanbevelen" | "trots" | "toelichting";

/** How a random bundle is drawn, before it becomes respondents. */
interface Draw {
  domains: number[];
  teams: boolean;
  location: boolean;
  /** Per domain: the location it lies in (0 or 1), or 2 for a domain split over both. */
  locations: number[];
  age: boolean;
  crossed: boolean;
  noDomain: number;
  /** Per domain: the questions its respondents were not asked. */
  unasked: readonly Unasked[][];
  minGroupSize: 3 | 5;
  publishComments: boolean;
  seed: number;
}

const domainSize = fc.oneof({weight: 3, arbitrary: fc.integer({min: 1, max: 6})}, {weight: 2, arbitrary: fc.integer({min: 7, max: 23})});
const unaskable = fc.subarray<Unasked>(["q1", "aanbevelen", "trots", "toelichting"], {maxLength: 2});

const draw: fc.Arbitrary<Draw> = fc
  .record({
    domains: fc.array(domainSize, {minLength: 2, maxLength: 5}),
    teams: fc.boolean(),
    location: fc.boolean(),
    locations: fc.array(fc.integer({min: 0, max: 2}), {minLength: 5, maxLength: 5}),
    age: fc.boolean(),
    crossed: fc.boolean(),
    noDomain: fc.oneof({weight: 4, arbitrary: fc.constant(0)}, {weight: 1, arbitrary: fc.integer({min: 1, max: 3})}),
    unasked: fc.array(fc.oneof({weight: 3, arbitrary: fc.constant<Unasked[]>([])}, {weight: 1, arbitrary: unaskable}), {minLength: 5, maxLength: 5}),
    minGroupSize: fc.constantFrom(5 as const, 5 as const, 3 as const),
    publishComments: fc.boolean(),
    seed: fc.integer({min: 0, max: 0x7fffffff})
  })
  // At most three grouping variables: domain, and two of team, location and age band.
  .map((d) => (d.teams && d.location && d.age ? {...d, location: false} : d))
  // The organisation's own response count is always published (and printed by `peiling score`).
  .filter((d) => d.domains.reduce((a, b) => a + b, 0) + d.noDomain >= 12);

/** Seeded choices for the answers, so that shrinking keeps a bundle's shape. */
function picker(seed: number) {
  const next = seededRandom(seed);
  return {next, pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]};
}

function fromDraw(d: Draw): BundleSpec {
  const {pick, next} = picker(d.seed);
  const variables: Variable[] = [{id: "domein"}];
  if (d.teams) variables.push({id: "team", parent: "domein"});
  if (d.location) variables.push({id: "locatie"});
  if (d.age) variables.push({id: "leeftijd"});
  const crossings: [string, string][] = d.age && d.crossed ? [["domein", "leeftijd"]] : [];
  const respondents: Respondent[] = [];
  const likert = ["1", "2", "3", "4", "5", "5", "4", DONT_KNOW, ""];
  const nps = ["0", "1", "3", "6", "7", "8", "9", "10", "10", ""];
  const topics = ["Collegas", "Inhoud", "Sfeer", "Collegas;Sfeer", "Inhoud;Sfeer", ""];
  const comment = () => (next() < 0.35 ? "" : `${pick(WORDS)} ${pick(WORDS)}`);
  const add = (groups: Record<string, string>, unasked: readonly string[]) => {
    const r: Respondent = {
      id: `r${respondents.length + 1}`,
      groups,
      q1: pick(likert),
      // q2 is always answered (a code or "don't know"), so no row is set aside for having no answer.
      q2: pick(likert.filter((c) => c !== "")),
      aanbevelen: pick(nps),
      trots: pick(topics),
      toelichting: comment()
    };
    for (const q of unasked) r[q as QuestionId] = "";
    respondents.push(r);
  };
  d.domains.forEach((size, i) => {
    const domain = `D${i + 1}`;
    for (let k = 0; k < size; ++k) {
      const groups: Record<string, string> = {domein: domain};
      if (d.teams) groups.team = `T${1 + Math.floor(next() * (size > 6 ? 3 : 1))}`;
      if (d.location) groups.locatie = d.locations[i] === 2 ? pick(["Den Haag", "Utrecht"]) : ["Den Haag", "Utrecht"][d.locations[i]];
      if (d.age) groups.leeftijd = pick(["A1", "A2", "A3"]);
      add(groups, d.unasked[i]);
    }
  });
  for (let k = 0; k < d.noDomain; ++k) add(d.age ? {leeftijd: pick(["A1", "A2"])} : {}, []);
  return {variables, crossings, minGroupSize: d.minGroupSize, minCommentGroupSize: 10, publishComments: d.publishComments, respondents};
}

/**
 * Random small bundles (12 to 118 respondents, usually a few dozen): 2–5 domains of 1–23
 * respondents, optionally teams within domains, a location nesting some domains (others split
 * over both locations), an age band crossed with the domain, respondents without a domain,
 * questions not asked in whole domains, minGroupSize 5 or 3, comments published or not.
 *
 * @example
 * fc.assert(fc.property(randomBundle, (spec) => attackBundle(spec).recoveries.length === 0));
 */
export const randomBundle: fc.Arbitrary<BundleSpec> = draw.map(fromDraw);

/** What one respondent adds to each family of numbers: whether they contribute, and to which kinds how much. */
export type RespondentFacts = Map<string, {contributes: boolean; kinds: Map<string, Fraction>}>;

/**
 * The truth, computed from the answers the test wrote (never from Peiling): per family of the
 * attacker (`family` in attacker.ts) whether the respondent contributes and what they add to each
 * kind of number (n, sum, option counts, eNPS counts, topic counts, words, comments).
 *
 * @example
 * respondentFacts(spec.respondents[0]).get("q:q1")?.kinds.get("sum"); // {n: 15n, d: 2n}
 */
export function respondentFacts(r: Respondent): RespondentFacts {
  const facts: RespondentFacts = new Map();
  const put = (name: string, contributes: boolean, kinds: [string, Fraction][]) => facts.set(name, {contributes, kinds: new Map(contributes ? kinds : [])});
  put(family.respondents, true, [["n", ONE]]);
  for (const q of ["q1", "q2"] as const) {
    const code = r[q];
    const valid = code in LIKERT_SCORE;
    const score = rationalize(LIKERT_SCORE[code] ?? 0, 2);
    put(family.question(q), valid, [["n", ONE], ["sum", score], [`option:${code}`, ONE], ["positive", fraction(LIKERT_SCORE[code] > 5 ? 1 : 0)]]);
    put(family.answered(q), code !== "", [["dontKnow", fraction(code === DONT_KNOW ? 1 : 0)], [`option:${DONT_KNOW}`, fraction(code === DONT_KNOW ? 1 : 0)]]);
  }
  put(family.module("m1"), r.q1 in LIKERT_SCORE || r.q2 in LIKERT_SCORE, [["n", ONE]]);
  put(family.module("agenda:t1"), r.q1 in LIKERT_SCORE || r.aanbevelen !== "", [["n", ONE]]);
  const x = Number(r.aanbevelen);
  const category = x >= 9 ? "promoters" : x >= 7 ? "passives" : "detractors";
  put(family.question("aanbevelen"), r.aanbevelen !== "", [
    ["n", ONE],
    ["sum", fraction(x)],
    [`option:${r.aanbevelen}`, ONE],
    [`score:${x}`, ONE],
    ["positive", fraction(x >= 9 ? 1 : 0)],
    [category, ONE],
    ["netPromoters", fraction(x >= 9 ? 1 : x >= 7 ? 0 : -1)]
  ]);
  put(family.answered("aanbevelen"), r.aanbevelen !== "", [["dontKnow", ZERO]]);
  const chosen = [...new Set(r.trots.split(";").filter((t) => t !== ""))];
  put(family.multi("trots"), chosen.length > 0, [["answered", ONE], ...chosen.map((t): [string, Fraction] => [`option:${t}`, ONE])]);
  const text = r.toelichting;
  const words = [...new Set(text.split(" ").filter((w) => w !== ""))];
  put(family.text("toelichting"), text !== "", [["n", ONE], ...words.map((w): [string, Fraction] => [`word:${w}`, ONE])]);
  put(family.comments("toelichting"), text !== "", [["n", ONE], [`comment:${text}`, ONE]]);
  return facts;
}

/** The cell of a respondent: the same value (or none) on every grouping variable. */
const cellKey = (spec: BundleSpec, r: Respondent) => spec.variables.map((v) => `${v.id}=${r.groups[v.id] ?? ""}`).join(", ");

/**
 * The attacker's input for a bundle and its report: the cells, every group of the report (and the
 * organisation) as a union of cells, worked out from the respondents' group values and the
 * groups' variable, value, parent and crossing; the families with their minimum size and
 * contributors per cell; the published numbers; and the truth from the respondents.
 *
 * @example
 * attack(attackInput(spec, report, siteFiles(report))).recoveries;
 */
export function attackInput(spec: BundleSpec, report: Report, files: ReturnType<typeof siteFiles> | null): AttackInput {
  const keys = [...new Set(spec.respondents.map((r) => cellKey(spec, r)))];
  const cellOf = spec.respondents.map((r) => keys.indexOf(cellKey(spec, r)));
  const members = new Map<string, Set<number>>();
  const byId = new Map(report.groups.map((g) => [g.id, g]));
  const membersOf = (id: string): Set<number> => {
    const known = members.get(id);
    if (known) return known;
    const g = byId.get(id);
    if (!g) throw new Error(`unknown group ${id}`);
    const inside = g.crossing
      ? [...membersOf(g.crossing[0])].filter((i) => membersOf(g.crossing![1]).has(i))
      : spec.respondents.flatMap((r, i) => (r.groups[g.variable] === g.value && (g.parent === null || membersOf(g.parent).has(i)) ? [i] : []));
    const set = new Set(inside);
    members.set(id, set);
    return set;
  };
  const sets = new Map<string, number[]>([["organisation", keys.map((_, c) => c)]]);
  for (const g of report.groups) sets.set(g.id, [...new Set([...membersOf(g.id)].map((i) => cellOf[i]))].sort((a, b) => a - b));
  const facts = spec.respondents.map(respondentFacts);
  const families = new Map<string, FamilyFacts>();
  for (const name of facts[0]?.keys() ?? []) {
    const contributors = keys.map(() => 0);
    facts.forEach((f, i) => (contributors[cellOf[i]] += f.get(name)!.contributes ? 1 : 0));
    families.set(name, {minSize: name.startsWith("comments:") ? spec.minCommentGroupSize : spec.minGroupSize, contributors});
  }
  return {
    cells: keys.length,
    sets,
    cellNames: keys,
    families,
    published: publishedNumbers(report, files),
    truth: (name, kind, cells) => {
      const inside = new Set(cells);
      return facts.reduce((s, f, i) => (inside.has(cellOf[i]) ? add(s, f.get(name)?.kinds.get(kind) ?? ZERO) : s), ZERO);
    }
  };
}

/**
 * Scores a bundle spec (written to a temporary folder, read back with `readBundle` and scored with
 * `scoreReport`) and attacks the report model and the site's data files.
 *
 * @example
 * attackBundle(itemLevelWithholding()).recoveries.map((r) => r.description);
 */
export function attackBundle(spec: BundleSpec): AttackResult & {report: Report} {
  const report = scoreReport(readBundle(writeSpec(spec)));
  if (report.accounting.setAside !== 0 || report.respondents !== spec.respondents.length) throw new Error("the bundle lost rows: the truth would not match");
  return {report, ...attack(attackInput(spec, report, siteFiles(report)))};
}
