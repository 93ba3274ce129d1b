// Every group with compact module scores, eNPS and comparisons, for the heatmap (site/views/groupsView.ts).
import {loadReport} from "../../site/reportSource.ts";
import {groupsView} from "../../site/views/groupsView.ts";

process.stdout.write(JSON.stringify(groupsView(await loadReport())));
