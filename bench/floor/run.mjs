// The floor of issue #13: how soon the smallest Leptos wasm that renders a question makes its
// first radio button usable, beside the real kiosk, in the same conditions: Debian's Chromium,
// CPU throttled 4x, a fresh browser context per load, each page served by scripts/serve.mjs with
// its .gz/.br copies, a Chrome trace of every load (bench/trace-events.mjs). Variants
// (bench/floor/build.sh): "question", one question with five radio buttons in the code;
// "definition", the first question of surveys/employee.json, fetched and read with serde_json.
// SurveyJS's page of bench/surveyjs is loaded alongside, so the floor's time has a ratio to it too.
// Prints figures and ratios to the kiosk; never asserts a timing.
//
//   node bench/floor/run.mjs   (after `trunk build --release`; builds the floor if bench/floor/dist is missing;
//                               RUNS=9 for more loads, DIST=dir for another kiosk build)
import { chromium } from "@playwright/test";
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { loadavg } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { CHROMIUM, CHROMIUM_ARGS } from "../../scripts/chromium.mjs";
import { startServer } from "../../scripts/serve.mjs";
import { seedCentreKey } from "../../tests/e2e/support/centre-key.mjs";
import { CATEGORIES, readLoad } from "../trace-events.mjs";
import { figure } from "../trace.mjs";
import { buildPeer } from "../surveyjs/build.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const RUNS = Number(process.env.RUNS ?? 5);
const THROTTLE = 4;
const KB = 1024;
const kioskDist = process.env.DIST ?? join(root, "dist");

if (!existsSync(join(here, "dist", "definition", "index.html"))) {
  const built = spawnSync("bash", [join(here, "build.sh")], { stdio: "inherit" });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

/** Installed before any page script: when the start button and the first radio are usable (as bench/surveyjs/run.mjs). */
function probe() {
  const marks = {};
  window.__floor = marks;
  const usable = (element) => {
    if (!element || !element.isConnected || element.disabled) return false;
    const box = element.getBoundingClientRect();
    if (box.width === 0 || box.height === 0 || getComputedStyle(element).visibility === "hidden") return false;
    // A visually hidden native radio is answered through its label: that must be on screen too.
    const label = element.closest("label");
    return !label || label.getBoundingClientRect().width > 0;
  };
  const check = () => {
    const now = performance.now();
    if (marks.startReady === undefined && usable(document.querySelector("button.start-button"))) marks.startReady = now;
    if (marks.firstRadio === undefined && usable(document.querySelector('input[type="radio"]'))) marks.firstRadio = now;
    return marks.firstRadio !== undefined;
  };
  const observer = new MutationObserver(() => check() && observer.disconnect());
  observer.observe(document, { childList: true, subtree: true, attributes: true });
  const poll = () => check() || requestAnimationFrame(poll);
  requestAnimationFrame(poll);
  addEventListener("click", () => (marks.click ??= performance.now()), true);
}

async function measure(browser, page) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  if (page.kiosk) await seedCentreKey(context);
  await context.addInitScript(probe);
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: THROTTLE });
  await browser.startTracing(undefined, { categories: CATEGORIES });
  await tab.goto(page.url, { waitUntil: "commit" });
  const wait = (what) => tab.waitForFunction((key) => window.__floor?.[key] !== undefined, what, { polling: 50, timeout: 60_000 });
  if (page.kiosk) {
    await wait("startReady");
    await tab.locator("button.start-button").click();
  }
  await wait("firstRadio");
  // Two more frames, so that the question's paint is inside the trace.
  await tab.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 50)))));
  const marks = await tab.evaluate(() => window.__floor);
  const trace = await browser.stopTracing();
  await context.close();
  const load = readLoad(trace.toString("utf8"), page.url);
  const firstQuestion = page.kiosk ? marks.startReady + (marks.firstRadio - marks.click) : marks.firstRadio;
  return { firstQuestion, load, lazy: load.lazyUntil(marks.firstRadio) };
}

/** gzip -9 bytes of the page's files: the wasm, the JS (glue and boot) and all it loads first. */
function bytes(dist, { kiosk }) {
  const top = readdirSync(dist).filter((name) => statSync(join(dist, name)).isFile());
  const gz = (names) => names.reduce((sum, name) => sum + gzipSync(readFileSync(join(dist, name)), { level: 9 }).length, 0);
  const wasm = top.filter((n) => n.endsWith(".wasm"));
  const js = top.filter((n) => n.endsWith(".js") && n !== "sw.js");
  const css = top.filter((n) => n.endsWith(".css"));
  const definition = kiosk || existsSync(join(dist, "surveys")) ? ["surveys/employee.json"] : [];
  return { wasm: gz(wasm), js: gz(js), path: gz(["index.html", ...wasm, ...js, ...css, ...definition]) };
}

