// Trunk post-build hook (after scripts/precache.sh): writes a gzip (level 9) and a brotli
// (quality 11) copy beside every compressible file of the build (.js .wasm .css .json .html),
// so a static host that serves precompressed files (nginx gzip_static / brotli_static, Apache
// MultiViews or rewrite rules, IIS) sends them without compressing on each request.
// The copies are made after the service worker's file list is written, so they are never
// precached, and sw.js itself is compressed with its list filled in.
// Files a centre edits on its host (surveys/*.json, benchmark/*.json) get no copies: a copy left
// older than its edited file would keep sending the old survey. The recipes in docs/hosting/
// compress those on the fly.
//
//   node scripts/compress.mjs [dir]     (default: $TRUNK_STAGING_DIR)
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { extname, join, relative } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const COMPRESSIBLE = new Set([".js", ".wasm", ".css", ".json", ".html"]);
const EDITABLE = /^(surveys|benchmark)\/[^/]+\.json$/;
const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("usage: node scripts/compress.mjs DIR  (or run by trunk as a post_build hook)");
  process.exit(2);
}

function* files(folder) {
  for (const name of readdirSync(folder).sort()) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (COMPRESSIBLE.has(extname(name)) && !EDITABLE.test(relative(dir, path).split("\\").join("/"))) yield path;
  }
}

let count = 0;
let raw = 0;
let gz = 0;
let br = 0;
for (const path of files(dir)) {
  const body = readFileSync(path);
  const gzipped = gzipSync(body, { level: 9 });
  const brotli = brotliCompressSync(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_MODE]: extname(path) === ".wasm" ? constants.BROTLI_MODE_GENERIC : constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  });
  writeFileSync(`${path}.gz`, gzipped);
  writeFileSync(`${path}.br`, brotli);
  count += 1;
  raw += body.length;
  gz += gzipped.length;
  br += brotli.length;
}
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(`compress: ${count} files, ${kb(raw)} -> gzip ${kb(gz)}, brotli ${kb(br)} (written beside each as .gz and .br)`);
