// The waves and the trends of the organisation and every shown group (site/views/trendsView.ts).
import {loadReport} from "../../site/reportSource.ts";
import {trendsView} from "../../site/views/trendsView.ts";

process.stdout.write(JSON.stringify(trendsView(await loadReport())));
