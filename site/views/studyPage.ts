import type {Report} from "../../scoring/types.ts";
import {pageLink} from "../pages.ts";
import {siteText} from "../../text/siteText.ts";
import {studyText} from "../../text/studyText.ts";
import {studyIntro, studyPicker} from "./studyPicker.ts";
import {htmlText} from "../html.ts";

/**
 * The study page (Organisaties) as Markdown, which its page loader (`src/organisaties.md.js`)
 * writes at build time: the introduction and the list of organisations as plain links
 * ({@link studyPicker}), so a reader can open any organisation's report without JavaScript, and
 * the cells that draw the picker, the spread, the funnel and the overview from `data/study.json`.
 *
 * @example
 * studyPage(report).startsWith("---\ntoc: false\n---") // true
 */
export function studyPage(report: Report): string {
  const language = report.survey.language;
  const t = studyText(language).site;
  return `---
toc: false
---

~~~js
import * as Inputs from "npm:@observablehq/inputs";
import {FunnelPlot, GroupHeatmap, GroupTable, OrganisationPicker, SpreadChart, studyText} from "./lib/components.js";
import {pageLink} from "./lib/narrative.js";

const study = FileAttachment("data/study.json").json();
~~~

<h1>${htmlText(siteText(language).pages.study)}</h1>

<p class="peiling-lead">${htmlText(studyIntro(report))}</p>

<h2 id="kiezen">${htmlText(t.pick)}</h2>

<p>${htmlText(t.pickIntro)} <a href="${pageLink("research", {from: "study"})}">${htmlText(t.researchLink)}</a></p>

~~~js
// With JavaScript, a quicker way to the same pages than the list below.
display(OrganisationPicker(study.organisations, {href: (o) => o.slug && pageLink("organisation", {slug: o.slug, from: "study"}), locale: study.survey.language}));
~~~

${studyPicker(report)}

<h2 id="spreiding">${htmlText(t.spread)}</h2>

<p>${htmlText(t.spreadIntro)}</p>

<div class="peiling-controls">

~~~js
const item = view(Inputs.select(new Map(study.modules.map((m) => [m.name, m.id])), {label: studyText(study.survey.language).site.module}));
~~~

</div>

~~~js
const spread = study.spread.find((s) => s.item === item);
display(resize((width) => SpreadChart(spread.rows, {width, survey: study.survey, item: spread.name, mean: spread.mean})));
~~~

<h2 id="trechter">${htmlText(t.funnel)}</h2>

<p>${htmlText(t.funnelIntro)}</p>

~~~js
display(resize((width) => FunnelPlot(spread.rows, {width, survey: study.survey, item: spread.name, mean: spread.mean})));
~~~

<h2 id="overzicht">${htmlText(t.overview)}</h2>

<p>${htmlText(t.overviewIntro)}</p>

~~~js
display(resize((width) => GroupHeatmap({groups: study.organisations, comparisons: [], modules: study.modules, survey: study.survey}, {width, variable: null, measure: "score", groupLabel: (g) => g.label})));
display(GroupTable(study.organisations, {locale: study.survey.language, href: (g) => (g.slug ? pageLink("organisation", {slug: g.slug, from: "study"}) : null)}));
~~~
`;
}