const pages = [
  { name: "kiosk (start screen + click)", dist: kioskDist, base: "/wellbeing/", kiosk: true },
  { name: "floor: question", dist: join(here, "dist", "question"), base: "/floor-question/" },
  { name: "floor: definition", dist: join(here, "dist", "definition"), base: "/floor-definition/" },
  { name: "SurveyJS (bench/surveyjs)", dist: buildPeer(), base: "/surveyjs/", peer: true },
];
const servers = [];
for (const page of pages) {
  const server = await startServer({ root: page.dist, base: page.base });
  servers.push(server);
  page.url = server.url;
  // SurveyJS's bytes are bench/surveyjs's to count (its files sit in vendor/).
  page.bytes = page.peer ? undefined : bytes(page.dist, page);
  page.results = [];
}
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
const version = browser.version();
const loadBefore = loadavg()[0];
try {
  for (let run = 0; run < RUNS; run++) {
    // Alternated, so a noisy moment on the shared machine hits every page.
    for (const page of pages) {
      const result = await measure(browser, page);
      page.results.push(result);
      process.stderr.write(`run ${run + 1}/${RUNS} ${page.name.padEnd(28)} first radio ${result.firstQuestion.toFixed(0)} ms\n`);
    }
  }
} finally {
  await browser.close();
  await Promise.all(servers.map((server) => server.close()));
}

const [kiosk] = pages;
const median = (values) => {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
console.log(`The floor beside the kiosk: Chromium ${version}, CPU throttled ${THROTTLE}x, fresh context per load, ${RUNS} loads each,`);
console.log(
  `${new Date().toISOString().slice(0, 16)}Z, load average ${loadBefore.toFixed(1)} -> ${loadavg()[0].toFixed(1)} (1 min). median (min-max); "x" = ratio to the kiosk's median.`,
);
const width = 30;
console.log(`  ${"".padEnd(58)}${pages.map((p) => p.name.padStart(width)).join("")}`);
const line = (label, pick, digits = 0, bytesRow = false) => {
  const cells = pages.map((page) => {
    if (bytesRow) {
      if (!page.bytes) return "–".padStart(width);
      const value = pick(page.bytes);
      const ratio = page === kiosk ? "" : `  ${(value / pick(kiosk.bytes)).toFixed(2)}x`;
      return `${(value / KB).toFixed(1)} KB${ratio}`.padStart(width);
    }
    const values = page.results.map(pick);
    const quotient = median(values) / median(kiosk.results.map(pick));
    const ratio = page === kiosk || !Number.isFinite(quotient) ? "" : `  ${quotient.toFixed(2)}x`;
    return `${figure(values, digits)}${ratio}`.padStart(width);
  });
  console.log(`  ${label.padEnd(58)}${cells.join("")}`);
};
line("wasm + JS (glue, boot), gzip -9", (b) => b.wasm + b.js, 1, true);
line("  of which wasm, gzip -9", (b) => b.wasm, 1, true);
line("everything before the question (HTML, CSS, JS, wasm, JSON)", (b) => b.path, 1, true);
line("navigation -> first radio visible and enabled (ms)", (r) => r.firstQuestion);
line("wasm requested (ms since navigation)", (r) => r.load.wasmRequested);
line("wasm download, request -> last byte (ms)", (r) => r.load.wasmLastByte - r.load.wasmRequested);
line("wasm last byte (ms since navigation)", (r) => r.load.wasmLastByte);
line("wasm streaming compile, start -> compiled (ms)", (r) => r.load.compileEnd - r.load.compileStart);
line("wasm instantiate (ms)", (r) => r.load.instantiateEnd - r.load.instantiateStart);
line("main, instantiated -> first callback (ms)", (r) => r.load.mainEnd - r.load.instantiateEnd);
line("wasm lazy compile up to the first radio (ms)", (r) => r.lazy.ms);
line("  functions compiled lazily", (r) => r.lazy.count);
line("wasm last byte -> first radio (ms)", (r) => r.firstQuestion - r.load.wasmLastByte);
line("first contentful paint (ms)", (r) => r.load.firstContentfulPaint);
const peer = pages.find((page) => page.peer);
const toPeer = pages
  .map((page) => `${page.name}: ${(median(page.results.map((r) => r.firstQuestion)) / median(peer.results.map((r) => r.firstQuestion))).toFixed(2)}x`)
  .join(", ");
console.log(`  first radio, ratio to SurveyJS's median: ${toPeer}`);
console.log(
  "The kiosk's figure is (navigation -> start button usable) + (click -> first radio usable), as bench/surveyjs/run.mjs counts it.",
);
