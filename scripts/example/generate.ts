/**
 * Writes the example bundle `data/voorbeeld/`: responses, population, benchmarks and two earlier
 * waves (`waves/2023/`, the previous survey, and `waves/2021/`), calibrated to the published
 * figures in `targets.ts` (2021 has none: its scores are 2023's moved by {@link earlierChange})
 * and reproducible from a seed.
 *
 * Run: `npx tsx scripts/example/generate.ts [outDir] [--seed N]` (default `data/voorbeeld`).
 *
 * How the answers are made: every respondent has a general engagement and one factor per module
 * (standard normal), and each domain, team and age band shifts them by an offset taken from the
 * previous survey's per-domain figures (000). For each question the generator first builds the
 * exact answer counts that give the target score (a unimodal distribution over the five codes),
 * then hands those answers out in the order of each respondent's propensity plus noise. The
 * organisation's scores are then exact by construction while answers stay correlated within and
 * across modules and groups differ.
 */

import {copyFileSync, mkdirSync, readFileSync, writeFileSync} from "node:fs";
import path from "node:path";
import {fileURLToPath, pathToFileURL} from "node:url";
import YAML from "yaml";
import {surveySchema, type Question, type Survey} from "../../bundle/surveySchema.ts";
import {topicComment} from "./comments.ts";
import {likertCounts, shareCounts} from "./counts.ts";
import {createRandom, streamSeed, type Random} from "./random.ts";
import {
  domains,
  enpsTargets,
  homeWorkingTarget,
  moduleTargets,
  otherWorkTarget,
  previousDomainEnps,
  previousDomainModules,
  previousDomainQuestions,
  questionTargets,
  responseTargets,
  workloadTarget,
  currentTopicTargets,
  previousTopicTargets,
  type Domain,
  type DistributionTarget
} from "./targets.ts";

/** The seed of the committed example. */
export const defaultSeed = 20250310;

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** The hand-written questionnaire the generator reads; it is copied into the output folder. */
export const sourceSurveyPath = path.join(repoRoot, "data/voorbeeld/survey.yaml");

/** Questions of the current survey that the previous one did not ask (001 shows "-"). */
export const notAskedBefore = ["bet3", "thuiswerk"];

/** Invited and responding headcount of one unit in one year. */
type Headcount = {invited: number; respondents: number};

/** A team of the example organisation, with its headcount now and in the previous survey. */
interface TeamSpec {
  domain: Domain;
  team: string;
  current: Headcount;
  previous: Headcount;
}

const h = (invited: number, respondents: number): Headcount => ({invited, respondents});

/**
 * The domains' headcounts. Their sums are the published totals: 1388 invited and 919
 * respondents now, 1321 and 865 before. What a domain has beyond its teams are people without a
 * team (e.g. its management): their rows have an empty team.
 */
const domainHeadcounts: Record<Domain, {current: Headcount; previous: Headcount}> = {
  "Bedrijfsvoering": {current: h(380, 243), previous: h(362, 225)},
  "Bestuurs- en directieondersteuning": {current: h(120, 86), previous: h(114, 80)},
  "Landelijke Leefomgeving": {current: h(330, 224), previous: h(316, 212)},
  "Mobiliteit": {current: h(330, 208), previous: h(318, 200)},
  "Stedelijke Leefomgeving": {current: h(228, 158), previous: h(211, 148)}
};

/**
 * The teams. Inkoop, Kabinetszaken and Erfgoed have fewer than 5 respondents (suppressed);
 * Juridische Zaken has 6–7, between the minimum group size and the comment threshold.
 */
const teams: TeamSpec[] = [
  {domain: "Bedrijfsvoering", team: "Financiën", current: h(78, 53), previous: h(75, 49)},
  {domain: "Bedrijfsvoering", team: "HRM", current: h(72, 48), previous: h(68, 44)},
  {domain: "Bedrijfsvoering", team: "Informatievoorziening", current: h(122, 74), previous: h(116, 70)},
  {domain: "Bedrijfsvoering", team: "Facilitaire Zaken", current: h(84, 54), previous: h(80, 50)},
  {domain: "Bedrijfsvoering", team: "Inkoop", current: h(7, 4), previous: h(6, 3)},
  {domain: "Bedrijfsvoering", team: "Juridische Zaken", current: h(11, 7), previous: h(11, 6)},
  {domain: "Bestuurs- en directieondersteuning", team: "Bestuursondersteuning", current: h(48, 35), previous: h(46, 33)},
  {domain: "Bestuurs- en directieondersteuning", team: "Communicatie", current: h(44, 32), previous: h(42, 29)},
  {domain: "Bestuurs- en directieondersteuning", team: "Directiestaf", current: h(20, 14), previous: h(18, 13)},
  {domain: "Bestuurs- en directieondersteuning", team: "Kabinetszaken", current: h(6, 3), previous: h(6, 4)},
  {domain: "Landelijke Leefomgeving", team: "Natuur en Landschap", current: h(96, 66), previous: h(92, 62)},
  {domain: "Landelijke Leefomgeving", team: "Water en Bodem", current: h(82, 56), previous: h(79, 53)},
  {domain: "Landelijke Leefomgeving", team: "Landbouw en Voedsel", current: h(64, 44), previous: h(61, 42)},
  {domain: "Landelijke Leefomgeving", team: "Vergunningverlening en Toezicht", current: h(80, 54), previous: h(76, 51)},
  {domain: "Landelijke Leefomgeving", team: "Erfgoed", current: h(5, 2), previous: h(5, 3)},
  {domain: "Mobiliteit", team: "Wegen en Vaarwegen", current: h(110, 70), previous: h(106, 67)},
  {domain: "Mobiliteit", team: "Openbaar Vervoer", current: h(76, 48), previous: h(73, 46)},
  {domain: "Mobiliteit", team: "Verkeersmanagement", current: h(64, 40), previous: h(62, 38)},
  {domain: "Mobiliteit", team: "Fiets en Verkeersveiligheid", current: h(44, 28), previous: h(42, 27)},
  {domain: "Mobiliteit", team: "Projectrealisatie", current: h(33, 19), previous: h(32, 19)},
  {domain: "Stedelijke Leefomgeving", team: "Wonen en Ruimte", current: h(70, 49), previous: h(65, 46)},
  {domain: "Stedelijke Leefomgeving", team: "Economie", current: h(46, 32), previous: h(43, 30)},
  {domain: "Stedelijke Leefomgeving", team: "Energietransitie", current: h(62, 43), previous: h(57, 40)},
  {domain: "Stedelijke Leefomgeving", team: "Cultuur en Samenleving", current: h(48, 33), previous: h(44, 31)}
];

