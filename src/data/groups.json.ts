// Every group with compact module scores, eNPS and comparisons, for the heatmap (loaders/views/groupsView.ts).
import {loadReport} from "../../loaders/reportSource.ts";
import {groupsView} from "../../loaders/views/groupsView.ts";

process.stdout.write(JSON.stringify(groupsView(await loadReport())));
