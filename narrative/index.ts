/**
 * What the report site's pages use besides the charts: the generated sentences (summary, group
 * pages, reading guide, quality mark), the pages' fixed texts and the page registry. The site
 * bundles this file into `src/lib/narrative.js` (pages only; embeds load only the chart library).
 */

export * from "../text/siteText.ts";
export * from "../text/galleryText.ts";
export * from "../site/pages.ts";
export * from "./NarrativeList.ts";
export * from "./sentenceParts.ts";
export * from "./summarySentences.ts";
export * from "./groupSentences.ts";
export * from "./guideSections.ts";
export * from "./normSentences.ts";
export * from "../text/agendaText.ts";
export * from "./agendaSentences.ts";
export * from "./trendSentences.ts";
export * from "./researchSentences.ts";
