/**
 * A generated survey bundle that exercises every path of both engines: a hierarchy (team within
 * afdeling, with equal team names in different departments), two crossings, every kind of
 * question (likert with a reversed one, nps, choice, multi, number, text), an ignored column,
 * spellings of the same answer (`4`, ` 4 `, `4.0`, `Mee eens`, `mee  EENS`, "don't know" by code
 * and by label), quoted fields, blank group values, and rows set aside (empty, no answers, too
 * few answers). Seeded, so every run writes the same files.
 */
import {seededRandom} from "../../scoring/random.ts";

export interface GeneratedOptions {
  rows: number;
  seed?: number;
  moduleScore?: "mean-of-questions" | "mean-of-respondents";
  scoring?: "mean" | "percent-positive";
  /** Add a `gewicht` column and use it as the weight. */
  weighted?: boolean;
  /** Add a previous/ bundle (of this many rows) and benchmarks.csv. */
  previous?: number;
}

const DEPARTMENTS = ["Beleid", "Uitvoering", "Bedrijfsvoering", "Toezicht"];
const TEAMS = ["Noord", "Zuid", "Oost", "West", "Centraal"];
const AGES = ["tot 30 jaar", "30-49 jaar", "50 jaar en ouder"];
const SPELLINGS: Record<string, string[]> = {
  "1": ["1", "Helemaal mee oneens"],
  "2": ["2", " 2", "Mee oneens"],
  "3": ["3", "3.0", "Niet mee eens/niet mee oneens"],
  "4": ["4", " 4 ", "Mee eens", "mee  EENS"],
  "5": ["5", "Helemaal mee eens", "5,0"],
  "9": ["9", "Weet niet/geen ervaring", "weet niet/geen ervaring"]
};
const PROUD = ["Collega's", "Hybride werken", "Samenwerking", "Ontwikkeling"];
const WORDS = ["werkdruk", "collega's", "vergaderingen", "thuiswerken", "leidinggevende", "ontwikkeling", "communicatie", "bureaucratie", "salaris", "sfeer"];

function survey({moduleScore = "mean-of-questions", scoring = "mean", weighted = false}: GeneratedOptions): string {
  return `title: Gegenereerd onderzoek
organisation: Testorganisatie
period: {start: 2025-03-10, end: 2025-03-23}
language: nl
scales:
  eens5:
    type: likert
    values: {1: 0, 2: 2.5, 3: 5, 4: 7.5, 5: 10}
    labels: {1: Helemaal mee oneens, 2: Mee oneens, 3: Niet mee eens/niet mee oneens, 4: Mee eens, 5: Helemaal mee eens}
    missing: [9, Weet niet/geen ervaring]
  aanbevelen: {type: nps}
  werkdruk: {type: choice, options: [Te laag, Goed, Te hoog]}
  trots: {type: multi, options: [Collega's, Hybride werken, Samenwerking, Ontwikkeling]}
  uren: {type: number, min: 0, max: 60}
  opmerking: {type: text}
groups:
  - {id: afdeling, name: Afdeling}
  - {id: team, name: Team, parent: afdeling}
  - {id: leeftijd, name: Leeftijd, order: [tot 30 jaar, 30-49 jaar, 50 jaar en ouder]}
crossings: [[afdeling, leeftijd], [team, leeftijd]]
modules:
  - {id: bevlogenheid, name: Bevlogenheid}
  - {id: werkdruk, name: Werkdruk}
questions:
  - {id: bev1, text: Mijn werk inspireert me, scale: eens5, module: bevlogenheid}
  - {id: bev2, text: Ik heb zin in mijn werk, scale: eens5, module: bevlogenheid}
  - {id: bev3, text: Ik ga op in mijn werk, scale: eens5, module: bevlogenheid}
  - {id: wd1, text: Ik heb vaak meer werk dan ik aankan, scale: eens5, module: werkdruk, reverse: true}
  - {id: wd2, text: Ik moet vaak overwerken, scale: eens5, module: werkdruk, reverse: true}
  - {id: wd_oordeel, text: Hoe vindt u uw werkdruk?, scale: werkdruk}
  - {id: enps, text: Zou u deze organisatie aanbevelen?, scale: aanbevelen}
  - {id: trots, text: Waar bent u trots op?, scale: trots, topic: proud}
  - {id: uren, text: Hoeveel uur werkt u per week?, scale: uren}
  - {id: toelichting, text: Wat kan beter?, scale: opmerking}
${weighted ? "weight: gewicht\n" : ""}ignore: [tijdstip]
settings:
  minGroupSize: 5
  minCommentGroupSize: 10
  minAnswers: 2
  publishComments: true
  scoring: ${scoring}
  moduleScore: ${moduleScore}
`;
}