/** Age bands with their shares (assumed) and a few module offsets in score points. */
const ageBands = ["tot 30 jaar", "30-39 jaar", "40-49 jaar", "50-59 jaar", "60 jaar en ouder"];
const ageShares = [11, 21, 24, 27, 17];
const ageOffsets: Record<string, number[]> = {
  inzetbaarheid: [0.5, 0.3, 0, -0.3, -0.7],
  loopbaanondersteuning: [0.4, 0.2, 0, -0.2, -0.3],
  herstelbehoefte: [0.2, -0.2, -0.2, 0.1, 0.2],
  bevlogenheid: [-0.1, -0.1, 0, 0.1, 0.2]
};

/** Share of "Weet niet/geen ervaring" per question (assumed); other likert questions 0.5%. */
const dontKnowRates: Record<string, number> = {
  bsa1: 0.03, bsa2: 0.03, bsa3: 0.03,
  iwk1: 0.04, iwk2: 0.03, iwk3: 0.04,
  lbo1: 0.02, lbo2: 0.06, lbo3: 0.02,
  sam4: 0.03,
  wgs3: 0.05, wgs4: 0.1,
  inz1: 0.02, inz2: 0.02, inz3: 0.02, inz4: 0.02, inz5: 0.02,
  oo7: 0.18,
  gg1: 0.02, gg2: 0.05, gg3: 0.05, gg4: 0.05, gg5: 0.05,
  lei1: 0.02, lei2: 0.02, lei3: 0.02, lei4: 0.02, lei5: 0.02, lei6: 0.12,
  int1: 0.08, int2: 0.04, int3: 0.05
};

/** How strongly a module follows general engagement (default 0.5). */
const generalLoading: Record<string, number> = {werkdruk: 0.3, herstelbehoefte: 0.3, ongewenste_omgangsvormen: 0.35};
const moduleLoading = 0.55;
const itemNoise = 0.5;
/** Latent units per score point: about the propensity's SD over an answer's SD (≈ 0.9 / 2.5). */
const latentPerPoint = 0.36;
/** Latent units per eNPS point. */
const latentPerEnpsPoint = 0.02;

/** Topic options and the module whose factor makes a respondent more likely to tick them. */
const topicModules: Record<string, string | null> = {
  "Collega's": "samenwerking",
  "Hybride werken": null,
  "Samenwerking": "samenwerking",
  "Betrokkenheid en samenleving": "betrokkenheid_samenleving",
  "Ontwikkeling": "loopbaanondersteuning",
  "Dienstverlening": null,
  "Integriteit": "integriteit",
  "Inclusiviteit": "inclusief_werkklimaat",
  "Rolduidelijkheid": "rolduidelijkheid",
  "Leiderschap": "leiderschap"
};

/**
 * The eNPS the generator aims at: promoters' share and the score. Now 001's 18% and 1. Before,
 * between 000's split (13.44% / 21.78%, score −8.3) and 001's −9: 13.35% and −8.6.
 */
const enpsAims = {current: {promoters: 0.18, score: 1}, previous: {promoters: 0.1335, score: -8.6}, earlier: {promoters: 0.12, score: -13}};

/** One respondent while the answers are being made. */
interface Respondent {
  id: string;
  domain: Domain;
  domainIndex: number;
  team: string;
  age: string;
  ageIndex: number;
  general: number;
  factors: Record<string, number>;
  /** Index of the first question this respondent no longer answered (drop-out), or Infinity. */
  stopAt: number;
  answers: Map<string, string>;
}

/** Offsets in score points that make domains and teams differ. */
interface Offsets {
  /** Per domain (in {@link domains} order), keyed by question id, module id or `enps`. */
  domain: Map<string, number[]>;
  teamGeneral: Map<string, number>;
  teamModule: Map<string, Map<string, number>>;
}

/** The current survey (2025), the previous one (2023) and the wave before it (2021). */
type Wave = "current" | "previous" | "earlier";

/** The published figures a wave is calibrated to: 2021 has none of its own and starts from 2023's. */
const basis = (wave: Wave): "current" | "previous" => (wave === "current" ? "current" : "previous");

/**
 * How much lower each module scored in 2021 than in 2023 (assumed; 0.2 where not listed): most
 * themes improved a little over the years, workload got worse, social safety held steady.
 */
