import type {StudyOrganisation} from "./types.ts";
import {studyText} from "../text/studyText.ts";
import type {Language} from "../text/translations.ts";

/** The options of {@link OrganisationPicker}. */
export interface OrganisationPickerOptions {
  /** The address of an organisation's page, or null for one without a page (a hidden organisation is left out). */
  href: (organisation: Pick<StudyOrganisation, "label" | "slug">) => string | null;
  locale?: Language;
  /** Where the form goes when a reader opens an organisation; default the page's `location.assign`. */
  navigate?: (url: string) => void;
  document?: Document;
}

/**
 * A form to open an organisation's page: a labelled `<select>` of the organisations with a page, by
 * name, and an "Open" button. Choosing alone changes nothing (WCAG 3.2.2, on input); the button
 * opens the page. It needs JavaScript, so a page keeps a plain list of links beside it. Dutch
 * unless `locale` is `"en"`.
 *
 * @example
 * display(OrganisationPicker(study.organisations, {href: (o) => o.slug && pageLink("organisation", {slug: o.slug, from: "study"}), locale}));
 */
export function OrganisationPicker(organisations: Pick<StudyOrganisation, "label" | "slug">[], {href, locale = "nl", navigate, document = globalThis.document}: OrganisationPickerOptions): HTMLFormElement {
  const text = studyText(locale).site;
  const select = document.createElement("select");
  select.name = "organisation";
  for (const organisation of organisations) {
    const url = href(organisation);
    if (url == null) continue;
    const option = document.createElement("option");
    option.value = url;
    option.textContent = organisation.label;
    select.append(option);
  }
  const label = document.createElement("label");
  label.append(`${text.select} `, select);
  const button = document.createElement("button");
  button.type = "submit";
  button.textContent = text.go;
  const form = document.createElement("form");
  form.className = "peiling-picker";
  form.append(label, " ", button);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    (navigate ?? ((url: string) => document.defaultView?.location.assign(url)))(select.value);
  });
  return form;
}
