// One kiosk load, step by step, from a real Chrome trace: Debian's Chromium, CPU throttled 4x
// (CDP Emulation.setCPUThrottlingRate), a fresh browser context per load, the release build
// served under /wellbeing/ by scripts/serve.mjs with the test centre key seeded (as
// bench/surveyjs/run.mjs does). Prints medians (min-max) in ms since navigation start and the
// main thread's busy time; never asserts a timing. The last load's trace is kept in
// bench/out/kiosk-trace.json: open it in https://ui.perfetto.dev or chrome://tracing.
//
//   node bench/trace.mjs     (after `trunk build --release`; RUNS=9 for more loads, DIST=dir for another build)
import { chromium } from "@playwright/test";
import { mkdirSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { CHROMIUM, CHROMIUM_ARGS } from "../scripts/chromium.mjs";
import { startServer } from "../scripts/serve.mjs";
import { seedCentreKey } from "../tests/e2e/support/centre-key.mjs";
import { BUCKET_NAMES, CATEGORIES, readLoad } from "./trace-events.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const RUNS = Number(process.env.RUNS ?? 5);
const THROTTLE = 4;
const dist = process.env.DIST ?? join(here, "..", "dist");
const out = join(here, "out");

/** Loads `url` once while tracing; resolves to the trace (JSON text) once the start screen is painted. */
export async function traceLoad(browser, url, { shownMark, seedKey }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  if (seedKey) await seedCentreKey(context);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: THROTTLE });
  await browser.startTracing(undefined, { categories: CATEGORIES });
  await page.goto(url, { waitUntil: "commit" });
  // The app's own mark, polled slowly so the polling costs the throttled page little; then two
  // frames, so that the screen it marks is painted inside the trace.
  await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, shownMark, { polling: 100, timeout: 60_000 });
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 50)))));
  const trace = await browser.stopTracing();
  await context.close();
  return trace.toString("utf8");
}

