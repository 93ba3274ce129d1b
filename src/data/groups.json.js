// Every group with compact module scores, eNPS and comparisons, for the heatmap (site/views/groupsView.ts).
import {serveLoaderOutput} from "../../site/serveLoaderOutput.js";

await serveLoaderOutput("data/groups.json");
