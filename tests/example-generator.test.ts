/**
 * The example bundle data/voorbeeld: reproducible from its seeded generator, valid, and calibrated
 * to the reference report's published figures (scripts/example/targets.ts). The scores are
 * computed here by a small scorer of its own, independent of the generator and of scoring/.
 */

import {mkdtempSync, readdirSync, readFileSync, rmSync, statSync} from "node:fs";
import os from "node:os";
import path from "node:path";
import {fileURLToPath} from "node:url";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import YAML from "yaml";
import {surveySchema, type Survey} from "../bundle/surveySchema.ts";
import {generateExample} from "../scripts/example/generate.ts";
import {parseCsv} from "./helpers/parseCsv.ts";
import {
  currentTopicTargets,
  enpsTargets,
  homeWorkingTarget,
  moduleTargets,
  otherWorkTarget,
  previousTopicTargets,
  questionTargets,
  responseTargets,
  workloadTarget,
  type DistributionTarget,
  type TopicQuestionTarget
} from "../scripts/example/targets.ts";

const bundle = fileURLToPath(new URL("../data/voorbeeld/", import.meta.url));

/** A CSV file as records keyed by its header. */
function readTable(file: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(readFileSync(file, "utf8"));
  return rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i]])));
}

function readSurvey(dir: string): Survey {
  return surveySchema.parse(YAML.parse(readFileSync(path.join(dir, "survey.yaml"), "utf8")));
}

function listFiles(dir: string, prefix = ""): string[] {
  return readdirSync(dir)
    .flatMap((name) => {
      const full = path.join(dir, name);
      return statSync(full).isDirectory() ? listFiles(full, `${prefix}${name}/`) : [`${prefix}${name}`];
    })
    .sort();
}

const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;

/** Everything the checks need from one bundle, scored independently. */
interface Scored {
  survey: Survey;
  rows: Record<string, string>[];
  questions: Map<string, number>;
  modules: Map<string, number>;
}

function score(dir: string): Scored {
  const survey = readSurvey(dir);
  const rows = readTable(path.join(dir, "responses.csv"));
  const questions = new Map<string, number>();
  for (const q of survey.questions) {
    const scale = survey.scales[q.scale];
    if (scale.type !== "likert") continue;
    const values: number[] = [];
    for (const row of rows) {
      const code = row[q.id];
      if (code === "" || code === "9") continue;
      const value = scale.values?.[code];
      if (value === undefined) throw new Error(`${q.id}: unexpected answer ${code}`);
      values.push(q.reverse ? 10 - value : value);
    }
    questions.set(q.id, mean(values));
  }
  const modules = new Map<string, number>();
  for (const m of survey.modules) {
    const core =
      m.core ?? survey.questions.filter((q) => q.module === m.id && survey.scales[q.scale].type === "likert").map((q) => q.id);
    modules.set(m.id, mean(core.map((id) => questions.get(id)!)));
  }
  return {survey, rows, questions, modules};
}

/** Percentage of answering rows that chose each option (multi answers split on `;`). */
function optionShares(rows: Record<string, string>[], question: string, options: readonly string[]): {n: number; shares: number[]} {
  const answered = rows.filter((row) => row[question] !== "");
  const shares = options.map(
    (option) => (100 * answered.filter((row) => row[question].split(";").includes(option)).length) / answered.length
  );
  return {n: answered.length, shares};
}

const waves = {current: bundle, previous: path.join(bundle, "previous")};
type Wave = keyof typeof waves;
const scored = {} as Record<Wave, Scored>;

beforeAll(() => {
  for (const wave of Object.keys(waves) as Wave[]) scored[wave] = score(waves[wave]);
});

describe("scripts/example/generate.ts", () => {
  let tmp = "";
  afterAll(() => {
    if (tmp) rmSync(tmp, {recursive: true, force: true});
  });

  it("generateExample(dir) writes the committed data/voorbeeld byte for byte", () => {
    tmp = mkdtempSync(path.join(os.tmpdir(), "peiling-voorbeeld-"));
    generateExample(tmp);
    const committed = listFiles(bundle);
    expect(listFiles(tmp)).toEqual(committed);
    for (const file of committed) {
      const same = readFileSync(path.join(tmp, file)).equals(readFileSync(path.join(bundle, file)));
      expect(same, `${file} differs from a fresh generation: run npx tsx scripts/example/generate.ts`).toBe(true);
    }
  });
});

