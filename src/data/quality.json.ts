// The norm check of a quality mark and what the Keurmerk page shows with it (loaders/views/qualityView.ts).
import {loadReport} from "../../loaders/reportSource.ts";
import {qualityView} from "../../loaders/views/qualityView.ts";

process.stdout.write(JSON.stringify(qualityView(await loadReport())));
