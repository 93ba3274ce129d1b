// A study's organisations and analyses, for the organisations and research pages (site/views/studyView.ts); null without a study.
import {serveLoaderOutput} from "../../site/serveLoaderOutput.js";

await serveLoaderOutput("data/study.json");
