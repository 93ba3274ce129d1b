/**
 * Writes docs/survey.schema.json, the JSON Schema of survey.yaml generated from the zod schema,
 * for editors (e.g. `# yaml-language-server: $schema=…` at the top of a survey.yaml).
 * Run: npm run schema. A test checks the committed file is current.
 */
import {writeFileSync} from "node:fs";
import {fileURLToPath} from "node:url";
import {z} from "zod";
import {surveySchema} from "../bundle/surveySchema.ts";

/** The JSON Schema text of survey.yaml. */
export function surveyJsonSchema(): string {
  const schema = z.toJSONSchema(surveySchema, {io: "input", unrepresentable: "any"});
  return JSON.stringify({...schema, title: "Peiling survey.yaml", description: "The questionnaire and report settings of a Peiling survey bundle."}, null, 2) + "\n";
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(new URL("../docs/survey.schema.json", import.meta.url), surveyJsonSchema());
}
