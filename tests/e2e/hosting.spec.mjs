// The hosting recipes in docs/hosting/, run in the real nginx and Apache (and scripts/serve.mjs,
// which promises the same headers): each serves the release build under /wellbeing/, sends the
// precompressed copies, application/wasm, the cache headers and the Content-Security-Policy, and
// a kiosk works through it: first question, a stored submit, and a reload with the server gone.
import { cpSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, gunzipSync, gzipSync } from "node:zlib";
import { startServer } from "../../scripts/serve.mjs";
import { expect, test as base } from "./support/fixtures.mjs";
import { startWebServer } from "./support/web-servers.mjs";
import { answersFor } from "./support/survey.mjs";

const test = base.extend({
  host: ["node", { option: true }],
  /** The server under test, in place of the fixtures' node server. */
  server: async ({ host }, use) => {
    const server = host === "node" ? await startNodeServer() : await startWebServer(host);
    await use(server);
    await server.close();
    server.remove();
  },
});

/** scripts/serve.mjs on a copy of dist/, shaped like startWebServer's answer. */
async function startNodeServer() {
  const root = mkdtempSync(join(tmpdir(), "yorisoi-node-"));
  cpSync("dist", root, { recursive: true });
  const server = await startServer({ root, base: "/wellbeing/" });
  return { ...server, root, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** The policy index.html carries in its <meta>: every server must send the same. */
const policy = readFileSync("dist/index.html", "utf8").match(/http-equiv="Content-Security-Policy"\s+content="([^"]+)"/)[1];
const distFile = (pattern) => readFileSync("dist/index.html", "utf8").match(pattern)[1];

/** A raw GET (no decompression): status, headers and body bytes. */
function get(url, acceptEncoding) {
  return new Promise((done, fail) => {
    const headers = acceptEncoding ? { "accept-encoding": acceptEncoding } : {};
    request(url, { headers }, (response) => {
      const chunks = [];
      response.on("data", (chunk) => chunks.push(chunk));
      response.on("end", () => done({ status: response.statusCode, headers: response.headers, body: Buffer.concat(chunks) }));
    })
      .on("error", fail)
      .end();
  });
}

for (const host of ["nginx", "apache", "node"]) {
  test.describe(host === "node" ? "scripts/serve" : host, () => {
    test.use({ host });

    test("headers: precompressed copies, application/wasm, cache lifetimes and the CSP", async ({ server }) => {
      // Copies an older build left beside a survey a centre has since edited: never sent.
      const stale = Buffer.from('{"id":"employee","version":"old"}');
      for (const [suffix, compress] of [
        [".gz", gzipSync],
        [".br", brotliCompressSync],
      ]) {
        const copy = join(server.root, "surveys", `employee.json${suffix}`);
        writeFileSync(copy, compress(stale));
        utimesSync(copy, new Date("2026-01-01"), new Date("2026-01-01"));
      }

      const wasm = distFile(/data-wasm="\.\/([^"]+)"/);
      const page = await get(server.url, "gzip, deflate, br");
      expect(page.status).toBe(200);
      expect(page.headers["content-type"]).toMatch(/^text\/html/);
      expect(page.headers["content-encoding"]).toBe("br");
      expect(page.headers["cache-control"]).toBe("no-cache");
      expect(page.headers["content-security-policy"]).toBe(policy);
      expect(page.headers.vary).toMatch(/Accept-Encoding/i);

      for (const [accepted, encoding] of [
        ["gzip, deflate, br", "br"],
        ["gzip", "gzip"],
      ]) {
        const module = await get(`${server.url}${wasm}`, accepted);
        expect(module.status).toBe(200);
        expect(module.headers["content-type"]).toBe("application/wasm");
        expect(module.headers["content-encoding"]).toBe(encoding);
        expect(module.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
      }
      const plain = await get(`${server.url}${wasm}`);
      expect(plain.headers["content-encoding"]).toBeUndefined();
      expect(plain.body.equals(readFileSync(`dist/${wasm}`))).toBe(true);

      for (const file of ["sw.js", "admin/yorisoi-admin_bg.wasm"]) {
        expect((await get(`${server.url}${file}`, "br")).headers["cache-control"], file).toBe("no-cache");
      }
      // A survey definition a centre may edit: revalidated, and compressed without a copy.
      for (const accepted of ["gzip", "gzip, deflate, br"]) {
        const definition = await get(`${server.url}surveys/employee.json`, accepted);
        expect(definition.headers["cache-control"]).toBe("no-cache");
        expect(definition.headers["content-type"]).toMatch(/^application\/json/);
        expect(definition.headers["content-encoding"]).toBe("gzip");
        expect(gunzipSync(definition.body).equals(readFileSync("dist/surveys/employee.json"))).toBe(true);
      }
    });

    test("a kiosk through it: first question, a stored submit, then offline after a reload", async ({ kiosk, page, server }) => {
      await kiosk.open();
      await kiosk.start("ja");
      await kiosk.answerAll(answersFor(1));
      await kiosk.submit();
      expect(await kiosk.storedResponses()).toHaveLength(1);
      await kiosk.backToStart();

      await page.evaluate(() => navigator.serviceWorker.ready);
      await page.reload();
      expect(await page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
      await server.close();
      await page.reload();
      await expect(kiosk.startButton).toBeVisible();
      await kiosk.start("en");
      await expect(page.locator("input[type=radio]").first()).toBeVisible();
    });
  });
}

// src/boot.js compiles the wasm as it streams in, which needs the application/wasm type; a host
// that sends another (an IIS without the mapping, say) must still get a working kiosk.
base("a host that sends the wasm with another MIME type still runs the kiosk", async ({ kiosk, page }) => {
  const mistyped = [];
  await page.route(/_bg\.wasm$/, async (route) => {
    const response = await route.fetch();
    mistyped.push(route.request().url());
    await route.fulfill({ response, headers: { ...response.headers(), "content-type": "application/octet-stream" } });
  });
  await kiosk.open();
  await kiosk.start("ja");
  await expect(page.locator("input[type=radio]").first()).toBeVisible();
  expect(mistyped.length).toBeGreaterThan(0);
});
