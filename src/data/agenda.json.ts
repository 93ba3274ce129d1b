// The agenda's themes: scores, margins, comparisons, lagging groups and topics (site/views/agendaView.ts).
import {loadReport} from "../../site/reportSource.ts";
import {agendaView} from "../../site/views/agendaView.ts";

process.stdout.write(JSON.stringify(agendaView(await loadReport())));
