// Yorisoi against SurveyJS on the same employee survey, in Debian's Chromium with the CPU
// throttled 4x (CDP Emulation.setCPUThrottlingRate), a fresh browser context per run.
// Prints figures, the ratios Yorisoi/SurveyJS and the goals beside them; never a pass/fail test.
//
//   node bench/surveyjs/run.mjs   (after `trunk build --release`; RUNS=7 for more runs, DIST=dir for another build)
//
// Both pages are served by scripts/serve.mjs (two instances on 127.0.0.1, uncompressed, like the
// kiosk's intranet host); "bytes" are the gzip -9 sizes of the response bodies, as a static
// server that compresses would send them. The full output is also written to results.txt here.
// On a machine shared with other work, compare the ratios of one run, not figures across runs.
import { chromium } from "@playwright/test";
import { readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { startServer } from "../../scripts/serve.mjs";
import { answersFor, survey } from "../../tests/e2e/support/survey.mjs";
import { buildPeer, versions } from "./build.mjs";
import { seedCentreKey, unseal } from "../../tests/e2e/support/centre-key.mjs";
import { CHROMIUM, CHROMIUM_ARGS } from "../../scripts/chromium.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const RUNS = Number(process.env.RUNS ?? 5);
const THROTTLE = 4;
const VIEWPORT = { width: 1280, height: 800 };
const KB = 1024;
// Issue #13: kiosk path <= 130 KB gzip (0.31x SurveyJS's bytes), first question <= 0.45x, first
// contentful paint <= 0.3x, JS heap <= 0.3x, the scripted respondent <= 0.25x.
const GOALS = { bytes: 0.31, firstQuestion: 0.45, fcp: 0.3, heap: 0.3, respondent: 0.25, kioskKB: 130 };

const gzip = (body) => gzipSync(body, { level: 9 }).length;
const brotli = (body) =>
  brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } })
    .length;

// ---- in-page probes ---------------------------------------------------------------------------

