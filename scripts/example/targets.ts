/**
 * Calibration targets for the example bundle in `data/voorbeeld/`.
 *
 * Every number here is transcribed from the two reference reports in `shared/seeds/`:
 * - 001: the current-year vendor report (Medewerkersbelevingsonderzoek 2025, 919 of 1388), with
 *   the columns "Huidig", "Vorig onderzoek" and "Benchmark Provincies";
 * - 000: the same organisation's previous survey by another vendor, with per-domain figures, a
 *   top-3 benchmark and the topic shares.
 * Published figures are rounded (one decimal for scores, whole percentages in 001); a `null` is a
 * "-" in the report. Anything not published but needed by the generator is marked "assumed".
 * These are facts and figures only: the texts of the example live in `data/voorbeeld/survey.yaml`.
 */

/** Published scores (0–10, after reversal) of one question. */
export interface QuestionTarget {
  id: string;
  module: string;
  /** 001 "Huidig". */
  current: number;
  /** 001 "Vorig onderzoek"; null where the question was not asked then. */
  previous: number | null;
  /** 001 "Benchmark Provincies"; null where the report shows "-". */
  benchmark: number | null;
}

/** Published theme (module) scores. */
export interface ModuleTarget {
  id: string;
  /** 001 theme score "Huidig". */
  current: number;
  /** 001 theme score "Vorig onderzoek", or null ("-"). */
  previous: number | null;
  /** 001 theme score "Benchmark Provincies", or null ("-"). */
  benchmark: number | null;
  /** 000 "Top 3 Benchmark Provincies" for the module, where 000 gives one. */
  top3?: number;
}

const q = (id: string, module: string, current: number, previous: number | null, benchmark: number | null): QuestionTarget => ({
  id,
  module,
  current,
  previous,
  benchmark
});

