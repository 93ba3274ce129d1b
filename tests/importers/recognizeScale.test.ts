import {describe, expect, it} from "vitest";
import {columnRole} from "../../importers/columnRole.ts";
import {agreementPolarity, isDontKnow, recognizeScale} from "../../importers/recognizeScale.ts";

const options = (...labels: string[]) => labels.map((label, i) => ({code: String(i + 1), label}));

describe("recognizeScale", () => {
  it("recognizeScale(Dutch 5-point agreement with 'weet niet') scores 0–10 and sets 'weet niet' apart", () => {
    const scale = recognizeScale([...options("Helemaal mee oneens", "Mee oneens", "Niet mee eens, niet mee oneens", "Mee eens", "Helemaal mee eens"), {code: "9", label: "Weet niet"}]);
    expect(scale).toMatchObject({type: "likert", family: "agreement", values: {1: 0, 2: 2.5, 3: 5, 4: 7.5, 5: 10}, missing: [{code: "9", label: "Weet niet"}]});
  });

  it("recognizeScale(English 7-point agreement, positive end first) scores from the negative end", () => {
    const scale = recognizeScale(options("Strongly agree", "Agree", "Somewhat agree", "Neither agree nor disagree", "Somewhat disagree", "Disagree", "Strongly disagree"));
    expect(scale.type).toBe("likert");
    if (scale.type !== "likert") return;
    expect(scale.values["7"]).toBe(0);
    expect(scale.values["4"]).toBe(5);
    expect(scale.values["1"]).toBe(10);
    expect(scale.values["3"]).toBeCloseTo(20 / 3, 5);
  });

  it("recognizeScale(satisfaction labels) is a satisfaction scale", () => {
    expect(recognizeScale(options("Zeer ontevreden", "Ontevreden", "Neutraal", "Tevreden", "Zeer tevreden"))).toMatchObject({type: "likert", family: "satisfaction"});
  });

  it("recognizeScale(chosen labels in no known order) scores each by its place on the 5-point scale", () => {
    const chosen = ["Mee eens", "Helemaal mee oneens", "Helemaal mee eens", "Weet niet"].map((l) => ({code: l, label: l}));
    const scale = recognizeScale(chosen, {ordered: false});
    expect(scale).toMatchObject({type: "likert", values: {"Helemaal mee oneens": 0, "Mee eens": 7.5, "Helemaal mee eens": 10}, scaleSize: 5});
    expect(scale.missing.map((o) => o.label)).toEqual(["Weet niet"]);
  });

  it("recognizeScale(unordered labels that do not rise or fall) stays a choice", () => {
    expect(recognizeScale(options("Mee eens", "Helemaal mee oneens", "Neutraal", "Helemaal mee eens")).type).toBe("choice");
  });

  it("recognizeScale(0–10 on a recommendation question) is nps, and on other questions not", () => {
    const points = Array.from({length: 11}, (_, x) => ({code: String(x), label: String(x)}));
    expect(recognizeScale(points, {text: "Hoe waarschijnlijk is het dat u ons aanbeveelt?"}).type).toBe("nps");
    expect(recognizeScale(points, {text: "How likely are you to recommend us?"}).type).toBe("nps");
    expect(recognizeScale(points, {text: "Hoeveel dagen werkt u thuis?"}).type).toBe("choice");
  });

  it("recognizeScale(1–10) is a grade; a declared missing code is set apart", () => {
    const points = Array.from({length: 10}, (_, x) => ({code: String(x + 1), label: String(x + 1)}));
    expect(recognizeScale(points).type).toBe("grade");
    const partial = [...points.slice(4), {code: "99", label: "Geen antwoord"}];
    expect(recognizeScale(partial, {text: "Welk rapportcijfer geeft u?", missing: ["99"]})).toMatchObject({type: "grade", missing: [{code: "99"}]});
  });

  it("recognizeScale(plain choices) keeps them in the export's order", () => {
    const scale = recognizeScale(options("Minder dan 1 jaar", "1 tot 5 jaar", "Meer dan 5 jaar", "Zeg ik liever niet"));
    expect(scale).toMatchObject({type: "choice", options: [{label: "Minder dan 1 jaar"}, {label: "1 tot 5 jaar"}, {label: "Meer dan 5 jaar"}], missing: [{label: "Zeg ik liever niet"}]});
  });

  it("isDontKnow knows the Dutch and English spellings, and no answer", () => {
    for (const label of ["Weet niet", "weet ik niet", "Geen mening", "N.v.t.", "nvt", "Niet van toepassing", "Weet niet/geen ervaring", "Don't know", "Not applicable", "N/A", "No opinion"]) {
      expect(isDontKnow(label), label).toBe(true);
    }
    for (const label of ["Mee eens", "Neutraal", "Nooit", "Agree", "Anders"]) expect(isDontKnow(label), label).toBe(false);
  });

  it("agreementPolarity places labels from −3 to 3, and null for other labels", () => {
    expect(["Helemaal mee oneens", "Mee oneens", "Enigszins mee oneens", "Neutraal", "Enigszins mee eens", "Mee eens", "Helemaal mee eens"].map(agreementPolarity)).toEqual([-3, -2, -1, 0, 1, 2, 3]);
    expect(agreementPolarity("Niet mee eens")).toBe(-2);
    expect(agreementPolarity("Collega's")).toBeNull();
  });
});

describe("columnRole", () => {
  it("columnRole drops personal data, finds the id, metadata and grouping variables", () => {
    expect(["RecipientEmail", "IPAddress", "LocationLatitude", "Naam", "E-mailadres", "ExternalReference", "ipaddr", "Email Address", "Custom Data 1"].map((n) => columnRole(n))).toEqual(Array(9).fill("personal"));
    expect(["ResponseId", "Respondent ID", "id"].map((n) => columnRole(n))).toEqual(["id", "id", "id"]);
    expect(["StartDate", "Finished", "submitdate", "Start time", "Collector ID", "Begintijd", "Tijd van voltooien"].map((n) => columnRole(n))).toEqual(Array(7).fill("metadata"));
    expect(["E-mail", "IP-adres", "Aangepaste gegevens 1"].map((n) => columnRole(n))).toEqual(Array(3).fill("personal"));
    expect(["Afdeling", "Department", "team"].map((n) => columnRole(n))).toEqual(["group", "group", "group"]);
    expect(["gewicht", "Weight"].map((n) => columnRole(n))).toEqual(["weight", "weight"]);
    expect(columnRole("Q1_1", "Mijn afdeling werkt goed samen")).toBe("answer");
  });
});
