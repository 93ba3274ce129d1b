/**
 * Serialises a rendered chart for a snapshot, as Plot's own tests do: deterministic, readable in
 * a diff, and blind to what may change without the chart changing.
 * - Plot's versioned class name (`plot-d6a7b5`) becomes `plot`.
 * - Generated ids (`plot-clip-3`, `plot-marker-12`, `peiling-hatch-7`) are renumbered in document
 *   order, and every `url(#…)`/`href="#…"` that refers to them follows.
 * - Numbers with more than two decimals in attributes and styles are rounded to two.
 * - Elements are indented one per line; an element holding text is printed on one line.
 */
export function serialize(root: Element): string {
  renumberIds(root);
  return print(root, 0).join("\n") + "\n";
}

const generatedId = /^((?:plot|peiling)-[a-z]+)-\d+$/;

function renumberIds(root: Element): void {
  const map = new Map<string, string>();
  const counts = new Map<string, number>();
  for (const element of [root, ...root.querySelectorAll("[id]")]) {
    const id = element.getAttribute("id");
    const match = id?.match(generatedId);
    if (!id || !match) continue;
    const next = (counts.get(match[1]) ?? 0) + 1;
    counts.set(match[1], next);
    map.set(id, `${match[1]}-${next}`);
    element.setAttribute("id", `${match[1]}-${next}`);
  }
  if (!map.size) return;
  for (const element of [root, ...root.querySelectorAll("*")]) {
    for (const attribute of [...element.attributes]) {
      const value = attribute.value.replace(/#((?:plot|peiling)-[a-z]+-\d+)/g, (whole, id: string) => (map.has(id) ? `#${map.get(id)}` : whole));
      if (value !== attribute.value) element.setAttribute(attribute.name, value);
    }
  }
}

const normalise = (value: string) =>
  value.replace(/\bplot-[0-9a-f]{6}\b/g, "plot").replace(/-?\d+\.\d{3,}/g, (x) => String(Number(Number(x).toFixed(2))));

const escapeText = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, "&quot;");

function print(node: Element, depth: number): string[] {
  const indent = "  ".repeat(depth);
  const tag = node.tagName.toLowerCase() === node.tagName ? node.tagName : node.tagName.toLowerCase();
  const attributes = [...node.attributes].map((a) => ` ${a.name}="${escapeAttribute(normalise(a.value))}"`).join("");
  const children = [...node.childNodes];
  if (tag === "style") return [`${indent}<${tag}${attributes}>`, ...normalise(node.textContent ?? "").split("\n").map((l) => `${indent}  ${l}`), `${indent}</${tag}>`];
  // Text is whitespace-sensitive (Plot sets white-space: pre), so an element holding text keeps
  // all its content on one line, exactly as rendered.
  if (tag === "text" || children.some((child) => child.nodeType === 3 && child.textContent?.trim()) || children.every((child) => child.nodeType === 3)) {
    return [`${indent}${inline(node)}`];
  }
  const lines = [`${indent}<${tag}${attributes}>`];
  for (const child of children) {
    if (child.nodeType === 1) lines.push(...print(child as Element, depth + 1));
    else if (child.nodeType === 3 && child.textContent?.trim()) lines.push(`${indent}  ${escapeText(child.textContent)}`);
  }
  lines.push(`${indent}</${tag}>`);
  return lines;
}

function inline(node: Element): string {
  const tag = node.tagName.toLowerCase() === node.tagName ? node.tagName : node.tagName.toLowerCase();
  const attributes = [...node.attributes].map((a) => ` ${a.name}="${escapeAttribute(normalise(a.value))}"`).join("");
  const content = [...node.childNodes].map((child) => (child.nodeType === 1 ? inline(child as Element) : child.nodeType === 3 ? escapeText(child.textContent ?? "") : "")).join("");
  return `<${tag}${attributes}>${content}</${tag}>`;
}
