import {z} from "zod";

/**
 * The zod schema of `survey.yaml` (or `survey.json`): the questionnaire and the report settings.
 * Every key of `settings` is optional; {@link resolveSettings} fills in the documented defaults.
 * A JSON Schema for editors is generated from it by `npm run schema` (docs/survey.schema.json).
 *
 * @example
 * const survey = surveySchema.parse(YAML.parse(text));
 */

const id = z
  .string()
  .regex(/^[A-Za-z_][A-Za-z0-9_.-]*$/, "an id: letters, digits, _ . - and starting with a letter or _")
  .describe("An identifier as it appears in the CSV header: letters, digits, _ . -");

/** A code or a label: YAML may read a code such as 9 as a number. */
const codeOrLabel = z.union([z.string(), z.number()]);

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a date as YYYY-MM-DD");

const missing = z
  .array(codeOrLabel)
  .default([])
  .describe('Codes or labels that mean "don\'t know / no experience": missing, never zero.');

const optionList = z
  .array(z.union([codeOrLabel, z.object({code: codeOrLabel, label: z.string()}).strict()]))
  .min(1)
  .describe("The options in report order: a label, or {code, label} when the CSV holds codes.");

export const likertScaleSchema = z
  .object({
    type: z.literal("likert"),
    values: z
      .record(z.string(), z.number().min(0).max(10))
      .optional()
      .describe("Code or label → score on 0–10. Default: codes 1–5 → 0, 2.5, 5, 7.5, 10."),
    labels: z.record(z.string(), z.string()).optional().describe("Code → label text."),
    missing,
    positive: z
      .array(codeOrLabel)
      .optional()
      .describe("Codes or labels counted as positive. Default: every answer scoring above 5.")
  })
  .strict();

export const npsScaleSchema = z.object({type: z.literal("nps"), missing}).strict();
export const gradeScaleSchema = z
  .object({
    type: z.literal("grade"),
    missing,
    decimals: z
      .number()
      .int()
      .min(0)
      .max(2)
      .default(0)
      .describe("Digits allowed after the decimal point (1: a grade such as 7.5 or 7,5); default 0, whole grades.")
  })
  .strict();
export const choiceScaleSchema = z.object({type: z.literal("choice"), options: optionList, missing}).strict();
export const multiScaleSchema = z
  .object({
    type: z.literal("multi"),
    options: optionList,
    separator: z.string().min(1).default(";")
  })
  .strict();
export const textScaleSchema = z.object({type: z.literal("text")}).strict();
export const numberScaleSchema = z
  .object({type: z.literal("number"), min: z.number().optional(), max: z.number().optional(), missing})
  .strict();

export const scaleSchema = z.discriminatedUnion("type", [
  likertScaleSchema,
  npsScaleSchema,
  gradeScaleSchema,
  choiceScaleSchema,
  multiScaleSchema,
  textScaleSchema,
  numberScaleSchema
]);

export const questionSchema = z
  .object({
    id,
    text: z.string().min(1),
    short: z.string().optional().describe("A short label for charts; default: the text."),
    scale: z.string().describe("The name of a scale under `scales`."),
    module: z.string().optional(),
    reverse: z.boolean().default(false).describe("Score 10 − x, so that higher is always better."),
    topic: z
      .enum(["proud", "improve"])
      .optional()
      .describe("For a multi question: what its options are chosen for, so pages can pair them."),
    formerly: z
      .record(z.string(), z.string())
      .optional()
      .describe("The question's id in an earlier wave where it had another: {<wave label>: <old id>} (waves/<label>/).")
  })
  .strict();

export const moduleSchema = z
  .object({
    id,
    name: z.string().min(1),
    description: z.string().optional(),
    core: z
      .array(z.string())
      .optional()
      .describe("The questions its score is based on; default: every question of the module.")
  })
  .strict();

export const groupSchema = z
  .object({
    id,
    name: z.string().min(1),
    parent: z.string().optional().describe("The grouping variable this one lies within, e.g. team within department."),
    order: z
      .array(z.string())
      .optional()
      .describe("The values in report order (e.g. age bands); values not listed follow, in population.csv's order, then by name.")
  })
  .strict();

export const benchmarkSchema = z
  .object({
    id: z.string().min(1).describe("The `benchmark` value in benchmarks.csv."),
    name: z.string().min(1),
    kind: z.enum(["average", "top"]).default("average").describe("`top` for a best-performers benchmark such as a top 3.")
  })
  .strict();

const difference = z.number().nonnegative();

export const studySchema = z
  .object({
    organisation: z.string().describe("The grouping variable whose groups are the organisations of the study (agencies, provinces)."),
    top: z.number().int().min(1).default(3).describe("How many of the best other organisations make the `top` benchmark; default 3."),
    outcome: z
      .union([z.string(), z.array(z.string()).min(1)])
      .describe("The module (or scored question) whose key drivers are computed, or a list of them; every other module is a driver.")
  })
  .strict();

const agendaItems = z.array(z.string()).default([]);

export const agendaThemeSchema = z
  .object({
    id,
    name: z.string().min(1),
    description: z.string().optional(),
    modules: agendaItems.describe("Modules whose core questions count in the theme's score."),
    questions: agendaItems.describe("Single questions with a 0–10 score that count in the theme's score."),
    context: agendaItems.describe("Modules or questions shown beside the theme without counting in its score."),
    topics: agendaItems.describe("Options (labels or codes) of the topic questions that touch the theme.")
  })
  .strict();

