// The study page, as a page loader: its Markdown (site/views/studyPage.ts) lists every organisation
// as a plain link, written at build time, so a reader can open any organisation's report without JavaScript.
import {serveLoaderOutput} from "../site/serveLoaderOutput.js";

await serveLoaderOutput("organisaties.md");
