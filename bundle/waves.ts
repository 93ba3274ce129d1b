import type {BundleIssue} from "./BundleError.ts";
import {isScored, type SurveyDefinition} from "./readSurvey.ts";
import {agendaModules} from "../scoring/agenda.ts";
import type {AgendaTheme, Question} from "./surveySchema.ts";

/** An earlier wave as a reader found it: its label, where its files are, its survey, and what the reader made of it. */
export interface WaveSource<T> {
  /** How pages name the wave: its folder's name under `waves/`, or for `previous/` the year its period starts. */
  label: string;
  /** What messages put before its file names: `waves/2021/` or `previous/`. */
  prefix: string;
  definition: SurveyDefinition;
  value: T;
}

/**
 * The label `previous/` has among the waves: the year its survey's period starts.
 *
 * @example
 * previousLabel(definition) // "2023"
 */
export function previousLabel(definition: SurveyDefinition): string {
  return definition.survey.period.start.slice(0, 4);
}

/**
 * The id a question of the current survey had in an earlier wave: its `formerly` entry for that
 * wave's label, else its own id.
 *
 * @example
 * waveQuestionId({id: "bev1", formerly: {"2021": "bev_1"}}, "2021") // "bev_1"
 */
export function waveQuestionId(question: Pick<Question, "id" | "formerly">, label: string): string {
  return question.formerly?.[label] ?? question.id;
}

/**
 * Orders a bundle's earlier waves by the start of their period (oldest first) and checks them
 * against the survey: every wave of `waves/` starts before the survey, and on another day than
 * every other wave; `previous/`, when there is one besides `waves/`, is the latest and its label (the year it
 * starts) is no folder's name in `waves/`; every `formerly` names a wave the bundle has and a
 * question of that wave with a scale of the same type, and no question of a wave stands for two
 * questions of the survey. Returns the waves in order, or the defects with file, line and column.
 *
 * @example
 * const {ordered, issues} = arrangeWaves(definition, sources, previous);
 */
export function arrangeWaves<T>(current: SurveyDefinition, sources: WaveSource<T>[], previous: WaveSource<T> | null): {ordered: WaveSource<T>[]; issues: BundleIssue[]} {
  const issues: BundleIssue[] = [];
  const at = (definition: SurveyDefinition, path: PropertyKey[]) => ({file: definition.file ?? "survey.yaml", ...definition.locate?.(path)});
  const start = (source: WaveSource<T>) => source.definition.survey.period.start;
  const now = current.survey.period.start;
  const all = previous ? [...sources, previous] : [...sources];
  // previous/ alone was always accepted as it is: only the folders of waves/ must start before the survey.
  for (const source of sources) {
    if (start(source) >= now) {
      issues.push({...at(source.definition, ["period", "start"]), message: `the wave ${source.label} starts on ${start(source)}, not before the survey itself (${now})`, expected: "an earlier survey", kind: "schema"});
    }
  }
  if (previous) {
    const clash = sources.find((s) => s.label === previous.label);
    if (clash) issues.push({file: clash.prefix.replace(/\/$/, ""), message: `previous/ is the wave ${previous.label} (the year it starts) as well`, expected: "one folder per wave: move previous/ into waves/, or give this wave another label", kind: "missing-file"});
    const later = sources.filter((s) => start(s) >= start(previous));
    if (later.length) {
      issues.push({...at(previous.definition, ["period", "start"]), message: `previous/ starts on ${start(previous)}, but ${later.map((s) => `${s.prefix} on ${start(s)}`).join(", ")}`, expected: "previous/ to be the latest earlier wave", kind: "schema"});
    }
  }
  const ordered = [...all].sort((a, b) => (start(a) < start(b) ? -1 : start(a) > start(b) ? 1 : 0));
  ordered.forEach((source, i) => {
    const before = ordered[i - 1];
    if (before && start(before) === start(source)) {
      issues.push({...at(source.definition, ["period", "start"]), message: `the waves ${before.label} and ${source.label} both start on ${start(source)}`, expected: "one wave per survey, each with its own period", kind: "schema"});
    }
  });
  issues.push(...formerlyIssues(current, all));
  return {ordered, issues};
}

