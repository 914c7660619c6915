// A static server like scripts/serve.mjs (a folder under a sub-path, 127.0.0.1 only), which also
// sends the precompressed copies that scripts/compress.mjs writes (.br, else .gz) when the
// browser accepts them, the way nginx's gzip_static/brotli_static do. Used by bench/lighthouse.mjs.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { TYPES } from "../scripts/serve.mjs";


async function fileOrNull(path) {
  try {
    return (await stat(path)).isFile() ? await readFile(path) : null;
  } catch {
    return null;
  }
}

/** Resolves to { url, close() }. */
export function startStaticServer({ root = "dist", base = "/wellbeing/", port = 0 } = {}) {
  const rootDir = resolve(root);
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, "http://localhost").pathname);
    if (path === base.slice(0, -1)) return response.writeHead(301, { location: base }).end();
    if (!path.startsWith(base)) return response.writeHead(404).end("not found");
    let file = normalize(join(rootDir, path.slice(base.length)));
    if (!file.startsWith(rootDir)) return response.writeHead(403).end("forbidden");
    try {
      if ((await stat(file)).isDirectory()) file = join(file, "index.html");
    } catch {
      return response.writeHead(404).end("not found");
    }
    const accepted = String(request.headers["accept-encoding"] ?? "");
    const headers = {
      "content-type": TYPES[extname(file)] ?? "application/octet-stream",
      "cache-control": "no-cache",
      vary: "Accept-Encoding",
    };
    for (const [encoding, suffix] of [
      ["br", ".br"],
      ["gzip", ".gz"],
    ]) {
      if (!new RegExp(`\\b${encoding}\\b`).test(accepted)) continue;
      const body = await fileOrNull(file + suffix);
      if (body) return response.writeHead(200, { ...headers, "content-encoding": encoding }).end(body);
    }
    const body = await fileOrNull(file);
    if (!body) return response.writeHead(404).end("not found");
    response.writeHead(200, headers).end(body);
  });
  return new Promise((resolveStart) => {
    server.listen(port, "127.0.0.1", () => {
      resolveStart({
        url: `http://127.0.0.1:${server.address().port}${base}`,
        close: () =>
          new Promise((resolveClose) => {
            server.closeAllConnections();
            server.close(() => resolveClose());
          }),
      });
    });
  });
}
