// Every group's question scores and question comparisons, loaded when the heatmap shows questions (loaders/views/groupsView.ts).
import {loadReport} from "../../loaders/reportSource.ts";
import {groupQuestionsView} from "../../loaders/views/groupsView.ts";

process.stdout.write(JSON.stringify(groupQuestionsView(await loadReport())));
