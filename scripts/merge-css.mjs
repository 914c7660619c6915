// Trunk post-build hook (first, before scripts/precache.sh): joins the kiosk's stylesheets into
// one file. Each component keeps its CSS beside it (index.html links each one, in order), but a
// browser on plain HTTP/1.1 opens at most six connections to a host: five stylesheets, the start-up
// script, the glue, two preloaded JSON files and the wasm made ten requests at once, and the wasm
// waited about 100 ms for a free connection (bench/trace.mjs). One stylesheet leaves it none to
// wait for. The joined file is named and checked (Subresource Integrity) as Trunk names its own.
//
//   node scripts/merge-css.mjs [dir]     (default: $TRUNK_STAGING_DIR)
import { createHash } from "node:crypto";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("usage: node scripts/merge-css.mjs DIR  (or run by trunk as a post_build hook)");
  process.exit(2);
}

const indexPath = join(dir, "index.html");
const index = readFileSync(indexPath, "utf8");
const LINK = /<link rel="stylesheet" href="\.\/([^"/]+\.css)"[^>]*\/?>\n?\s*/g;
const links = [...index.matchAll(LINK)];
if (links.length < 2) process.exit(0);

// In the order index.html lists them, so that later rules still win over earlier ones.
const css = links
  .map(([, name]) => `/* ${name.replace(/-[0-9a-f]+\.css$/, ".css")} */\n${readFileSync(join(dir, name), "utf8").trim()}\n`)
  .join("\n");
const hash = createHash("sha256").update(css).digest("hex").slice(0, 16);
const name = `kiosk-${hash}.css`;
const integrity = `sha384-${createHash("sha384").update(css).digest("base64")}`;
writeFileSync(join(dir, name), css);
for (const [, old] of links) rmSync(join(dir, old));

let first = true;
const merged = index.replace(LINK, () => {
  if (!first) return "";
  first = false;
  return `<link rel="stylesheet" href="./${name}" integrity="${integrity}"/>\n    `;
});
writeFileSync(indexPath, merged);
