import iconv from "iconv-lite";
import {describe, expect, it} from "vitest";
import {scoreBundle} from "../../scoring/index.ts";
import {SURVEY_YAML, writeBundle} from "../helpers/bundle.ts";

/** Bundles as spreadsheets on Dutch Windows machines write them. */
const survey = SURVEY_YAML.replace("groups:", "weight: gewicht\ngroups:");

function rows(separator: string, line = "\r\n"): string {
  const body = [
    ["id", "afdeling", "team", "bev1", "bev2", "wd1", "enps", "trots", "toelichting", "gewicht", "", ""],
    ...Array.from({length: 8}, (_, i) => [
      `r${i}`,
      i < 4 ? "Financiën" : "Beleid & Regie",
      "",
      String((i % 5) + 1),
      ["  mee EENS ", "MEE eens", "Mee\u00a0 eens", "4", "4.0", "mee eens"][i] ?? "Weet niet/geen ervaring",
      "2",
      String(i + 2),
      i % 2 ? '"Collega\'s;Samenwerking"' : "",
      i === 1 ? '"Twee regels:\r\neerst dit; dan dat"' : i === 3 ? "Het werk’s druk" : "",
      i % 2 ? "1,5" : "0,5",
      "",
      ""
    ])
  ];
  return body.map((fields) => fields.join(separator)).join(line) + line;
}

describe("bundles from spreadsheets", () => {
  it("reads ; separators, decimal commas, a UTF-8 byte-order mark, CRLF, quoted line breaks and trailing empty columns", async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(rows(";"), "utf8")]);
    const report = await scoreBundle(writeBundle({"survey.yaml": survey, "responses.csv": bytes}));
    expect(report.accounting).toEqual({file: "responses.csv", read: 8, accepted: 8, setAside: 0, reasons: {}});
    expect(report.groups.map((g) => g.value)).toEqual(["Beleid & Regie", "Financiën"]);
    // Weights 0,5 and 1,5: bev1 codes 1..5,1,2,3 → scores 0, 2.5, 5, 7.5, 10, 0, 2.5, 5.
    const weights = [0.5, 1.5, 0.5, 1.5, 0.5, 1.5, 0.5, 1.5];
    const scores = [0, 2.5, 5, 7.5, 10, 0, 2.5, 5];
    const expected = scores.reduce((a, x, i) => a + x * weights[i], 0) / weights.reduce((a, b) => a + b, 0);
    expect(report.questions.find((q) => q.id === "bev1")!.score).toBeCloseTo(expected, 12);
    // Six spellings of "Mee eens" (code 4), then two "don't know".
    expect(report.questions.find((q) => q.id === "bev2")).toMatchObject({n: 6, score: 7.5});
  });

  it("reads Windows-1252 text (é, ë, ’) as the same bundle in UTF-8", async () => {
    const utf8 = await scoreBundle(writeBundle({"survey.yaml": survey, "responses.csv": rows(";")}));
    const cp1252 = await scoreBundle(writeBundle({"survey.yaml": survey, "responses.csv": iconv.encode(rows(";"), "windows-1252")}));
    expect(cp1252).toEqual(utf8);
    expect(cp1252.groups[1].value).toBe("Financiën");
  });
});
