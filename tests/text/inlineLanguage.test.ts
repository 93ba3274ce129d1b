import {describe, expect, it} from "vitest";
import {productFiles, readProduct} from "../helpers/productFiles.ts";

/** A choice of words by language written in place: `locale === "en" ? … : …`, `"nl" !== language`. */
const COMPARISON = /[!=]==?\s*["'](?:nl|en)["']|["'](?:nl|en)["']\s*[!=]==?/;
/** A dictionary by language written in place: `{nl: "Vorig onderzoek", en: …}`, `nl: {`. */
const DICTIONARY = /\bnl:\s*[{"'`]/;

/** The lines of a file that choose words by language, as `file:line: text`. */
function inlineChoices(file: string, text: string): string[] {
  return text
    .split("\n")
    .flatMap((line, i) => (COMPARISON.test(line) || DICTIONARY.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : []));
}

describe("one mechanism for text", () => {
  it("inlineChoices finds a language comparison and an inline dictionary, and passes a lookup", () => {
    expect(inlineChoices("a.ts", 'const w = locale === "en" ? "of" : "van";\nconst x = {nl: "ja", en: "yes"};\nconst y = chartText(locale).of;')).toEqual([
      'a.ts:1: const w = locale === "en" ? "of" : "van";',
      'a.ts:2: const x = {nl: "ja", en: "yes"};'
    ]);
  });

  it("no product file outside text/ chooses words by language itself", () => {
    const found = productFiles()
      .filter((file) => !file.startsWith("text/"))
      .flatMap((file) => inlineChoices(file, readProduct(file)));
    expect(found).toEqual([]);
  });
});
