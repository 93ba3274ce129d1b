/** One column of a {@link TableData}. */
export interface TableColumn {
  label: string;
  /** Right-align the column (numbers); default false. */
  numeric?: boolean;
}

/** A table as data: columns and rows of already formatted texts; the first column heads each row. */
export interface TableData {
  columns: TableColumn[];
  rows: string[][];
}

/** The options of {@link dataTable}. */
export interface DataTableOptions {
  /** A `<caption>`; default none. */
  caption?: string | null;
  document?: Document;
}

/**
 * Renders table data as an accessible HTML `<table>`: a `<caption>` when given, `<th scope="col">`
 * headers and a `<th scope="row">` as the first cell of every row. Numeric columns are
 * right-aligned with tabular figures. Uses `globalThis.document` unless `document` is given.
 *
 * @example
 * dataTable({columns: [{label: "Module"}, {label: "Score", numeric: true}], rows: [["Werkdruk", "5,0"]]});
 */
export function dataTable(data: TableData, {caption = null, document = globalThis.document}: DataTableOptions = {}): HTMLTableElement {
  const table = document.createElement("table");
  table.className = "peiling-table";
  table.style.borderCollapse = "collapse";
  if (caption) {
    const element = document.createElement("caption");
    element.textContent = caption;
    element.style.textAlign = "left";
    table.append(element);
  }
  const head = document.createElement("thead");
  const headRow = document.createElement("tr");
  for (const column of data.columns) {
    const th = document.createElement("th");
    th.setAttribute("scope", "col");
    th.textContent = column.label;
    th.style.textAlign = column.numeric ? "right" : "left";
    th.style.padding = "2px 8px";
    headRow.append(th);
  }
  head.append(headRow);
  const body = document.createElement("tbody");
  for (const row of data.rows) {
    const tr = document.createElement("tr");
    row.forEach((value, i) => {
      const cell = document.createElement(i === 0 ? "th" : "td");
      if (i === 0) cell.setAttribute("scope", "row");
      cell.textContent = value;
      cell.style.textAlign = data.columns[i]?.numeric ? "right" : "left";
      cell.style.padding = "2px 8px";
      if (i === 0) cell.style.fontWeight = "normal";
      if (data.columns[i]?.numeric) {
        cell.style.fontVariantNumeric = "tabular-nums";
        cell.style.whiteSpace = "nowrap";
      }
      tr.append(cell);
    });
    body.append(tr);
  }
  table.append(head, body);
  return table;
}
