/**
 * `peiling <command>`: the command line. `score` computes the report model of a bundle, `build`
 * builds its report site. Usage errors exit with status 2, invalid bundles with status 1.
 */
import {parseArgs, type ParseArgsConfig} from "node:util";
import {BundleError} from "../bundle/BundleError.ts";
import {ENGINES, type Engine} from "../duckdb/ENGINES.ts";
import {CommandError} from "../site/CommandError.ts";
import {UsageError} from "./UsageError.ts";

const USAGE = `Usage:
  peiling score <bundle> [--out report.json] [--set-aside] [--rejects rejected.csv] [--engine js|duckdb|auto] [--timings]
  peiling build <bundle> [--out dir] [--engine js|duckdb|auto]
  peiling pdf <bundle> [--out report.pdf] [--site dir]
  peiling serve [dir]
  peiling import <export> --out <bundle> [--format sav|limesurvey|qualtrics|xlsx|long]

  score   computes the report model of a survey bundle and writes it as JSON (stdout without --out)
  build   builds the static report site for a survey bundle (default --out dist): --out must be a
          new or empty folder or a site Peiling built (it holds .peiling-site), replaced whole
  pdf     builds the report site (or takes the built site in --site) and prints every page, in
          report order, into one PDF (default --out report.pdf); needs Debian's chromium
  serve   serves a built site (default dist) on http://127.0.0.1:3000/ (PORT to change)
  import  writes a new bundle (a new or empty --out folder) from an SPSS, LimeSurvey, Qualtrics,
          Forms or SurveyMonkey export, or a long one (respondent, question, answer)

  --set-aside        set rows with defects aside (counted per reason) instead of failing
  --rejects <file>   write the rows set aside, with the reason, to a CSV file to fix them
  --engine <name>    js: in memory; duckdb: in DuckDB, out of core (responses.csv or responses.parquet);
                     auto (default): duckdb for Parquet or a responses.csv too large for memory, else js
  --timings          print how long reading, aggregating, scoring and writing took`;

const [command, ...rest] = process.argv.slice(2);
// A reader that stops early (`peiling score … | head`) closes the pipe: stop quietly, as the shell's own tools do.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
  process.exit(0);
});
try {
  if (command === "score") {
    const {positionals, values} = parse(rest, {out: {type: "string"}, "set-aside": {type: "boolean"}, rejects: {type: "string"}, engine: {type: "string"}, timings: {type: "boolean"}});
    const {score} = await import("./score.ts");
    await score(positionals[0], {out: values.out, setAside: values["set-aside"], rejects: values.rejects, engine: engineOption(values.engine), timings: values.timings});
  } else if (command === "build") {
    const {positionals, values} = parse(rest, {out: {type: "string"}, engine: {type: "string"}});
    const {build} = await import("../site/build.ts");
    await build(positionals[0], {out: values.out, engine: engineOption(values.engine)});
  } else if (command === "pdf") {
    const {positionals, values} = parse(rest, {out: {type: "string"}, site: {type: "string"}}, {optional: true});
    if (positionals.length === 0 && values.site === undefined) throw new UsageError("give the bundle folder, or --site with a built site");
    const {pdf} = await import("../site/pdf.ts");
    await pdf(positionals[0], {out: values.out, site: values.site});
  } else if (command === "serve") {
    const {positionals} = parse(rest, {}, {optional: true});
    const {serveSite} = await import("../site/serve.ts");
    await serveSite(positionals[0]);
  } else if (command === "import") {
    const {positionals, values} = parse(rest, {out: {type: "string"}, format: {type: "string"}}, {what: "export file"});
    const {importCommand} = await import("./import.ts");
    await importCommand(positionals[0], {out: values.out, format: values.format});
  } else if (command === undefined || command === "--help" || command === "-h") {
    console.error(USAGE);
    if (command === undefined) process.exitCode = 2;
  } else {
    throw new UsageError(`unknown command "${command}"`);
  }
} catch (error) {
  if (error instanceof BundleError) {
    console.error(error.message);
    process.exitCode = 1;
  } else if (error instanceof UsageError) {
    console.error(`peiling: ${error.message}\n\n${USAGE}`);
    process.exitCode = 2;
  } else if (error instanceof CommandError || isSystemError(error)) {
    console.error(`peiling ${command}: ${(error as Error).message}`);
    process.exitCode = 1;
  } else throw error;
}

function parse<O extends NonNullable<ParseArgsConfig["options"]>>(args: string[], options: O, {optional = false, what = "bundle folder"}: {optional?: boolean; what?: string} = {}) {
  let parsed;
  try {
    parsed = parseArgs({args, options, allowPositionals: true, strict: true});
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (optional && parsed.positionals.length === 0) return parsed;
  if (parsed.positionals.length !== 1) throw new UsageError(parsed.positionals.length ? `give exactly one ${what}` : `give the ${what}`);
  return parsed;
}

/** A failed file operation (no permission, no room, a name too long): a message, not a bug. */
function isSystemError(error: unknown): boolean {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === "string" && typeof (error as NodeJS.ErrnoException).syscall === "string";
}

/** The `--engine` value, checked. */
function engineOption(value: string | undefined): Engine | undefined {
  if (value !== undefined && !ENGINES.includes(value as Engine)) throw new UsageError(`--engine must be one of ${ENGINES.join(", ")}, not "${value}"`);
  return value as Engine | undefined;
}
