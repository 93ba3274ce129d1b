// The survey's description (questions, scales, modules, settings), which every group page reads once.
import {serveLoaderOutput} from "../../site/serveLoaderOutput.js";

await serveLoaderOutput("data/survey.json");