/** Installed before any page script: records when the start screen and the first question are usable. */
function probe({ startSelector }) {
  const marks = {};
  window.__bench = { marks };
  const usable = (element) => {
    if (!element || !element.isConnected || element.disabled) return false;
    const box = element.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return false;
    if (getComputedStyle(element).visibility === "hidden") return false;
    // A visually hidden native radio is answered through its label: that must be on screen too.
    const label = element.closest("label") ?? (element.id && document.querySelector(`label[for="${element.id}"]`));
    if (label) {
      const labelBox = label.getBoundingClientRect();
      if (labelBox.width === 0 || labelBox.height === 0) return false;
    }
    return true;
  };
  const check = () => {
    const now = performance.now();
    if (startSelector && marks.startReady === undefined && usable(document.querySelector(startSelector))) {
      marks.startReady = now;
    }
    if (marks.loading === undefined && document.querySelector(".loading")) marks.loading = now;
    if (marks.startShown === undefined && document.querySelector("section.start h1")) marks.startShown = now;
    if (marks.firstRadio === undefined && usable(document.querySelector('input[type="radio"]'))) {
      marks.firstRadio = now;
    }
    return marks.firstRadio !== undefined;
  };
  const observer = new MutationObserver(() => {
    if (check()) observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
  const poll = () => {
    if (!check()) requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
  addEventListener(
    "click",
    (event) => {
      if (startSelector && marks.click === undefined && event.target.closest?.(startSelector)) marks.click = performance.now();
    },
    true,
  );
  // Trunk's loader announces the wasm instance: keep its memory to report its size.
  addEventListener("TrunkApplicationStarted", (event) => {
    window.__bench.wasmMemory = event.detail?.wasm?.memory;
  });
}

/** The scripted respondent, run in the page: the same answers, one click per item, then submit. */
async function respond({ tool, pages }) {
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const waitFor = async (find, what) => {
    const since = performance.now();
    for (;;) {
      const found = find();
      if (found) return found;
      if (performance.now() - since > 60_000) throw new Error(`${tool}: timed out waiting for ${what}`);
      await frame();
    }
  };
  const shown = (element) => element && element.offsetParent !== null;
  const yorisoi = tool === "yorisoi";
  const radio = (id, value) =>
    document.querySelector(
      yorisoi ? `input[type="radio"][name="${id}"][value="${value}"]` : `[data-name="${id}"] input[type="radio"][value="${value}"]`,
    );
  const textarea = (id) => document.querySelector(yorisoi ? `textarea#q-${id}` : `[data-name="${id}"] textarea`);
  const buttonNamed = (name) => [...document.querySelectorAll("button")].find((b) => b.textContent.trim() === name && shown(b));
  const nextButton = () =>
    yorisoi
      ? document.querySelector("nav.steps button.primary")
      : [...document.querySelectorAll(".sd-navigation__next-btn, .sd-navigation__complete-btn")].find(shown);

  const started = performance.now();
  for (const items of pages) {
    for (const item of items) {
      if (item.text !== undefined) {
        const field = await waitFor(() => textarea(item.id), `textarea ${item.id}`);
        field.focus();
        field.value = item.text;
        field.dispatchEvent(new Event("input", { bubbles: true }));
        field.dispatchEvent(new Event("change", { bubbles: true }));
        field.blur();
      } else {
        const input = await waitFor(() => radio(item.id, item.value), `item ${item.id}`);
        (input.closest("label") ?? input).click();
        await waitFor(() => radio(item.id, item.value)?.checked, `${item.id} checked`);
      }
      await frame();
    }
    (await waitFor(nextButton, "next button")).click();
    await frame();
  }
  if (yorisoi) {
    (await waitFor(() => buttonNamed("送信する"), "the review's submit button")).click();
    await waitFor(() => document.querySelector("h1")?.textContent.includes("ご回答ありがとうございました"), "thank-you");
  } else {
    await waitFor(() => shown(document.querySelector(".sd-completedpage")), "completed page");
  }
  return performance.now() - started;
}

// ---- one run ----------------------------------------------------------------------------------

const bodyCache = new Map();
async function body(url) {
  if (!bodyCache.has(url)) {
    const response = await fetch(url);
    // centre-key.json is looked for on every start; unpublished, its 404 carries no file.
    if (response.status === 404 && url.endsWith("/centre-key.json")) {
      bodyCache.set(url, Buffer.alloc(0));
      return bodyCache.get(url);
    }
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    bodyCache.set(url, Buffer.from(await response.arrayBuffer()));
  }
  return bodyCache.get(url);
}

async function measure(browser, tool, url) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const foreign = [];
  await context.route(
    (target) => target.hostname !== "127.0.0.1",
    (route) => {
      foreign.push(route.request().url());
      return route.abort();
    },
  );
  const yorisoi = tool === "yorisoi";
  // The kiosk starts only once it has a centre key to seal to: the one its administrator created.
  if (yorisoi) await seedCentreKey(context);
  await context.addInitScript(probe, { startSelector: yorisoi ? "button.start-button" : null });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(String(error)));
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: THROTTLE });

  // The page's time spent in tasks (CDP Performance.getMetrics TaskDuration, seconds): what a
  // step cost the page, apart from the frames and network it waited for.
  await cdp.send("Performance.enable");
  const busy = async () =>
    (await cdp.send("Performance.getMetrics")).metrics.find((metric) => metric.name === "TaskDuration").value * 1000;
  const busyAtStart = await busy();

  await page.goto(url, { waitUntil: "commit" });
  const marks = () => page.evaluate(() => window.__bench.marks);
  const toFirstQuestion = async () => {
    if (yorisoi) {
      await page.waitForFunction(() => window.__bench?.marks.startReady !== undefined, null, { polling: 50, timeout: 60_000 });
      // Clicked from the page, as the respondent's answers are: Playwright's mouse would stay over
      // the page, and Chromium then hit-tests it after every layout (a fake mouse move), which
      // cost the respondent about a quarter of its time; SurveyJS's page is never clicked so.
      await page.evaluate(() => document.querySelector("button.start-button").click());
    }
    await page.waitForFunction(() => window.__bench?.marks.firstRadio !== undefined, null, { polling: 50, timeout: 60_000 });
    const m = await marks();
    return { m, firstQuestion: yorisoi ? m.startReady + (m.firstRadio - m.click) : m.firstRadio };
  };
  const { m, firstQuestion } = await toFirstQuestion();
  const firstQuestionBusy = (await busy()) - busyAtStart;

  // Every response the page had received by the time the first question was answerable.
  const urls = await page.evaluate((until) => {
    const entries = performance.getEntriesByType("resource").filter((entry) => entry.responseEnd <= until);
    return [location.href, ...entries.map((entry) => entry.name)].map((u) => u.split("#")[0]);
  }, m.firstRadio);
  // Where the time went: paint, resource timings and the page's own marks (src/boot.js).
  const timeline = await page.evaluate(() => {
    const paint = performance.getEntriesByType("paint").find((entry) => entry.name === "first-contentful-paint");
    const resource = (pattern) => {
      const entry = performance.getEntriesByType("resource").find((e) => pattern.test(e.name));
      return entry ? { start: entry.startTime, end: entry.responseEnd } : undefined;
    };
    const mark = (name) => performance.getEntriesByName(name, "mark")[0]?.startTime;
    return {
      fcp: paint?.startTime,
      wasm: resource(/_bg\.wasm$/),
      definition: resource(/surveys\/[a-z-]+\.json$/),
      centreKey: resource(/centre-key\.json$/),
      wasmInitStart: mark("yorisoi:wasm-init"),
      wasmInitEnd: mark("yorisoi:wasm-ready"),
      // The app's own marks (src/perf.rs).
      definitionFetched: mark("yorisoi:definition-fetched"),
      definitionParsed: mark("yorisoi:definition-parsed"),
      tabClaimed: mark("yorisoi:tab-claimed"),
      keyChecked: mark("yorisoi:key-checked"),
      startRendered: mark("yorisoi:start-shown"),
    };
  });
  const fetched = [...new Set(urls)].filter((u) => u.startsWith("http://127.0.0.1"));
  let raw = 0;
  let gz = 0;
  const files = [];
  for (const u of fetched) {
    const b = await body(u);
    raw += b.length;
    gz += gzip(b);
    files.push(new URL(u).pathname);
  }

  const pages = survey.sections.map((section) =>
    section.items.map((item) => {
      const answer = answersFor(1)[item.id];
      return typeof answer === "string" ? { id: item.id, text: answer } : { id: item.id, value: answer };
    }),
  );
  const busyBeforeRespondent = await busy();
  const respondMs = await page.evaluate(respond, { tool, pages });
  const respondBusy = (await busy()) - busyBeforeRespondent;

  // Both must have recorded every answer.
  const answered = yorisoi
    ? await page
        .evaluate(() => {
          const key = Object.keys(localStorage).find((k) => k.startsWith("yorisoi/v1@/wellbeing/sealed/"));
          return JSON.parse(localStorage.getItem(key));
        })
        // Sealed in the browser: opened here with the test centre key.
        .then(async (envelope) => {
          const stored = JSON.parse(await unseal(envelope));
          return [...stored.a].filter((c) => c !== ".").length + (stored.t?.comment ? 1 : 0);
        })
    : await page.evaluate(() => Object.keys(window.__surveyData ?? {}).length);

  await cdp.send("HeapProfiler.enable");
  await cdp.send("HeapProfiler.collectGarbage");
  await cdp.send("HeapProfiler.collectGarbage");
  const heap = await cdp.send("Runtime.getHeapUsage");
  const wasm = await page.evaluate(() => window.__bench.wasmMemory?.buffer.byteLength ?? 0);

  // The next start on the same screen: caches (Yorisoi: its service worker) and compiled code warm.
  await page.reload({ waitUntil: "commit" });
  const warm = await toFirstQuestion();
  await context.close();
  return {
    fcp: timeline.fcp,
    timeline,
    marks: m,
    startReady: m.startReady,
    afterClick: yorisoi ? m.firstRadio - m.click : undefined,
    firstQuestion,
    firstQuestionBusy,
    warmFirstQuestion: warm.firstQuestion,
    raw,
    gz,
    files,
    respondMs,
    respondBusy,
    answered,
    heap: heap.usedSize,
    wasm,
    foreign,
    errors,
  };
}

