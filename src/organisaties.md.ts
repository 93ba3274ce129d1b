// The study page, as a page loader: its organisation picker is plain HTML written at build time
// (site/views/studyPicker.ts), so a reader can open any organisation's report without JavaScript;
// headings and fixed texts are in the report's language; the charts read data/study.json.
import {pageLink} from "../site/pages.ts";
import {loadReport} from "../site/reportSource.ts";
import {studyIntro, studyPicker} from "../site/views/studyPicker.ts";
import {siteText} from "../text/siteText.ts";
import {studyText} from "../text/studyText.ts";

const report = await loadReport();
const language = report.survey.language;
const t = studyText(language).site;
const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

process.stdout.write(`---
toc: false
---

~~~js
import * as Inputs from "npm:@observablehq/inputs";
import {FunnelPlot, GroupHeatmap, GroupTable, OrganisationPicker, SpreadChart, studyText} from "./lib/components.js";
import {pageLink} from "./lib/narrative.js";

const study = FileAttachment("data/study.json").json();
~~~

<h1>${escape(siteText(language).pages.study)}</h1>

<p class="peiling-lead">${escape(studyIntro(report))}</p>

<h2 id="kiezen">${escape(t.pick)}</h2>

<p>${escape(t.pickIntro)} <a href="${pageLink("research", {from: "study"})}">${escape(t.researchLink)}</a></p>

~~~js
// With JavaScript, a quicker way to the same pages than the list below.
display(OrganisationPicker(study.organisations, {href: (o) => o.slug && pageLink("organisation", {slug: o.slug, from: "study"}), locale: study.survey.language}));
~~~

${studyPicker(report)}

<h2 id="spreiding">${escape(t.spread)}</h2>

<p>${escape(t.spreadIntro)}</p>

<div class="peiling-controls">

~~~js
const item = view(Inputs.select(new Map(study.modules.map((m) => [m.name, m.id])), {label: studyText(study.survey.language).site.module}));
~~~

</div>

~~~js
const spread = study.spread.find((s) => s.item === item);
display(resize((width) => SpreadChart(spread.rows, {width, survey: study.survey, item: spread.name, mean: spread.mean})));
~~~

<h2 id="trechter">${escape(t.funnel)}</h2>

<p>${escape(t.funnelIntro)}</p>

~~~js
display(resize((width) => FunnelPlot(spread.rows, {width, survey: study.survey, item: spread.name, mean: spread.mean})));
~~~

<h2 id="overzicht">${escape(t.overview)}</h2>

<p>${escape(t.overviewIntro)}</p>

~~~js
display(resize((width) => GroupHeatmap({groups: study.organisations, comparisons: [], modules: study.modules, survey: study.survey}, {width, variable: null, measure: "score", groupLabel: (g) => g.label})));
display(GroupTable(study.organisations, {locale: study.survey.language, href: (g) => (g.slug ? pageLink("organisation", {slug: g.slug, from: "study"}) : null)}));
~~~
`);
