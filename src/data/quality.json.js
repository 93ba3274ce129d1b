// The norm check of a quality mark and what the Keurmerk page shows with it (site/views/qualityView.ts).
import {serveLoaderOutput} from "../../site/serveLoaderOutput.js";

await serveLoaderOutput("data/quality.json");
