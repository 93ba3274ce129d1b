import {describe, expect, it} from "vitest";
import {trendSentences, type Sentence} from "../../narrative/index.ts";
import {trends} from "../charts/trendFixtures.ts";

/** A sentence as text, links as [text](href), lead-ins as **text**. */
const text = (sentence: Sentence) => sentence.map((p) => (typeof p === "string" ? p : "href" in p ? `[${p.text}](${p.href})` : `**${p.text}**`)).join("");

describe("trendSentences", () => {
  it("trendSentences(view) names the modules rising and falling significantly, steepest first, and the eNPS per wave, every number linked", () => {
    expect(trendSentences(trends).map(text)).toEqual([
      "**Over de jaren.** Van 2021 tot 2025 stegen 2 van de 4 modulescores significant: Leiderschap (van [5,9](./modules#ontwikkeling) naar [7,5](./modules#ontwikkeling)) en Bevlogenheid (van [6,8](./modules#ontwikkeling) naar [7,2](./modules#ontwikkeling)). Significant gedaald is Werkdruk (van [5,6](./modules#ontwikkeling) naar [5,0](./modules#ontwikkeling)). De eNPS was [−14](#ontwikkeling) in 2021, [−9](#ontwikkeling) in 2023 en [1](#ontwikkeling) in 2025."
    ]);
  });

  it("trendSentences(view, {group}) says in which waves the group was too small, and fits no line through two points", () => {
    expect(trendSentences(trends, {group: "afdeling=Mobiliteit", locale: "en", links: {modules: "#ontwikkeling"}}).map(text)).toEqual([
      "**Over the years.** In 2021 this group was too small to show."
    ]);
  });

  it("trendSentences(view) is empty without earlier waves", () => {
    expect(trendSentences({...trends, waves: trends.waves.slice(2)})).toEqual([]);
  });
});
