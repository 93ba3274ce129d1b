import {mkdirSync, mkdtempSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {dirname, join} from "node:path";

/**
 * Writes a survey bundle from inline file contents into a fresh temporary folder and returns its
 * path: `{"survey.yaml": "…", "responses.csv": "…", "previous/responses.csv": "…"}`.
 */
export function writeBundle(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), "peiling-test-"));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), {recursive: true});
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

/** A small survey in the contract's form: two modules, an eNPS, a multi topic, a comment, two grouping levels. */
export const SURVEY_YAML = `title: Medewerkersonderzoek 2025
organisation: Voorbeeldorganisatie
period: {start: 2025-03-10, end: 2025-03-23}
language: nl
scales:
  eens5:
    type: likert
    values: {1: 0, 2: 2.5, 3: 5, 4: 7.5, 5: 10}
    labels: {1: Helemaal mee oneens, 2: Mee oneens, 3: Niet mee eens/niet mee oneens, 4: Mee eens, 5: Helemaal mee eens}
    missing: [9, Weet niet/geen ervaring]
  aanbevelen: {type: nps}
  trots: {type: multi, options: [Collega's, Hybride werken, Samenwerking]}
  opmerking: {type: text}
groups:
  - {id: afdeling, name: Afdeling}
  - {id: team, name: Team, parent: afdeling}
modules:
  - {id: bevlogenheid, name: Bevlogenheid, description: De mate van bezieling in het werk.}
  - {id: werkdruk, name: Werkdruk}
questions:
  - {id: bev1, text: Mijn werk inspireert me, scale: eens5, module: bevlogenheid}
  - {id: bev2, text: Ik heb zin in mijn werk, scale: eens5, module: bevlogenheid}
  - {id: wd1, text: Ik heb vaak meer werk te doen dan ik aankan, scale: eens5, module: werkdruk, reverse: true}
  - {id: enps, text: Hoe waarschijnlijk is het dat u deze organisatie als werkgever aanbeveelt?, scale: aanbevelen}
  - {id: trots, text: Waar bent u het meest trots op?, scale: trots}
  - {id: toelichting, text: Wat kan beter?, scale: opmerking}
settings:
  minGroupSize: 5
  minCommentGroupSize: 10
  scoring: mean
  moduleScore: mean-of-questions
  comparison: {confidence: 0.95, minDifference: 0.7, strongDifference: 1.4}
`;

/** One responses.csv row for SURVEY_YAML. */
export interface Row {
  id: string;
  afdeling?: string;
  team?: string;
  bev1?: string;
  bev2?: string;
  wd1?: string;
  enps?: string;
  trots?: string;
  toelichting?: string;
}

const COLUMNS = ["id", "afdeling", "team", "bev1", "bev2", "wd1", "enps", "trots", "toelichting"] as const;

/** Rows as responses.csv text for SURVEY_YAML, quoting where needed. */
export function responsesCsv(rows: Row[]): string {
  const quote = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  return [COLUMNS.join(","), ...rows.map((row) => COLUMNS.map((c) => quote(row[c] ?? "")).join(","))].join("\n") + "\n";
}

/** Twelve valid rows for SURVEY_YAML: two departments of two teams, every kind of question answered. */
export const SAMPLE_ROWS: Row[] = Array.from({length: 12}, (_, i) => ({
  id: `r${i}`,
  afdeling: i < 6 ? "A" : "B",
  team: i % 2 ? "T1" : "T2",
  bev1: String(1 + (i % 5)),
  bev2: "4",
  wd1: "2",
  enps: String(i % 11),
  trots: "Collega's;Samenwerking",
  toelichting: i % 3 ? "" : "Meer overleg, minder vergaderen"
}));
