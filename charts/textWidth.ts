// Rough advance widths, in ems, on the wide side of common sans-serifs (system-ui, Segoe UI,
// Helvetica, DejaVu Sans): used to size margins and wrap labels, never to position text exactly.
// Erring wide means a label is sometimes cut earlier than needed, but never clipped.
const narrow = new Set("iIjlft.,;:!|'’()[]/ ");
const wide = new Set("mwMW@%");
const symbols = new Set("▲▼");

/**
 * Estimates how wide a text is in pixels at a font size (default 12), bold or not, without
 * measuring: a margin sized by it fits most labels, and ellipses cut the rest.
 *
 * @example
 * const marginLeft = Math.max(...names.map((name) => textWidth(name))) + 8;
 */
export function textWidth(text: string, fontSize = 12, {bold = false}: {bold?: boolean} = {}): number {
  let ems = 0;
  for (const char of text) {
    ems += narrow.has(char)
      ? 0.32
      : wide.has(char)
        ? 0.9
        : symbols.has(char)
          ? 0.8
          : /[A-Z]/.test(char)
            ? 0.7
            : /[0-9]/.test(char)
              ? 0.64
              : 0.6;
  }
  return ems * fontSize * (bold ? 1.15 : 1);
}