const earlierChange: Record<string, number> = {werkdruk: -0.3, herstelbehoefte: -0.2, sociale_veiligheid: 0, leiderschap: 0.4, werkgeverschap: 0.3, integriteit: 0.1};

/** The score a wave aims at for a published figure of 2023 or 2025 (2021: 2023's minus the module's change). */
function waveScore(target: {current: number | null; previous: number | null}, module: string, wave: Wave): number | null {
  const value = target[basis(wave)];
  return value === null || wave !== "earlier" ? value : value - (earlierChange[module] ?? 0.2);
}

/** Teams whose 2021 headcount differs from 2023's: Juridische Zaken was too small to show then. */
const earlierTeams: Record<string, Headcount> = {"Juridische Zaken": h(10, 4)};

const teamHeadcount = (t: TeamSpec, wave: Wave): Headcount => (wave === "earlier" ? (earlierTeams[t.team] ?? t.previous) : t[wave]);

/** The 2021 wave's survey.yaml: 2023's questionnaire under its own title and period, where lei6 was asked as lei_6 in other words. */
const earlierSurvey = {
  title: "Medewerkersonderzoek 2021",
  period: {start: "2021-03-15", end: "2021-03-28"},
  renamed: {lei6: {id: "lei_6", text: "De directie neemt haar besluiten op een transparante manier"}} as Record<string, {id: string; text: string}>
};

/**
 * The question targets the generator aims at, per wave: the published score, shifted where the
 * published theme score is not the mean of its published core questions' scores. Where they
 * disagree by more than rounding allows, every core question moves by the same amount so the
 * theme lands 0.045 inside the published theme score's rounding bound (Werkgeverschap: +0.08).
 *
 * @example
 * calibratedTargets(survey, "current").get("wgs1"); // 7.48
 */
export function calibratedTargets(survey: Survey, wave: Wave): Map<string, number> {
  const targets = new Map<string, number>();
  for (const target of questionTargets) {
    const value = waveScore(target, target.module, wave);
    if (value !== null && survey.questions.some((question) => question.id === target.id)) targets.set(target.id, value);
  }
  for (const module of moduleTargets) {
    const theme = waveScore(module, module.id, wave);
    if (theme === null) continue;
    const core = moduleCore(survey, module.id).filter((id) => targets.has(id));
    const mean = core.reduce((sum, id) => sum + targets.get(id)!, 0) / core.length;
    const gap = theme - mean;
    const margin = 0.045;
    if (Math.abs(gap) <= margin) continue;
    const shift = gap - Math.sign(gap) * margin;
    for (const id of core) targets.set(id, targets.get(id)! + shift);
  }
  return targets;
}

/** The likert questions a module's score is based on: its `core`, or all its likert questions. */
export function moduleCore(survey: Survey, moduleId: string): string[] {
  const module = survey.modules.find((m) => m.id === moduleId);
  if (!module) return [];
  const likert = survey.questions.filter((q) => q.module === moduleId && survey.scales[q.scale]?.type === "likert").map((q) => q.id);
  return module.core ? module.core.filter((id) => likert.includes(id)) : likert;
}

/**
 * Quotes a CSV field when it holds a comma, a quote or a line break.
 *
 * @example
 * csvField('Ja, binnen de provincie'); // '"Ja, binnen de provincie"'
 */
