// The organisation's scores, comparisons, topics and the summary's facts (site/views/overviewView.ts).
import {loadReport} from "../../site/reportSource.ts";
import {overviewView} from "../../site/views/overviewView.ts";

process.stdout.write(JSON.stringify(overviewView(await loadReport())));
