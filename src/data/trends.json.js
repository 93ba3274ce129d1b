// The waves and the trends of the organisation and every shown group (site/views/trendsView.ts).
import {serveLoaderOutput} from "../../site/serveLoaderOutput.js";

await serveLoaderOutput("data/trends.json");
