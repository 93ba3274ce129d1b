/**
 * Mends Framework's page shell in every built HTML file (see docs/site-build.md): Framework 1.13.4
 * writes `<html>` without `lang` and a viewport meta with `maximum-scale=1`, which blocks zooming
 * (WCAG 3.1.1, 1.4.4), and no config option changes either. In `peiling build` it also writes each
 * page's own part of its head and its footer (`site/pageParts.ts`) where Framework would have put
 * the config's `head` and `footer`.
 *
 * Called by the build ({@link postbuild}). The language
 * comes from `PEILING_LANGUAGE` (`nl` or `en`), default `nl`.
 */

import {readFile, readdir, rm, writeFile} from "node:fs/promises";
import {join, sep} from "node:path";
import {distDir} from "./paths.ts";
import {isLanguage, type Language} from "../text/translations.ts";
import {pageFooter, pageHead, type HeadSource} from "./pageParts.ts";

const VIEWPORT = `<meta name="viewport" content="width=device-width, initial-scale=1">`;

/** Framework's module script, the last element of every page's head: the config's `head` comes just before it. */
const MODULE_SCRIPT = "\n<script type=\"module\">";

/** The end of every page's body in Framework's shell: the config's `footer` comes just before it. */
const BODY_END = "\n</div>\n</body>";

/** The parts of a page Peiling writes itself (`site/pageParts.ts`): its own part of the head, by whether it has a `<title>` of its own, and its footer (null for none). */
export interface PageParts {
  head: (ownTitle: boolean) => string;
  footer: string | null;
}

/**
 * Returns a page with `lang` on `<html>`, a viewport that allows zooming and, given `parts`, its
 * own part of the head and its footer where Framework puts the config's `head` and `footer`;
 * throws on a shell it does not know.
 */
export function mendHtml(html: string, language: Language, parts?: PageParts): string {
  let hasHtml = false;
  let out = html
    .replace(/<html(\s[^>]*)?>/i, (_, attributes: string = "") => {
      hasHtml = true;
      return `<html lang="${language}"${attributes.replace(/\s+lang="[^"]*"/i, "")}>`;
    })
    .replace(/<meta\s+name="viewport"[^>]*>/i, VIEWPORT);
  if (!hasHtml) throw new Error("no <html> element");
  if (!out.includes(VIEWPORT)) throw new Error("no viewport meta");
  if (parts) {
    const end = out.indexOf("</head>");
    const at = out.indexOf(MODULE_SCRIPT);
    if (end < 0 || at < 0 || at > end) throw new Error("no module script in <head>");
    out = `${out.slice(0, at)}\n${parts.head(/<title>/.test(out.slice(0, at)))}${out.slice(at)}`;
    if (parts.footer !== null) {
      const bodyEnd = out.lastIndexOf(BODY_END);
      if (bodyEnd < 0 || out.slice(0, bodyEnd).includes('<footer id="observablehq-footer">')) throw new Error("no end of the body, or a footer already");
      out = `${out.slice(0, bodyEnd)}\n<footer id="observablehq-footer">\n<div>${parts.footer}</div>\n</footer>${out.slice(bodyEnd)}`;
    }
  }
  return out;
}

/** `PEILING_LANGUAGE`, checked; `nl` when unset. */
export function languageFromEnv(value = process.env.PEILING_LANGUAGE): Language {
  if (value === undefined || value === "") return "nl";
  if (isLanguage(value)) return value;
  throw new Error(`PEILING_LANGUAGE must be nl or en, not "${value}"`);
}

/**
 * Rewrites every `.html` file below `dir` in place and returns how many it mended; with `source`,
 * each page gets its own part of its head and its footer (`pageHead`, `pageFooter`, by the page's
 * path: `/index`, `/groepen/x`).
 *
 * @example
 * await postbuild("dist", "en", headSource(report, "en"));
 */
export async function postbuild(dir = distDir, language: Language = languageFromEnv(), source?: HeadSource): Promise<number> {
  const files = (await readdir(dir, {recursive: true})).filter((f) => f.endsWith(".html"));
  for (const file of files) {
    const path = join(dir, file);
    const page = `/${file.split(sep).join("/").replace(/\.html$/, "")}`;
    try {
      const parts = source && {head: (ownTitle: boolean) => pageHead(page, ownTitle, source), footer: pageFooter(page, source.survey)};
      await writeFile(path, mendHtml(await readFile(path, "utf-8"), language, parts));
    } catch (error) {
      throw new Error(`postbuild: ${path}: ${(error as Error).message}`);
    }
  }
  return files.length;
}

/**
 * Removes the built pages of the report's pages it has nothing for (`absentPages`): every page in
 * `src/` is built, but a report without an eNPS gets no eNPS page. Returns how many it removed.
 *
 * @example
 * await removePages("dist", ["/enps", "/keurmerk"]);
 */
export async function removePages(dir: string, paths: string[]): Promise<number> {
  let removed = 0;
  for (const path of paths) {
    const file = join(dir, `${path.replace(/^\//, "")}.html`);
    const existed = await readFile(file).then(() => true, () => false);
    await rm(file, {force: true});
    if (existed) ++removed;
  }
  return removed;
}

