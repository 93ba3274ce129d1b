/** What a column of an export is for, judged by its name (or header text) alone. */
export type ColumnRole = "personal" | "id" | "metadata" | "weight" | "group" | "answer";

/** Column names (lower case, letters and digits only) of personal data: never carried into a bundle. */
const PERSONAL = new Set([
  "name", "naam", "voornaam", "achternaam", "firstname", "lastname", "fullname", "respondentname",
  "recipientfirstname", "recipientlastname", "email", "emailaddress", "emailadres", "recipientemail",
  "ipaddress", "ipaddr", "ip", "ipadres", "locationlatitude", "locationlongitude", "latitude", "longitude",
  "location", "locatie", "woonplaats", "postcode", "zipcode", "postalcode", "phone", "phonenumber",
  "telefoon", "telefoonnummer", "externalreference", "externaldatareference", "externalref", "token", "refurl"
]);

/** Respondent id columns of the tools, in order of preference. */
const ID = ["id", "responseid", "respondentid", "respondent", "respondentnummer", "respondentnr", "respnr", "respid", "recordid"];

/** Columns the tools add about a response rather than its answers: kept, listed under `ignore`. */
const METADATA = new Set([
  "startdate", "enddate", "status", "progress", "duration", "durationinseconds", "finished", "recordeddate",
  "distributionchannel", "userlanguage", "submitdate", "lastpage", "startlanguage", "seed", "datestamp",
  "starttime", "completiontime", "lastmodifiedtime", "collectorid", "interviewtime", "date", "datum", "timestamp",
  "datesubmitted", "datestarted", "datelastaction", "startlanguage", "totaltime",
  // Forms and SurveyMonkey in Dutch.
  "begintijd", "tijdvanvoltooien", "voltooiingstijd", "tijdstipvanlaatstewijziging", "laatstgewijzigd", "begindatum", "einddatum"
]);

/** Names of a survey weight column. */
const WEIGHT = new Set(["weight", "weights", "gewicht", "weging", "weegfactor", "wgt"]);

/** Names of grouping variables: departments, teams, units, age bands. */
const GROUP = new Set([
  "afdeling", "department", "dept", "team", "directie", "division", "divisie", "sector", "domein", "unit",
  "businessunit", "organisatieonderdeel", "onderdeel", "cluster", "dienst", "eenheid", "regio", "region",
  "leeftijd", "leeftijdsgroep", "leeftijdscategorie", "agegroup", "ageband", "age", "dienstjaren", "tenure"
]);

/**
 * A name as the lists hold it: lower case, letters and digits only.
 *
 * @example
 * columnKey("E-mail Address") // "emailaddress"
 */
export function columnKey(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
}

/**
 * The role a column's name (or header text) gives it: `personal` data (names, e-mail and IP
 * addresses, locations, recipient and external references) to drop, the respondent `id`, tool
 * `metadata` to keep under `ignore`, survey `weight`s, a `group`ing variable, or an `answer` to a question.
 *
 * @example
 * columnRole("RecipientEmail") // "personal"
 * columnRole("Afdeling") // "group"
 */
export function columnRole(...names: string[]): ColumnRole {
  const keys = names.map(columnKey);
  if (keys.some((k) => PERSONAL.has(k) || k.startsWith("customdata") || k.startsWith("aangepastegegevens"))) return "personal";
  if (keys.some((k) => ID.includes(k))) return "id";
  if (keys.some((k) => METADATA.has(k) || /^q[a-z]*recaptcha|^qrelevantid|^grouptime\d|^qtotalduration/.test(k))) return "metadata";
  if (keys.some((k) => WEIGHT.has(k))) return "weight";
  if (keys.some((k) => GROUP.has(k))) return "group";
  return "answer";
}

/**
 * How strongly a name is preferred as the respondent id (lower is better), or Infinity.
 *
 * @example
 * idPreference("ResponseId") // 1
 */
export function idPreference(name: string): number {
  const at = ID.indexOf(columnKey(name));
  return at < 0 ? Infinity : at;
}
