import type {OverviewView} from "../site/views/types.ts";
import type {Language} from "../text/translations.ts";
import type {Sentence} from "./NarrativeList.ts";
import {joinParts, sentenceKit, tidy} from "./sentenceParts.ts";
import {thresholdText} from "./summarySentences.ts";

/** One section of the reading guide. */
export interface GuideSection {
  /** The anchor: `scores`, `kleuring`, `vertrouwelijkheid`, `marges`, `vergelijkingen`. */
  id: string;
  title: string;
  paragraphs: Sentence[];
}

/** The options of {@link guideSections}. */
export interface GuideSectionsOptions {
  /** Default the survey's language. */
  locale?: Language;
  /** The questions page, linked where modules count only some questions; default `./vragen`. */
  questionsPage?: string;
}

/**
 * Writes the reading guide from the survey's own settings, so it always describes the report it
 * is part of: how answers become scores (the scale's labels and scores, mean or percent positive,
 * reverse-scored questions, modules that count only some questions, the eNPS), the colouring rule
 * with its confidence level and thresholds (and how group comparisons and many tests at once are
 * handled), the confidentiality rules (minimum group size, the disclosure audit, comments), the
 * margins (finite population correction and its assumption, bootstrap or linearisation, and the
 * modules' Cronbach's α where the overview gives it) and what
 * the previous survey and the benchmarks are. Defaults: the survey's language.
 *
 * @example
 * for (const section of guideSections(overview)) page.append(heading(section.title), NarrativeList(section.paragraphs, {as: "paragraphs"}));
 */