// ---- figures ----------------------------------------------------------------------------------

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const stats = (values) => ({ median: median(values), min: Math.min(...values), max: Math.max(...values) });

/** Yorisoi's kiosk path as built: index.html, the JS, the wasm, every CSS file, the survey. */
function kioskPath(dist) {
  const top = readdirSync(dist).filter((name) => statSync(join(dist, name)).isFile());
  const names = [
    "index.html",
    ...top.filter((n) => n.endsWith(".js") && n !== "sw.js"),
    ...top.filter((n) => n.endsWith(".wasm")),
    ...top.filter((n) => n.endsWith(".css")),
    "surveys/employee.json",
  ];
  return names.map((name) => {
    const b = readFileSync(join(dist, name));
    return { name, raw: b.length, gz: gzip(b), br: brotli(b) };
  });
}

const lines = [];
const say = (line = "") => {
  lines.push(line);
  console.log(line);
};

const dist = process.env.DIST ?? join(root, "dist");
const peerRoot = buildPeer();
const yorisoiServer = await startServer({ root: dist, base: "/wellbeing/" });
const peerServer = await startServer({ root: peerRoot, base: "/surveyjs/" });
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
const chromiumVersion = browser.version();

const results = { yorisoi: [], surveyjs: [] };
try {
  for (let run = 0; run < RUNS; run++) {
    // Alternate the tools so that a noisy moment on the shared machine hits both.
    for (const [tool, url] of [
      ["yorisoi", yorisoiServer.url],
      ["surveyjs", peerServer.url],
    ]) {
      const result = await measure(browser, tool, url);
      results[tool].push(result);
      process.stderr.write(
        `run ${run + 1}/${RUNS} ${tool.padEnd(8)} first question ${result.firstQuestion.toFixed(0)} ms, ` +
          `respondent ${result.respondMs.toFixed(0)} ms, heap ${(result.heap / KB / KB).toFixed(2)} MB\n`,
      );
    }
  }
} finally {
  await browser.close();
  await yorisoiServer.close();
  await peerServer.close();
}

