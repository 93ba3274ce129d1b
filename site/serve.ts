/**
 * A tiny static file server for a built site: clean URLs (`/modules` → `modules.html`), no
 * directory listings, nothing outside the folder, CORS for embedding (below). Used by
 * `npm start` and the browser tests.
 *
 * `peiling serve [dir]` ({@link serveSite}) serves `dist/` on http://127.0.0.1:3000/
 * (`PORT` changes the port; a busy port falls back to a free one).
 */

import {createReadStream} from "node:fs";
import {stat} from "node:fs/promises";
import {createServer, type Server} from "node:http";
import type {AddressInfo} from "node:net";
import {extname, join, resolve, sep} from "node:path";
import {distDir} from "./paths.ts";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".woff2": "font/woff2",
  ".wasm": "application/wasm"
};

/**
 * Every answer allows any origin to read it (`Access-Control-Allow-Origin: *`), so a page on
 * another origin (an intranet page) can import an embed module (`/embed/<name>.js`) and what it
 * loads: the chart library and Plot (`/_import/`, `/_npm/`, `/_node/`), Framework's stdlib
 * (`/_observablehq/`) and the chart's data (`/_file/`). Everywhere rather than on those prefixes:
 * they are Framework's internal layout, so a list would break on its next change, and the header
 * gives another page nothing its visitor could not open directly (`*` never sends cookies).
 * Errors carry it too, so a host page sees a 404 rather than a misleading CORS error. Module scripts and `fetch` of JSON are simple GET
 * requests: no preflight, so no OPTIONS handling. The iframe pages need no CORS at all.
 */
const CORS = {"access-control-allow-origin": "*"};

/** A running server. */
export interface StaticServer {
  /** The base address, ending in `/`. */
  url: string;
  server: Server;
  close(): Promise<void>;
}

/** The file a URL path maps to, or undefined: `/` → index.html, `/a` → a.html, `/a/` → a/index.html. */
async function findFile(root: string, pathname: string): Promise<string | undefined> {
  const path = resolve(root, `.${decodeURIComponent(pathname)}`);
  if (path !== root && !path.startsWith(root + sep)) return undefined;
  const candidates = pathname.endsWith("/") ? [join(path, "index.html")] : [path, `${path}.html`];
  for (const candidate of candidates) {
    const info = await stat(candidate).catch(() => undefined);
    if (info?.isFile()) return candidate;
  }
  return undefined;
}

/**
 * Serves `dir` on `host:port` (port 0: any free port).
 *
 * @example
 * const {url, close} = await serveStatic("dist", {port: 0});
 */
export async function serveStatic(dir: string, {host = "127.0.0.1", port = 3000} = {}): Promise<StaticServer> {
  const root = resolve(dir);
  const server = createServer(async (request, response) => {
    let file: string | undefined;
    try {
      file = await findFile(root, new URL(request.url ?? "/", "http://localhost").pathname);
    } catch {
      file = undefined; // a malformed URL
    }
    if (!file || (request.method !== "GET" && request.method !== "HEAD")) {
      response.writeHead(file ? 405 : 404, {"content-type": "text/plain; charset=utf-8", ...CORS}).end(file ? "Method not allowed" : "Not found");
      return;
    }
    response.writeHead(200, {
      "content-type": TYPES[extname(file)] ?? "application/octet-stream",
      "cache-control": "no-cache",
      ...CORS
    });
    if (request.method === "HEAD") response.end();
    else createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolveListen, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolveListen());
  });
  const {port: actual} = server.address() as AddressInfo;
  return {
    url: `http://${host}:${actual}/`,
    server,
    close: () => new Promise((resolveClose) => server.close(() => resolveClose()))
  };
}

/**
 * Serves a built site on 127.0.0.1 at `port` (default 3000, or `PORT`; a free one when that is
 * taken) until the process is stopped, and says where.
 *
 * @example
 * await serveSite("dist"); // Peiling report: http://127.0.0.1:3000/
 */
export async function serveSite(dir: string = distDir, {port = Number(process.env.PORT ?? 3000)}: {port?: number} = {}): Promise<StaticServer> {
  const served = await serveStatic(dir, {port}).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== "EADDRINUSE") throw error;
    console.error(`port ${port} is in use; using a free one`);
    return serveStatic(dir, {port: 0});
  });
  console.log(`Peiling report: ${served.url}  (Ctrl+C to stop)`);
  return served;
}
