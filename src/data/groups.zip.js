// One `<slug>.json` per shown group (site/views/groupView.ts), as an archive: the group pages read
// `data/groups/<slug>.json`, which Framework extracts from it, so the report is read once, not per group.
import {serveLoaderOutput} from "../../site/serveLoaderOutput.js";

await serveLoaderOutput("data/groups.zip");