const items = survey.sections.reduce((sum, section) => sum + section.items.length, 0);
const v = versions();
say(`Yorisoi vs SurveyJS (survey-core ${v["survey-core"]} + survey-js-ui ${v["survey-js-ui"]}, default theme, fontless CSS build),`);
say(`employee survey: ${items} items on ${survey.sections.length} pages, Japanese. Chromium ${chromiumVersion}, headless, CPU throttled ${THROTTLE}x,`);
say(`viewport ${VIEWPORT.width}x${VIEWPORT.height}, fresh browser context per run, ${RUNS} runs per tool, median (min-max). KB = 1024 bytes.`);
say();

const row = (cells, widths) => cells.map((cell, i) => String(cell)[i ? "padStart" : "padEnd"](widths[i])).join("  ");
const widths = [44, 22, 22, 9, 8, 5];
const fmt = (s, digits, scale = 1) =>
  `${(s.median / scale).toFixed(digits)} (${(s.min / scale).toFixed(digits)}-${(s.max / scale).toFixed(digits)})`;
say(row(["measure", "Yorisoi", "SurveyJS", "Y/S", "goal", "met"], widths));
say(row(["-".repeat(44), "-".repeat(22), "-".repeat(22), "-".repeat(9), "-".repeat(8), "-".repeat(5)], widths));
// A run without a figure (Chromium records no paint entry now and then) is left out, not counted as 0.
const finite = (tool, key) => results[tool].map((r) => r[key]).filter((v) => Number.isFinite(v));
const line = (label, key, digits, scale, goal) => {
  const y = stats(finite("yorisoi", key));
  const s = stats(finite("surveyjs", key));
  const ratio = y.median / s.median;
  say(
    row(
      [label, fmt(y, digits, scale), fmt(s, digits, scale), ratio.toFixed(2) + "x", goal ? `<= ${goal}x` : "-", goal ? (ratio <= goal ? "yes" : "no") : ""],
      widths,
    ),
  );
};
line("bytes to first question, gzip -9 (KB)", "gz", 1, KB, GOALS.bytes);
line("  same, uncompressed (KB)", "raw", 1, KB);
line("time to first question (ms)", "firstQuestion", 0, 1, GOALS.firstQuestion);
line("  the page's task time until then (ms)", "firstQuestionBusy", 0, 1);
line("  the next start, caches warm (ms)", "warmFirstQuestion", 0, 1);
line("first contentful paint (ms)", "fcp", 0, 1, GOALS.fcp);
const startStats = stats(results.yorisoi.map((r) => r.startReady));
const clickStats = stats(results.yorisoi.map((r) => r.afterClick));
say(row(["  Yorisoi: navigation -> start screen (ms)", fmt(startStats, 0), "", "", "", ""], widths));
say(row(["  Yorisoi: click start -> first radio (ms)", fmt(clickStats, 0), "", "", "", ""], widths));
line(`respondent: ${items} items + submit (ms)`, "respondMs", 0, 1, GOALS.respondent);
line("  the page's task time meanwhile (ms)", "respondBusy", 0, 1, GOALS.respondent);
line("JS heap after submit, after GC (MB)", "heap", 2, KB * KB, GOALS.heap);
for (const r of [...results.yorisoi, ...results.surveyjs]) r.heapAndWasm = r.heap + r.wasm;
line("  JS heap + wasm linear memory (MB)", "heapAndWasm", 2, KB * KB);

