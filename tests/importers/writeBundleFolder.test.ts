import {mkdtempSync, readdirSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {bundleFromExport} from "../../importers/bundleFromExport.ts";
import {ImportError} from "../../importers/ImportError.ts";
import type {ImportedExport, ImportedVariable} from "../../importers/ImportedExport.ts";
import {writeBundleFolder} from "../../importers/writeBundleFolder.ts";

/** Cells that trip readers and writers: labels, numbers, spellings, separators, quotes, line breaks. */
const cell = fc.constantFrom("", "", "Mee eens", "mee eens", "Helemaal mee oneens", "Weet niet", "n.v.t.", "Ja", "ja ", "4", "4.0", "10 - Zeer waarschijnlijk", "0", "7", "a,b", "a;b;", "b;", 'zei "ja"', "regel\nregel", " ", "Afdeling A", "x".repeat(300));
const names = fc.constantFrom("id", "ResponseId", "Q1", "Q1_1", "q1", "Afdeling", "team", "Wat kan beter?", "", "RecipientEmail", "StartDate", "Q5[SQ001]", "gewicht", "1e vraag", "id");

/** What an SPSS file may say about a variable: value labels with a missing code, a string, or nothing. */
const described = fc.constantFrom<Partial<ImportedVariable>>(
  {},
  {isString: true},
  {options: [{code: "1", label: "Mee oneens"}, {code: "4", label: "Mee eens"}, {code: "9", label: "Weet niet"}], strict: true, missing: ["9"]},
  {options: [{code: "0", label: "Zeer onwaarschijnlijk"}, {code: "10", label: "Zeer waarschijnlijk"}], strict: true}
);

const exportArbitrary: fc.Arbitrary<ImportedExport> = fc
  .record({names: fc.array(fc.tuple(names, described), {minLength: 1, maxLength: 6}), rows: fc.integer({min: 1, max: 8}), separator: fc.constantFrom(undefined, ",", ";"), sav: fc.boolean()})
  .chain(({names, rows, separator, sav}) =>
    fc.array(fc.array(cell, {minLength: names.length, maxLength: names.length}), {minLength: rows, maxLength: rows}).map((cells) => ({
      file: sav ? "export.sav" : "export.csv",
      format: sav ? ("sav" as const) : ("qualtrics" as const),
      unit: sav ? ("record" as const) : ("line" as const),
      variables: names.map(([name, description], c) => ({name, text: name, column: c + 1, ...(sav ? description : {})})),
      rows: cells.map((values, r) => ({at: r + 2, values})),
      ...(separator ? {multiSeparator: separator} : {})
    }))
  );

describe("writeBundleFolder", () => {
  it("writeBundleFolder(bundleFromExport(any export)) writes a bundle the loaders accept, or names a defect of the export and writes nothing", () => {
    fc.assert(
      fc.property(exportArbitrary, (exported) => {
        const parent = mkdtempSync(join(tmpdir(), "peiling-import-"));
        try {
          writeBundleFolder(bundleFromExport(exported, {today: "2025-01-01"}), join(parent, "bundle"));
          expect(readdirSync(join(parent, "bundle")).sort()).toEqual(["responses.csv", "survey.yaml"]);
        } catch (error) {
          expect(error).toBeInstanceOf(ImportError);
          expect((error as Error).message).not.toContain("please report");
          expect(readdirSync(parent)).toEqual([]);
        }
      }),
      {numRuns: 300, seed: 5}
    );
  });
});
