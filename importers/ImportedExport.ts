/**
 * The one model every export reader produces and the bundle writer reads: the export's variables
 * (with what the export says about them) and its respondents as rows of answers.
 */

/** The export formats `peiling import` reads. */
export const FORMATS = ["sav", "limesurvey", "qualtrics", "xlsx", "long"] as const;
export type Format = (typeof FORMATS)[number];

/** One answer option as the export carries it, in the export's order. */
export interface ImportedOption {
  /** What a cell holds for this option (a value code, or the label itself in text exports). */
  code: string;
  label: string;
}

/** One variable (column) of an export. */
export interface ImportedVariable {
  /** Its name in the export: an SPSS variable, a column header, a LimeSurvey question code. */
  name: string;
  /** The question text (a variable label, a header row's text); the name when the export has none. */
  text: string;
  /** The 1-based column (or variable position) in the export, for messages. */
  column: number;
  /**
   * `multi` when each cell lists the chosen options (codes) as an array; `text` or `number` when
   * the export says so (a Qualtrics `_TEXT` column); `date` for a date (kept as metadata);
   * undefined when the answers have to tell.
   */
  kind?: "multi" | "text" | "number" | "date";
  /** The answer options in order, when the export carries them (SPSS value labels, a multi question's columns). */
  options?: ImportedOption[];
  /** Whether a cell outside `options` is a defect (SPSS value labels) rather than a sign of an open question. */
  strict?: boolean;
  /** Codes the export declares missing (SPSS user-missing values). */
  missing?: string[];
  /** Stored as text (an SPSS string variable): with few distinct values, a grouping variable. */
  isString?: boolean;
}

/** One respondent: where it is in the export and one value per variable. */
export interface ImportedRow {
  /** The line (CSV, as an editor counts, the header is line 1), record (SPSS, from 1) or sheet row. */
  at: number;
  /** A cell's text ("" for no answer) or, for a `multi` variable, the codes of the chosen options. */
  values: (string | string[])[];
}

/** An export read into the shared model, before any decision about the bundle. */
export interface ImportedExport {
  /** The export's file name, for messages. */
  file: string;
  format: Format;
  /** What `ImportedRow.at` counts: lines of a text file, records of an SPSS file, rows of a sheet. */
  unit: "line" | "record" | "row";
  /** The sheet read, for a workbook. */
  sheet?: string;
  /** A title the export carries (an SPSS file label). */
  title?: string;
  /** A date the export carries (an SPSS file's creation date), as YYYY-MM-DD. */
  date?: string;
  variables: ImportedVariable[];
  rows: ImportedRow[];
  /** The variable holding survey weights, when the export names one (an SPSS file's weight variable). */
  weight?: string;
  /** What separates the chosen options of a multiple choice question inside one cell (`,` in Qualtrics, `;` in Forms). */
  multiSeparator?: string;
  /** For a long export, the answer rows read (several per respondent). */
  answerRows?: number;
  /** Rows the reader set aside (preview responses, say), counted per reason. */
  setAside?: Record<string, number>;
  /** Things the reader noticed that the user should check, one sentence each. */
  notes?: string[];
}