const kiosk = kioskPath(dist);
const total = kiosk.reduce((sum, f) => ({ raw: sum.raw + f.raw, gz: sum.gz + f.gz, br: sum.br + f.br }), { raw: 0, gz: 0, br: 0 });
say(
  row(
    ["Yorisoi kiosk path, gzip -9 (KB)", (total.gz / KB).toFixed(1), "", "", `<= ${GOALS.kioskKB}`, total.gz / KB <= GOALS.kioskKB ? "yes" : "no"],
    widths,
  ),
);
say(
  row(
    ["Yorisoi kiosk path, brotli 11 (KB)", (total.br / KB).toFixed(1), "", "", `<= ${GOALS.kioskKB}`, total.br / KB <= GOALS.kioskKB ? "yes" : "no"],
    widths,
  ),
);
say();
// One Yorisoi load, step by step (medians over the runs, ms since navigation start).
const step = (label, pick) => {
  const values = results.yorisoi.map(pick).filter((v) => Number.isFinite(v));
  if (values.length) say(`  ${label.padEnd(58)} ${fmt(stats(values), 0).padStart(20)}`);
};
say("Yorisoi load, step by step (median (min-max), ms):");
step("wasm request start (HTML, JS, CSS before it)", (r) => r.timeline.wasm?.start);
step("wasm download (request -> last byte)", (r) => r.timeline.wasm && r.timeline.wasm.end - r.timeline.wasm.start);
step("boot.js: import JS + wasm fetch, compile, instantiate, main", (r) => r.timeline.wasmInitEnd - r.timeline.wasmInitStart);
// Compiling streams with the download: what is left after the last byte is compile + instantiate.
step("wasm last byte -> instance running (compile, instantiate)", (r) => r.timeline.wasmInitEnd - r.timeline.wasm?.end);
step("survey definition fetch: request start", (r) => r.timeline.definition?.start);
step("survey definition fetch (request -> last byte)", (r) => r.timeline.definition && r.timeline.definition.end - r.timeline.definition.start);
step("definition received -> start screen shown (parse, validate, render)", (r) =>
  r.marks.startShown - Math.max(r.timeline.definition?.end ?? 0, r.timeline.wasmInitEnd ?? 0));
step("  instance running -> definition handed to the app", (r) => r.timeline.definitionFetched - r.timeline.wasmInitEnd);
step("  definition parsed and validated", (r) => r.timeline.definitionParsed - r.timeline.definitionFetched);
step("  instance running -> tab claimed (Web Lock)", (r) => r.timeline.tabClaimed - r.timeline.wasmInitEnd);
step("  instance running -> centre key checked", (r) => r.timeline.keyChecked - r.timeline.wasmInitEnd);
step("  all three ready -> start screen rendered", (r) =>
  r.timeline.startRendered - Math.max(r.timeline.definitionParsed, r.timeline.tabClaimed, r.timeline.keyChecked));