export function csvField(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function csv(rows: string[][]): string {
  return rows.map((row) => row.map(csvField).join(",")).join("\n") + "\n";
}

function buildOffsets(rng: Random, previous: Offsets | null): Offsets {
  const domain = new Map<string, number[]>();
  const fromRow = (row: {organisation: number; domains: number[]}) => row.domains.map((d) => d - row.organisation);
  for (const [id, row] of Object.entries(previousDomainModules)) domain.set(id, fromRow(row));
  for (const [id, row] of Object.entries(previousDomainQuestions)) domain.set(id, fromRow(row));
  domain.set("enps", fromRow(previousDomainEnps));
  if (previous) {
    // Two years on, the domains resemble their old selves, a little less pronounced.
    for (const [id, values] of domain) {
      const spread = id === "enps" ? 4 : 0.12;
      domain.set(id, values.map((v) => 0.8 * v + spread * rng.normal()));
    }
  }
  const teamGeneral = new Map<string, number>();
  const teamModule = new Map<string, Map<string, number>>();
  for (const {team} of teams) {
    const base = previous?.teamGeneral.get(team);
    teamGeneral.set(team, base === undefined ? 0.3 * rng.normal() : base + 0.1 * rng.normal());
    const perModule = new Map<string, number>();
    for (const module of moduleTargets) {
      const old = previous?.teamModule.get(team)?.get(module.id);
      perModule.set(module.id, old === undefined ? 0.2 * rng.normal() : old + 0.1 * rng.normal());
    }
    teamModule.set(team, perModule);
  }
  // Teams differ within their domain, but the domain's own offset comes from 000 alone.
  for (const d of domains) {
    const inDomain = teams.filter((t) => t.domain === d);
    const total = inDomain.reduce((sum, t) => sum + t.current.respondents, 0);
    const centre = (value: (team: string) => number, set: (team: string, v: number) => void) => {
      const mean = inDomain.reduce((sum, t) => sum + t.current.respondents * value(t.team), 0) / total;
      for (const t of inDomain) set(t.team, value(t.team) - mean);
    };
    centre((t) => teamGeneral.get(t)!, (t, v) => teamGeneral.set(t, v));
    for (const module of moduleTargets) {
      centre((t) => teamModule.get(t)!.get(module.id)!, (t, v) => teamModule.get(t)!.set(module.id, v));
    }
  }
  return {domain, teamGeneral, teamModule};
}

function createRespondents(wave: Wave, rng: Random, questionCount: number): Respondent[] {
  const moduleIds = moduleTargets.map((m) => m.id);
  const people: Omit<Respondent, "id">[] = [];
  const add = (domain: Domain, team: string, count: number) => {
    for (let i = 0; i < count; i++) {
      const ageIndex = rng.chance(0.02) ? -1 : rng.weighted(ageShares);
      const factors: Record<string, number> = {};
      for (const id of moduleIds) factors[id] = rng.normal();
      people.push({
        domain,
        domainIndex: domains.indexOf(domain),
        team,
        age: ageIndex < 0 ? "" : ageBands[ageIndex],
        ageIndex,
        general: rng.normal(),
        factors,
        stopAt: Infinity,
        answers: new Map()
      });
    }
  };
  for (const domain of domains) {
    const inTeams = teams.filter((t) => t.domain === domain);
    for (const team of inTeams) add(domain, team.team, teamHeadcount(team, wave).respondents);
    const withoutTeam = domainHeadcounts[domain][basis(wave)].respondents - inTeams.reduce((sum, t) => sum + teamHeadcount(t, wave).respondents, 0);
    if (withoutTeam < 0) throw new Error(`${wave}: the teams of ${domain} have more respondents than the domain`);
    add(domain, "", withoutTeam);
  }
  if (people.length !== responseTargets[basis(wave)].respondents) {
    throw new Error(`${wave}: ${people.length} respondents, expected ${responseTargets[basis(wave)].respondents}`);
  }
  // Rows come in the order people answered, not grouped by domain.
  const prefix = {current: "r25-", previous: "r23-", earlier: "r21-"}[wave];
  const shuffled = rng.shuffle(people).map((p, i) => ({...p, id: `${prefix}${String(i + 1).padStart(4, "0")}`}));
  // A few people stopped halfway through the questionnaire.
  for (const index of rng.shuffle(shuffled.map((_, i) => i)).slice(0, wave === "current" ? 5 : 4)) {
    shuffled[index].stopAt = Math.floor(questionCount * (0.4 + 0.5 * rng.uniform()));
  }
  return shuffled;
}

/** A generator of one wave's answers. */
class WaveWriter {
  private readonly rng: Random;

  constructor(
    readonly wave: Wave,
    readonly survey: Survey,
    readonly people: Respondent[],
    readonly offsets: Offsets,
    readonly targets: Map<string, number>,
    rng: Random
  ) {
    this.rng = rng;
  }

  /** Offset in score points of a respondent on a module (or a question with its own domain figures). */
  private offset(r: Respondent, module: string | null, questionId?: string): number {
    let points = 0;
    const domainRow = (questionId && this.offsets.domain.get(questionId)) || (module && this.offsets.domain.get(module));
    if (domainRow) points += domainRow[r.domainIndex];
    if (r.team) {
      points += this.offsets.teamGeneral.get(r.team) ?? 0;
      if (module) points += this.offsets.teamModule.get(r.team)?.get(module) ?? 0;
    }
    if (module && r.ageIndex >= 0 && ageOffsets[module]) points += ageOffsets[module][r.ageIndex];
    return points;
  }

  /** A respondent's latent position on a module, without item noise. */
  private latent(r: Respondent, module: string, questionId?: string): number {
    return (generalLoading[module] ?? 0.5) * r.general + moduleLoading * r.factors[module] + latentPerPoint * this.offset(r, module, questionId);
  }

  /** Hands out answers (sorted worst to best) to people sorted by ascending propensity. */
  private assign(people: Respondent[], propensity: (r: Respondent) => number, answers: string[], questionId: string) {
    const ranked = people.map((r) => ({r, p: propensity(r)})).sort((a, b) => a.p - b.p);
    ranked.forEach(({r}, i) => r.answers.set(questionId, answers[i]));
  }

  /** Who can answer question `index`: not dropped out, minus a rare blank. */
  private answering(index: number): Respondent[] {
    const blankRate = 0.002 + (0.004 * index) / this.survey.questions.length;
    return this.people.filter((r) => r.stopAt > index && !this.rng.chance(blankRate));
  }

  run() {
    this.survey.questions.forEach((question, index) => {
      const type = this.survey.scales[question.scale].type;
      if (type === "likert") this.likert(question, index);
      else if (type === "nps") this.nps(question, index);
      else if (question.id === workloadTarget.question) this.workload(question, index);
      else if (question.id === homeWorkingTarget.question) this.homeWorking(question, index);
      else if (question.id === otherWorkTarget.question) this.otherWork(question, index);
      else if (type === "multi" && question.topic) this.topics(question, index);
      else if (type === "text") this.comments(question, index);
      else throw new Error(`no generator for question ${question.id} (${type})`);
    });
  }

  private likert(question: Question, index: number) {
    const target = this.targets.get(question.id);
    if (target === undefined) throw new Error(`no ${this.wave} target for ${question.id}`);
    const dontKnow = dontKnowRates[question.id] ?? 0.005;
    const valid: Respondent[] = [];
    for (const r of this.answering(index)) {
      if (this.rng.chance(dontKnow)) r.answers.set(question.id, "9");
      else valid.push(r);
    }
    // Counts of score codes (1 worst … 5 best); a reversed question's raw code is 6 − that.
    const counts = likertCounts(target, valid.length, 0.95 + 0.15 * this.rng.uniform());
    const answers = counts.flatMap((count, k) => Array<string>(count).fill(String(question.reverse ? 5 - k : k + 1)));
    const module = question.module!;
    this.assign(valid, (r) => this.latent(r, module, question.id) + itemNoise * this.rng.normal(), answers, question.id);
  }

  private nps(question: Question, index: number) {
    const people = this.answering(index);
    const n = people.length;
    const aim = enpsAims[this.wave];
    const promoters = Math.round(aim.promoters * n);
    const detractors = promoters - Math.round((aim.score / 100) * n);
    const passives = n - promoters - detractors;
    const counts = [
      ...shareCounts([2, 2, 3, 6, 10, 20, 22], detractors),
      ...shareCounts([45, 55], passives),
      ...shareCounts([65, 35], promoters)
    ];
    const answers = counts.flatMap((count, score) => Array<string>(count).fill(String(score)));
    this.assign(
      people,
      (r) =>
        0.55 * r.general +
        0.45 * r.factors.werkgeverschap +
        latentPerEnpsPoint * (this.offsets.domain.get("enps")![r.domainIndex] + 10 * (this.offsets.teamGeneral.get(r.team) ?? 0)) +
        itemNoise * this.rng.normal(),
      answers,
      question.id
    );
  }

  /** Counts for a distribution target; a published 0% becomes 0.3% (a few people, rounding to 0). */
  private distributionCounts(target: DistributionTarget, n: number): number[] {
    const shares = this.wave === "current" ? target.current : target.previous;
    if (!shares) throw new Error(`no ${this.wave} distribution for ${target.question}`);
    return shareCounts(shares.map((s) => Math.max(s, 0.3)), n);
  }

  private workload(question: Question, index: number) {
    const people = this.answering(index);
    const counts = this.distributionCounts(workloadTarget, people.length);
    // Sorted from the worst werkdruk score (far too high) to the best (far too low).
    const answers = counts.flatMap((count, k) => Array<string>(count).fill(workloadTarget.options[k])).reverse();
    this.assign(people, (r) => this.latent(r, "werkdruk") + itemNoise * this.rng.normal(), answers, question.id);
  }

  private homeWorking(question: Question, index: number) {
    const people = this.answering(index);
    const counts = this.distributionCounts(homeWorkingTarget, people.length);
    const answers = counts.flatMap((count, k) => Array<string>(count).fill(homeWorkingTarget.options[k]));
    // Field work (roads, permits) means fewer days at home; staff departments work at home more.
    const tilt = [0.3, 0.1, -0.2, -0.4, 0.2];
    this.assign(people, (r) => tilt[r.domainIndex] + this.rng.normal(), answers, question.id);
  }

  private otherWork(question: Question, index: number) {
    const people = this.answering(index);
    const n = people.length;
    const shares = this.wave === "current" ? otherWorkTarget.current : otherWorkTarget.previous!;
    const [no, inside, outside] = shares.map((s) => Math.round((s / 100) * n));
    const yes = n - no;
    const both = Math.max(0, inside + outside - yes);
    // The least engaged look for other work; who looks where is random among them.
    const ranked = people
      .map((r) => ({r, p: 0.5 * r.general + 0.5 * r.factors.werkgeverschap + itemNoise * this.rng.normal()}))
      .sort((a, b) => a.p - b.p)
      .map(({r}) => r);
    const looking = this.rng.shuffle(ranked.slice(0, yes));
    const [nee, binnen, buiten] = otherWorkTarget.options;
    looking.forEach((r, i) => {
      const answer = i < both ? [binnen, buiten] : i < inside ? [binnen] : [buiten];
      r.answers.set(question.id, answer.join(";"));
    });
    for (const r of ranked.slice(yes)) r.answers.set(question.id, nee);
  }

  private topics(question: Question, index: number) {
    const targets = this.wave === "current" ? currentTopicTargets : previousTopicTargets;
    const target = targets.find((t) => t.question === question.id);
    if (!target) throw new Error(`no ${this.wave} topic target for ${question.id}`);
    const eligible = this.people.filter((r) => r.stopAt > index);
    if (eligible.length < target.answered) throw new Error(`${question.id}: too few respondents left`);
    const people = this.rng.shuffle(eligible).slice(0, target.answered);
    const counts = target.options.map((o) => o.count ?? Math.round((o.share / 100) * target.answered));
    const sign = target.topic === "proud" ? 1 : -1;
    const scores = target.options.map((o) => {
      const module = topicModules[o.option];
      return new Map(people.map((r) => [r, (module ? sign * this.latent(r, module) : 0) + this.rng.normal()]));
    });
    const chosen = chooseMulti(people, counts, (r, k) => scores[k].get(r)!);
    for (const r of people) {
      const picks = chosen.get(r)!.sort((a, b) => a - b).map((k) => target.options[k].option);
      r.answers.set(question.id, picks.join(";"));
    }
  }

  private comments(question: Question, index: number) {
    const topicQuestion = question.id.replace(/_toelichting$/, "");
    const kind = topicQuestion === "trots" ? "proud" : "improve";
    const rate = kind === "proud" ? 0.3 : 0.42;
    for (const r of this.people) {
      const topics = r.answers.get(topicQuestion);
      if (!topics || r.stopAt <= index || !this.rng.chance(rate)) continue;
      const comment = topicComment(kind, topics.split(";"), this.rng);
      if (comment) r.answers.set(question.id, comment);
    }
  }
}

/** The most options one respondent ticks in the generated topic questions. */
const maxPicks = 4;

/**
 * Picks, for each option, exactly `counts[k]` of the people (those scoring highest on that
 * option), such that everyone picks at least one option and at most {@link maxPicks}: options
 * are handed out largest first, each takes its fair part of the people who have none yet, and
 * every option already ticked makes a respondent less likely to tick another.
 */
function chooseMulti(people: Respondent[], counts: number[], score: (r: Respondent, option: number) => number): Map<Respondent, number[]> {
  const chosen = new Map(people.map((r) => [r, [] as number[]]));
  let remaining = counts.reduce((sum, c) => sum + c, 0);
  if (remaining < people.length) throw new Error("the option counts cannot cover every respondent");
  if (remaining > maxPicks * people.length) throw new Error("the option counts need too many picks per respondent");
  const order = counts.map((c, k) => ({c, k})).sort((a, b) => b.c - a.c || a.k - b.k);
  for (const {c: count, k} of order) {
    const picks = (r: Respondent) => chosen.get(r)!.length;
    const byScore = (a: Respondent, b: Respondent) => score(b, k) - 0.7 * picks(b) - (score(a, k) - 0.7 * picks(a));
    const none = people.filter((r) => picks(r) === 0).sort(byScore);
    const some = people.filter((r) => picks(r) > 0 && picks(r) < maxPicks).sort(byScore);
    const fair = Math.round((none.length * count) / remaining);
    let fromNone = Math.min(none.length, count, Math.max(fair, none.length - (remaining - count)));
    fromNone = Math.max(fromNone, count - some.length);
    const picked = [...none.slice(0, fromNone), ...some.slice(0, count - fromNone)];
    for (const r of picked) chosen.get(r)!.push(k);
    remaining -= count;
  }
  return chosen;
}

function responsesCsv(survey: Survey, people: Respondent[]): string {
  const header = ["id", "domein", "team", "leeftijd", ...survey.questions.map((q) => q.id)];
  const rows = people.map((r) => [r.id, r.domain, r.team, r.age, ...survey.questions.map((q) => r.answers.get(q.id) ?? "")]);
  return csv([header, ...rows]);
}

function populationCsv(wave: Wave): string {
  const rows: string[][] = [["domein", "team", "invited"], ["", "", String(responseTargets[basis(wave)].invited)]];
  let total = 0;
  for (const domain of domains) {
    const invited = domainHeadcounts[domain][basis(wave)].invited;
    total += invited;
    rows.push([domain, "", String(invited)]);
    const inTeams = teams.filter((t) => t.domain === domain);
    if (inTeams.reduce((sum, t) => sum + teamHeadcount(t, wave).invited, 0) > invited) throw new Error(`${wave}: teams of ${domain} exceed it`);
    for (const t of inTeams) rows.push([domain, t.team, String(teamHeadcount(t, wave).invited)]);
  }
  if (total !== responseTargets[basis(wave)].invited) throw new Error(`${wave}: domains invite ${total}`);
  return csv(rows);
}

/** Scores (0–10, after reversal) of a likert question's valid answers, per respondent row. */
function likertScores(question: Question, people: Respondent[]): Map<Respondent, number> {
  const scores = new Map<Respondent, number>();
  for (const r of people) {
    const code = Number(r.answers.get(question.id));
    if (code >= 1 && code <= 5) scores.set(r, question.reverse ? 10 - (code - 1) * 2.5 : (code - 1) * 2.5);
  }
  return scores;
}

function sd(values: number[]): number {
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  return Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / (values.length - 1));
}

