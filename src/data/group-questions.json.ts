// Every group's question scores and question comparisons, loaded when the heatmap shows questions (site/views/groupsView.ts).
import {loadReport} from "../../site/reportSource.ts";
import {groupQuestionsView} from "../../site/views/groupsView.ts";

process.stdout.write(JSON.stringify(groupQuestionsView(await loadReport())));
