// Reads one page load out of a Chrome trace (browser.startTracing): the main thread's events of
// the renderer that loaded `url`, in ms since that navigation's start. Used by bench/trace.mjs
// (the kiosk's start-up) and bench/floor/run.mjs (the floor). Event names as Chromium 156 writes
// them: ResourceSendRequest/ReceiveResponse/Finish, ParseHTML, v8.evaluateModule, v8.wasm's
// wasm.* (V8 compiles wasm lazily: wasm.CompileLazy is Liftoff on a function's first call), the
// page's performance marks (blink.user_timing), firstPaint/firstContentfulPaint and RunTask.

/** The categories the readers below need; few, to keep tracing's own cost low. */
export const CATEGORIES = [
  "devtools.timeline",
  "disabled-by-default-devtools.timeline", // RunTask, EvaluateScript, v8.wasm.compileConsume
  "v8", // v8.compileModule, v8.evaluateModule
  "v8.execute", // RunMicrotasks
  "v8.wasm", // streaming compile, CompileLazy, instantiate
  "disabled-by-default-v8.wasm.detailed", // FinishAsyncCompile, InstanceBuilder.Build
  "blink.user_timing", // navigationStart and the page's performance.mark()s
  "loading", // firstPaint, firstContentfulPaint
];

/** Where a main-thread event's own time goes, by its name; children inherit their parent's. */
const LAZY = "wasm lazy compile (Liftoff on first call)";
/** Playwright's own scripts in the page (its injected and init scripts, its polling): no URL. */
const HARNESS = "the harness (Playwright's scripts in the page)";
const isHarness = (e) =>
  (e.name === "EvaluateScript" && !e.args?.data?.url) || (e.name === "FunctionCall" && e.args?.data?.url === "");
const BUCKETS = [
  [HARNESS, /^$/], // found by isHarness, not by name
  ["navigation commit (new document and window)", /^(DocumentLoader::|CommitLoad|LocalWindowProxy::)/],
  [LAZY, /^wasm\.CompileLazy$/],
  ["wasm instantiate", /^wasm\.(InstanceBuilder\.Build|SyncInstantiate|AsyncInstantiate)$/],
  [
    "wasm streaming compile (decode, validate, finish)",
    /^(v8\.wasm\.compileConsume|wasm\.(StartStreaming|AsyncCompileJob|InitializeStreaming|WasmStreaming|SetUrl|OnBytesReceived|GetStreaming|NewNativeModule|ValidateFunctions|FinishStreaming|FinishAsyncCompile|OnCompilationSucceeded|Debug|BaselineFinished|ExecuteCompilationUnits|CompileBaseline))/,
  ],
  ["HTML parse", /^ParseHTML$/],
  ["style and layout", /^(UpdateLayoutTree|Layout|ParseAuthorStyleSheet|RecalculateStyles|InvalidateLayout)$/],
  ["paint and compositing", /^(PrePaint|Paint|Layerize|Commit|UpdateLayer|CompositeLayers)$/],
  ["script: JS and wasm running, module compile", /^(FunctionCall|RunMicrotasks|EvaluateScript|v8\.|TimerFire|EventDispatch|FireAnimationFrame)/],
];
const bucketOf = (name) => BUCKETS.find(([, pattern]) => pattern.test(name))?.[0];
export const BUCKET_NAMES = [...BUCKETS.map(([name]) => name), "other (tasks' own time: loading, IPC, scheduling)"];

