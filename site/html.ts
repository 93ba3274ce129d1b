/**
 * Text written into HTML between tags: `&`, `<`, `>` and the no-break space escaped, quotes as they
 * are — as a browser (or jsdom, which Framework uses) serializes a text node.
 *
 * @example
 * htmlText('Team "A" & B') // 'Team "A" &amp; B'
 */
export function htmlText(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\u00a0/g, "&nbsp;");
}

/**
 * Text written into HTML as a double-quoted attribute's value (or between tags): `&`, `<`, `>` and
 * `"` escaped.
 *
 * @example
 * htmlAttribute('Team "A" & B') // 'Team &quot;A&quot; &amp; B'
 */
export function htmlAttribute(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