/** Question scores from 001 chapter 4, in questionnaire order. */
export const questionTargets: QuestionTarget[] = [
  q("bet1", "betrokkenheid", 6.7, 6.5, 6.9),
  q("bet2", "betrokkenheid", 7.4, 7.2, 7.5),
  q("bet3", "betrokkenheid", 6.5, null, null),
  q("bsa1", "betrokkenheid_samenleving", 6.3, 6.1, null),
  q("bsa2", "betrokkenheid_samenleving", 6.6, 6.6, null),
  q("bsa3", "betrokkenheid_samenleving", 6.7, 6.6, null),
  q("bsa4", "betrokkenheid_samenleving", 6.8, 6.6, null),
  q("bev1", "bevlogenheid", 7.4, 7.2, 7.3),
  q("bev2", "bevlogenheid", 7.6, 7.6, 7.6),
  q("bev3", "bevlogenheid", 6.3, 6.2, 6.4),
  q("inc1", "inclusie", 7.6, 7.6, 7.7),
  q("inc2", "inclusie", 7.0, 6.8, 7.3),
  q("inc3", "inclusie", 6.7, 6.5, 6.8),
  q("iwk1", "inclusief_werkklimaat", 6.6, 6.5, 6.6),
  q("iwk2", "inclusief_werkklimaat", 6.9, 7.0, 7.1),
  q("iwk3", "inclusief_werkklimaat", 6.9, 6.8, 6.4),
  q("lbo1", "loopbaanondersteuning", 8.0, 7.9, 7.9),
  q("lbo2", "loopbaanondersteuning", 7.0, 6.9, 6.2),
  q("lbo3", "loopbaanondersteuning", 5.9, 5.9, 6.2),
  q("sam1", "samenwerking", 7.0, 6.9, 7.4),
  q("sam2", "samenwerking", 7.7, 7.5, 8.0),
  q("sam3", "samenwerking", 7.2, 7.2, 7.4),
  q("sam4", "samenwerking", 5.6, 5.4, 5.7),
  q("sam5", "samenwerking", 7.8, 7.8, 7.8),
  q("sov1", "sociale_veiligheid", 7.8, 7.8, 7.8),
  q("sov2", "sociale_veiligheid", 7.8, 7.8, 7.8),
  q("sov3", "sociale_veiligheid", 7.3, 7.2, 7.3),
  q("wd1", "werkdruk", 4.4, 4.1, 4.7),
  q("wd2", "werkdruk", 5.2, 4.8, 5.3),
  q("wd3", "werkdruk", 5.5, 5.1, 5.4),
  q("wgs1", "werkgeverschap", 7.4, 7.2, 7.6),
  q("wgs2", "werkgeverschap", 6.9, 6.9, 7.0),
  q("wgs3", "werkgeverschap", 6.0, 5.5, 6.0),
  q("wgs4", "werkgeverschap", 4.4, 4.3, 5.4),
  q("inz1", "inzetbaarheid", 6.2, 6.0, 6.2),
  q("inz2", "inzetbaarheid", 6.1, 6.1, 6.7),
  q("inz3", "inzetbaarheid", 5.6, 5.6, 5.8),
  q("inz4", "inzetbaarheid", 5.9, 5.9, 6.4),
  q("inz5", "inzetbaarheid", 5.7, 5.7, 5.8),
  q("oo1", "ongewenste_omgangsvormen", 8.2, 8.0, 8.1),
  q("oo2", "ongewenste_omgangsvormen", 9.1, 9.0, 9.1),
  q("oo3", "ongewenste_omgangsvormen", 8.7, 8.7, 8.9),
  q("oo4", "ongewenste_omgangsvormen", 8.7, 8.6, 8.9),
  q("oo5", "ongewenste_omgangsvormen", 9.3, 9.1, 9.3),
  q("oo6", "ongewenste_omgangsvormen", 9.0, 8.8, 9.0),
  q("oo7", "ongewenste_omgangsvormen", 6.4, 6.3, null),
  q("rol1", "rolduidelijkheid", 7.2, 7.3, 7.4),
  q("rol2", "rolduidelijkheid", 7.3, 7.2, 7.0),
  q("rol3", "rolduidelijkheid", 7.3, 7.3, 7.6),
  q("rol4", "rolduidelijkheid", 8.0, 8.0, 8.2),
  q("rol5", "rolduidelijkheid", 7.2, 7.3, 7.2),
  q("hb1", "herstelbehoefte", 5.4, 5.4, 5.5),
  q("hb2", "herstelbehoefte", 5.4, 5.2, 5.4),
  q("hb3", "herstelbehoefte", 5.3, 5.2, 5.5),
  q("gg1", "goede_gesprek", 7.4, 7.4, 7.6),
  q("gg2", "goede_gesprek", 5.5, 5.5, 5.9),
  q("gg3", "goede_gesprek", 7.2, 7.4, 7.5),
  q("gg4", "goede_gesprek", 6.3, 6.4, 6.4),
  q("gg5", "goede_gesprek", 5.7, 5.6, 6.0),
  q("lei1", "leiderschap", 6.5, 6.5, 6.6),
  q("lei2", "leiderschap", 7.6, 7.9, 7.8),
  q("lei3", "leiderschap", 6.8, 6.9, 6.6),
  q("lei4", "leiderschap", 7.4, 7.6, 7.3),
  q("lei5", "leiderschap", 7.7, 8.0, 7.8),
  q("lei6", "leiderschap", 4.8, 4.4, null),
  q("int1", "integriteit", 6.7, 6.6, 6.5),
  q("int2", "integriteit", 6.9, 6.9, 6.7),
  q("int3", "integriteit", 7.2, 7.0, null)
];

/**
 * Theme scores from 001 chapter 3, in report order; `top3` from 000 ("Score: modules").
 * Checked against the question scores: Samenwerking (7.3) is the mean of its first three
 * questions, Inzetbaarheid (6.0 now, 5.9 before) of its first three, Ongewenste omgangsvormen
 * (8.8) of its six negatively worded items. Werkgeverschap (6.3; 6.1 before) is not the mean of
 * any subset that also fits the previous year: its question targets are shifted by the generator.
 */
