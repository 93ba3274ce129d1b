import {afterAll, beforeAll, expect, test} from "vitest";
import type {Page} from "playwright-core";
import {readBundle, scoreReport, type Report} from "../../scoring/index.ts";
import {exampleBundle} from "../../site/paths.ts";
import {format} from "../../text/format.ts";
import {openPage, waitForCells, waitForCharts} from "./harness.ts";
import {useSite} from "./pageChecks.ts";

// The agenda page of the example (its general checks — render, console, origins, headings, axe —
// are site.test.ts's, which visits every page): its numbers are the model's, every number links
// to a chart on the page, and the overview fits on one A4 sheet in print.

const env = useSite();
let report: Report;
let page: Page;

beforeAll(async () => {
  report = scoreReport(readBundle(exampleBundle));
  ({page} = await openPage(env.browser(), new URL("agenda", env.site().url).href));
  await waitForCells(page, 30_000);
  await waitForCharts(page, 7, 30_000);
});

afterAll(() => page?.close());

test("the overview lists every theme and movement with the model's score, margin, previous score and lagging groups", async () => {
  const f = format({locale: "nl"});
  const rows = await page.$$eval("table.peiling-agenda-overview tbody tr:not(:first-child)", (trs) => trs.map((tr) => Array.from(tr.children, (cell) => (cell.textContent ?? "").replace(/\s+/g, " ").trim())));
  const themes = report.agenda!.themes;
  expect(rows.map((r) => r[0])).toEqual(themes.map((t) => t.name));
  rows.forEach((row, i) => {
    const theme = themes[i];
    if (!theme.measured) {
      expect(row[1]).toBe("niet gemeten");
      return;
    }
    expect(row[1]).toBe(`${f.score(theme.score!.score)} (${f.interval(theme.score!.ci![0], theme.score!.ci![1])})`);
    const previous = theme.comparisons.find((c) => c.against === "previous" && c.group === null)!;
    expect(row[2]).toMatch(new RegExp(`^${f.score(previous.reference).replace(".", "\\.")} \\(${f.difference(previous.difference).replace("+", "\\+")}`));
    expect(row[4]).toBe(String(theme.lagging.length));
  });
});

test("each theme's sentence gives the model's score and margin, and every number on the page links to a chart there", async () => {
  const f = format({locale: "nl"});
  for (const theme of report.agenda!.themes.filter((t) => t.measured)) {
    const sentence = await page.locator(`h2#thema-${theme.id} ~ .peiling-narrative`).first().innerText();
    expect(sentence).toContain(`${theme.name} scoort ${f.score(theme.score!.score)} (marge ${f.interval(theme.score!.ci![0], theme.score!.ci![1])})`);
  }
  const targets = await page.$$eval("main a[href^='#']", (as) => [...new Set(as.map((a) => a.getAttribute("href")!.slice(1)))]);
  expect(targets.length).toBeGreaterThanOrEqual(report.agenda!.themes.length);
  for (const id of targets) {
    // The theme's section holds its chart: the next figure after the heading, before the next h2.
    const hasChart = await page.evaluate((id) => {
      let node = document.getElementById(id)?.nextElementSibling ?? null;
      while (node && node.tagName !== "H2") {
        if (node.querySelector("svg[role=img]")) return true;
        node = node.nextElementSibling;
      }
      return false;
    }, id);
    const measured = report.agenda!.themes.find((t) => `thema-${t.id}` === id)?.measured ?? true;
    expect(hasChart, `#${id} leads to a chart`).toBe(measured);
  }
});

test("each measured theme has its chart over the waves with the model's trend, and its sentence says how it moved, linked to that chart", async () => {
  const f = format({locale: "nl"});
  const labels = ["2021", "2023", "2025"];
  for (const theme of report.agenda!.themes.filter((t) => t.measured)) {
    const line = report.trends!.find((t) => t.kind === "theme" && t.item === theme.id && t.groupId === null)!;
    const id = `thema-${theme.id}-verloop`;
    await page.locator(`h3#${id}`).waitFor();
    // The figure after the heading: its table gives the theme's score in every wave, as the model's trend.
    const table = await page.evaluate((id) => {
      let node = document.getElementById(id)?.nextElementSibling ?? null;
      while (node && !node.querySelector("svg[role=img]")) node = node.nextElementSibling;
      const head = Array.from(node?.querySelectorAll("details table thead th") ?? [], (th) => th.textContent?.trim() ?? "");
      const cells = Array.from(node?.querySelectorAll("details table tbody tr") ?? [], (tr) => Array.from(tr.children, (c) => c.textContent?.trim() ?? ""));
      return {head, cells};
    }, id);
    expect(table.head.slice(0, 4)).toEqual(["Thema", ...labels]);
    expect(table.cells.length).toBe(1);
    expect(table.cells[0][0]).toBe(theme.name);
    line.points.forEach((p, w) => expect(table.cells[0][w + 1]).toMatch(new RegExp(`^${f.score(p.score).replace(".", "\\.")}`)));
    // The sentence: every wave on the current questions, each score linked to this chart.
    const sentence = page.locator(`h2#thema-${theme.id} ~ .peiling-narrative`).first();
    const same = line.points.filter((p) => p.score !== null && String(p.questions) === String(line.questions));
    if (same.length < 2) {
      expect(await sentence.innerText()).not.toContain("Door de jaren");
      continue;
    }
    expect(await sentence.innerText()).toContain(`Door de jaren: ${f.score(same[0].score)} in ${labels[line.points.indexOf(same[0])]}`);
    const links = await sentence.locator(`a[href="#${id}"]`).allInnerTexts();
    expect(links.slice(0, same.length)).toEqual(same.map((p) => f.score(p.score)));
  }
});

test("the lagging groups of each theme are the model's, with their scores", async () => {
  const f = format({locale: "nl"});
  for (const theme of report.agenda!.themes.filter((t) => t.measured)) {
    const items = await page.$$eval(`h2#thema-${theme.id}`, ([h]) => {
      let node = h.nextElementSibling;
      while (node && !(node.tagName === "H3")) node = node.nextElementSibling;
      const list = node?.nextElementSibling;
      return list?.tagName === "UL" ? Array.from(list.querySelectorAll("li"), (li) => li.textContent ?? "") : [];
    });
    expect(items).toEqual(theme.lagging.map((id) => {
      const g = theme.groups.find((x) => x.group === id)!;
      const c = theme.comparisons.find((x) => x.group === id && x.against === "organisation")!;
      return expect.stringContaining(`: ${f.score(g.score)} (${f.interval(g.ci![0], g.ci![1])}), ${f.difference(c.difference)}`);
    }));
  }
});

test("printed on A4, the overview fits on the first sheet and the themes start on the next", async () => {
  // A4 less the print margins (210 − 2·14 mm wide, 297 − 16 − 18 mm high) at 96 px per inch.
  const mm = 96 / 25.4;
  await page.setViewportSize({width: Math.round(182 * mm), height: Math.round(263 * mm)});
  await page.emulateMedia({media: "print"});
  await page.waitForTimeout(500);
  const {overview, breaks} = await page.evaluate(() => {
    const first = document.querySelector("main h2.peiling-section")!;
    const top = document.querySelector("main h1")!.getBoundingClientRect().top;
    return {overview: first.getBoundingClientRect().top - top, breaks: getComputedStyle(first).breakBefore};
  });
  expect(breaks).toBe("page");
  expect(overview).toBeLessThanOrEqual(263 * mm);
  await page.emulateMedia({media: "screen"});
});