/**
 * benchmarks.csv: `provincies` from 001's benchmark column; `top3` from 000's top-3 module
 * figures where given, else the benchmark plus the module's top-3 lead (0.3 where unknown). The
 * n are assumed (other provinces' respondents); the sd are this example's own, as a proxy.
 */
function benchmarksCsv(survey: Survey, people: Respondent[]): string {
  const providers = 6800;
  const topProviders = 2150;
  const round1 = (x: number) => String(Math.round(x * 10) / 10);
  const questionSd = new Map<string, number>();
  const moduleSd = new Map<string, number>();
  for (const q of survey.questions) {
    if (survey.scales[q.scale].type === "likert") questionSd.set(q.id, sd([...likertScores(q, people).values()]));
  }
  for (const m of survey.modules) {
    const perQuestion = moduleCore(survey, m.id).map((id) => likertScores(survey.questions.find((q) => q.id === id)!, people));
    const means: number[] = [];
    for (const r of people) {
      const values = perQuestion.map((s) => s.get(r)).filter((v): v is number => v !== undefined);
      if (values.length) means.push(values.reduce((s, v) => s + v, 0) / values.length);
    }
    moduleSd.set(m.id, sd(means));
  }
  const rows: string[][] = [["benchmark", "item", "score", "n", "sd"]];
  const lead = new Map<string, number>();
  for (const m of moduleTargets) {
    if (m.benchmark === null) continue;
    rows.push(["provincies", m.id, round1(m.benchmark), String(providers), moduleSd.get(m.id)!.toFixed(2)]);
    lead.set(m.id, m.top3 !== undefined ? m.top3 - m.benchmark : 0.3);
  }
  for (const q of questionTargets) {
    if (q.benchmark !== null) rows.push(["provincies", q.id, round1(q.benchmark), String(providers), questionSd.get(q.id)!.toFixed(2)]);
  }
  rows.push(["provincies", "enps", String(enpsTargets.benchmark.score), String(providers), ""]);
  rows.push(["provincies", "responseRate", String(responseTargets.benchmarkResponseRate), "", ""]);
  for (const m of moduleTargets) {
    if (m.benchmark === null) continue;
    rows.push(["top3", m.id, round1(m.benchmark + lead.get(m.id)!), String(topProviders), moduleSd.get(m.id)!.toFixed(2)]);
  }
  for (const q of questionTargets) {
    if (q.benchmark === null) continue;
    const top = Math.min(10, q.benchmark + (lead.get(q.module) ?? 0.3));
    rows.push(["top3", q.id, round1(top), String(topProviders), questionSd.get(q.id)!.toFixed(2)]);
  }
  return csv(rows);
}

