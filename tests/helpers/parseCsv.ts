/**
 * Test-side CSV reading, independent of the product's reader (`bundle/csv.ts`), for tests that
 * recompute numbers from the bundle's files on their own.
 */

/**
 * Parses CSV text (RFC 4180: quoted fields, doubled quotes, `\n` rows) into rows of fields.
 *
 * @example
 * parseCsv('a,b\n1,"x, y"\n'); // [["a", "b"], ["1", "x, y"]]
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (field !== "" || row.length) rows.push([...row, field]);
  return rows;
}
