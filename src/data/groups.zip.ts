// One `<slug>.json` per shown group (site/views/groupView.ts), as an archive: the group pages read
// `data/groups/<slug>.json`, which Framework extracts from it, so the report is read once, not per group.
import JSZip from "jszip";
import {loadReport} from "../../site/reportSource.ts";
import {groupViews} from "../../site/views/groupView.ts";

const zip = new JSZip();
for (const view of groupViews(await loadReport())) zip.file(`${view.page.slug}.json`, JSON.stringify(view));
process.stdout.write(await zip.generateAsync({type: "nodebuffer", compression: "DEFLATE"}));