export const moduleTargets: ModuleTarget[] = [
  {id: "betrokkenheid", current: 6.9, previous: null, benchmark: null},
  {id: "betrokkenheid_samenleving", current: 6.6, previous: 6.4, benchmark: null},
  {id: "bevlogenheid", current: 7.1, previous: 7.0, benchmark: 7.1, top3: 7.5},
  {id: "inclusie", current: 7.1, previous: 6.9, benchmark: 7.3},
  {id: "inclusief_werkklimaat", current: 6.8, previous: 6.8, benchmark: 6.8},
  {id: "loopbaanondersteuning", current: 7.0, previous: 7.0, benchmark: 7.3},
  {id: "samenwerking", current: 7.3, previous: 7.3, benchmark: 7.6, top3: 7.7},
  {id: "sociale_veiligheid", current: 7.6, previous: 7.6, benchmark: 7.6, top3: 7.8},
  {id: "werkdruk", current: 5.0, previous: 4.7, benchmark: 5.1, top3: 5.4},
  {id: "werkgeverschap", current: 6.3, previous: 6.1, benchmark: 6.6},
  {id: "inzetbaarheid", current: 6.0, previous: 5.9, benchmark: 6.1, top3: 6.4},
  {id: "ongewenste_omgangsvormen", current: 8.8, previous: 8.7, benchmark: 8.9, top3: 9.1},
  {id: "rolduidelijkheid", current: 7.4, previous: 7.4, benchmark: 7.4},
  {id: "herstelbehoefte", current: 5.4, previous: 5.3, benchmark: 5.5, top3: 5.8},
  {id: "goede_gesprek", current: 6.4, previous: 6.5, benchmark: 6.7},
  {id: "leiderschap", current: 6.8, previous: 6.9, benchmark: null},
  {id: "integriteit", current: 6.9, previous: 6.8, benchmark: null}
];

/**
 * Response. 001: 919 of 1388 now, 865 before, 63% for the benchmark. The previous invited
 * count is not published: 000 shows 65.5% and 65.4% for 865 respondents, and 865/1321 = 65.48%
 * gives both (rounded and truncated), so 1321.
 */
export const responseTargets = {
  current: {respondents: 919, invited: 1388},
  previous: {respondents: 865, invited: 1321},
  benchmarkResponseRate: 0.63
} as const;

/** An eNPS split as shares 0–1 and the score −100..100. */
export interface EnpsTarget {
  promoters: number | null;
  passives: number | null;
  detractors: number | null;
  score: number;
}

/**
 * eNPS. 001: now 18% / 65% / 17% (score 1), before −9, benchmark 2. 000 gives the previous
 * split to two decimals: 13.44% promoters, 64.77% passives, 21.78% detractors (score −8.3),
 * which 001 shows as −9; the generator aims between the two.
 */
export const enpsTargets: {current: EnpsTarget; previous: EnpsTarget; benchmark: EnpsTarget} = {
  current: {promoters: 0.18, passives: 0.65, detractors: 0.17, score: 1},
  previous: {promoters: 0.1344, passives: 0.6477, detractors: 0.2178, score: -9},
  benchmark: {promoters: null, passives: null, detractors: null, score: 2}
};

/** Percentages (0–100) of a single-choice or multiple-choice question, per option in order. */
export interface DistributionTarget {
  question: string;
  options: string[];
  /** 001 "Huidig". */
  current: number[];
  /** 001 "Vorig onderzoek" (whole percentages) or 000 (two decimals) where it gives more detail; null when not asked. */
  previous: number[] | null;
  /** 001 "Benchmark Provincies", or null. */
  benchmark: number[] | null;
}

/** "Ik vind mijn werkdruk" (001 under Werkdruk; previous to one decimal from 000). */
export const workloadTarget: DistributionTarget = {
  question: "wd_oordeel",
  options: ["Veel te laag", "Te laag", "Goed", "Te hoog", "Veel te hoog"],
  current: [0, 3, 59, 31, 7],
  previous: [0.5, 3.7, 53.7, 35.0, 7.2],
  benchmark: [0, 3, 62, 30, 5]
};

/**
 * Concrete action towards other work in the last or next three months (001 under
 * Inzetbaarheid; previous from 000). The shares add up to more than 100%: several options can be
 * ticked (both "Ja" options), so each share is of the respondents who answered.
 */
export const otherWorkTarget: DistributionTarget = {
  question: "inz_actie",
  options: ["Nee", "Ja, binnen de provincie", "Ja, buiten de provincie"],
  current: [75, 15, 13],
  previous: [71.0, 19.8, 11.9],
  benchmark: [77, 16, 10]
};

/** Days a week worked at home (001 "Hybride werken"; not asked before). */
export const homeWorkingTarget: DistributionTarget = {
  question: "thuiswerk",
  options: ["Nooit", "Gemiddeld 1 dag", "Gemiddeld 2 dagen", "Gemiddeld 3 dagen", "Gemiddeld 4 dagen", "Gemiddeld 5 dagen"],
  current: [6, 19, 47, 21, 6, 1],
  previous: null,
  benchmark: null
};

