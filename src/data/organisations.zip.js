// One `<slug>.json` per shown organisation of a study (site/views/organisationView.ts), as an archive
// the organisation pages read from, as the group pages read from groups.zip.
import {serveLoaderOutput} from "../../site/serveLoaderOutput.js";

await serveLoaderOutput("data/organisations.zip");
