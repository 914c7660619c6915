// A plain static file server for the built app, under a sub-path and with no rewrite rules,
// the way a centre's intranet host serves it. Used by `scripts/serve` and by the browser tests.
//
//   node scripts/serve.mjs [dist] [--base /wellbeing/] [--port 8747]
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".wasm": "application/wasm",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".txt": "text/plain; charset=utf-8",
};

/**
 * Serves `root` at `base` on 127.0.0.1. Resolves to { url, close(), deploy(root) }: deploy
 * swaps in another build, as copying a new folder onto the host does.
 */
export function startServer({ root = "dist", base = "/wellbeing/", port = 0 } = {}) {
  let rootDir = resolve(root);
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, "http://localhost").pathname);
    if (path === base.slice(0, -1)) {
      response.writeHead(301, { location: base }).end();
      return;
    }
    if (!path.startsWith(base)) {
      response.writeHead(404).end("not found");
      return;
    }
    let file = normalize(join(rootDir, path.slice(base.length)));
    if (!file.startsWith(rootDir)) {
      response.writeHead(403).end("forbidden");
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, "index.html");
      const body = await readFile(file);
      response.writeHead(200, {
        "content-type": TYPES[extname(file)] ?? "application/octet-stream",
        "cache-control": "no-cache",
      });
      response.end(body);
    } catch {
      response.writeHead(404).end("not found");
    }
  });
  return new Promise((resolveStart) => {
    server.listen(port, "127.0.0.1", () => {
      const url = `http://127.0.0.1:${server.address().port}${base}`;
      resolveStart({
        url,
        deploy: (newRoot) => {
          rootDir = resolve(newRoot);
        },
        close: () =>
          new Promise((resolveClose) => {
            server.closeAllConnections();
            server.close(() => resolveClose());
          }),
      });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const at = args.indexOf(name);
    return at >= 0 ? args.splice(at, 2)[1] : fallback;
  };
  const base = option("--base", "/wellbeing/");
  const port = Number(option("--port", "8747"));
  const { url } = await startServer({ root: args[0] ?? "dist", base, port });
  console.log(`Yorisoi is served at ${url}  (Ctrl+C stops it)`);
}
