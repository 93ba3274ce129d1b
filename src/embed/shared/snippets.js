/**
 * The copy-paste snippets of the gallery (src/gallery.md): the text of the two embed forms, and
 * a code block with a copy button. See docs/embedding.md.
 */

/** A JavaScript literal of embed options: `{question: "bev1"}`, or "" for none. */
export function optionsLiteral(options = {}) {
  const entries = Object.entries(options).filter(([, value]) => value !== undefined);
  if (!entries.length) return "";
  return `{${entries.map(([key, value]) => `${/^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key)}: ${JSON.stringify(value)}`).join(", ")}}`;
}

/**
 * The module form: a div and a module script that imports `render` from `moduleUrl` and draws in
 * the div.
 *
 * @example
 * scriptSnippet("https://rapport.example.nl/embed/likert-distribution.js", "peiling-likert", {question: "bev1"});
 */
export function scriptSnippet(moduleUrl, id, options = {}) {
  const literal = optionsLiteral(options);
  return `<div id="${id}"></div>
<script type="module">
  import {render} from "${moduleUrl}";
  render(document.querySelector("#${id}")${literal ? `, ${literal}` : ""});
</script>`;
}

/** The query string of an iframe page for embed options: `?question=bev1&questions=a,b`. */
export function iframeQuery(options = {}) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(options)) {
    if (value === undefined) continue;
    params.set(key, Array.isArray(value) ? value.join(",") : value === null ? "false" : String(value));
  }
  const query = params.toString();
  return query ? `?${query}` : "";
}

/**
 * The iframe form: an iframe of the chart's page, as wide as its container, `height` pixels high.
 *
 * @example
 * iframeSnippet("https://rapport.example.nl/embed/module-bars.html", {title: "Scores per module", height: 860});
 */
export function iframeSnippet(pageUrl, {title, height}) {
  return `<iframe src="${escapeAttribute(pageUrl)}" title="${escapeAttribute(title)}" width="100%" height="${Math.ceil(height)}" style="border: 0" loading="lazy"></iframe>`;
}

/**
 * An optional script for a host page: sizes every iframe of a Peiling chart to its content, from
 * the height the chart's page reports (`peiling:resize` messages) whenever it changes.
 */
export function resizeSnippet(origin) {
  return `<script>
  addEventListener("message", (event) => {
    if (event.origin !== "${origin}" || event.data?.type !== "peiling:resize") return;
    for (const iframe of document.querySelectorAll("iframe")) {
      if (iframe.contentWindow === event.source) iframe.style.height = event.data.height + "px";
    }
  });
</script>`;
}

function escapeAttribute(text) {
  return String(text).replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
}

/**
 * A code block with a copy button: `<div class="peiling-snippet">` holding the label, the code in
 * a `<pre>` and a button that copies it (the clipboard API, or selecting the text and copying
 * where the page is not in a secure context), with a status for screen readers.
 */
export function codeBlock(code, {label, copy, copied, failed, document = globalThis.document}) {
  const root = document.createElement("div");
  root.className = "peiling-snippet";
  const header = document.createElement("div");
  header.className = "peiling-snippet-header";
  const name = document.createElement("span");
  name.className = "peiling-snippet-label";
  name.textContent = label;
  const button = document.createElement("button");
  button.type = "button";
  button.textContent = copy;
  const status = document.createElement("span");
  status.className = "peiling-snippet-status";
  status.setAttribute("role", "status");
  header.append(name, button, status);
  const pre = document.createElement("pre");
  const text = document.createElement("code");
  text.textContent = code;
  pre.append(text);
  button.setAttribute("aria-label", `${copy}: ${label}`);
  button.addEventListener("click", async () => {
    status.textContent = (await copyText(code, text, document)) ? copied : failed;
    setTimeout(() => (status.textContent = ""), 4000);
  });
  root.append(header, pre);
  return root;
}

async function copyText(code, element, document) {
  try {
    await navigator.clipboard.writeText(code);
    return true;
  } catch {
    // No clipboard API (http on an intranet host is not a secure context): select and copy.
    const range = document.createRange();
    range.selectNodeContents(element);
    const selection = document.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    try {
      return document.execCommand("copy");
    } catch {
      return false;
    }
  }
}
