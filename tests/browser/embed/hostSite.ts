/**
 * A stand-in for an intranet page: a server on 127.0.0.1 (its own origin, another port than the
 * report site) that answers every path with one HTML page, e.g. one holding an embed snippet.
 */

import {createServer} from "node:http";
import type {AddressInfo} from "node:net";

/** A running host site. */
export interface HostSite {
  /** The base address, ending in `/`. */
  url: string;
  /** Sets the page the host answers with from now on. */
  setPage(html: string): void;
  close(): Promise<void>;
}

/**
 * Starts a host site at a free port that serves `html` (until {@link HostSite.setPage}).
 *
 * @example
 * const host = await startHostSite(hostPage("<div id=peiling></div>"));
 */
export async function startHostSite(html = hostPage("")): Promise<HostSite> {
  let page = html;
  const server = createServer((request, response) => {
    if (new URL(request.url ?? "/", "http://localhost").pathname !== "/") {
      response.writeHead(404, {"content-type": "text/plain; charset=utf-8"}).end("Not found");
      return;
    }
    response.writeHead(200, {"content-type": "text/html; charset=utf-8", "cache-control": "no-store"}).end(page);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const {port} = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    setPage: (next) => void (page = next),
    close: () => new Promise((resolve) => server.close(() => resolve()))
  };
}

/** A minimal intranet-like page around `body` (a snippet pasted into it). */
export function hostPage(body: string, {title = "Intranet", lang = "nl"} = {}): string {
  return `<!DOCTYPE html>
<html lang="${lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head>
<body style="margin: 0; font-family: sans-serif">
<main style="max-width: 720px; padding: 16px">
<h1>${title}</h1>
${body}
</main>
</body>
</html>
`;
}
