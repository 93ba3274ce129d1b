import {mkdtempSync, readFileSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {PDFDocument} from "pdf-lib";
import {afterAll, expect, test} from "vitest";
import {pdf} from "../../site/pdf.ts";
import {exampleSite} from "./harness.ts";
import {reportPages} from "./pageChecks.ts";

const scratch = mkdtempSync(join(tmpdir(), "peiling-pdf-"));
afterAll(() => rmSync(scratch, {recursive: true, force: true}));

test("peiling pdf prints every page of the report, in report order, into one A4 PDF", async () => {
  const out = join(scratch, "report.pdf");
  const result = await pdf(undefined, {site: exampleSite, out, log: () => {}});
  expect(result.pages.map((p) => p.path)).toEqual(reportPages());
  expect(result.pages.every((p) => p.pageCount >= 1)).toBe(true);
  // The questions page puts every module on a sheet of its own.
  expect(result.pages.find((p) => p.path === "/vragen")?.pageCount).toBeGreaterThanOrEqual(17);

  const document = await PDFDocument.load(readFileSync(out));
  expect(document.getPageCount()).toBe(result.pageCount);
  expect(result.pageCount).toBe(result.pages.reduce((sum, p) => sum + p.pageCount, 0));
  const {width, height} = document.getPage(0).getSize();
  expect([Math.round((width / 72) * 25.4), Math.round((height / 72) * 25.4)]).toEqual([210, 297]);
  expect(document.getTitle()).toBe("Medewerkersbelevingsonderzoek 2025 · Provincie Voorbeeld");
}, 300_000);

test("peiling pdf refuses a --site folder without a built site", async () => {
  await expect(pdf(undefined, {site: scratch, out: join(scratch, "x.pdf"), log: () => {}})).rejects.toThrow(/holds no built site/);
});