const median = (values) => {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (!sorted.length) return undefined;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
/** "median (min-max)" of the finite values, or "–". */
export function figure(values, digits = 0) {
  const finite = values.filter(Number.isFinite);
  if (!finite.length) return "–";
  const f = (v) => v.toFixed(digits);
  return `${f(median(finite))} (${f(Math.min(...finite))}-${f(Math.max(...finite))})`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const server = await startServer({ root: dist, base: "/wellbeing/" });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const version = browser.version();
  const loadBefore = loadavg()[0];
  const loads = [];
  let lastTrace;
  try {
    for (let run = 0; run < RUNS; run++) {
      lastTrace = await traceLoad(browser, server.url, { shownMark: "yorisoi:start-shown", seedKey: true });
      const load = readLoad(lastTrace, server.url);
      loads.push(load);
      process.stderr.write(`load ${run + 1}/${RUNS}: start screen painted at ${load.startPainted?.toFixed(0)} ms\n`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, "kiosk-trace.json"), lastTrace);

  const row = (label, pick, digits = 0) => console.log(`  ${label.padEnd(64)} ${figure(loads.map(pick), digits).padStart(18)}`);
  const gap = (a, b) => (load) => load[b] - load[a];
  console.log(
    `Kiosk start-up from Chrome traces: Chromium ${version}, CPU throttled ${THROTTLE}x, ${RUNS} loads, fresh context each,`,
  );
  console.log(
    `${new Date().toISOString().slice(0, 16)}Z, load average ${loadBefore.toFixed(1)} -> ${loadavg()[0].toFixed(1)} (1 min). ms since navigation start, median (min-max):`,
  );
  console.log("At (ms since navigation start):");
  row("HTML request taken by the network service", (l) => l.htmlRequestTaken);
  row("HTML last byte (network)", (l) => l.htmlLastByte);
  row("HTML response handed to the page", (l) => l.htmlResponse);
  row("HTML parsed (last ParseHTML ends)", (l) => l.htmlParsed);
  row("CSS requested (first of the files)", (l) => l.cssRequested);
  row("CSS last byte (last file)", (l) => l.cssLastByte);
  row("CSS parsed (last stylesheet)", (l) => l.cssParsed);
  row("first paint (index.html's loading line)", (l) => l.firstPaint);
  row("first contentful paint", (l) => l.firstContentfulPaint);
  row("boot.js last byte", (l) => l.bootLastByte);
  row("boot.js evaluated (yorisoi:wasm-init)", (l) => l.bootEvaluated);
  row("JS glue last byte", (l) => l.glueLastByte);
  row("JS glue evaluated (its v8.evaluateModule ends)", (l) => l.glueEvaluated);
  row("wasm requested (preloaded by index.html)", (l) => l.wasmRequested);
  row("wasm last byte (network)", (l) => l.wasmLastByte);
  row("wasm handed to the page (ResourceFinish)", (l) => l.wasmHanded);
  row("wasm streaming compile starts (init() called)", (l) => l.compileStart);
  row("wasm compiled (FinishAsyncCompile ends)", (l) => l.compileEnd);
  row("wasm instantiated (InstanceBuilder.Build ends)", (l) => l.instantiateEnd);
  row("main returns (the app's first callback runs)", (l) => l.mainEnd);
  row("app's first frame painted", (l) => l.firstAppFrame);
  row("survey definition requested (preloaded)", (l) => l.definitionRequested);
  row("survey definition last byte", (l) => l.definitionLastByte);
  row("definition handed to the app (yorisoi:definition-fetched)", (l) => l.definitionFetched);
  row("definition parsed and validated (yorisoi:definition-parsed)", (l) => l.definitionParsed);
  row("centre key checked (yorisoi:key-checked)", (l) => l.keyChecked);
  row("tab claimed, Web Lock (yorisoi:tab-claimed)", (l) => l.tabClaimed);
  row("start screen rendered (yorisoi:start-shown)", (l) => l.startShown);
  row("start screen painted", (l) => l.startPainted);
  console.log("Durations (ms):");
  row("wasm download (request -> last byte)", gap("wasmRequested", "wasmLastByte"));
  row("  of which waiting for a free connection (6 per host)", (l) => l.wasmWaitedForConnection);
  row("  requests the page made before the wasm's (HTML excluded)", (l) => l.requestsBeforeWasm);
  row("JS glue: waiting for a free connection", (l) => l.glueWaitedForConnection);
  row("wasm compile (streaming start -> compiled)", gap("compileStart", "compileEnd"));
  row("wasm instantiate", gap("instantiateStart", "instantiateEnd"));
  row("main (instantiated -> first callback)", gap("instantiateEnd", "mainEnd"));
  row("  of which lazy compile (wasm.CompileLazy)", (l) => l.lazyCompileInMain);
  row("wasm lazy compile up to the start screen painted", (l) => l.lazyCompileTotal);
  row("  functions compiled lazily", (l) => l.lazyCompileCount);
  row("definition parse and validate", gap("definitionFetched", "definitionParsed"));
  row("all three ready -> start screen rendered", (l) => l.startShown - Math.max(l.definitionParsed, l.keyChecked, l.tabClaimed));
  row("start screen rendered -> painted (style, layout, paint)", gap("startShown", "startPainted"));

  for (const [title, from, to] of [
    ["navigation start -> start screen painted", () => 0, (l) => l.startPainted],
    ["wasm handed to the page -> start screen painted", (l) => l.wasmHanded, (l) => l.startPainted],
  ]) {
    const windows = loads.map((l) => l.busy(from(l), to(l)));
    console.log(`Main thread, ${title} (ms; busy = sum of top-level tasks):`);
    row("window", (_, i) => windows[i].window);
    row("busy", (_, i) => windows[i].busy);
    row("idle (waiting for the network, timers, locks)", (_, i) => windows[i].idle);
    for (const name of BUCKET_NAMES) row(`  ${name}`, (_, i) => windows[i].buckets[name]);
  }
  console.log(`The last load's trace: ${join("bench", "out", "kiosk-trace.json")} (ui.perfetto.dev or chrome://tracing).`);
}
