import type {Comparison, ModuleScore, Report, SurveyInfo, Topic} from "../../scoring/types.ts";
import type {BenchmarkFacts, DifferenceFact, ModuleFact, SummaryFacts, TopicFact} from "../../charts/types.ts";

/** How many modules "strongest" and "weakest" name, and how many topics of each kind. */
const TOP = 3;

/**
 * Computes the facts the summary tells from the report model: the response (with the previous
 * survey's and the benchmarks' rates), the eNPS and its change, the three strongest and weakest
 * modules, the relevant changes since the previous survey (level ≠ none, for modules, questions
 * and the eNPS) and the significant but smaller module changes, per benchmark the relevant
 * differences and the largest gap, and the top three proud and improve topics. Only the
 * organisation's comparisons count; suppressed modules are left out.
 *
 * @example
 * summaryFacts(report).changes; // [{kind: "enps", item: "enps", difference: 9.6, level: "relevant", …}]
 */
export function summaryFacts(report: Report): SummaryFacts {
  const {survey} = report;
  const organisation = report.comparisons.filter((c) => c.group == null);
  const fact = (c: Comparison) => differenceFact(c, survey);
  const bySize = (a: DifferenceFact, b: DifferenceFact) => Math.abs(b.difference) - Math.abs(a.difference);
  const kindOrder = {enps: 0, module: 1, question: 2} as const;

  const {strongest, weakest, shown} = rankModules(report.modules, survey);

  const previous = organisation.filter((c) => c.against === "previous");
  const changes = previous
    .filter((c) => c.level !== "none")
    .map(fact)
    .sort((a, b) => kindOrder[a.kind] - kindOrder[b.kind] || bySize(a, b));
  const smallChanges = previous
    .filter((c) => c.kind === "module" && c.level === "none" && c.significant === true)
    .map(fact)
    .sort(bySize);

  const scoring = survey.settings.scoring;
  const benchmarks = report.benchmarks.map((benchmark): BenchmarkFacts => {
    const against = organisation.filter((c) => c.against === benchmark.id);
    const modules = against.filter((c) => c.kind === "module");
    const displayed = modules.map((c) => ({c, d: displayedDifference(c.difference, scoring)}));
    const gaps = displayed.filter(({d}) => d < 0).sort((a, b) => a.c.difference - b.c.difference);
    const enps = against.find((c) => c.kind === "enps");
    return {
      benchmark: benchmark.id,
      name: benchmark.name,
      kind: benchmark.kind,
      compared: modules.length,
      higher: displayed.filter(({d}) => d > 0).length,
      lower: gaps.length,
      modules: modules.filter((c) => c.level !== "none").map(fact).sort(bySize),
      questions: against.filter((c) => c.kind === "question" && c.level !== "none").map(fact).sort(bySize),
      largestGap: gaps.length ? fact(gaps[0].c) : null,
      enps: enps ? fact(enps) : null
    };
  });

  const enpsPrevious = previous.find((c) => c.kind === "enps");
  const responseBenchmarks = report.benchmarks.flatMap((b) => {
    const item = b.items.find((i) => i.item === "responseRate");
    return item ? [{benchmark: b.id, label: b.name, rate: item.score}] : [];
  });
  return {
    response: {
      respondents: report.respondents,
      invited: report.invited,
      responseRate: report.responseRate,
      previous: report.previous
        ? {respondents: report.previous.respondents, invited: report.previous.invited, responseRate: report.previous.responseRate}
        : null,
      benchmarks: responseBenchmarks
    },
    enps:
      report.enps && report.enps.n
        ? {
            score: report.enps.score,
            promoters: report.enps.promoters,
            passives: report.enps.passives,
            detractors: report.enps.detractors,
            n: report.enps.n,
            ci: report.enps.ci,
            previous: enpsPrevious ? fact(enpsPrevious) : null
          }
        : null,
    strongest,
    weakest,
    modules: {shown, comparedWithPrevious: previous.filter((c) => c.kind === "module").length},
    changes,
    smallChanges,
    benchmarks,
    proud: topTopics(report.topics, survey, "proud"),
    improve: topTopics(report.topics, survey, "improve")
  };
}

/**
 * The strongest and weakest modules of a set of module scores: the three highest and the three
 * lowest (weakest first), fewer when there are fewer than six, leaving suppressed ones out. A
 * module whose core questions are all reverse-coded (workload) is marked, so a sentence can say
 * that a higher score means less of it.
 *
 * @example
 * rankModules(report.modules, report.survey).weakest[0]; // {id: "werkdruk", name: "Werkdruk", score: 5.03, reversed: true}
 */
export function rankModules(modules: ModuleScore[], survey: Pick<SurveyInfo, "modules" | "questions">): {strongest: ModuleFact[]; weakest: ModuleFact[]; shown: number} {
  const reverse = new Set(survey.questions.filter((q) => q.reverse).map((q) => q.id));
  const reversed = (id: string) => {
    const core = survey.modules.find((m) => m.id === id)?.core ?? [];
    return core.length > 0 && core.every((q) => reverse.has(q));
  };
  const scored = modules.filter((m): m is ModuleScore & {score: number} => !m.suppressed && m.score != null);
  const ranked = [...scored].sort((a, b) => b.score - a.score);
  const k = Math.min(TOP, Math.floor(ranked.length / 2)) || Math.min(ranked.length, 1);
  const fact = (m: ModuleScore & {score: number}): ModuleFact => ({id: m.id, name: m.name, score: m.score, reversed: reversed(m.id)});
  return {strongest: ranked.slice(0, k).map(fact), weakest: ranked.length > 1 ? ranked.slice(-k).reverse().map(fact) : [], shown: scored.length};
}

/** A difference as the page prints it: one decimal on 0–10, whole percentage points for shares. */
function displayedDifference(difference: number, scoring: SurveyInfo["settings"]["scoring"]): number {
  const factor = scoring === "percent-positive" ? 100 : 10;
  return Math.round(difference * factor) / factor;
}

/**
 * A comparison with the names a sentence needs: the module's name, the question's short text (and
 * its module, for a link), or "eNPS".
 *
 * @example
 * differenceFact(comparison, report.survey).name; // "Werkdruk"
 */
export function differenceFact(c: Comparison, survey: SurveyInfo): DifferenceFact {
  const question = c.kind === "question" ? survey.questions.find((q) => q.id === c.item) : undefined;
  const name =
    c.kind === "module"
      ? survey.modules.find((m) => m.id === c.item)?.name ?? c.item
      : c.kind === "question"
        ? question?.short || question?.text || c.item
        : "eNPS";
  return {
    kind: c.kind,
    item: c.item,
    name,
    module: c.kind === "module" ? c.item : c.kind === "question" ? question?.module ?? null : null,
    against: c.against,
    score: c.score,
    reference: c.reference,
    difference: c.difference,
    level: c.level,
    significant: c.significant
  };
}

/**
 * The three topics of the survey's proud (or improve) question chosen most, by rank.
 *
 * @example
 * topTopics(report.topics, report.survey, "improve").map((t) => t.label); // ["Collega's", "Hybride werken", "Samenwerking"]
 */
export function topTopics(topics: Topic[], survey: Pick<SurveyInfo, "questions">, kind: "proud" | "improve"): TopicFact[] {
  const question = survey.questions.find((q) => q.topic === kind)?.id;
  if (!question) return [];
  return topics
    .filter((t) => t.question === question)
    .sort((a, b) => a.rank - b.rank)
    .slice(0, TOP)
    .map(({option, label, share, count, rank}) => ({option, label, share, count, rank}));
}