const quote = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** responses.csv and population.csv for `rows` respondents. */
function responses(rows: number, seed: number, weighted: boolean): {responses: string; population: string} {
  const random = seededRandom(seed);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  const columns = ["id", "afdeling", "team", "leeftijd", "tijdstip", ...(weighted ? ["gewicht"] : []), "bev1", "bev2", "bev3", "wd1", "wd2", "wd_oordeel", "enps", "trots", "uren", "toelichting"];
  const lines = [columns.join(",")];
  const sizes = new Map<string, number>();
  const count = (key: string) => sizes.set(key, (sizes.get(key) ?? 0) + 1);
  for (let i = 0; i < rows; ++i) {
    const r = random();
    if (r < 0.005) {
      lines.push(columns.map(() => (random() < 0.5 ? "" : " ")).join(","));
      continue;
    }
    const department = random();
    const afdeling = department < 0.02 ? "" : department < 0.035 ? "Directie" : pick(DEPARTMENTS);
    // A small department with smaller teams, so some groups are suppressed for size and others secondarily.
    const team = afdeling === "" || random() < 0.03 ? "" : afdeling === "Directie" ? pick(["Staf", "Secretariaat", "Bestuur"]) : pick(TEAMS);
    const leeftijd = random() < 0.05 ? "" : pick(AGES);
    const likert = () => {
      if (random() < 0.04) return "";
      return pick(SPELLINGS[random() < 0.08 ? "9" : String(1 + Math.floor(random() * 5))]);
    };
    const noAnswers = r < 0.01;
    const oneAnswer = r >= 0.01 && r < 0.015;
    const answers = noAnswers
      ? ["", "", "", "", "", "", "", "", "", ""]
      : oneAnswer
        ? [likert() || "4", "", "", "", "", "", "", "", "", ""]
        : [
            likert(),
            likert(),
            likert(),
            likert(),
            likert(),
            random() < 0.1 ? "" : pick(["Te laag", "Goed", "goed", "Te hoog"]),
            random() < 0.05 ? "" : String(Math.floor(random() * 11)),
            random() < 0.2 ? "" : [...new Set(Array.from({length: 1 + Math.floor(random() * 3)}, () => pick(PROUD)))].join(random() < 0.5 ? ";" : "; "),
            random() < 0.1 ? "" : String(Math.floor(random() * 45) + (random() < 0.5 ? 0 : 0.5)),
            random() < 0.6 ? "" : `${pick(WORDS)}, ${pick(WORDS)} en "${pick(WORDS)}"`
          ];
    const id = `r${seed}-${i + 1}`;
    const weight = weighted ? [(0.5 + random() * 2).toFixed(3).replace(".", random() < 0.3 ? "," : ".")] : [];
    lines.push([id, afdeling, team === "" ? "" : random() < 0.1 ? ` ${team}` : team, leeftijd, `2025-03-1${i % 10} 09:00`, ...weight, ...answers].map(quote).join(","));
    if (!noAnswers && !oneAnswer) {
      if (afdeling) count(`afdeling=${afdeling}`);
      if (afdeling && team) count(`afdeling=${afdeling}|team=${team}`);
    }
  }
  const population = ["afdeling,team,invited", `,,${rows + 50}`];
  for (const [key, n] of sizes) {
    const [a, t] = key.split("|").map((part) => part.split("=")[1]);
    population.push(`${a},${t ?? ""},${n + 7}`);
  }
  return {responses: lines.join("\n") + "\n", population: population.join("\n") + "\n"};
}

/** The bundle's files, for `writeBundle`. */
export function generatedBundle(options: GeneratedOptions): Record<string, string> {
  const seed = options.seed ?? 7;
  const current = responses(options.rows, seed, options.weighted ?? false);
  const files: Record<string, string> = {"survey.yaml": survey(options), "responses.csv": current.responses, "population.csv": current.population};
  if (options.previous) {
    const before = responses(options.previous, seed + 1, options.weighted ?? false);
    files["previous/survey.yaml"] = survey(options);
    files["previous/responses.csv"] = before.responses;
    files["previous/population.csv"] = before.population;
    files["benchmarks.csv"] = "benchmark,item,score,n,sd\nsector,bev1,6.4,5000,2.1\nsector,bevlogenheid,6.8,5000,1.9\nsector,enps,-5,5000,\n";
  }
  return files;
}
