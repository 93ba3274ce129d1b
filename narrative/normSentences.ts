import type {QualityView} from "../charts/types.ts";
import {format} from "../text/format.ts";
import type {Language} from "../text/translations.ts";
import {narrativeText} from "../text/narrativeText.ts";
import {joinParts} from "./sentenceParts.ts";

/**
 * The paragraphs that explain the norm check in plain words, from the view's settings and
 * numbers: the verdict first, then the rule (total and group norm, the correction for failing
 * grades), publication, rows resting on few answers and groups too small to show.
 *
 * @example
 * normSentences(view, "nl")[0] // "De norm is gehaald: gemiddeld gaven de cliënten een 7,6, …"
 */
export function normSentences(view: QualityView, locale: Language = "nl"): string[] {
  const {norm, survey} = view;
  const f = format({locale});
  const {words: w, norm: t} = narrativeText(locale);
  const grade = (x: number | null) => f.number(x, 1);
  const who = norm.within ?? t.allRespondents;
  const unit = view.variableName.toLowerCase();
  const {total: totalNorm, group: groupNorm, failingGrade} = norm.thresholds;
  const shown = norm.groups.filter((g) => !g.suppressed);
  const failing = shown.filter((g) => g.pass === false);
  const byRobust = [{...norm.total, value: t.theTotal}, ...shown].filter((r) => r.passedBy === "robust");
  const names = (rows: {value: string}[]) => joinParts(rows.map((r) => [r.value]), w.and).join("");
  const paragraphs: string[] = [];

  if (norm.pass === null) {
    paragraphs.push(t.noMean(who));
  } else if (norm.pass) {
    const robust = byRobust.length ? t.robust(names(byRobust)) : "";
    paragraphs.push(t.met({who, total: grade(norm.total.mean), unit, groupNorm: grade(groupNorm), robust}));
  } else {
    const parts: string[] = [];
    if (norm.total.pass === false) parts.push(t.totalBelow({total: grade(norm.total.mean), norm: grade(totalNorm)}));
    for (const g of failing) parts.push(t.groupBelow({name: g.value, mean: grade(g.mean), norm: grade(groupNorm)}));
    paragraphs.push(t.notMet(parts.join("; ")));
  }

  paragraphs.push(t.rule({who, totalNorm: grade(totalNorm), groupNorm: grade(groupNorm), unit, failingGrade: grade(failingGrade)}));
  if (norm.populations.length > 1) {
    const others = norm.populations.filter((p) => p.value !== norm.within);
    paragraphs.push(t.others({names: names(others), who}));
  }
  const publication = survey.settings.publication;
  if (publication) paragraphs.push(t.publication({completed: f.count(publication.minCompleted), rate: f.percent(publication.minRate, 0)}));
  const fewAnswers = survey.settings.norm?.fewAnswers;
  const few = [norm.total, ...norm.groups, ...norm.populations].some((r) => r.few);
  if (few && fewAnswers) paragraphs.push(t.few({answers: f.count(fewAnswers), confidence: f.percent(survey.settings.comparison.confidence, 0)}));
  const hidden = norm.groups.filter((g) => g.suppressed);
  if (hidden.length) paragraphs.push(t.hidden({names: names(hidden), minimum: f.count(survey.settings.minGroupSize), unit}));
  return paragraphs;
}
