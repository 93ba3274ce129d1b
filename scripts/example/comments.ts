/**
 * Open comments for the example bundle, built from word templates so they are nobody's words.
 * A comment picks up one or two of the topics its writer ticked.
 */

import type {Random} from "./random.ts";

/** The fill-ins of the templates: `{adj}` takes a word from `adj`, and so on. */
const words: Record<string, string[]> = {
  adj: ["betrokken", "deskundig", "behulpzaam", "gedreven", "collegiaal", "open", "hartelijk", "nuchter"],
  unit: ["ons team", "het domein", "de afdeling", "het programma"],
  units: ["teams", "domeinen", "beleid en uitvoering", "projecten en lijn"],
  partner: ["gemeenten", "waterschappen", "andere teams", "maatschappelijke partners"],
  public: ["inwoners", "ondernemers", "gemeenten", "bezoekers van de regio"],
  goal: ["de energietransitie", "sterkere natuur", "veilige wegen", "betaalbaar wonen", "schoon water", "goed openbaar vervoer"],
  course: ["een opleiding", "cursussen", "een coachtraject", "een leergang"],
  skill: ["projectmatig werken", "adviseren", "omgaan met data", "onderhandelen"],
  adv: ["echt", "steeds", "heel", "opvallend"]
};

/** Templates for what makes people proud, per topic option. */
const proud: Record<string, string[]> = {
  "Collega's": [
    "Mijn collega's zijn {adj} en {adj}.",
    "De {adj} collega's in {unit}.",
    "Fijne collega's die altijd bereid zijn om te helpen."
  ],
  "Hybride werken": [
    "De vrijheid om thuis en op kantoor te werken.",
    "Hybride werken is goed geregeld, ik kan mijn week zelf indelen.",
    "Thuis kan ik geconcentreerd werken en op kantoor zie ik mijn collega's."
  ],
  Samenwerking: [
    "De samenwerking binnen {unit} loopt {adv} goed.",
    "Samen met {partner} bereiken we veel.",
    "We helpen elkaar, ook over de grenzen van {unit} heen."
  ],
  "Betrokkenheid en samenleving": [
    "Ons werk doet ertoe voor {public}.",
    "Ik draag bij aan {goal}.",
    "We werken aan {goal}, daar ben ik trots op."
  ],
  Ontwikkeling: [
    "Ik krijg de ruimte om {course} te volgen.",
    "Er is veel aandacht voor leren en ontwikkelen.",
    "Ik heb dit jaar veel geleerd over {skill}."
  ],
  Dienstverlening: ["We helpen {public} snel en vriendelijk.", "De kwaliteit van onze dienstverlening aan {public}."],
  Integriteit: ["Er wordt zorgvuldig en eerlijk gewerkt.", "Morele dilemma's zijn hier bespreekbaar."],
  Inclusiviteit: ["Iedereen mag hier zichzelf zijn.", "Er is aandacht voor diversiteit in {unit}."],
  Rolduidelijkheid: ["Ik weet wat er van mij verwacht wordt.", "Mijn taken en verantwoordelijkheden zijn duidelijk."],
  Leiderschap: ["Mijn leidinggevende geeft vertrouwen en ruimte.", "Een leidinggevende die echt luistert."]
};

/** Templates for what can be better, per topic option. */
const improve: Record<string, string[]> = {
  "Collega's": [
    "Meer tijd voor elkaar, ook buiten de overleggen.",
    "Nieuwe collega's beter inwerken.",
    "Collega's mogen elkaar vaker aanspreken."
  ],
  "Hybride werken": [
    "Meer vaste dagen op kantoor met het hele team.",
    "Betere apparatuur voor hybride overleg.",
    "Op kantoor is het vaak lastig een werkplek te vinden."
  ],
  Samenwerking: [
    "Betere afstemming tussen {units}.",
    "Minder verkokering, meer samenwerken tussen domeinen.",
    "Kortere lijnen tussen {units}."
  ],
  "Betrokkenheid en samenleving": [
    "Vaker naar buiten, in gesprek met {public}.",
    "Meer zicht op wat ons werk oplevert voor {public}."
  ],
  Ontwikkeling: [
    "Meer begeleiding bij de volgende stap in mijn loopbaan.",
    "Tijd voor opleiding inplannen, niet alleen budget.",
    "Meer ruimte voor {course}, ook naast het werk."
  ],
  Dienstverlening: ["Sneller reageren op vragen van {public}.", "Minder bureaucratie in de procedures."],
  Integriteit: ["Duidelijker maken waar je terechtkunt met een melding.", "Meer openheid over hoe meldingen worden opgepakt."],
  Inclusiviteit: ["Meer diversiteit in het management.", "Werving richten op een bredere groep."],
  Rolduidelijkheid: ["Duidelijkere taakverdeling, nu doen we dingen dubbel.", "Heldere rollen in projecten: wie beslist wat?"],
  Leiderschap: [
    "Transparanter besluiten nemen in de directie.",
    "Leidinggevenden met meer tijd voor hun mensen.",
    'Het "goede gesprek" mag vaker dan één keer per jaar.'
  ]
};

function fill(template: string, rng: Random): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const options = words[key];
    return options[rng.int(options.length)];
  });
}

/**
 * A short Dutch comment about one or two of the chosen topic options.
 * `kind` is `proud` (what makes you proud) or `improve` (what can be better).
 *
 * @example
 * topicComment("improve", ["Leiderschap"], rng); // e.g. "Transparanter besluiten nemen in de directie."
 */
export function topicComment(kind: "proud" | "improve", chosen: readonly string[], rng: Random): string {
  const templates = kind === "proud" ? proud : improve;
  const options = rng.shuffle(chosen.filter((option) => option in templates));
  if (options.length === 0) return "";
  const count = options.length > 1 && rng.chance(0.25) ? 2 : 1;
  return options
    .slice(0, count)
    .map((option) => fill(templates[option][rng.int(templates[option].length)], rng))
    .join(" ");
}
