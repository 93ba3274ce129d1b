// Every question of the organisation by module, with distributions and comparisons (site/views/questionsView.ts).
import {serveLoaderOutput} from "../../site/serveLoaderOutput.js";

await serveLoaderOutput("data/questions.json");
