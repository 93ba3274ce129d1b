import {execFileSync, spawnSync} from "node:child_process";
import {existsSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {BundleError, readBundle} from "../../scoring/index.ts";
import {responsesCsv, SURVEY_YAML, writeBundle, type Row} from "../helpers/bundle.ts";

const good: Row[] = Array.from({length: 6}, (_, i) => ({id: `r${i}`, afdeling: "A", team: "A1", bev1: "4", bev2: "5", wd1: "2", enps: "8"}));

/** The messages of the defects readBundle reports for these files. */
function defects(files: Record<string, string | Uint8Array>): string[] {
  try {
    readBundle(writeBundle(files));
  } catch (error) {
    if (error instanceof BundleError) return error.message.split("\n").slice(1);
    throw error;
  }
  return [];
}

describe("readBundle on bad input", () => {
  it("names a missing column in the header (line 1) and what was expected", () => {
    const csv = responsesCsv(good).replace(",wd1", "").replace(/,2,8/g, ",8");
    expect(defects({"survey.yaml": SURVEY_YAML, "responses.csv": csv})).toEqual([
      'responses.csv:1: the header lacks the column "wd1"; expected a column for the respondent id, every grouping variable and every question in survey.yaml'
    ]);
  });

  it("names file, line, column and the valid answers for an unknown answer code", () => {
    const rows = good.map((r, i) => (i === 2 ? {...r, bev1: "7"} : r));
    expect(defects({"survey.yaml": SURVEY_YAML, "responses.csv": responsesCsv(rows)})).toEqual([
      'responses.csv:4:4 (column "bev1"): "7" is not an answer of the scale "eens5"; expected one of "1", "Helemaal mee oneens", "2", "Mee oneens", "3", "Niet mee eens/niet mee oneens", "4", "Mee eens", "5", "Helemaal mee eens", "9", "Weet niet/geen ervaring"'
    ]);
  });

  it("reports a duplicate respondent id with the line of its first use", () => {
    const rows = [...good, {...good[0]}];
    expect(defects({"survey.yaml": SURVEY_YAML, "responses.csv": responsesCsv(rows)})).toEqual([
      'responses.csv:8:1 (column "id"): the respondent id "r0" was used before, on line 2; expected a unique id for every row'
    ]);
  });

  it("reports text in a numeric column", () => {
    const survey = SURVEY_YAML.replace("  opmerking: {type: text}", "  opmerking: {type: text}\n  jaren: {type: number, min: 0, max: 60}").replace(
      "  - {id: toelichting",
      "  - {id: dienstjaren, text: Hoeveel jaar werkt u hier?, scale: jaren}\n  - {id: toelichting"
    );
    const csv = responsesCsv(good).replace(/^(.*)$/m, "$1,dienstjaren").replace(/\n(r\d),(.*)/g, (_, id, rest) => `\n${id},${rest},${id === "r3" ? "tien" : "7,5".replace(",", ".")}`);
    expect(defects({"survey.yaml": survey, "responses.csv": csv})).toEqual([
      'responses.csv:5:10 (column "dienstjaren"): "tien" is not a number; expected a number ≥ 0 ≤ 60'
    ]);
  });

  it("reports every defect at once, not one per run", () => {
    const rows = good.map((r, i) => (i === 1 ? {...r, bev1: "x"} : i === 3 ? {...r, enps: "11"} : i === 4 ? {...r, trots: "Koffie"} : r));
    const found = defects({"survey.yaml": SURVEY_YAML, "responses.csv": responsesCsv(rows)});
    expect(found.map((m) => m.split(":").slice(0, 3).join(":"))).toEqual(["responses.csv:3:4 (column \"bev1\")", "responses.csv:5:7 (column \"enps\")", "responses.csv:6:8 (column \"trots\")"]);
  });

  it("locates a survey.yaml that does not match the schema at its line and column", () => {
    const survey = SURVEY_YAML.replace("scoring: mean\n", "scoring: median\n").replace("{id: werkdruk, name: Werkdruk}", "{id: werkdruk}");
    const found = defects({"survey.yaml": survey, "responses.csv": responsesCsv(good)});
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(/^survey\.yaml:19:5: modules\.1\.name: /);
    expect(found[1]).toMatch(/^survey\.yaml:30:12: settings\.scoring: /);
  });

  it("reports references that do not exist: an unknown scale and a core question outside its module", () => {
    const survey = SURVEY_YAML.replace("scale: aanbevelen}", "scale: nps10}").replace("{id: werkdruk, name: Werkdruk}", "{id: werkdruk, name: Werkdruk, core: [bev1]}");
    const found = defects({"survey.yaml": survey, "responses.csv": responsesCsv(good)});
    expect(found).toEqual([
      expect.stringMatching(/^survey\.yaml:\d+:\d+: question enps uses the scale "nps10", which is not defined under scales/),
      expect.stringMatching(/^survey\.yaml:\d+:\d+: module werkdruk: core question "bev1" is not a question of this module/)
    ]);
  });

  it("reports a group absent from population.csv where the file lists that variable", () => {
    const rows = good.map((r, i) => (i === 5 ? {...r, afdeling: "B", team: "B1"} : r));
    const population = "afdeling,team,invited\nA,,10\nA,A1,10\n";
    expect(defects({"survey.yaml": SURVEY_YAML, "responses.csv": responsesCsv(rows), "population.csv": population})).toEqual([
      'responses.csv:7 (column "afdeling"): the group afdeling "B" is not in population.csv; expected a row for it in population.csv, or a value that is listed there',
      'responses.csv:7 (column "team"): the group afdeling "B" within team "B1" is not in population.csv; expected a row for it in population.csv, or a value that is listed there'
    ]);
  });

  it("reports an unknown column, and accepts it when listed under ignore", () => {
    const csv = responsesCsv(good).replace("toelichting\n", "toelichting,tijdstip\n").replace(/\n(r\d.*)/g, "\n$1,2025-03-11");
    expect(defects({"survey.yaml": SURVEY_YAML, "responses.csv": csv})).toEqual([
      'responses.csv:1:10 (column "tijdstip"): "tijdstip" is not a question, grouping variable or weight in survey.yaml; expected a question id, or the column listed under `ignore` to leave it out on purpose'
    ]);
    expect(defects({"survey.yaml": `${SURVEY_YAML}ignore: [tijdstip]\n`, "responses.csv": csv})).toEqual([]);
  });
});

describe("peiling score on bad input", () => {
  it("exits non-zero, names the defect and writes nothing", () => {
    const dir = writeBundle({"survey.yaml": SURVEY_YAML, "responses.csv": responsesCsv(good.map((r, i) => (i === 0 ? {...r, bev1: "8"} : r)))});
    const out = join(dir, "report.json");
    const result = spawnSync(process.execPath, ["bin/peiling.js", "score", dir, "--out", out], {encoding: "utf8"});
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('responses.csv:2:4 (column "bev1"): "8" is not an answer of the scale "eens5"');
    expect(existsSync(out)).toBe(false);
  });

  it("reports rows read, accepted and set aside on stderr, and sets defective rows aside on request", () => {
    const rows = [...good, {id: "leeg"}, {...good[0], id: "x1", bev1: "8"}];
    const dir = writeBundle({"survey.yaml": SURVEY_YAML, "responses.csv": responsesCsv(rows)});
    const out = join(dir, "report.json");
    const rejects = join(dir, "rejected.csv");
    const result = spawnSync(process.execPath, ["bin/peiling.js", "score", dir, "--out", out, "--set-aside", "--rejects", rejects], {encoding: "utf8"});
    expect(result.status).toBe(0);
    expect(result.stderr).toContain("responses.csv: 8 rows read, 6 accepted, 2 set aside (no answers: 1, unknown-answer: 1)");
    const rejected = execFileSync("cat", [rejects], {encoding: "utf8"}).trim().split("\n");
    expect(rejected[0]).toBe("line,reason,id,afdeling,team,bev1,bev2,wd1,enps,trots,toelichting");
    expect(rejected.slice(1).map((l) => l.split(",").slice(0, 3).join(","))).toEqual(["8,no answers,leeg", '9,"bev1: ""8"" is not an answer of the scale ""eens5""",x1']);
  });
});

describe("reference scores on bad input", () => {
  it("reports scores out of the range of the scoring method, and unknown items", () => {
    const benchmarks = "benchmark,item,score\nprovincies,bev1,74\nprovincies,enps,-120\nprovincies,responseRate,66\nprovincies,bevx,7\nprovincies,werkdruk,5,1\n";
    expect(defects({"survey.yaml": SURVEY_YAML, "responses.csv": responsesCsv(good), "benchmarks.csv": benchmarks})).toEqual([
      'benchmarks.csv:2:3 (column "score"): 74 is out of range for bev1; expected a score from 0 to 10',
      'benchmarks.csv:3:3 (column "score"): -120 is out of range for enps; expected an eNPS from -100 to 100',
      'benchmarks.csv:4:3 (column "score"): 66 is out of range for responseRate; expected a share from 0 to 1',
      'benchmarks.csv:5:2 (column "item"): "bevx" is not a question or module id; expected a question or module id of survey.yaml, or one of enps, responseRate, respondents',
      'benchmarks.csv:6:4: the row has 4 fields, the header 3; expected 3 fields separated by "," (quote a number with a decimal comma)'
    ]);
  });
});
