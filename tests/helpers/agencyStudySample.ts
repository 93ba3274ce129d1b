import {mkdtempSync, readFileSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import YAML from "yaml";
import {fevsBundle, STUDY} from "../../bench/fevsBundle.ts";

/**
 * A 3,000-respondent sample of the FEVS 2018 study of the agencies (every 34th source row, so that
 * it spans all of them), written into a new folder named after `prefix`, with the agencies as its
 * only grouping variable: the R references need the organisation and the agencies, and the
 * disclosure audit of thinly spread sub-agencies would only make the run slow. Returns the folder.
 *
 * @example
 * const dir = await agencyStudySample("peiling-rdrivers-");
 */
export async function agencyStudySample(prefix: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  await fevsBundle({size: 3000, every: 34, study: true, dir});
  const survey = YAML.parse(readFileSync(join(dir, "survey.yaml"), "utf8"));
  survey.ignore = survey.groups.filter((g: {id: string}) => g.id !== STUDY.organisation).map((g: {id: string}) => g.id);
  survey.groups = survey.groups.filter((g: {id: string}) => g.id === STUDY.organisation);
  writeFileSync(join(dir, "survey.yaml"), YAML.stringify(survey));
  return dir;
}
