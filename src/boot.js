// The kiosk's start-up, a file of its own so that the page runs under a Content-Security-Policy
// without inline script (index.html; docs/hosting/). Trunk hashes this file and replaces the
// app's <link data-trunk rel="rust"> with <meta name="yorisoi-kiosk" data-js data-wasm>
// (Trunk.toml: pattern_script), so no wasm-bindgen export is put on `window`.
// Every path is relative, so the app works from any sub-path of any static host.

// The service worker is installed once the first screen is up: installing precaches the app
// through its own requests, which on a first visit ran beside the wasm's compile and start
// (bench/trace.mjs). A page that never shows a screen (a survey that cannot be read) registers
// it a little later all the same. Registering twice is harmless.
const registerWorker = () => navigator.serviceWorker?.register("./sw.js");
addEventListener("yorisoi-shown", registerWorker, { once: true });
setTimeout(registerWorker, 5000);

// Once the kiosk's first screen is up (src/app.rs) and the page is idle: the service worker
// caches the administration and ECharts, so that the reports work offline from the first day,
// and the browser is asked to keep the stored answers even when space runs short.
addEventListener(
  "yorisoi-shown",
  () => {
    const whenIdle = window.requestIdleCallback ?? ((run) => setTimeout(run, 1000));
    whenIdle(
      () => {
        navigator.storage?.persist?.();
        navigator.serviceWorker?.ready.then((registration) => registration.active?.postMessage("cache-administration"));
      },
      { timeout: 5000 },
    );
  },
  { once: true },
);

// Each tab holds a Web Lock named after its draft while it is open (src/tabs.rs). Resolves to
// false if another open tab holds it (a duplicated tab), after a short wait that lets a
// reloading tab's previous page let go of it.
window.yorisoiHoldTab = (name) => {
  if (!navigator.locks) return Promise.resolve(true);
  return new Promise((resolve) => {
    navigator.locks
      .request(name, { signal: AbortSignal.timeout(1000) }, () => {
        resolve(true);
        return new Promise(() => {});
      })
      .catch(() => resolve(false));
  });
};

/** The names of the locks open tabs hold, or null without Web Locks (plain http). */
window.yorisoiHeldTabs = async () =>
  navigator.locks ? (await navigator.locks.query()).held.map((lock) => lock.name) : null;

// The administration is its own module with its own styles, loaded only after the PIN
// (src/pages/admin.rs).
window.yorisoiOpenAdmin = async (root, language, unsaved) => {
  if (!document.getElementById("admin-styles")) {
    const styles = Object.assign(document.createElement("link"), {
      id: "admin-styles",
      rel: "stylesheet",
      href: "./admin/admin.css",
    });
    const loaded = new Promise((resolve, reject) => {
      styles.onload = resolve;
      styles.onerror = reject;
    });
    document.head.append(styles);
    await loaded;
  }
  const admin = await import("./admin/yorisoi-admin.js");
  await admin.default();
  admin.open_admin(root, language, unsaved);
};

const kiosk = document.querySelector('meta[name="yorisoi-kiosk"]').dataset;
// Marks for bench/surveyjs: the wasm's fetch, compile, instantiate and start, from here to there
// (the app marks its own steps: src/perf.rs).
performance.mark("yorisoi:wasm-init");
// The wasm compiles while the JS glue is fetched and run, not after it (bench/trace.mjs: its bytes
// otherwise waited for the glue's import). A host serving it with another MIME type than
// application/wasm makes streaming fail: the glue then fetches it itself, as before.
const compiled = WebAssembly.compileStreaming(fetch(kiosk.wasm)).catch(() => kiosk.wasm);
const { default: init } = await import(kiosk.js);
const wasm = await init({ module_or_path: await compiled });
performance.mark("yorisoi:wasm-ready");
// The event Trunk's own loader sends (bench/surveyjs reads the wasm memory from it).
dispatchEvent(new CustomEvent("TrunkApplicationStarted", { detail: { wasm } }));
