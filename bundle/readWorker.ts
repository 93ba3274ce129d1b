/**
 * The worker that reads the second half of a large responses.csv (bundle/readInHalves.ts): it
 * rebuilds the survey's codecs, reads its half into columns and sends them back, buffers
 * transferred. `flag` says started (2), done (1) or failed (3); the reading thread waits on it.
 */
import {workerData} from "node:worker_threads";
import type {MessagePort} from "node:worker_threads";
import {halfMessage} from "./readInHalves.ts";
import {readResponsesPart} from "./readResponses.ts";
import {scaleCodec} from "./scaleCodec.ts";
import {sourceEncoding} from "./csv.ts";
import type {SurveyDefinition} from "./readSurvey.ts";

const {flag, port, path, file, survey, header, at, delimiter, encoding, setAside} = workerData as {
  flag: SharedArrayBuffer;
  port: MessagePort;
  path: string;
  file: string;
  survey: SurveyDefinition["survey"];
  header: string[];
  at: number;
  delimiter: "," | ";" | "\t";
  encoding: "utf-8" | "windows-1252";
  setAside: boolean;
};
const state = new Int32Array(flag);
Atomics.store(state, 0, 2);
Atomics.notify(state, 0);
try {
  // The first half's reader found its own bytes UTF-8; the file is only if these are too. If not, it is
  // Windows-1252 and the first half was decoded wrongly: the file is then read in one go.
  if (encoding === "utf-8" && sourceEncoding({path}, at) !== "utf-8") throw new Error("the second half is not UTF-8");
  const definition: SurveyDefinition = {survey, codecs: new Map(Object.entries(survey.scales).map(([name, scale]) => [name, scaleCodec(scale)]))};
  const {message, transfer} = halfMessage(readResponsesPart({path}, file, definition, {setAside}, {start: {at, header, delimiter, encoding}}));
  port.postMessage(message, transfer);
  Atomics.store(state, 0, 1);
} catch (error) {
  port.postMessage({error: String(error)});
  Atomics.store(state, 0, 3);
}
Atomics.notify(state, 0);
