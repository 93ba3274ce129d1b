/**
 * What each loader of the site writes — the data loaders in `src/data/` and the study's page loader
 * `src/organisaties.md.js` — by the file it makes (its path below `src/`): every one a view of the
 * report model (`site/views/`). `peiling build` writes them all from the report it scored, in its
 * own process ({@link writeLoaderOutputs}), and each loader only hands its file to Framework
 * (`serveLoaderOutput.js`): a loader process then costs Node's start, not TypeScript's and the
 * report's parsing (about 0.7 s each, eleven times a build). Without `peiling build`
 * (`npm run dev`) a loader computes its own output here ({@link loaderOutput}).
 */
import {mkdir, writeFile} from "node:fs/promises";
import {dirname, join} from "node:path";
import type {Report} from "../scoring/types.ts";
import {agendaView} from "./views/agendaView.ts";
import {compact} from "./views/compact.ts";
import {groupViews} from "./views/groupView.ts";
import {groupQuestionsView, groupsView} from "./views/groupsView.ts";
import {organisationViews} from "./views/organisationView.ts";
import {overviewView} from "./views/overviewView.ts";
import {qualityView} from "./views/qualityView.ts";
import {questionsView} from "./views/questionsView.ts";
import {studyPage} from "./views/studyPage.ts";
import {studyView} from "./views/studyView.ts";
import {trendsView} from "./views/trendsView.ts";
import {zipArchive} from "./zipArchive.ts";

/** One file per view, `<slug>.json`, as an archive: Framework extracts a page's file from it, so the report is read once, not once per page. */
function archive(views: {page: {slug: string}}[]): Uint8Array {
  return zipArchive(views.map((view) => ({name: `${view.page.slug}.json`, data: JSON.stringify(view)})));
}

/** A page's view without the survey it shares with every other page of its kind (`data/survey.json`). */
const withoutSurvey = <T extends {survey: unknown}>({survey: _survey, ...file}: T) => file;

/** Each loader's output from the report, by the file it makes. */
export const LOADER_OUTPUTS: Record<string, (report: Report) => string | Uint8Array> = {
  "data/agenda.json": (report) => JSON.stringify(agendaView(report)),
  "data/group-questions.json": (report) => JSON.stringify(groupQuestionsView(report)),
  "data/groups.json": (report) => JSON.stringify(groupsView(report)),
  "data/overview.json": (report) => JSON.stringify(overviewView(report)),
  "data/quality.json": (report) => JSON.stringify(qualityView(report)),
  "data/questions.json": (report) => JSON.stringify(questionsView(report)),
  "data/study.json": (report) => JSON.stringify(studyView(report)),
  "data/trends.json": (report) => JSON.stringify(trendsView(report)),
  // The survey's description (questions, scales, modules, settings), compact as in the views,
  // which every group and organisation page reads once, instead of a copy in each one's file
  // (13 of FEVS 100k's 28 MB).
  "data/survey.json": (report) => JSON.stringify(compact(report.survey)),
  // One file per shown group (site/views/groupView.ts) and one per shown organisation of a study
  // (organisationView.ts), each without the survey, which the page puts back from data/survey.json.
  "data/groups.zip": (report) => archive(groupViews(report).map(withoutSurvey)),
  "data/organisations.zip": (report) => archive(organisationViews(report).map(withoutSurvey)),
  "organisaties.md": (report) => studyPage(report)
};

/**
 * The output of the loader that makes `file` (a key of {@link LOADER_OUTPUTS}).
 *
 * @example
 * loaderOutput("data/overview.json", report) // '{"survey":{…},…}'
 */
export function loaderOutput(file: string, report: Report): string | Uint8Array {
  const make = LOADER_OUTPUTS[file];
  if (!make) throw new Error(`No loader makes ${file}`);
  return make(report);
}

/**
 * Writes every loader's output from `report` into `dir`, each at its file's path, for the loaders
 * of a `peiling build` to serve (`PEILING_LOADED`).
 *
 * @example
 * await writeLoaderOutputs(report, "/tmp/peiling-build-x/loaded"); // …/loaded/data/overview.json, …
 */
export async function writeLoaderOutputs(report: Report, dir: string): Promise<void> {
  for (const file of Object.keys(LOADER_OUTPUTS)) {
    const path = join(dir, file);
    await mkdir(dirname(path), {recursive: true});
    await writeFile(path, loaderOutput(file, report));
  }
}
