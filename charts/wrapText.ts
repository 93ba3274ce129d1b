import {textWidth} from "./textWidth.ts";

/**
 * Wraps a text into at most `maxLines` lines no wider than `width` pixels (by the
 * {@link textWidth} estimate at `fontSize`), ending the last line with an ellipsis when the text
 * does not fit; returns the lines. A word wider than a line is broken with a hyphen (when more than
 * one line is allowed). Defaults: 3 lines at 12 px, not bold.
 *
 * @example
 * wrapText("Loopbaanondersteuning en ontwikkeling", 80, {maxLines: 2}).join("\n");
 */
export function wrapText(text: string, width: number, {maxLines = 3, fontSize = 12, bold = false}: {maxLines?: number; fontSize?: number; bold?: boolean} = {}): string[] {
  const lines: string[] = [];
  let line = "";
  const words = text.split(/\s+/).filter(Boolean).flatMap((word) => (maxLines > 1 ? hyphenate(word, width, fontSize, bold) : [word]));
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (!line || textWidth(candidate, fontSize, {bold}) <= width) {
      line = candidate;
    } else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (!lines.length) return [""];
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = ellipsis(lines.slice(maxLines - 1).join(" "), width, fontSize, bold);
    return kept;
  }
  return lines.map((l) => ellipsis(l, width, fontSize, bold));
}

// A word wider than a line is broken with a hyphen where it fills the line, rather than cut short.
function hyphenate(word: string, width: number, fontSize: number, bold: boolean): string[] {
  const parts: string[] = [];
  let rest = word;
  while (textWidth(rest, fontSize, {bold}) > width && rest.length > 4) {
    let end = rest.length - 1;
    while (end > 2 && textWidth(`${rest.slice(0, end)}-`, fontSize, {bold}) > width) end--;
    if (end <= 2) break;
    parts.push(`${rest.slice(0, end)}-`);
    rest = rest.slice(end);
  }
  return [...parts, rest];
}

function ellipsis(text: string, width: number, fontSize: number, bold: boolean): string {
  if (textWidth(text, fontSize, {bold}) <= width) return text;
  let end = text.length;
  while (end > 1 && textWidth(`${text.slice(0, end)}…`, fontSize, {bold}) > width) end--;
  return `${text.slice(0, end).trimEnd()}…`;
}
