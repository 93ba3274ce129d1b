// One `<slug>.json` per shown organisation of a study (site/views/organisationView.ts), as an archive: the organisation
// pages read `data/organisations/<slug>.json`, which Framework extracts from it, so the report is read once. Empty without a study.
import JSZip from "jszip";
import {loadReport} from "../../site/reportSource.ts";
import {organisationViews} from "../../site/views/organisationView.ts";

const zip = new JSZip();
for (const view of organisationViews(await loadReport())) zip.file(`${view.page.slug}.json`, JSON.stringify(view));
process.stdout.write(await zip.generateAsync({type: "nodebuffer", compression: "DEFLATE"}));
