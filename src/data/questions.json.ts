// Every question of the organisation by module, with distributions and comparisons (site/views/questionsView.ts).
import {loadReport} from "../../site/reportSource.ts";
import {questionsView} from "../../site/views/questionsView.ts";

process.stdout.write(JSON.stringify(questionsView(await loadReport())));
