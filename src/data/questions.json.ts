// Every question of the organisation by module, with distributions and comparisons (loaders/views/questionsView.ts).
import {loadReport} from "../../loaders/reportSource.ts";
import {questionsView} from "../../loaders/views/questionsView.ts";

process.stdout.write(JSON.stringify(questionsView(await loadReport())));
