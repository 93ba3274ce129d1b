import type {Report} from "../../scoring/types.ts";
import {format} from "../../text/format.ts";
import {siteText} from "../../text/siteText.ts";
import {studyText} from "../../text/studyText.ts";
import {studyOrganisations} from "./studyView.ts";
import {htmlAttribute} from "../html.ts";

/**
 * The study page's organisation picker as plain HTML, written at build time so that it works
 * without JavaScript: a list of every organisation by name, each shown one linked to its own
 * report (`./organisaties/<slug>`) with its respondents, each suppressed one named with
 * "afgeschermd" and no number or link. Empty without a study.
 *
 * @example
 * studyPicker(report); // '<ul class="peiling-organisation-list"><li><a href="./organisaties/agency-af">AF</a> <span>5,619 respondents</span></li>…</ul>'
 */
export function studyPicker(report: Pick<Report, "groups" | "survey">): string {
  const organisations = studyOrganisations(report);
  if (!organisations.length) return "";
  const text = studyText(report.survey.language);
  const f = format({locale: report.survey.language});
  const respondents = siteText(report.survey.language).common.respondents;
  const items = organisations.map((o) =>
    o.suppressed || !o.path
      ? `<li class="peiling-suppressed">${htmlAttribute(o.label)} <span>${htmlAttribute(text.suppressed)}</span></li>`
      : `<li><a href=".${htmlAttribute(o.path)}">${htmlAttribute(o.label)}</a> <span>${htmlAttribute(`${f.count(o.n)} ${respondents}`)}</span></li>`
  );
  return `<ul class="peiling-organisation-list">\n${items.join("\n")}\n</ul>`;
}

/**
 * The study page's opening sentence: how many organisations (of which variable) and respondents
 * the study has, and how many organisations are suppressed. Empty without a study.
 *
 * @example
 * studyIntro(report); // "This study covers 45 organisations (agency) with 101,881 respondents in all. …"
 */
export function studyIntro(report: Pick<Report, "groups" | "survey" | "respondents">): string {
  const organisations = studyOrganisations(report);
  if (!organisations.length) return "";
  const language = report.survey.language;
  const variable = report.survey.groups.find((g) => g.id === report.survey.study?.organisation);
  return studyText(language).site.intro({
    organisations: organisations.length,
    variable: variable?.name ?? "",
    respondents: format({locale: language}).count(report.respondents),
    suppressed: organisations.filter((o) => o.suppressed).length
  });
}
