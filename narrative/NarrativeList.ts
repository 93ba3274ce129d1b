/** A piece of a sentence: plain text, a number (or name) linked to the chart it comes from, or a bold lead-in. */
export type NarrativePart = string | {text: string; href: string} | {text: string; strong: true};

/** A sentence (or a key point of a few sentences) as a list of parts, so numbers can link to their source. */
export type Sentence = NarrativePart[];

/** The options of {@link NarrativeList}. */
export interface NarrativeListOptions {
  /** `list` (default) renders a bulleted `<ul>`, `paragraphs` a `<div>` of `<p>`. */
  as?: "list" | "paragraphs";
  /** A class for the root element; default `peiling-narrative`. */
  className?: string;
  document?: Document;
}

/**
 * Renders sentences whose numbers link to the charts they come from: each sentence becomes a list
 * item (or a paragraph), each linked part an `<a href>` with the number as its text, so a reader
 * can follow any number to its source, and a lead-in part a `<strong>`. Empty sentences are left
 * out. Defaults: a bulleted list with the class `peiling-narrative`.
 *
 * @example
 * NarrativeList([["De respons is ", {text: "66 %", href: "#respons"}, "."]]);
 */
export function NarrativeList(sentences: Sentence[], {as = "list", className = "peiling-narrative", document = globalThis.document}: NarrativeListOptions = {}): HTMLElement {
  const root = document.createElement(as === "list" ? "ul" : "div");
  root.className = className;
  for (const sentence of sentences) {
    if (!sentence.length) continue;
    const item = document.createElement(as === "list" ? "li" : "p");
    for (const part of sentence) {
      if (typeof part === "string") {
        item.append(part);
        continue;
      }
      if ("href" in part) {
        const link = document.createElement("a");
        link.href = part.href;
        link.textContent = part.text;
        item.append(link);
      } else {
        const strong = document.createElement("strong");
        strong.textContent = part.text;
        item.append(strong);
      }
    }
    root.append(item);
  }
  return root;
}
