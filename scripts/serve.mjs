// A plain static file server for the built app, under a sub-path and with no rewrite rules,
// the way a centre's intranet host serves it, and with the same headers as the recipes in
// docs/hosting/: the precompressed .br/.gz copies, long caching for hashed files only, and the
// Content-Security-Policy. Used by `scripts/serve` and by the browser tests.
//
//   node scripts/serve.mjs [dist] [--base /wellbeing/] [--port 8747]
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { basename, extname, join, normalize, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

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

/** Types sent compressed: from the .br/.gz copies, or compressed on the fly where there are none. */
const COMPRESSIBLE = new Set([".html", ".js", ".css", ".json", ".wasm"]);

/** The policy of index.html's <meta>, also sent as a header (as the recipes do). */
export const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; " +
  "connect-src 'self'; object-src 'none'; base-uri 'self'";

/** Trunk's hashed file names (`name-0123456789abcdef.ext`): their content never changes. */
const HASHED = /-[0-9a-f]{8,16}(?:_bg)?\.[a-z]+$/;

/** Cache-Control for a served file: hashed files for a year, everything else revalidated. */
export function cacheControl(file) {
  return HASHED.test(basename(file)) ? "public, max-age=31536000, immutable" : "no-cache";
}

/** Survey definitions and the benchmark, which a centre may edit on the host: never sent from a
 * copy (one an older build left beside them would send the old survey), as in docs/hosting/. */
const EDITABLE = /\/(?:surveys|benchmark)\/[^/]+\.json$/;

/** The precompressed copy to send, if the client takes it. */
async function precompressed(file, acceptEncoding) {
  if (EDITABLE.test(file.split("\\").join("/"))) return null;
  for (const [encoding, suffix] of [
    ["br", ".br"],
    ["gzip", ".gz"],
  ]) {
    if (!new RegExp(`\\b${encoding}\\b`).test(acceptEncoding)) continue;
    const copy = await stat(file + suffix).catch(() => null);
    if (copy?.isFile()) return { encoding, path: file + suffix, info: copy };
  }
  return null;
}

/**
 * Serves `root` at `base` on 127.0.0.1. Resolves to { url, close(), deploy(root), alsoServe(base) }:
 * deploy swaps in another build, as copying a new folder onto the host does; alsoServe serves
 * the same build at another path of the same origin too, as a second copy on one host.
 */
export function startServer({ root = "dist", base = "/wellbeing/", port = 0 } = {}) {
  let rootDir = resolve(root);
  const bases = [base];
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, "http://localhost").pathname);
    if (bases.some((b) => path === b.slice(0, -1))) {
      response.writeHead(301, { location: `${path}/` }).end();
      return;
    }
    const at = bases.find((b) => path.startsWith(b));
    if (!at) {
      response.writeHead(404).end("not found");
      return;
    }
    let file = normalize(join(rootDir, path.slice(at.length)));
    if (!file.startsWith(rootDir)) {
      response.writeHead(403).end("forbidden");
      return;
    }
    try {
      let info = await stat(file);
      if (info.isDirectory()) {
        file = join(file, "index.html");
        info = await stat(file);
      }
      const acceptEncoding = request.headers["accept-encoding"] ?? "";
      const chosen = (await precompressed(file, acceptEncoding)) ?? { path: file, info };
      // A file without copies (a survey definition, which a centre may edit) is compressed now.
      const compressNow = !chosen.encoding && COMPRESSIBLE.has(extname(file)) && /\bgzip\b/.test(acceptEncoding);
      const encoding = chosen.encoding ?? (compressNow ? "gzip" : undefined);
      const etag = `"${chosen.info.size.toString(16)}-${Math.floor(chosen.info.mtimeMs).toString(16)}${encoding ?? ""}"`;
      const headers = {
        "content-type": TYPES[extname(file)] ?? "application/octet-stream",
        "cache-control": cacheControl(file),
        "content-security-policy": CSP,
        "x-content-type-options": "nosniff",
        vary: "Accept-Encoding",
        etag,
      };
      if (encoding) headers["content-encoding"] = encoding;
      if (request.headers["if-none-match"] === etag) {
        response.writeHead(304, headers).end();
        return;
      }
      const stored = await readFile(chosen.path);
      const body = compressNow ? gzipSync(stored) : stored;
      response.writeHead(200, { ...headers, "content-length": body.length });
      response.end(request.method === "HEAD" ? undefined : body);
    } catch {
      response.writeHead(404).end("not found");
    }
  });
  return new Promise((resolveStart) => {
    server.listen(port, "127.0.0.1", () => {
      const origin = `http://127.0.0.1:${server.address().port}`;
      resolveStart({
        url: `${origin}${base}`,
        deploy: (newRoot) => {
          rootDir = resolve(newRoot);
        },
        alsoServe: (otherBase) => {
          bases.push(otherBase);
          return { url: `${origin}${otherBase}` };
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
