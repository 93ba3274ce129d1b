/**
 * The research site on real data: writes the FEVS 2018 study bundle (every one of the 101,881
 * respondents once, their own answers, nothing injected; agencies as the organisations with their
 * sub-agencies below them, the Employee Engagement subindices and Global Satisfaction as modules,
 * percent positive with the survey weight, Global Satisfaction and the intent to stay as outcomes)
 * with bench/fevsBundle.ts, from ../shared/data/fevs2018/ (never copied into the repository), into
 * the git-ignored bench/.out/fevs2018-study/, then builds its site with `peiling build`.
 *
 * @example
 * npx tsx scripts/fevsStudySite.ts --out /tmp/fevs-site   # then: npx peiling serve /tmp/fevs-site
 */
import {spawnSync} from "node:child_process";
import {existsSync} from "node:fs";
import {join, resolve} from "node:path";
import {fileURLToPath} from "node:url";
import {parseArgs} from "node:util";
import {fevsBundle, outRoot, sourceFile, type FevsBundle} from "../bench/fevsBundle.ts";
import {binDir, repoRoot} from "../site/paths.ts";

/** Respondents in the FEVS 2018 file: the study bundle takes each once. */
export const FEVS_RESPONDENTS = 101_881;

/** Where the study bundle is written (git-ignored). */
export const fevsStudyDir = join(outRoot, "fevs2018-study");

/**
 * Writes (or reuses, when its parameters and the source file are unchanged) the FEVS 2018 study
 * bundle: the whole file, each respondent once, with no answer injected. Throws a clear error
 * when ../shared/data/fevs2018/ is not beside the repository.
 *
 * @example
 * const {dir} = await fevsStudyBundle(); // bench/.out/fevs2018-study
 */
export async function fevsStudyBundle({dir = fevsStudyDir, force = false}: {dir?: string; force?: boolean} = {}): Promise<FevsBundle> {
  if (!existsSync(sourceFile)) throw new Error(`the FEVS 2018 data is not at ${sourceFile}: the shared data folder must lie beside the repository (../shared/data/fevs2018/)`);
  return fevsBundle({size: FEVS_RESPONDENTS, dir, study: true, dontKnowRate: 0, blankRate: 0, force, title: "Federal Employee Viewpoint Survey 2018"});
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const {values} = parseArgs({options: {out: {type: "string", default: "dist"}, force: {type: "boolean"}}});
  const bundle = await fevsStudyBundle({force: values.force});
  console.error(`${bundle.reused ? "reused" : `wrote in ${bundle.seconds.toFixed(1)} s`}: ${bundle.dir}`);
  const {status} = spawnSync(join(binDir, "tsx"), [join(repoRoot, "cli", "peiling.ts"), "build", bundle.dir, "--out", values.out!], {stdio: "inherit"});
  process.exit(status ?? 1);
}