/** The load of `url` in `trace` (the JSON text or buffer of browser.stopTracing()). */
export function readLoad(trace, url) {
  const parsed = JSON.parse(trace);
  const events = parsed.traceEvents ?? parsed;
  const threads = new Map();
  for (const e of events) if (e.ph === "M" && e.name === "thread_name") threads.set(`${e.pid}:${e.tid}`, e.args.name);
  const navigation = events
    .filter((e) => e.name === "navigationStart" && e.args?.data?.documentLoaderURL === url)
    .at(-1);
  if (!navigation) throw new Error(`no navigationStart for ${url} in the trace`);
  const t0 = navigation.ts;
  const { pid, tid } = navigation;
  const onMain = (e) => e.pid === pid && e.tid === tid && threads.get(`${e.pid}:${e.tid}`) === "CrRendererMain";
  const main = events.filter((e) => onMain(e) && e.ts >= t0).sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const at = (ts) => (ts - t0) / 1000;
  const end = (e) => e && at(e.ts + (e.dur ?? 0));
  const first = (name, after = -Infinity) => main.find((e) => e.name === name && at(e.ts) >= after);
  const all = (name) => main.filter((e) => e.name === name);
  const mark = (name) => {
    const e = first(name);
    return e && at(e.ts);
  };

  // Requests, by id: sent, response, last byte (the network's finishTime, s), handed over.
  const requests = new Map();
  for (const e of main) {
    const data = e.args?.data;
    if (!data?.requestId || !/^Resource(SendRequest|ReceiveResponse|Finish)$/.test(e.name)) continue;
    const request = requests.get(data.requestId) ?? { url: "" };
    if (data.url) request.url = data.url;
    if (e.name === "ResourceSendRequest") request.sent = at(e.ts);
    if (e.name === "ResourceReceiveResponse") {
      request.response = at(e.ts);
      // The network's own timing, ms after it took the request: sendStart is late when the
      // request waited for a free connection (HTTP/1.1 opens 6 per host).
      if (data.timing?.sendStart >= 0) request.waited = data.timing.sendStart;
      if (data.timing?.requestTime) request.taken = at(data.timing.requestTime * 1e6);
    }
    if (e.name === "ResourceFinish") {
      request.lastByte = data.finishTime ? at(data.finishTime * 1e6) : at(e.ts);
      request.handed = at(e.ts);
    }
    requests.set(data.requestId, request);
  }
  const document = requests.get(navigation.args.data.navigationId) ?? {};
  const find = (pattern) => [...requests.values()].filter((r) => pattern.test(r.url.split(/[?#]/)[0]));
  const css = find(/\.css$/);
  const wasm = find(/_bg\.wasm$/)[0] ?? {};
  const glue = find(/\/[^/]+\.js$/).filter((r) => !/\/(boot[^/]*|sw)\.js$/.test(r.url));
  const boot = find(/\/boot[^/]*\.js$/)[0] ?? {};
  const definition = find(/surveys\/[a-z-]+\.json$/)[0];

  const parseHtml = all("ParseHTML").filter((e) => e.args?.beginData?.url === url);
  const wasmInit = mark("yorisoi:wasm-init") ?? mark("floor:wasm-init");
  const wasmReady = mark("yorisoi:wasm-ready") ?? mark("floor:wasm-ready");
  const modules = all("v8.evaluateModule");
  const streamStart = first("wasm.StartStreamingCompilation") ?? first("v8.wasm.streamFromResponseCallback");
  const compiled = first("wasm.FinishAsyncCompile");
  const build = first("wasm.InstanceBuilder.Build");
  const builtAt = end(build);
  // `main` runs in the microtask that instantiates; the app's first callbacks (wasm-bindgen
  // closures, Leptos' tasks) run only after it returns.
  const firstCallback = builtAt === undefined ? undefined : main.find((e) => e.name === "FunctionCall" && at(e.ts) >= builtAt);
  const paints = all("Paint");
  const paintAfter = (ms) => (ms === undefined ? undefined : end(paints.find((e) => at(e.ts) >= ms)));
  const startShown = mark("yorisoi:start-shown") ?? mark("floor:shown");
  const startPainted = paintAfter(startShown);
  const lazy = all("wasm.CompileLazy");
  const within = (list, from, to) => list.filter((e) => at(e.ts) >= from && at(e.ts) < to);
  const sum = (list) => list.reduce((total, e) => total + (e.dur ?? 0), 0) / 1000;

  return {
    htmlRequestTaken: document.taken,
    htmlResponse: document.response,
    htmlLastByte: document.lastByte,
    htmlParsed: parseHtml.length ? Math.max(...parseHtml.map(end)) : undefined,
    cssRequested: css.length ? Math.min(...css.map((r) => r.sent)) : undefined,
    cssLastByte: css.length ? Math.max(...css.map((r) => r.lastByte)) : undefined,
    cssParsed: all("ParseAuthorStyleSheet").length ? Math.max(...all("ParseAuthorStyleSheet").map(end)) : undefined,
    bootLastByte: boot.lastByte,
    bootEvaluated: wasmInit,
    glueLastByte: glue.length ? Math.max(...glue.map((r) => r.lastByte)) : undefined,
    glueEvaluated: end(modules.find((e) => wasmInit !== undefined && at(e.ts) >= wasmInit)),
    wasmRequested: wasm.sent,
    wasmWaitedForConnection: wasm.waited,
    glueWaitedForConnection: glue.length ? Math.max(...glue.map((r) => r.waited ?? 0)) : undefined,
    requestsBeforeWasm: [...requests.values()].filter((r) => r !== document && r !== wasm && r.sent <= wasm.sent).length,
    wasmLastByte: wasm.lastByte,
    wasmHanded: wasm.handed,
    compileStart: streamStart && at(streamStart.ts),
    compileEnd: end(compiled),
    instantiateStart: build && at(build.ts),
    instantiateEnd: builtAt,
    mainEnd: firstCallback ? at(firstCallback.ts) : wasmReady,
    wasmReady,
    lazyCompileInMain: builtAt === undefined ? undefined : sum(within(lazy, builtAt, firstCallback ? at(firstCallback.ts) : Infinity)),
    lazyCompileCount: startPainted === undefined ? lazy.length : within(lazy, 0, startPainted).length,
    lazyCompileTotal: sum(startPainted === undefined ? lazy : within(lazy, 0, startPainted)),
    definitionRequested: definition?.sent,
    definitionLastByte: definition?.lastByte,
    definitionFetched: mark("yorisoi:definition-fetched") ?? mark("floor:definition-fetched"),
    definitionParsed: mark("yorisoi:definition-parsed") ?? mark("floor:definition-parsed"),
    tabClaimed: mark("yorisoi:tab-claimed"),
    keyChecked: mark("yorisoi:key-checked"),
    firstAppFrame: paintAfter(builtAt),
    startShown,
    startPainted,
    firstPaint: mark("firstPaint"),
    firstContentfulPaint: mark("firstContentfulPaint"),
    busy: (from, to) => busyTime(main, at, from, to),
    /** wasm.CompileLazy up to `to` ms: how many functions, and their ms. */
    lazyUntil: (to) => ({ count: within(lazy, 0, to).length, ms: sum(within(lazy, 0, to)) }),
  };
}

/** The main thread between `from` and `to` (ms): busy (tasks running) and where that went. */
function busyTime(main, at, from, to) {
  const buckets = Object.fromEntries(BUCKET_NAMES.map((name) => [name, 0]));
  const other = BUCKET_NAMES.at(-1);
  let busy = 0;
  // Complete events nest: each one's own time (minus its children's) goes to its bucket, or its
  // nearest named ancestor's. Top-level RunTasks are the busy time.
  const stack = [];
  const close = (upTo) => {
    while (stack.length && stack.at(-1).end <= upTo) {
      const done = stack.pop();
      buckets[done.bucket] += Math.max(0, done.dur - done.children);
    }
  };
  for (const e of main) {
    if (e.ph !== "X" || !e.dur) continue;
    const start = at(e.ts);
    const dur = e.dur / 1000;
    if (start < from || start >= to) continue;
    close(start);
    const parent = stack.at(-1);
    if (!parent && e.name !== "RunTask") continue; // outside any task: not main-thread work
    if (!parent) busy += Math.min(dur, to - start);
    if (parent) parent.children += dur;
    stack.push({ end: start + dur, dur, children: 0, bucket: bucketFor(e, parent) });
  }
  close(Infinity);
  // Inside lazy compile or the harness, everything is theirs; else the innermost named event's.
  function bucketFor(e, parent) {
    if (parent?.bucket === LAZY || parent?.bucket === HARNESS) return parent.bucket;
    if (isHarness(e)) return HARNESS;
    return bucketOf(e.name) ?? parent?.bucket ?? other;
  }
  return { window: to - from, busy, idle: to - from - busy, buckets };
}
