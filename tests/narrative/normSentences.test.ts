import {describe, expect, it} from "vitest";
import {normSentences} from "../../narrative/normSentences.ts";
import type {QualityView} from "../../charts/types.ts";
import {quality} from "../charts/qualityFixtures.ts";

/** The fixture with one service failing both its mean and its corrected mean. */
function withFailingService(): QualityView {
  const groups = quality.norm.groups.map((g) => (g.value === "Re-integratie" ? {...g, mean: 4.2, robustMean: 5.1, pass: false, passedBy: null} : g));
  return {...quality, norm: {...quality.norm, groups, pass: false}};
}

describe("normSentences", () => {
  it("normSentences(view) says the norm is met, and where it took the corrected mean", () => {
    const [verdict] = normSentences(quality, "nl");
    expect(verdict).toBe(
      "De norm is gehaald: Cliënten gaven gemiddeld een 6,4 en elke getoonde dienst haalt minstens een 5,5. Voor het totaal en Re-integratie was daarvoor het gecorrigeerde gemiddelde nodig (zie hieronder)."
    );
  });

  it("normSentences(view) names a failing service with its mean when the norm is not met", () => {
    expect(normSentences(withFailingService(), "nl")[0]).toBe("De norm is niet gehaald: Re-integratie (4,2) blijft onder de 5,5, ook na de correctie voor onvoldoendes.");
  });

  it("normSentences(view) explains the rule, the other population, publication, few answers and the suppressed service", () => {
    const text = normSentences(quality, "nl").join("\n");
    expect(text).toContain("minstens 6,5, en minstens 5,5 voor elke dienst");
    expect(text).toContain("lager dan 5,5) als een 5");
    expect(text).toContain("Opdrachtgevers vulden een eigen vragenlijst in");
    expect(text).toContain("minstens 4 vragenlijsten zijn ingevuld en de respons minstens 15\u00a0% is");
    expect(text).toContain("Een cijfer met * rust op minder dan 10 antwoorden");
    expect(text).toContain("Jobcoaching: minder dan 4 ingevulde vragenlijsten");
  });

  it("normSentences(view, 'en') speaks English", () => {
    expect(normSentences(withFailingService(), "en")[0]).toBe("The norm is not met: Re-integratie (4.2) stays below 5.5, also after the correction for failing grades.");
  });

  it("normSentences(view) says nothing can be judged without a total mean", () => {
    const empty = {...quality, norm: {...quality.norm, total: {...quality.norm.total, mean: null, pass: null, passedBy: null}, pass: null}};
    expect(normSentences(empty, "nl")[0]).toBe("Er is geen gemiddeld rapportcijfer van Cliënten om te beoordelen; de norm is dus niet te toetsen.");
  });
});
