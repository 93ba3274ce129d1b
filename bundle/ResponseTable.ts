import type {ScaleCodec} from "./scaleCodec.ts";
import type {Question} from "./surveySchema.ts";

/**
 * The answers of one question for every accepted respondent, stored by column.
 * Closed questions hold an option index per row (-1: no answer); numbers hold NaN for no answer;
 * a multi question holds one 0/1 array per option plus whether the row answered at all.
 */
export type AnswerColumn =
  | {kind: "codes"; question: Question; codec: ScaleCodec; reverse: boolean; codes: Int16Array}
  | {kind: "numbers"; question: Question; codec: ScaleCodec; values: Float64Array}
  | {kind: "multi"; question: Question; codec: ScaleCodec; answered: Uint8Array; chosen: Uint8Array[]}
  | {kind: "text"; question: Question; codec: ScaleCodec; texts: (string | undefined)[]};

/** One grouping variable: each row's value as an index into `values` (-1: no value). */
export interface GroupColumn {
  variable: string;
  values: string[];
  /** The line in responses.csv where each value first occurs, for messages. */
  firstLines: number[];
  codes: Int32Array;
}

/**
 * The accepted respondents of a bundle in columns, ready for scoring. Respondent ids stay here:
 * nothing respondent-level is ever copied into the report model.
 */
export interface ResponseTable {
  /** Number of accepted rows. */
  n: number;
  /** Survey weights, or null for an unweighted survey. */
  weights: Float64Array | null;
  groups: Map<string, GroupColumn>;
  /** One column per question id, in questionnaire order. */
  answers: Map<string, AnswerColumn>;
}

/**
 * The kind of column a question's scale gives: `numbers` for a number scale, `text` for a
 * comment, `multi` for a choice of several options, `codes` for every closed scale.
 *
 * @example
 * answerKind(definition.codecs.get("eens5")!) // "codes"
 */
export function answerKind(codec: ScaleCodec): AnswerColumn["kind"] {
  return codec.type === "number" ? "numbers" : codec.type === "text" ? "text" : codec.type === "multi" ? "multi" : "codes";
}

/**
 * A question's column of the kind its scale gives ({@link answerKind}), with room for `rows` rows
 * (zeros; none for only the column's description).
 *
 * @example
 * emptyAnswerColumn(question, codec, 0) // {kind: "codes", question, codec, reverse: false, codes: Int16Array []}
 */
export function emptyAnswerColumn(question: Question, codec: ScaleCodec, rows: number): AnswerColumn {
  switch (answerKind(codec)) {
    case "numbers":
      return {kind: "numbers", question, codec, values: new Float64Array(rows)};
    case "text":
      return {kind: "text", question, codec, texts: []};
    case "multi":
      return {kind: "multi", question, codec, answered: new Uint8Array(rows), chosen: codec.options.map(() => new Uint8Array(rows))};
    case "codes":
      return {kind: "codes", question, codec, reverse: question.reverse, codes: new Int16Array(rows)};
  }
}