export const agendaSchema = z
  .object({
    title: z.string().min(1).describe("The policy document the agenda comes from."),
    description: z.string().optional(),
    themes: z.array(agendaThemeSchema).min(1).describe("The themes a policymaker reads the survey against, in report order."),
    movements: z.array(agendaThemeSchema).default([]).describe("Broader movements of the same document, mapped the same way.")
  })
  .strict();

export const settingsSchema = z
  .object({
    minGroupSize: z.number().int().min(1).default(5).describe("No score of any kind for fewer respondents, nor for fewer answers to a question; the disclosure audit withholds more where sums of published numbers would isolate fewer."),
    minCommentGroupSize: z.number().int().min(1).default(10),
    scoring: z.enum(["mean", "percent-positive"]).default("mean"),
    moduleScore: z.enum(["mean-of-questions", "mean-of-respondents"]).default("mean-of-questions"),
    comparison: z
      .object({
        confidence: z.number().gt(0).lt(1).default(0.95),
        minDifference: difference.optional().describe("Default 0.7 on the 0–10 scale, 0.07 for percent positive."),
        strongDifference: difference.optional().describe("Default 1.4 on the 0–10 scale, 0.14 for percent positive."),
        enpsMinDifference: difference.default(7),
        enpsStrongDifference: difference.default(14),
        multipleTesting: z
          .enum(["benjamini-hochberg", "none"])
          .default("benjamini-hochberg")
          .describe("Control of the false discovery rate over the group comparisons.")
      })
      .strict()
      .prefault({}),
    interval: z
      .object({
        module: z
          .enum(["bootstrap", "linearization"])
          .default("linearization")
          .describe("Module standard errors: Taylor linearisation (R's svycontrast), or a bootstrap of respondents."),
        replicates: z
          .number()
          .int()
          .min(50)
          .default(5000)
          .describe("Bootstrap resamples; 5000 give a standard error to within about 1 % (its relative error is about 1/√(2B))."),
        seed: z.number().int().default(1),
        finitePopulation: z.boolean().default(true).describe("Apply the finite population correction when the headcount is known.")
      })
      .strict()
      .prefault({}),
    failingGrade: z.number().default(5.5).describe("Grades below this count as one failing value in the robust grade mean."),
    norm: z
      .object({
        question: z.string().describe("The grade question the norm is about."),
        variable: z.string().describe("The grouping variable whose every group must meet `group` (e.g. the service)."),
        within: z
          .string()
          .optional()
          .describe("A value of the parent of `variable` (e.g. clients among the populations): the norm is about that group's respondents only."),
        total: z.number().default(6.5).describe("The mean grade required overall."),
        group: z.number().default(5.5).describe("The mean grade required in every group of `variable`."),
        fewAnswers: z.number().int().min(1).default(10).describe("Below this many grades a row is marked as resting on few answers."),
        recommendation: z
          .string()
          .optional()
          .describe("A choice question whose first option means \"I recommended it\": the Keurmerk page shows its share per population.")
      })
      .strict()
      .optional()
      .describe("A quality mark's norm on a grade question (see docs/bundle.md, Norms)."),
    publication: z
      .object({
        minCompleted: z.number().int().min(0).default(0).describe("Completed questionnaires a group needs for its grade to be published."),
        minRate: z.number().min(0).max(1).default(0).describe("Response rate (0–1) a group needs for its grade to be published.")
      })
      .strict()
      .optional()
      .describe("When a norm row's grade is published; without it every shown row is."),
    publishComments: z.boolean().default(false).describe("Publish raw comments (only from at least minCommentGroupSize writers, where the disclosure audit allows)."),
    topWords: z.number().int().min(0).default(10),
    minAnswers: z.number().int().min(1).default(1).describe("A row with fewer answered questions is set aside.")
  })
  .strict();

export const surveySchema = z
  .object({
    title: z.string().min(1),
    organisation: z.string().min(1),
    period: z.object({start: date, end: date}).strict(),
    language: z.enum(["nl", "en"]).default("nl"),
    scales: z.record(id, scaleSchema),
    groups: z.array(groupSchema).default([]),
    crossings: z
      .array(z.tuple([z.string(), z.string()]))
      .default([])
      .describe("Pairs of grouping variables to cross, e.g. [domein, leeftijd]: every combination is a group of its own."),
    modules: z.array(moduleSchema).default([]),
    questions: z.array(questionSchema).min(1),
    weight: z.string().optional().describe("The responses.csv column holding survey weights."),
    ignore: z
      .array(z.string())
      .default([])
      .describe("Columns of responses.csv to leave out on purpose (e.g. a timestamp); any other unknown column is an error."),
    benchmarks: z.array(benchmarkSchema).default([]).describe("Names for the benchmarks in benchmarks.csv."),
    previous: z.object({label: z.string().optional()}).strict().optional(),
    study: studySchema
      .optional()
      .describe("A study across organisations: benchmarks computed from the organisations, correlations and key drivers (docs/bundle.md, Studies)."),
    agenda: agendaSchema
      .optional()
      .describe("A policy agenda: themes (and movements) mapped to modules and questions; gives the report its policy page (docs/bundle.md, Agenda)."),
    settings: settingsSchema.prefault({})
  })
  .strict();

export type SurveyInput = z.input<typeof surveySchema>;
export type Survey = z.output<typeof surveySchema>;
export type Scale = z.output<typeof scaleSchema>;
export type ScaleType = Scale["type"];
export type Question = z.output<typeof questionSchema>;
export type Module = z.output<typeof moduleSchema>;
export type GroupVariable = z.output<typeof groupSchema>;
export type Settings = z.output<typeof settingsSchema>;
export type Study = z.output<typeof studySchema>;
export type Agenda = z.output<typeof agendaSchema>;
export type AgendaTheme = z.output<typeof agendaThemeSchema>;