function formerlyIssues<T>(current: SurveyDefinition, waves: WaveSource<T>[]): BundleIssue[] {
  const issues: BundleIssue[] = [];
  const {survey} = current;
  const labels = new Map(waves.map((w) => [w.label, w]));
  const at = (path: PropertyKey[]) => ({file: current.file ?? "survey.yaml", ...current.locate?.(path)});
  survey.questions.forEach((question, i) => {
    for (const [label, old] of Object.entries(question.formerly ?? {})) {
      const wave = labels.get(label);
      const path = ["questions", i, "formerly", label];
      if (!wave) {
        issues.push({...at(path), message: `question ${question.id}: formerly names the wave "${label}", which the bundle does not have`, expected: waves.length ? `one of ${waves.map((w) => w.label).join(", ")}` : "a folder waves/<label>/", kind: "schema"});
        continue;
      }
      const before = wave.definition.survey.questions.find((q) => q.id === old);
      if (!before) {
        issues.push({...at(path), message: `question ${question.id}: the wave ${label} has no question "${old}"`, expected: `a question id of ${wave.prefix}survey.yaml`, kind: "schema"});
      } else if (wave.definition.survey.scales[before.scale]?.type !== survey.scales[question.scale]?.type) {
        issues.push({...at(path), message: `question ${question.id}: its scale is ${survey.scales[question.scale]?.type}, but "${old}" of the wave ${label} has a ${wave.definition.survey.scales[before.scale]?.type} scale`, expected: "the same kind of question", kind: "schema"});
      }
    }
  });
  for (const wave of waves) {
    const claimed = new Map<string, string>();
    survey.questions.forEach((question, i) => {
      const id = waveQuestionId(question, wave.label);
      if (!wave.definition.survey.questions.some((q) => q.id === id)) return;
      const other = claimed.get(id);
      if (other) issues.push({...at(["questions", i]), message: `questions ${other} and ${question.id} are both "${id}" of the wave ${wave.label}`, expected: "formerly to give each question of a wave to one question", kind: "schema"});
      else claimed.set(id, question.id);
    });
  }
  return issues;
}

/**
 * An earlier wave's survey as its trends are scored: the current survey's modules, each with the
 * current core questions (by their ids in that wave) that the wave asked with a score; the current
 * survey's agenda, each theme's single questions and context questions likewise by their ids in that
 * wave and only those it asked (its modules are the current ones, so a theme's questions in the
 * wave are the ones of the current mapping the wave asked); and no `study`. A wave's own `agenda`
 * is not read: the agenda is the current survey's. So a module's or theme's point in a wave is
 * always over questions the survey still asks; which ones, `scoring/trends.ts` reports.
 *
 * @example
 * trendDefinition(current, wave, "2021").survey.modules[0].core // ["bet1", "bet2"]
 */
export function trendDefinition(current: SurveyDefinition, wave: SurveyDefinition, label: string): SurveyDefinition {
  const {survey} = current;
  const asked = new Set(wave.survey.questions.filter((q) => isScored(wave.survey, q.scale)).map((q) => q.id));
  const inWave = (id: string) => {
    const question = survey.questions.find((q) => q.id === id);
    return question ? waveQuestionId(question, label) : id;
  };
  const modules = survey.modules.map((module) => {
    const core = module.core ?? survey.questions.filter((q) => q.module === module.id && isScored(survey, q.scale)).map((q) => q.id);
    return {...module, core: core.map(inWave).filter((id) => asked.has(id))};
  });
  const moduleIds = new Set(survey.modules.map((m) => m.id));
  const waveQuestions = new Set(wave.survey.questions.map((q) => q.id));
  const mapTheme = (theme: AgendaTheme): AgendaTheme => ({
    ...theme,
    questions: theme.questions.map(inWave).filter((id) => asked.has(id)),
    context: theme.context.flatMap((id) => (moduleIds.has(id) ? [id] : waveQuestions.has(inWave(id)) ? [inWave(id)] : []))
  });
  const agenda = survey.agenda && {...survey.agenda, themes: survey.agenda.themes.map(mapTheme), movements: survey.agenda.movements.map(mapTheme)};
  return {...wave, survey: {...wave.survey, modules, agenda, study: undefined}};
}

/**
 * Whether two definitions give every module and every agenda theme the same core questions in the
 * same order, so their aggregates are the same.
 *
 * @example
 * sameModules(trendDefinition(current, wave, "2023"), wave) // true when nothing changed
 */
export function sameModules(a: SurveyDefinition, b: SurveyDefinition): boolean {
  const cores = (d: SurveyDefinition) =>
    JSON.stringify([...d.survey.modules, ...agendaModules(d.survey)].map((m) => [m.id, m.core ?? d.survey.questions.filter((q) => q.module === m.id && isScored(d.survey, q.scale)).map((q) => q.id)]));
  return cores(a) === cores(b) && a.survey.study === b.survey.study;
}