/** How an earlier wave's survey.yaml differs from the current one's, besides the questions not asked then. */
interface WaveSurveyEdit {
  title: string;
  period: {start: string; end: string};
  /** The first comment lines. */
  header: string[];
  /** Questions asked with another id and text then, by their current id. */
  renamed: Record<string, {id: string; text: string}>;
}

/** The previous survey (2023): assumed two years before the current one. */
const previousSurvey: WaveSurveyEdit = {
  title: "Medewerkersonderzoek 2023",
  period: {start: "2023-03-13", end: "2023-03-26"},
  header: [
    "# The previous survey of the example organisation, written by scripts/example/generate.ts from",
    "# ../../survey.yaml: the same questionnaire minus the questions that were not asked then."
  ],
  renamed: {}
};

/**
 * An earlier wave's survey.yaml: the current one without the questions not asked then (and
 * scales no question uses any more), without `benchmarks`, `previous`, `formerly` and `agenda` (the
 * current survey's agenda is read against every wave), with its
 * own title and period and the questions that had another id and text then. Edited line by line
 * so the hand-written layout stays, then checked against the same edit made on the parsed object.
 */
export function waveSurveyYaml(source: string, edit: WaveSurveyEdit = previousSurvey): string {
  const parsed = YAML.parse(source) as Record<string, unknown> & {questions: {id: string; scale: string; text: string; formerly?: unknown}[]; scales: Record<string, unknown>};
  const questions = parsed.questions
    .filter((q) => !notAskedBefore.includes(q.id))
    .map(({formerly: _formerly, ...q}) => ({...q, ...edit.renamed[q.id]}));
  const usedScales = new Set(questions.map((q) => q.scale));
  const droppedScales = Object.keys(parsed.scales).filter((name) => !usedScales.has(name));
  const {title, period} = edit;
  let renaming: {id: string; text: string} | null = null;

  const out: string[] = [...edit.header];
  const lines = source.split("\n");
  let section = "";
  let skipIndent: number | null = null;
  const indentOf = (line: string) => line.length - line.trimStart().length;
  // Drops the comment lines just written above a block that is being removed.
  const dropComments = (indent: number) => {
    while (out.length && out[out.length - 1].trim().startsWith("#") && indentOf(out[out.length - 1]) === indent) out.pop();
  };
  lines.forEach((line, i) => {
    if (i < leadingComments(lines)) return; // the header is about the current bundle: replaced above
    if (skipIndent !== null) {
      if (line.trim() === "" || indentOf(line) > skipIndent) return;
      skipIndent = null;
    }
    if (line.startsWith("#")) {
      out.push(line);
      return;
    }
    if (/^\S/.test(line)) section = line.split(":")[0];
    if (section === "title") out.push(`title: ${title}`);
    else if (section === "period") out.push(`period: {start: ${period.start}, end: ${period.end}}`);
    else if (section === "benchmarks" || section === "previous" || section === "agenda") {
      dropComments(0);
      skipIndent = 0;
    }
    else if (section === "questions" && line.startsWith("  - id: ")) {
      renaming = edit.renamed[line.slice("  - id: ".length)] ?? null;
      if (notAskedBefore.some((id) => line === `  - id: ${id}`)) {
        dropComments(2);
        skipIndent = 2;
      } else out.push(renaming ? `  - id: ${renaming.id}` : line);
    } else if (section === "questions" && line.startsWith("    formerly:")) return;
    else if (section === "questions" && renaming && line.startsWith("    text: ")) out.push(`    text: ${renaming.text}`);
    else if (section === "scales" && droppedScales.some((name) => line.startsWith(`  ${name}:`))) {
      dropComments(2);
      skipIndent = 2;
    } else out.push(line);
  });
  const text = out.join("\n").replace(/\n{3,}/g, "\n\n");

  const {benchmarks: _benchmarks, previous: _previous, agenda: _agenda, ...kept} = parsed;
  const scales = Object.fromEntries(Object.entries(parsed.scales).filter(([name]) => usedScales.has(name)));
  const expected = {...kept, title, period, questions, scales};
  if (JSON.stringify(YAML.parse(text)) !== JSON.stringify(expected)) throw new Error(`${title} survey.yaml: the line edit went wrong`);
  return text;
}

