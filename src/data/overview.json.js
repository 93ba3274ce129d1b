// The organisation's scores, comparisons, topics and the summary's facts (site/views/overviewView.ts).
import {serveLoaderOutput} from "../../site/serveLoaderOutput.js";

await serveLoaderOutput("data/overview.json");
