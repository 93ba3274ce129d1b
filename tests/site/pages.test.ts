import {describe, expect, it} from "vitest";
import {PAGES, pageLink, type PageKey} from "../../site/pages.ts";
import {guideSections} from "../../narrative/guideSections.ts";
import {overviewView} from "../../site/views/overviewView.ts";
import {report} from "../charts/fixtures.ts";
import {productFiles, readProduct} from "../helpers/productFiles.ts";

/** The Markdown of each page of the registry (the guide's headings come from guideSections; the study page's is written by its page loader from site/views/studyPage.ts). */
const MARKDOWN: Record<PageKey, string> = {
  summary: "src/index.md",
  agenda: "src/agenda.md",
  quality: "src/keurmerk.md",
  guide: "src/leeswijzer.md",
  modules: "src/modules.md",
  questions: "src/vragen.md",
  enps: "src/enps.md",
  topics: "src/onderwerpen.md",
  distributions: "src/verdelingen.md",
  groups: "src/groepen.md",
  group: "src/groepen/[group].md",
  study: "site/views/studyPage.ts",
  research: "src/onderzoek.md",
  organisation: "src/organisaties/[organisation].md"
};

/** Whether an anchor is one of the page's, a prefix anchor (`module-`) matching every id it begins. */
function isAnchorOf(page: PageKey, anchor: string): boolean {
  return (PAGES[page].anchors as readonly string[]).some((a) => (a.endsWith("-") ? anchor.startsWith(a) : anchor === a));
}

/** The page a relative link written on `from` points to, by its path; null for an outside link. */
function pageOf(target: string, from: PageKey): PageKey | null {
  if (target === "") return from;
  const path = target.replace(/^\.\.?/, "");
  if (path.startsWith(PAGES.group.path)) return "group";
  if (path.startsWith(PAGES.organisation.path)) return "organisation";
  const found = (Object.keys(PAGES) as PageKey[]).find((key) => PAGES[key].path === path);
  return found ?? null;
}

describe("pageLink", () => {
  it("pageLink(page, {anchor}) links from the summary, from a group page and within a page", () => {
    expect([
      pageLink("modules", {anchor: "vergelijking"}),
      pageLink("summary", {anchor: "respons"}),
      pageLink("summary"),
      pageLink("groups", {anchor: "overzicht", from: "group"}),
      pageLink("group", {anchor: "enps", from: "group"}),
      pageLink("group", {slug: "domein-mobiliteit", from: "groups"}),
      pageLink("questions", {anchor: "module-bev", from: "guide"}),
      pageLink("guide", {from: "group"})
    ]).toEqual(["./modules#vergelijking", "#respons", "./", "../groepen#overzicht", "#enps", "./groepen/domein-mobiliteit", "./vragen#module-bev", "../leeswijzer"]);
  });
});

describe("pageLink in a study", () => {
  it("pageLink links to and from organisation pages as to and from group pages: up one folder from one", () => {
    expect([
      pageLink("organisation", {slug: "agency-ar", from: "study"}),
      pageLink("study", {anchor: "kiezen", from: "organisation"}),
      pageLink("group", {slug: "agency-ar", from: "organisation"}),
      pageLink("organisation", {anchor: "benchmarks", from: "organisation"}),
      pageLink("research", {anchor: "samenhang", from: "research"}),
      pageLink("research", {from: "study"})
    ]).toEqual(["./organisaties/agency-ar", "../organisaties#kiezen", "../groepen/agency-ar", "#benchmarks", "#samenhang", "./onderzoek"]);
  });
});

describe("the page registry", () => {
  it("every anchor of the registry is a heading id of its page's Markdown", () => {
    const missing: string[] = [];
    for (const key of Object.keys(PAGES) as PageKey[]) {
      if (key === "guide") continue;
      const markdown = readProduct(MARKDOWN[key]);
      for (const anchor of PAGES[key].anchors) if (!markdown.includes(`id="${anchor}`)) missing.push(`${key}#${anchor}`);
    }
    expect(missing).toEqual([]);
  });

  it("the guide's sections are exactly the guide's anchors, and its page renders their ids", () => {
    expect(guideSections(overviewView(report)).map((s) => s.id)).toEqual([...PAGES.guide.anchors]);
    expect(readProduct(MARKDOWN.guide)).toContain("<h2 id=${section.id}>");
  });

  it("every link with an anchor written in a page's Markdown targets an anchor of the registry", () => {
    const wrong: string[] = [];
    for (const key of Object.keys(PAGES) as PageKey[]) {
      for (const [, target, anchor] of readProduct(MARKDOWN[key]).matchAll(/href="([^"#$]*)#([^"$]+)/g)) {
        const page = pageOf(target, key);
        if (page == null || !isAnchorOf(page, anchor)) wrong.push(`${MARKDOWN[key]}: ${target}#${anchor}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("no file of the scoring library names a page of the site", () => {
    const paths = Object.values(PAGES)
      .map((p) => p.path.replace(/\/$/, ""))
      .filter((p) => p !== "");
    const named = productFiles(["scoring"]).flatMap((file) =>
      readProduct(file)
        .split("\n")
        .flatMap((line, i) => (paths.some((p) => line.includes(`"${p}`) || line.includes(`\`${p}`) || line.includes(`'${p}`)) ? [`${file}:${i + 1}`] : []))
    );
    expect(named).toEqual([]);
  });
});