step("start screen shown -> start button ready (centre key)", (r) => r.marks.startReady - r.marks.startShown);
step("centre-key.json fetch (request -> last byte)", (r) => r.timeline.centreKey && r.timeline.centreKey.end - r.timeline.centreKey.start);
step("first contentful paint", (r) => r.fcp);
step("start button ready", (r) => r.startReady);
step("click start -> first section answerable", (r) => r.afterClick);
say();
say("Goals are goals printed beside the figures, not assertions.");
say(`Yorisoi kiosk path (file: raw / gzip -9 / brotli 11, KB):`);
for (const f of kiosk) {
  say(`  ${f.name.padEnd(40)} ${(f.raw / KB).toFixed(1).padStart(7)} / ${(f.gz / KB).toFixed(1).padStart(6)} / ${(f.br / KB).toFixed(1).padStart(6)}`);
}
say(`  ${"total".padEnd(40)} ${(total.raw / KB).toFixed(1).padStart(7)} / ${(total.gz / KB).toFixed(1).padStart(6)} / ${(total.br / KB).toFixed(1).padStart(6)}`);
const filesOf = (tool) => [...new Set(results[tool].flatMap((r) => r.files))].join(" ");
say(`Fetched before the first question — Yorisoi: ${filesOf("yorisoi")}`);
say(`  SurveyJS: ${filesOf("surveyjs")}`);
// On a first visit Yorisoi's service worker also precaches the rest of the app in the background.
const sw = readFileSync(join(dist, "sw.js"), "utf8");
const precached = JSON.parse(sw.match(/const FILES = (\[.*?\]);/)[1])
  .filter((f) => f !== "./")
  .map((f) => f.slice(2));
const pageFiles = new Set(results.yorisoi.flatMap((r) => r.files).map((p) => relative("/wellbeing", p)));
const background = precached.filter((f) => !pageFiles.has(f) && f !== "");
const backgroundGz = background.reduce((sum, f) => sum + gzip(readFileSync(join(dist, f))), 0);
say(
  `Not counted above: on a first visit Yorisoi's service worker precaches ${background.length} more files in the background ` +
    `(${(backgroundGz / KB).toFixed(1)} KB gzip -9: ${background.join(", ")}).`,
);
say(
  "Time to first question: navigation start -> first radio of the first question visible and enabled. Yorisoi has a " +
    "start screen: its figure is (navigation -> start screen ready) + (click on 回答をはじめる -> first radio answerable).",
);
say(
  "Respondent: in-page script, one label click per item (+ the comment typed), one frame per answer, next page ... submit; " +
    "Yorisoi also passes its review page (63 steps). \"Task time\" is the page's time in tasks meanwhile (CDP " +
    "Performance.getMetrics TaskDuration): near the wall time, so under the throttle both pages are bound by their own work, " +
    "not by the frame rate. " +
    "\"The next start\": the page reloaded in the same context after the submit (the same time to the first question). " +
    "JS heap: CDP Runtime.getHeapUsage usedSize after HeapProfiler.collectGarbage; " +
    "Yorisoi's answers and state live in wasm linear memory, shown in the row below it.",
);
say(
  "First contentful paint: Chromium's first-contentful-paint entry. Yorisoi's kiosk starts only with a centre key: each run " +
    "seeds the test key into local storage first (tests/e2e/support/centre-key.mjs), as the kiosk's administrator would have.",
);
const answered = (tool) => [...new Set(results[tool].map((r) => r.answered))].join("/");
say(`Answers recorded per run: Yorisoi ${answered("yorisoi")}, SurveyJS ${answered("surveyjs")} of ${items}.`);
const foreign = [...results.yorisoi, ...results.surveyjs].flatMap((r) => r.foreign);
const errors = [...results.yorisoi, ...results.surveyjs].flatMap((r) => r.errors);
say(`Requests to other origins (blocked): ${foreign.length ? foreign.join(" ") : "none"}. Page errors: ${errors.length ? errors.join(" | ") : "none"}.`);

writeFileSync(join(here, "results.txt"), lines.join("\n") + "\n");