function leadingComments(lines: string[]): number {
  let n = 0;
  while (n < lines.length && lines[n].startsWith("#")) n++;
  return n;
}

/** What one wave came out at, for the log. */
export interface WaveSummary {
  respondents: number;
  maxQuestionDeviation: number;
  maxModuleDeviation: number;
}

function summarise(survey: Survey, people: Respondent[], wave: Wave): WaveSummary {
  const scores = new Map<string, number>();
  for (const q of survey.questions) {
    if (survey.scales[q.scale].type !== "likert") continue;
    const values = [...likertScores(q, people).values()];
    scores.set(q.id, values.reduce((s, v) => s + v, 0) / values.length);
  }
  let maxQuestionDeviation = 0;
  for (const t of questionTargets) {
    const published = waveScore(t, t.module, wave);
    if (published !== null && scores.has(t.id)) maxQuestionDeviation = Math.max(maxQuestionDeviation, Math.abs(scores.get(t.id)! - published));
  }
  let maxModuleDeviation = 0;
  for (const m of moduleTargets) {
    const published = waveScore(m, m.id, wave);
    if (published === null) continue;
    const core = moduleCore(survey, m.id);
    const score = core.reduce((s, id) => s + scores.get(id)!, 0) / core.length;
    maxModuleDeviation = Math.max(maxModuleDeviation, Math.abs(score - published));
  }
  return {respondents: people.length, maxQuestionDeviation, maxModuleDeviation};
}

