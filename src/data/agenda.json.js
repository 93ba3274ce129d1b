// The agenda's themes: scores, margins, comparisons, lagging groups and topics (site/views/agendaView.ts).
import {serveLoaderOutput} from "../../site/serveLoaderOutput.js";

await serveLoaderOutput("data/agenda.json");