export function guideSections(overview: Pick<OverviewView, "survey" | "likertScale" | "respondents" | "invited" | "responseRate" | "previous" | "benchmarks"> & Partial<Pick<OverviewView, "modules">>, options: GuideSectionsOptions = {}): GuideSection[] {
  const {survey} = overview;
  const {settings} = survey;
  const locale = options.locale ?? survey.language;
  const questionsPage = options.questionsPage ?? "./vragen";
  const en = locale === "en";
  const {f, w} = sentenceKit(locale, settings.scoring);
  const list = (items: string[], word = w.and) => joinParts(items.map((i) => [i]), word);
  const pct = (x: number) => f.percent(x, 0);
  const share = settings.scoring === "percent-positive";
  const sections: GuideSection[] = [];

  // From answer to score
  const scores: Sentence[] = [];
  const scale = overview.likertScale;
  const valid = scale?.filter((o) => !o.missing && o.score != null) ?? [];
  const missing = scale?.filter((o) => o.missing).map((o) => w.quote(o.label)) ?? [];
  if (share) {
    const positive = valid.filter((o) => (o.score ?? 0) > 5).map((o) => w.quote(o.label));
    scores.push(
      en
        ? ["A question's score is the percentage of positive answers", ...(positive.length ? [" (", ...list(positive), ")"] : []), " among the valid answers. A module's score is the mean of its questions' percentages."]
        : ["De score van een vraag is het percentage positieve antwoorden", ...(positive.length ? [" (", ...list(positive), ")"] : []), " onder de geldige antwoorden. De score van een module is het gemiddelde van de percentages van haar vragen."]
    );
  } else {
    if (valid.length) {
      const mapping = joinParts(valid.map((o) => [`${o.label} ${f.number(o.score, o.score! % 1 ? 1 : 0)}`]), w.and);
      scores.push(
        en
          ? ["Each statement was answered on a scale of ", f.count(valid.length), " answers, each giving a score from ", f.number(Math.min(...valid.map((o) => o.score!)), 0), " to ", f.number(Math.max(...valid.map((o) => o.score!)), 0), ": ", ...mapping, ". It is not a school grade."]
          : ["Elke stelling is beantwoord op een schaal van ", f.count(valid.length), " antwoorden, die elk een score van ", f.number(Math.min(...valid.map((o) => o.score!)), 0), " tot ", f.number(Math.max(...valid.map((o) => o.score!)), 0), " geven: ", ...mapping, ". Het is geen rapportcijfer."]
      );
    }
    const weighted = survey.weighted ? (en ? ", weighted by the survey weight" : ", gewogen met het surveygewicht") : "";
    scores.push(
      settings.moduleScore === "mean-of-respondents"
        ? en
          ? [`A question's score is the mean of its valid answers${weighted}. A module's score is the mean of each respondent's own mean over the module's questions.`]
          : [`De score van een vraag is het gemiddelde van de geldige antwoorden${weighted}. De score van een module is het gemiddelde van de eigen gemiddelden van de respondenten over de vragen van de module.`]
        : en
          ? [`A question's score is the mean of its valid answers${weighted}. A module's score is the mean of its questions' scores.`]
          : [`De score van een vraag is het gemiddelde van de geldige antwoorden${weighted}. De score van een module is het gemiddelde van de scores van haar vragen.`]
    );
  }
  if (missing.length) {
    scores.push(en ? [...list(missing, w.or), " does not count: it is neither a score nor part of any share."] : [...list(missing, w.or), " telt niet mee: het geeft geen score en hoort bij geen enkel percentage."]);
  }
  const reverseModules = survey.modules.filter((m) => survey.questions.some((q) => q.module === m.id && q.reverse)).map((m) => m.name);
  if (reverseModules.length) {
    scores.push(
      en
        ? ["Negatively worded questions are reverse-scored, so that a higher score is always better. That applies to questions of ", ...list(reverseModules), "."]
        : ["Negatief gestelde vragen zijn omgepoold, zodat een hogere score altijd beter is. Dat geldt voor vragen van ", ...list(reverseModules), "."]
    );
  }
  const partial = survey.modules.filter((m) => m.core.length < survey.questions.filter((q) => q.module === m.id && (q.type === "likert" || q.type === "grade")).length).map((m) => m.name);
  if (partial.length) {
    scores.push(
      en
        ? ["For ", ...list(partial), ", not every question counts in the module score; ", {text: "the questions page", href: questionsPage}, " shows which."]
        : ["Bij ", ...list(partial), " tellen niet alle vragen mee in de modulescore; ", {text: "de pagina met vragen", href: questionsPage}, " laat zien welke."]
    );
  }
  const enpsQuestion = survey.questions.find((q) => q.type === "nps");
  if (enpsQuestion) {
    scores.push(
      en
        ? ["The eNPS comes from the question ", w.quote(enpsQuestion.text), " (0 to 10): promoters answer 9 or 10, passives 7 or 8, detractors 0 to 6. The eNPS is the percentage of promoters minus the percentage of detractors, from −100 to 100."]
        : ["De eNPS komt uit de vraag ", w.quote(enpsQuestion.text), " (0 tot 10): promotors antwoorden 9 of 10, neutralen 7 of 8, criticasters 0 tot en met 6. De eNPS is het percentage promotors min het percentage criticasters, van −100 tot 100."]
    );
  }
  sections.push({id: "scores", title: en ? "From answer to score" : "Van antwoord naar score", paragraphs: scores});

  // Colouring
  const c = settings.comparison;
  const confidence = pct(c.confidence);
  const min = thresholdText(f, c.minDifference);
  const strong = thresholdText(f, c.strongDifference);
  const colouring: Sentence[] = [
    en
      ? [`A difference is coloured when it is significant (${confidence} confidence) and larger than ${min} (relevant: a light colour and ▲ or ▼) or ${strong} (very relevant: a full colour and ▲▲ or ▼▼). For the eNPS the thresholds are ${f.number(c.enpsMinDifference, 0)} and ${f.number(c.enpsStrongDifference, 0)} points. Blue is higher, orange lower; the arrows say the same without colour.`]
      : [`Een verschil krijgt een kleur als het significant is (${confidence} betrouwbaarheid) én groter dan ${min} (relevant: een lichte kleur en ▲ of ▼) of ${strong} (zeer relevant: een volle kleur en ▲▲ of ▼▼). Voor de eNPS zijn de drempels ${f.number(c.enpsMinDifference, 0)} en ${f.number(c.enpsStrongDifference, 0)} punten. Blauw is hoger, oranje lager; de pijlen zeggen hetzelfde zonder kleur.`]
  ];
  const withoutSpread = overview.benchmarks.filter((b) => b.items.some((i) => i.item !== "responseRate" && i.item !== "respondents" && (i.n == null || i.sd == null))).map((b) => b.name);
  colouring.push(
    en
      ? ["The organisation's own score is the point of reference and stays grey.", ...(withoutSpread.length ? [" Against ", ...list(withoutSpread), ", whose spread is not known for every item, only the size of a difference counts there."] : [])]
      : ["De eigen score is het referentiepunt en blijft grijs.", ...(withoutSpread.length ? [" Tegenover ", ...list(withoutSpread), ", waarvan niet voor elk onderdeel de spreiding bekend is, telt daar alleen de grootte van het verschil."] : [])]
  );
  if (survey.groups.length) {
    const corrected = c.multipleTesting === "benjamini-hochberg";
    colouring.push(
      en
        ? [
            "A group is compared with the rest of the organisation, and a group within another with the rest of that group, since it is part of it. A heatmap tests many differences at once: ",
            corrected
              ? "its p-values are corrected for multiple testing (Benjamini–Hochberg), so few cells are coloured by chance."
              : "its p-values are not corrected for multiple testing, so expect the odd cell to be coloured by chance."
          ]
        : [
            "Een groep wordt vergeleken met de rest van de organisatie, en een groep binnen een andere met de rest van die groep, omdat hij er deel van is. Een heatmap toetst veel verschillen tegelijk: ",
            corrected
              ? "de p-waarden zijn daarom gecorrigeerd voor meervoudig toetsen (Benjamini–Hochberg), zodat weinig cellen door toeval gekleurd zijn."
              : "de p-waarden zijn niet gecorrigeerd voor meervoudig toetsen, dus af en toe is een cel door toeval gekleurd."
          ]
    );
  }
  sections.push({id: "kleuring", title: en ? "Colours" : "Kleuring", paragraphs: colouring});

  // Confidentiality
  const minimum = f.count(settings.minGroupSize);
  const commentMinimum = f.count(settings.minCommentGroupSize);
  const confidentiality: Sentence[] = [
    en
      ? [`For a group of fewer than ${minimum} respondents we show no number of any kind: no score, no distribution, no eNPS and not even a count. Within a group that is shown, the same holds for every question fewer than ${minimum} people answered.`]
      : [`Van een groep met minder dan ${minimum} respondenten tonen we geen enkel getal: geen score, geen verdeling, geen eNPS en ook geen aantal. Binnen een getoonde groep geldt hetzelfde voor elke vraag die minder dan ${minimum} mensen beantwoordden.`],
    en
      ? ["Sometimes a hidden number could still be worked out by adding and subtracting numbers that are shown, for instance a total minus the groups shown, or one group minus another that lies almost wholly inside it. Before anything is published, every number is checked against every combination of the groups, their subgroups and their crossings, and more is hidden, the smallest first, until no such sum singles out fewer people than the minimum. The same check runs per question: a question hidden in one group can hide it in another. A hidden group therefore says nothing about why it is hidden, and shows no number of respondents or invitees. The answers of hidden groups do count in the organisation and in the groups above them."]
      : ["Soms is een afgeschermd getal toch te herleiden door getoonde getallen op te tellen en af te trekken, bijvoorbeeld een totaal min de getoonde groepen, of een groep min een andere groep die er bijna helemaal in valt. Voordat er iets gepubliceerd wordt, toetsen we elk getal aan elke combinatie van de groepen, hun subgroepen en hun kruisingen, en schermen we meer af, het kleinste eerst, tot geen enkele zo'n som minder mensen overhoudt dan het minimum. Dezelfde toets geldt per vraag: een vraag die in de ene groep is afgeschermd, kan haar ook in een andere afschermen. Een afgeschermde groep zegt daarom niet waarom ze is afgeschermd, en toont geen aantal respondenten of uitgenodigden. De antwoorden van afgeschermde groepen tellen wel mee in de organisatie en in de groepen erboven."],
    settings.publishComments
      ? en
        ? [`Open answers are shown only for groups of at least ${commentMinimum} respondents with at least ${commentMinimum} comments, and only where no combination of groups singles out fewer writers.`]
        : [`Open antwoorden tonen we alleen voor groepen van minstens ${commentMinimum} respondenten met minstens ${commentMinimum} opmerkingen, en alleen waar geen combinatie van groepen minder schrijvers overhoudt.`]
      : en
        ? [`Open answers are never published word for word. We show only how many comments there are and the words used most, only for groups of at least ${commentMinimum} respondents, and never a word that appears in just one comment.`]
        : [`Open antwoorden publiceren we nooit letterlijk. We tonen alleen hoeveel opmerkingen er zijn en welke woorden het vaakst voorkomen, alleen voor groepen van minstens ${commentMinimum} respondenten, en nooit een woord dat in maar één opmerking staat.`]
  ];
  sections.push({id: "vertrouwelijkheid", title: en ? "Confidentiality" : "Vertrouwelijkheid", paragraphs: confidentiality});

  // Margins
  const interval = settings.interval;
  const margins: Sentence[] = [
    en
      ? [`Every score is an estimate: with other respondents it would have come out a little differently. The margin (the ${pct(c.confidence)} confidence interval) says how much.`]
      : [`Elke score is een schatting: met andere respondenten was hij iets anders uitgevallen. De marge (het ${pct(c.confidence)}-betrouwbaarheidsinterval) geeft aan hoeveel.`]
  ];
  if (interval.finitePopulation && overview.invited != null && overview.responseRate != null) {
    margins.push(
      en
        ? [`Since ${f.count(overview.respondents)} of the ${f.count(overview.invited)} employees invited answered (${pct(overview.responseRate)}), the margins are narrower than for a sample from a large population (the finite population correction). That correction assumes that those who did not answer resemble those who did, which no survey can check.`]
        : [`Omdat ${f.count(overview.respondents)} van de ${f.count(overview.invited)} uitgenodigde medewerkers antwoordden (${pct(overview.responseRate)}), zijn de marges smaller dan bij een steekproef uit een grote populatie (de eindige-populatiecorrectie). Die correctie veronderstelt dat wie niet antwoordde lijkt op wie wel antwoordde; dat kan geen onderzoek controleren.`]
    );
  } else {
    margins.push(en ? ["The margins treat the respondents as a sample from a large population (no finite population correction)."] : ["De marges behandelen de respondenten als een steekproef uit een grote populatie (geen eindige-populatiecorrectie)."]);
  }
  margins.push(
    interval.module === "bootstrap"
      ? en
        ? [`A module score's margin comes from a bootstrap: the respondents are drawn again with replacement ${f.count(interval.replicates)} times and the scores recomputed, from a fixed seed (${interval.seed}), so every run gives the same margins.`]
        : [`De marge van een modulescore komt uit een bootstrap: ${f.count(interval.replicates)} keer worden de respondenten opnieuw getrokken (met teruglegging) en de scores opnieuw berekend, vanuit een vaste beginwaarde (${interval.seed}), zodat elke berekening dezelfde marges geeft.`]
      : en
        ? ["A module score's margin comes from a linear approximation (Taylor linearisation) over the respondents."]
        : ["De marge van een modulescore komt uit een lineaire benadering (Taylor-linearisatie) over de respondenten."]
  );
  const alphas = (overview.modules ?? []).filter((m) => m.alpha != null);
  if (alphas.length) {
    const low = alphas.filter((m) => m.alpha! < 0.7).map((m) => w.quote(m.name));
    margins.push(
      en
        ? ["How strongly a module's questions hang together is given on the modules page as Cronbach's α, over the respondents who answered them all: from 0.7 up they measure one thing; below it the module score averages separate subjects", ...(low.length ? [" (here: ", ...list(low), ")"] : [" (here no module)"]), "."]
        : ["Hoe sterk de vragen van een module samenhangen staat op de pagina over de modules als Cronbachs α, berekend over de respondenten die ze allemaal beantwoordden: vanaf 0,7 meten ze samen één ding; daaronder is de modulescore een gemiddelde van losse onderwerpen", ...(low.length ? [" (hier: ", ...list(low), ")"] : [" (hier geen enkele module)"]), "."]
    );
  }
  sections.push({id: "marges", title: en ? "Margins" : "Marges", paragraphs: margins});

  // Comparisons
  const comparisons: Sentence[] = [];
  const previous = overview.previous;
  if (previous) {
    comparisons.push(
      previous.scoresOnly
        ? en
          ? [`Of the previous survey (${previous.label}) only its scores are known. Differences with it are judged by their size and, where its spread is given, tested.`]
          : [`Van het vorige onderzoek (${previous.label}) zijn alleen de scores bekend. Verschillen ermee worden beoordeeld op hun grootte en, waar de spreiding bekend is, getoetst.`]
        : en
          ? [`${previous.label}${previous.respondents != null ? ` (${f.count(previous.respondents)} respondents)` : ""} was scored by the same rules as this survey. Respondents cannot be linked between the two, so differences are tested as between two independent samples (Welch's t-test).`]
          : [`${previous.label}${previous.respondents != null ? ` (${f.count(previous.respondents)} respondenten)` : ""} is met dezelfde regels gescoord als dit onderzoek. Respondenten zijn niet te koppelen, dus verschillen worden getoetst als tussen twee onafhankelijke steekproeven (Welch' t-toets).`]
    );
  }
  for (const b of overview.benchmarks) {
    comparisons.push(
      b.kind === "top"
        ? en
          ? [`${b.name} is a benchmark of the best-scoring organisations: a high bar, not an average.`]
          : [`${b.name} is een benchmark van de best scorende organisaties: een hoge lat, geen gemiddelde.`]
        : en
          ? [`${b.name} is the average of comparable organisations that asked the same questions.`]
          : [`${b.name} is het gemiddelde van vergelijkbare organisaties die dezelfde vragen stelden.`]
    );
  }
  if (comparisons.length) sections.push({id: "vergelijkingen", title: en ? "Comparisons" : "Vergelijkingen", paragraphs: comparisons});
  return sections.map((s) => ({...s, paragraphs: s.paragraphs.map(tidy)}));
}
