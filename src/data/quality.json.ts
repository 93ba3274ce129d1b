// The norm check of a quality mark and what the Keurmerk page shows with it (site/views/qualityView.ts).
import {loadReport} from "../../site/reportSource.ts";
import {qualityView} from "../../site/views/qualityView.ts";

process.stdout.write(JSON.stringify(qualityView(await loadReport())));
