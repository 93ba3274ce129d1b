// The organisation's scores, comparisons, topics and the summary's facts (loaders/views/overviewView.ts).
import {loadReport} from "../../loaders/reportSource.ts";
import {overviewView} from "../../loaders/views/overviewView.ts";

process.stdout.write(JSON.stringify(overviewView(await loadReport())));
