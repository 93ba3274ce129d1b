/**
 * The built pages' mending (`site/postbuild.ts`): `lang`, a viewport that allows zooming, and each
 * page's own part of its head and its footer (`site/pageParts.ts`) where Framework puts the
 * config's `head` and `footer`.
 */
import {describe, expect, it} from "vitest";
import {mendHtml} from "../../site/postbuild.ts";
import {pageFooter, pageHead, type HeadSource} from "../../site/pageParts.ts";

/** Framework 1.13.4's page shell, shortened: the generator's head, then its module script. */
const shell = (title = "") => `<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">
<meta name="generator" content="Observable Framework v1.13.4">
${title}
<link rel="stylesheet" type="text/css" href="./_import/style.css">
<script type="module">

import {define} from "./_observablehq/client.js";
</script>
</head>
<body>
<div id="observablehq-center">
<main id="observablehq-main" class="observablehq">
<script type="module">/* a cell */</script></main>
</div>
</body>
</html>
`;

const source: HeadSource = {
  navigation: {names: new Map([["/index", "Samenvatting"], ["/modules", "Modules & thema's"]]), order: ["/", "/modules"]},
  survey: {title: "MBO \"2025\" <concept>", organisation: "Provincie Voorbeeld"}
};

describe("postbuild", () => {
  it("mendHtml(html, language) puts lang on <html> and a viewport that allows zooming", () => {
    const out = mendHtml(shell(), "en");
    expect(out).toContain('<html lang="en">');
    expect(out).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(out).not.toContain("maximum-scale");
  });

  it("mendHtml(html, language, head) writes the page's own head just before Framework's module script in <head>", () => {
    const out = mendHtml(shell(), "nl", {head: (ownTitle) => pageHead("/modules", ownTitle, source), footer: null});
    const head = out.slice(out.indexOf("<head>"), out.indexOf("</head>"));
    expect(head).toContain(`href="./_import/style.css">\n<title>Modules &amp; thema's · MBO "2025" &lt;concept&gt; · Provincie Voorbeeld</title>\n<link rel="icon" href="data:,">\n<script type="module">const c = document.getElementById("observablehq-sidebar-close");`);
    expect(head.indexOf('<link rel="icon"')).toBeLessThan(head.indexOf("import {define}"));
    // Once, and not in the body's scripts.
    expect(out.split('<link rel="icon"').length).toBe(2);
  });

  it("a page with a <title> of its own keeps it and gets no second; the home page lists the report's pages", () => {
    const own = mendHtml(shell("<title>Grafieken insluiten</title>"), "nl", {head: (ownTitle) => pageHead("/gallery", ownTitle, source), footer: null});
    expect(own.match(/<title>/g)).toHaveLength(1);
    expect(pageHead("/index", false, source)).toContain('<script type="application/json" id="peiling-report-pages">["/","/modules"]</script>');
    expect(pageHead("/modules", false, source)).not.toContain("peiling-report-pages");
  });

  it("mendHtml refuses a shell without <html>, a viewport, or (given a head) a module script in <head>", () => {
    expect(() => mendHtml("<head></head>", "nl")).toThrow("no <html> element");
    expect(() => mendHtml("<html><head></head></html>", "nl")).toThrow("no viewport meta");
    const noScript = shell().replace(/<script type="module">\n\nimport[^<]*<\/script>\n/, "");
    expect(() => mendHtml(noScript, "nl", {head: () => "<title>x</title>", footer: null})).toThrow("no module script in <head>");
    const twice = mendHtml(shell(), "nl", {head: () => "", footer: "x"});
    expect(() => mendHtml(twice, "nl", {head: () => "", footer: "x"})).toThrow("a footer already");
  });

  it("mendHtml(html, language, {footer}) writes the footer after <main>, as Framework writes the config's; an embed page gets none", () => {
    const footer = pageFooter("/modules", source.survey);
    expect(footer).toBe('Provincie Voorbeeld · MBO "2025" &lt;concept&gt; · Peiling');
    const out = mendHtml(shell(), "nl", {head: () => "", footer});
    expect(out).toContain(`</main>\n<footer id="observablehq-footer">\n<div>${footer}</div>\n</footer>\n</div>\n</body>`);
    expect(pageFooter("/embed/module-bars", source.survey)).toBeNull();
    expect(mendHtml(shell(), "nl", {head: () => "", footer: null})).not.toContain("<footer");
  });
});
