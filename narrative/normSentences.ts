import type {NormRow} from "../scoring/types.ts";
import type {QualityView} from "../site/views/types.ts";
import {format} from "../text/format.ts";
import type {Language} from "../text/translations.ts";
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
  const grade = (x: number | null) => f.number(x, 1);
  const en = locale === "en";
  const who = norm.within ?? (en ? "all respondents" : "alle respondenten");
  const unit = view.variableName.toLowerCase();
  const {total: totalNorm, group: groupNorm, failingGrade} = norm.thresholds;
  const shown = norm.groups.filter((g) => !g.suppressed);
  const failing = shown.filter((g) => g.pass === false);
  const byRobust = [{...norm.total, value: en ? "the total" : "het totaal"}, ...shown].filter((r) => r.passedBy === "robust");
  const names = (rows: {value: string}[]) => joinParts(rows.map((r) => [r.value]), en ? "and" : "en").join("");
  const paragraphs: string[] = [];

  if (norm.pass === null) {
    paragraphs.push(en ? `There is no mean grade of ${who} to judge, so the norm cannot be checked.` : `Er is geen gemiddeld rapportcijfer van ${who} om te beoordelen; de norm is dus niet te toetsen.`);
  } else if (norm.pass) {
    const robust = byRobust.length
      ? en
        ? ` For ${names(byRobust)} it took the corrected mean (below).`
        : ` Voor ${names(byRobust)} was daarvoor het gecorrigeerde gemiddelde nodig (zie hieronder).`
      : "";
    paragraphs.push(
      en
        ? `The norm is met: ${who} gave a mean grade of ${grade(norm.total.mean)}, and every ${unit} shown reaches ${grade(groupNorm)}.${robust}`
        : `De norm is gehaald: ${who} gaven gemiddeld een ${grade(norm.total.mean)} en elke getoonde ${unit} haalt minstens een ${grade(groupNorm)}.${robust}`
    );
  } else {
    const parts: string[] = [];
    if (norm.total.pass === false) parts.push(en ? `the total (${grade(norm.total.mean)}) stays below ${grade(totalNorm)}` : `het totaal (${grade(norm.total.mean)}) blijft onder de ${grade(totalNorm)}`);
    for (const g of failing) parts.push(en ? `${g.value} (${grade(g.mean)}) stays below ${grade(groupNorm)}` : `${g.value} (${grade(g.mean)}) blijft onder de ${grade(groupNorm)}`);
    paragraphs.push(en ? `The norm is not met: ${parts.join("; ")}, also after the correction for failing grades.` : `De norm is niet gehaald: ${parts.join("; ")}, ook na de correctie voor onvoldoendes.`);
  }

  paragraphs.push(
    en
      ? `The quality mark asks for a mean grade of at least ${grade(totalNorm)} from ${who}, and at least ${grade(groupNorm)} for every ${unit}. Where a mean falls short, every failing grade (below ${grade(failingGrade)}) is counted as a 5 and that corrected mean is held against the same norm: with few questionnaires a single 1 would otherwise weigh far more than a 5. An organisation whose clients are mostly well satisfied then still meets the norm despite a few very low grades.`
      : `Het keurmerk vraagt van ${who} een gemiddeld rapportcijfer van minstens ${grade(totalNorm)}, en minstens ${grade(groupNorm)} voor elke ${unit}. Blijft een gemiddelde daaronder, dan tellen we elke onvoldoende (lager dan ${grade(failingGrade)}) als een 5 en houden we dat gecorrigeerde gemiddelde tegen dezelfde norm: bij weinig ingevulde vragenlijsten weegt één 1 anders veel zwaarder dan een 5. Wie vooral ruim voldoendes krijgt, haalt de norm dan toch, ook met een paar heel lage cijfers ertussen.`
  );
  if (norm.populations.length > 1) {
    const others = norm.populations.filter((p) => p.value !== norm.within);
    paragraphs.push(
      en
        ? `${names(others)} answered a questionnaire of their own; their mean grade is listed and held against the total norm, but the norm above is that of ${who}.`
        : `${names(others)} vulden een eigen vragenlijst in; hun gemiddelde cijfer staat erbij en is tegen de norm voor het totaal gehouden, maar de norm hierboven is die van ${who}.`
    );
  }
  const publication = survey.settings.publication;
  if (publication) {
    paragraphs.push(
      en
        ? `A grade is published when at least ${f.count(publication.minCompleted)} questionnaires were completed and the response was at least ${f.percent(publication.minRate, 0)}.`
        : `Een rapportcijfer wordt gepubliceerd als er minstens ${f.count(publication.minCompleted)} vragenlijsten zijn ingevuld en de respons minstens ${f.percent(publication.minRate, 0)} is.`
    );
  }
  const fewAnswers = survey.settings.norm?.fewAnswers;
  const few = [norm.total, ...norm.groups, ...norm.populations].some((r) => r.few);
  if (few && fewAnswers) {
    paragraphs.push(
      en
        ? `A grade marked * rests on fewer than ${f.count(fewAnswers)} answers: a single answer moves it a lot, as its wide margin (the ${f.percent(survey.settings.comparison.confidence, 0)} interval) shows.`
        : `Een cijfer met * rust op minder dan ${f.count(fewAnswers)} antwoorden: één antwoord verschuift het flink, zoals de brede marge (het ${f.percent(survey.settings.comparison.confidence, 0)}-interval) laat zien.`
    );
  }
  const hidden = norm.groups.filter((g) => g.suppressed);
  if (hidden.length) {
    paragraphs.push(
      en
        ? `${names(hidden)}: fewer than ${f.count(survey.settings.minGroupSize)} questionnaires (or needed to keep such a ${unit} from being worked out), so no number is shown and the ${unit} is not judged here; its answers do count in the total.`
        : `${names(hidden)}: minder dan ${f.count(survey.settings.minGroupSize)} ingevulde vragenlijsten (of nodig om zo'n ${unit} niet te laten herleiden), dus we tonen geen enkel getal en beoordelen de ${unit} hier niet; de antwoorden tellen wel mee in het totaal.`
    );
  }
  return paragraphs;
}