/** The options of both topic questions, in questionnaire order. */
export const topicOptions = [
  "Collega's",
  "Hybride werken",
  "Samenwerking",
  "Betrokkenheid en samenleving",
  "Ontwikkeling",
  "Dienstverlening",
  "Integriteit",
  "Inclusiviteit",
  "Rolduidelijkheid",
  "Leiderschap"
] as const;

/** The target of one topic option: a share (0–100) and, where published, a count. */
export interface TopicTarget {
  option: (typeof topicOptions)[number];
  share: number;
  count: number | null;
  /** True when the report does not show this option and the figure is assumed. */
  assumed: boolean;
}

/** The targets of one topic question in one year. */
export interface TopicQuestionTarget {
  question: string;
  topic: "proud" | "improve";
  /**
   * Respondents who answered the question: the denominator of the shares. Not published; for
   * 001 the one range of counts for which every published count/share pair rounds right
   * (proud 895–898, improve 818–828). Assumed for the previous year.
   */
  answered: number;
  options: TopicTarget[];
}

const t = (option: TopicTarget["option"], share: number, count: number | null = null, assumed = false): TopicTarget => ({
  option,
  share,
  count,
  assumed
});

/**
 * Topics now (001, top 6 with counts). 001 shows only six options per question; the other four
 * are assumed: for "trots" 000's shares, for "verbeter" small shares below the sixth.
 * Note: 001's "verbeter" list repeats the labels of the "trots" list in the same order, which
 * looks like a labelling slip in the report (000's top improvement topics were Rolduidelijkheid
 * and Leiderschap); the example follows the report as published.
 */
export const currentTopicTargets: TopicQuestionTarget[] = [
  {
    question: "trots",
    topic: "proud",
    answered: 896,
    options: [
      t("Collega's", 65, 586),
      t("Hybride werken", 37, 333),
      t("Samenwerking", 36, 319),
      t("Betrokkenheid en samenleving", 35, 315),
      t("Ontwikkeling", 20, 179),
      t("Dienstverlening", 14, 127),
      t("Integriteit", 9.5, null, true),
      t("Inclusiviteit", 5.0, null, true),
      t("Rolduidelijkheid", 3.5, null, true),
      t("Leiderschap", 2.3, null, true)
    ]
  },
  {
    question: "verbeter",
    topic: "improve",
    answered: 822,
    options: [
      t("Collega's", 45, 372),
      t("Hybride werken", 36, 294),
      t("Samenwerking", 35, 289),
      t("Betrokkenheid en samenleving", 18, 149),
      t("Ontwikkeling", 12, 100),
      t("Dienstverlening", 11, 93),
      t("Integriteit", 4.1, null, true),
      t("Inclusiviteit", 6.6, null, true),
      t("Rolduidelijkheid", 10.5, null, true),
      t("Leiderschap", 10.0, null, true)
    ]
  }
];

/** Topics in the previous survey (000, all ten options, shares only; the denominators are assumed). */
export const previousTopicTargets: TopicQuestionTarget[] = [
  {
    question: "trots",
    topic: "proud",
    answered: 843,
    options: [
      t("Collega's", 60.4),
      t("Hybride werken", 33.8),
      t("Samenwerking", 33.0),
      t("Betrokkenheid en samenleving", 38.1),
      t("Ontwikkeling", 21.2),
      t("Dienstverlening", 13.9),
      t("Integriteit", 9.5),
      t("Inclusiviteit", 5.0),
      t("Rolduidelijkheid", 3.5),
      t("Leiderschap", 2.3)
    ]
  },
  {
    question: "verbeter",
    topic: "improve",
    answered: 791,
    options: [
      t("Collega's", 6.3),
      t("Hybride werken", 14.6),
      t("Samenwerking", 32.9),
      t("Betrokkenheid en samenleving", 11.6),
      t("Ontwikkeling", 15.0),
      t("Dienstverlening", 16.3),
      t("Integriteit", 4.1),
      t("Inclusiviteit", 6.6),
      t("Rolduidelijkheid", 39.8),
      t("Leiderschap", 39.4)
    ]
  }
];

/** The five domains, in 000's order. */
export const domains = [
  "Bedrijfsvoering",
  "Bestuurs- en directieondersteuning",
  "Landelijke Leefomgeving",
  "Mobiliteit",
  "Stedelijke Leefomgeving"
] as const;

/** A domain name. */
export type Domain = (typeof domains)[number];

