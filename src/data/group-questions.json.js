// Every group's question scores and question comparisons, loaded when the heatmap shows questions (site/views/groupsView.ts).
import {serveLoaderOutput} from "../../site/serveLoaderOutput.js";

await serveLoaderOutput("data/group-questions.json");