describe("data/voorbeeld", () => {
  it("both survey.yaml files parse with surveySchema; previous lacks only the questions not asked then", () => {
    const current = scored.current.survey;
    const previous = scored.previous.survey;
    expect(current.title).toBe("Medewerkersbelevingsonderzoek 2025");
    expect(current.period).toEqual({start: "2025-03-10", end: "2025-03-23"});
    expect(current.modules).toHaveLength(17);
    const previousIds = previous.questions.map((q) => q.id);
    expect(current.questions.map((q) => q.id).filter((id) => !previousIds.includes(id))).toEqual(["bet3", "thuiswerk"]);
    expect(previousIds.every((id) => current.questions.some((q) => q.id === id))).toBe(true);
  });

  it("CSV files use \\n line endings, end with a newline and have a field per header column", () => {
    for (const file of listFiles(bundle).filter((f) => f.endsWith(".csv"))) {
      const text = readFileSync(path.join(bundle, file), "utf8");
      expect(text.includes("\r"), file).toBe(false);
      expect(text.endsWith("\n"), file).toBe(true);
      const [header, ...rows] = parseCsv(text);
      expect(rows.filter((row) => row.length !== header.length), file).toEqual([]);
    }
  });

  for (const wave of Object.keys(waves) as Wave[]) {
    describe(wave, () => {
      it("has the published respondents and invited headcount", () => {
        const {rows, survey} = scored[wave];
        expect(rows).toHaveLength(responseTargets[wave].respondents);
        expect(Object.keys(rows[0])).toEqual(["id", "domein", "team", "leeftijd", ...survey.questions.map((q) => q.id)]);
        const population = readTable(path.join(waves[wave], "population.csv"));
        const total = population.find((p) => p.domein === "" && p.team === "");
        expect(Number(total?.invited)).toBe(responseTargets[wave].invited);
      });

      it("every question score lies within 0.1 of the published one", () => {
        const off = questionTargets
          .filter((t) => t[wave] !== null)
          .map((t) => ({id: t.id, published: t[wave]!, score: scored[wave].questions.get(t.id)}))
          .filter((t) => !(t.score !== undefined && Math.abs(t.score - t.published) <= 0.1));
        expect(off).toEqual([]);
      });

      it("every module score lies within 0.1 of the published theme score", () => {
        const off = moduleTargets
          .filter((t) => t[wave] !== null)
          .map((t) => ({id: t.id, published: t[wave]!, score: scored[wave].modules.get(t.id)}))
          .filter((t) => !(t.score !== undefined && Math.abs(t.score - t.published) <= 0.1));
        expect(off).toEqual([]);
      });

      it("the eNPS split lies within 1 point of the published one", () => {
        const answers = scored[wave].rows.filter((row) => row.enps !== "").map((row) => Number(row.enps));
        const share = (test: (x: number) => boolean) => (100 * answers.filter(test).length) / answers.length;
        const promoters = share((x) => x >= 9);
        const passives = share((x) => x === 7 || x === 8);
        const detractors = share((x) => x <= 6);
        const target = enpsTargets[wave];
        expect(Math.abs(promoters - 100 * target.promoters!)).toBeLessThanOrEqual(1);
        expect(Math.abs(passives - 100 * target.passives!)).toBeLessThanOrEqual(1);
        expect(Math.abs(detractors - 100 * target.detractors!)).toBeLessThanOrEqual(1);
        expect(Math.abs(promoters - detractors - target.score)).toBeLessThanOrEqual(1);
      });

      it("topic shares lie within 2 points of the published ones", () => {
        const targets: TopicQuestionTarget[] = wave === "current" ? currentTopicTargets : previousTopicTargets;
        for (const target of targets) {
          const {n, shares} = optionShares(
            scored[wave].rows,
            target.question,
            target.options.map((o) => o.option)
          );
          expect(n).toBe(target.answered);
          target.options.forEach((o, i) => {
            expect(Math.abs(shares[i] - o.share), `${target.question}: ${o.option}`).toBeLessThanOrEqual(2);
          });
        }
      });

      it("workload, other-work and home-working shares lie within 1 point of the published ones", () => {
        const distributions: DistributionTarget[] = [workloadTarget, otherWorkTarget, homeWorkingTarget];
        for (const target of distributions) {
          const published = target[wave];
          if (!published) continue;
          const {shares} = optionShares(scored[wave].rows, target.question, target.options);
          published.forEach((p, i) => {
            expect(Math.abs(shares[i] - p), `${target.question}: ${target.options[i]}`).toBeLessThanOrEqual(1);
          });
        }
      });

      it("has suppressible teams, and every team lies in one domain listed in population.csv", () => {
        const {rows} = scored[wave];
        const population = readTable(path.join(waves[wave], "population.csv"));
        const sizes = new Map<string, number>();
        const domainOf = new Map<string, Set<string>>();
        for (const row of rows) {
          if (row.team === "") continue;
          sizes.set(row.team, (sizes.get(row.team) ?? 0) + 1);
          domainOf.set(row.team, (domainOf.get(row.team) ?? new Set()).add(row.domein));
        }
        expect([...sizes.values()].filter((n) => n < 5).length).toBeGreaterThanOrEqual(2);
        expect([...sizes.values()].some((n) => n >= 5 && n < 10)).toBe(true);
        expect([...domainOf.values()].every((d) => d.size === 1)).toBe(true);
        for (const [team, domain] of domainOf) {
          expect(population.some((p) => p.team === team && domain.has(p.domein)), team).toBe(true);
        }
        const emptyTeam = rows.filter((row) => row.team === "").length;
        expect(emptyTeam).toBeGreaterThan(0);
        expect(emptyTeam).toBeLessThan(20);
        expect(rows.every((row) => row.domein !== "")).toBe(true);
      });
    });
  }

  it("benchmarks.csv holds 001's benchmark column and a top-3 benchmark at or above it", () => {
    const benchmarks = readTable(path.join(bundle, "benchmarks.csv"));
    const of = (benchmark: string, item: string) => benchmarks.find((b) => b.benchmark === benchmark && b.item === item);
    for (const t of [...questionTargets, ...moduleTargets]) {
      if (t.benchmark === null) {
        expect(of("provincies", t.id), t.id).toBeUndefined();
        continue;
      }
      expect(Number(of("provincies", t.id)?.score), t.id).toBe(t.benchmark);
      expect(Number(of("top3", t.id)?.score), t.id).toBeGreaterThanOrEqual(t.benchmark);
    }
    expect(Number(of("provincies", "enps")?.score)).toBe(enpsTargets.benchmark.score);
    expect(Number(of("provincies", "responseRate")?.score)).toBe(responseTargets.benchmarkResponseRate);
  });
});
