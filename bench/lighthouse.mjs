// Lighthouse 12 on the release build, served on 127.0.0.1 under /wellbeing/ in Debian's Chromium:
// prints the performance, accessibility and best-practices scores for a phone (Lighthouse's
// default: simulated slow 4G and 4x CPU) and for a desktop. Never fails on a low score, only on a
// crash. Chromium cannot reach the internet: background services are off and every host name
// but 127.0.0.1 fails to resolve.
//
//   node bench/lighthouse.mjs [dist]      (default: dist; run by scripts/test after the build)
//
// The build is served by scripts/serve.mjs, with its precompressed .br/.gz copies (scripts/compress.mjs),
// as a host with gzip_static/brotli_static would.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CHROMIUM, CHROMIUM_ARGS } from "../scripts/chromium.mjs";
import { startServer } from "../scripts/serve.mjs";

const dist = process.argv[2] ?? "dist";
const CATEGORIES = ["performance", "accessibility", "best-practices"];
const FLAGS = [
  "--headless=new",
  ...CHROMIUM_ARGS,
  "--disable-dev-shm-usage",
  "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
];

const precompressed = readdirSync(dist).some((name) => name.endsWith(".br") || name.endsWith(".gz"));
const server = await startServer({ root: dist, base: "/wellbeing/" });
const profile = mkdtempSync(join(tmpdir(), "yorisoi-lighthouse-"));
let chrome;
try {
  chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: FLAGS,
    userDataDir: profile,
    logLevel: "silent",
  });
  console.log(
    `Lighthouse ${(await import("lighthouse/package.json", { with: { type: "json" } })).default.version} on ${server.url} ` +
      `(${dist}, ${precompressed ? "served with its precompressed .br/.gz files" : "served uncompressed: no .br/.gz in the build"})`,
  );
  const rows = [];
  for (const [formFactor, config] of [
    ["mobile", undefined],
    ["desktop", desktopConfig],
  ]) {
    const result = await lighthouse(
      server.url,
      { port: chrome.port, output: "json", logLevel: "error", onlyCategories: CATEGORIES },
      config,
    );
    const lhr = result.lhr;
    if (lhr.runtimeError) throw new Error(`${formFactor}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const score = (id) => (lhr.categories[id].score === null ? "n/a" : Math.round(lhr.categories[id].score * 100));
    const metric = (id) => lhr.audits[id]?.displayValue ?? "-";
    rows.push({ formFactor, scores: CATEGORIES.map(score), lhr });
    console.log(
      `${formFactor.padEnd(8)} performance ${String(score("performance")).padStart(3)}  accessibility ${String(score("accessibility")).padStart(3)}` +
        `  best-practices ${String(score("best-practices")).padStart(3)}   (FCP ${metric("first-contentful-paint")}, LCP ${metric("largest-contentful-paint")}, ` +
        `TBT ${metric("total-blocking-time")}, CLS ${metric("cumulative-layout-shift")})`,
    );
    // The audits that cost points, so a low score says why.
    const failing = CATEGORIES.flatMap((id) =>
      lhr.categories[id].auditRefs
        .filter((ref) => ref.weight > 0)
        .map((ref) => lhr.audits[ref.id])
        .filter((audit) => audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== "informative")
        .map((audit) => `${id}: ${audit.id}${audit.displayValue ? ` (${audit.displayValue})` : ""}`),
    );
    for (const line of failing) console.log(`         below 90: ${line}`);
  }
  console.log("Scores are printed, not judged: a low score does not fail the run.");
} finally {
  if (chrome) await chrome.kill();
  await server.close();
  if (existsSync(profile)) rmSync(profile, { recursive: true, force: true });
}