function generateWave(wave: Wave, survey: Survey, seed: number, offsets: Offsets) {
  const rng = createRandom(streamSeed(seed, wave));
  const people = createRespondents(wave, rng, survey.questions.length);
  new WaveWriter(wave, survey, people, offsets, calibratedTargets(survey, wave), rng).run();
  people.sort((a, b) => (a.id < b.id ? -1 : 1));
  return {people, summary: summarise(survey, people, wave)};
}

/**
 * Generates the example bundle into `outDir`: survey.yaml (copied), responses.csv,
 * population.csv, benchmarks.csv and the earlier waves waves/2023/ (the previous survey) and
 * waves/2021/ (each survey.yaml, responses.csv, population.csv). The same seed always writes
 * byte-identical files; 2021 draws from streams of its own, so it leaves the other files as they were.
 *
 * @example
 * generateExample("/tmp/voorbeeld"); // {current: {...}, previous: {...}, earlier: {...}}
 */
export function generateExample(outDir: string, seed = defaultSeed): Record<Wave, WaveSummary> {
  const source = readFileSync(sourceSurveyPath, "utf8");
  const survey = surveySchema.parse(YAML.parse(source));
  const previousSource = waveSurveyYaml(source);
  const previousWave = surveySchema.parse(YAML.parse(previousSource));
  const earlierEdit: WaveSurveyEdit = {
    ...earlierSurvey,
    header: ["# The example organisation's survey of 2021, written by scripts/example/generate.ts from", "# ../../survey.yaml: the previous survey's questionnaire, one question then asked in other words."]
  };
  const earlierSource = waveSurveyYaml(source, earlierEdit);

  const offsetRng = createRandom(streamSeed(seed, "offsets"));
  const previousOffsets = buildOffsets(offsetRng, null);
  const currentOffsets = buildOffsets(offsetRng, previousOffsets);
  // Two years before 2023 the domains and teams resembled their 2023 selves as 2025 does.
  const earlierOffsets = buildOffsets(createRandom(streamSeed(seed, "offsets-2021")), previousOffsets);

  const previous = generateWave("previous", previousWave, seed, previousOffsets);
  const current = generateWave("current", survey, seed, currentOffsets);
  // Generated under the current ids, written under the ids of 2021.
  const earlier = generateWave("earlier", previousWave, seed, earlierOffsets);
  const earlierWave = {...previousWave, questions: previousWave.questions.map((q) => ({...q, id: earlierSurvey.renamed[q.id]?.id ?? q.id}))};
  for (const person of earlier.people) {
    for (const [id, {id: old}] of Object.entries(earlierSurvey.renamed)) {
      if (person.answers.has(id)) person.answers.set(old, person.answers.get(id)!);
    }
  }

  const surveyOut = path.join(outDir, "survey.yaml");
  if (path.resolve(surveyOut) !== path.resolve(sourceSurveyPath)) copyFileSync(sourceSurveyPath, surveyOut);
  writeFileSync(path.join(outDir, "responses.csv"), responsesCsv(survey, current.people));
  writeFileSync(path.join(outDir, "population.csv"), populationCsv("current"));
  writeFileSync(path.join(outDir, "benchmarks.csv"), benchmarksCsv(survey, current.people));
  const waves: [string, string, Survey, Respondent[], Wave][] = [
    ["2023", previousSource, previousWave, previous.people, "previous"],
    ["2021", earlierSource, earlierWave, earlier.people, "earlier"]
  ];
  for (const [label, yaml, waveSurvey, people, wave] of waves) {
    const dir = path.join(outDir, "waves", label);
    mkdirSync(dir, {recursive: true});
    writeFileSync(path.join(dir, "survey.yaml"), yaml);
    writeFileSync(path.join(dir, "responses.csv"), responsesCsv(waveSurvey, people));
    writeFileSync(path.join(dir, "population.csv"), populationCsv(wave));
  }
  return {current: current.summary, previous: previous.summary, earlier: earlier.summary};
}

function main(args: string[]) {
  let outDir = path.join(repoRoot, "data/voorbeeld");
  let seed = defaultSeed;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--seed") seed = Number(args[++i]);
    else outDir = path.resolve(args[i]);
  }
  if (!Number.isInteger(seed)) throw new Error("--seed takes an integer");
  const summary = generateExample(outDir, seed);
  for (const [wave, s] of Object.entries(summary)) {
    console.error(
      `${wave}: ${s.respondents} respondents; max deviation from the published scores: ` +
        `questions ${s.maxQuestionDeviation.toFixed(3)}, modules ${s.maxModuleDeviation.toFixed(3)}`
    );
  }
  console.error(`wrote ${path.relative(process.cwd(), outDir) || "."}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) main(process.argv.slice(2));