/** Scores of the organisation and each domain (in {@link domains} order) in one row of 000. */
export interface DomainRow {
  organisation: number;
  domains: [number, number, number, number, number];
}

/**
 * 000's per-domain module scores ("Groepen naast elkaar"), keyed by our module id. 000's
 * "Inclusiviteit" is our inclusief_werkklimaat. 000's organisation column can differ from 001's
 * "Vorig onderzoek" (e.g. Betrokkenheid, a different question set): use differences only.
 */
export const previousDomainModules: Record<string, DomainRow> = {
  bevlogenheid: {organisation: 7.0, domains: [6.8, 7.0, 6.8, 7.2, 7.0]},
  betrokkenheid: {organisation: 6.2, domains: [6.1, 5.8, 6.3, 6.3, 6.2]},
  sociale_veiligheid: {organisation: 7.6, domains: [7.1, 7.6, 7.6, 7.8, 7.7]},
  herstelbehoefte: {organisation: 5.3, domains: [5.1, 5.2, 5.1, 5.5, 5.4]},
  samenwerking: {organisation: 7.3, domains: [6.7, 7.5, 7.4, 7.2, 7.5]},
  loopbaanondersteuning: {organisation: 7.0, domains: [6.7, 7.2, 7.1, 6.6, 7.1]},
  inzetbaarheid: {organisation: 5.9, domains: [5.7, 6.0, 6.1, 5.8, 6.1]},
  rolduidelijkheid: {organisation: 7.4, domains: [7.4, 7.4, 7.2, 7.4, 7.4]},
  ongewenste_omgangsvormen: {organisation: 8.7, domains: [8.3, 8.5, 8.9, 8.6, 8.9]},
  inclusief_werkklimaat: {organisation: 6.8, domains: [6.7, 6.6, 7.2, 6.9, 6.3]},
  inclusie: {organisation: 6.9, domains: [6.4, 6.7, 7.0, 6.9, 7.1]},
  werkdruk: {organisation: 4.7, domains: [4.6, 4.3, 4.9, 5.3, 4.6]},
  betrokkenheid_samenleving: {organisation: 6.4, domains: [6.5, 5.9, 6.7, 6.5, 6.3]},
  werkgeverschap: {organisation: 6.1, domains: [5.8, 5.9, 6.3, 6.1, 6.2]}
};

/**
 * 000's per-domain question scores for Het goede gesprek (8a–e), Leiderschap (15a–f) and
 * Integriteit (18a–c), keyed by our question id.
 */
export const previousDomainQuestions: Record<string, DomainRow> = {
  gg1: {organisation: 7.4, domains: [7.4, 7.6, 7.5, 6.5, 7.8]},
  gg2: {organisation: 5.5, domains: [5.3, 5.4, 5.4, 5.4, 5.8]},
  gg3: {organisation: 7.7, domains: [6.9, 8.2, 7.4, 7.0, 8.0]},
  gg4: {organisation: 6.4, domains: [5.9, 6.6, 6.3, 6.1, 6.9]},
  gg5: {organisation: 5.6, domains: [5.3, 6.2, 5.6, 5.3, 5.8]},
  lei1: {organisation: 6.5, domains: [5.7, 6.8, 6.9, 6.5, 6.8]},
  lei2: {organisation: 7.9, domains: [7.5, 8.0, 8.2, 7.7, 8.3]},
  lei3: {organisation: 6.9, domains: [6.5, 7.0, 7.2, 6.7, 7.2]},
  lei4: {organisation: 7.6, domains: [7.1, 8.1, 8.0, 7.2, 8.0]},
  lei5: {organisation: 8.0, domains: [7.7, 8.3, 8.1, 7.7, 8.3]},
  lei6: {organisation: 4.4, domains: [3.8, 4.5, 4.8, 4.7, 4.1]},
  int1: {organisation: 6.6, domains: [6.3, 6.5, 6.7, 6.8, 6.5]},
  int2: {organisation: 6.9, domains: [6.6, 7.2, 6.9, 6.7, 7.2]},
  int3: {organisation: 7.0, domains: [6.6, 7.1, 7.3, 6.6, 7.2]}
};

/** 000's eNPS per domain ("eNPS van teams"). */
export const previousDomainEnps: DomainRow = {organisation: -8.3, domains: [-20.2, -12.3, -2.4, -1.2, -8.0]};
