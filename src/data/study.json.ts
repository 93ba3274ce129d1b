// A study's organisations and analyses, for the organisations and research pages (site/views/studyView.ts); null without a study.
import {loadReport} from "../../site/reportSource.ts";
import {studyView} from "../../site/views/studyView.ts";

process.stdout.write(JSON.stringify(studyView(await loadReport())));
