// The pages of a PDF Chromium printed, each with how much it draws: enough to tell a blank
// page (no text, nothing drawn) from a page with content, without a PDF library.
import { inflateSync } from "node:zlib";

/** Per page, in order: the number of text-showing operators in its content stream. */
export function textPerPage(pdf) {
  const text = pdf.toString("latin1");
  const objects = new Map();
  for (const match of text.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) objects.set(match[1], match[2]);
  return [...objects.values()]
    .filter((body) => /\/Type\s*\/Page[^s]/.test(body))
    .map((page) => {
      const contents = objects.get(page.match(/\/Contents\s+(\d+) 0 R/)[1]);
      const start = contents.indexOf("stream") + "stream".length;
      const raw = Buffer.from(contents.slice(start, contents.lastIndexOf("endstream")).replace(/^\r?\n/, ""), "latin1");
      let content;
      try {
        content = inflateSync(raw).toString("latin1");
      } catch {
        content = raw.toString("latin1");
      }
      return (content.match(/\bT[jJ]\b/g) ?? []).length;
    });
}
