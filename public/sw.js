// Yorisoi's service worker: after the first load, the app and every asset come from this cache,
// so the kiosk keeps working with the server or the network gone.
// scripts/precache.sh fills in the version and the file lists at build time; a new deployment
// has a new version, installs a new cache and deletes the old ones.
const VERSION = "__PRECACHE_VERSION__";
const FILES = __PRECACHE_FILES__;
// The administration module and ECharts: never downloaded for the survey itself, but cached in
// the background once the kiosk's first screen is up and the page idle (src/boot.js), so the
// administration works offline from the first day.
const ADMINISTRATION_FILES = __ADMINISTRATION_FILES__;
const CACHE = `yorisoi-${VERSION}`;
// Files a centre edits on its host: the survey definitions, the benchmark, and the host's own
// files. Asked of the host first whenever it answers, so an edit reaches every kiosk at its
// next start; the cached copy serves when the host cannot be reached.
const EDITABLE = /^(?:(?:surveys|benchmark)\/[^/]+\.json|centre-key\.json|host\.json)$/;
// How long a start waits for an unresponsive host before using the cached copy.
const HOST_WAIT_MS = 4000;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(FILES.map((file) => new Request(file, { cache: "reload" }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter((name) => name.startsWith("yorisoi-") && name !== CACHE)
            .map((name) => caches.delete(name)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("message", (event) => {
  if (event.data === "cache-administration") event.waitUntil(cacheMissing(ADMINISTRATION_FILES));
});

/** Caches each of `files` not cached yet; a file the host cannot give now is tried next time. */
async function cacheMissing(files) {
  const cache = await caches.open(CACHE);
  for (const file of files) {
    if (await cache.match(file)) continue;
    try {
      const response = await fetch(file, { cache: "no-cache" });
      if (response.ok) await cache.put(file, response);
    } catch {
      // Offline: the next start asks again.
    }
  }
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) {
    return;
  }
  const scope = new URL(self.registration.scope).pathname;
  const path = url.pathname.startsWith(scope) ? url.pathname.slice(scope.length) : url.pathname;
  // The intranet host's inbox is never cached: the network answers, or nobody does.
  if (path.startsWith("inbox/")) {
    return;
  }
  event.respondWith(EDITABLE.test(path) ? hostFirst(request) : cacheFirst(request));
});

/** The host's current copy, cached for later; the cached copy when the host fails. */
async function hostFirst(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request.url, { cache: "no-cache", signal: AbortSignal.timeout(HOST_WAIT_MS) });
    if (response.ok) {
      await cache.put(request.url, response.clone());
      return response;
    }
    // A file the host does not have (404) is the truth; a failing host is not.
    if (response.status < 500) return response;
  } catch {
    // Unreachable or too slow: fall back to the cached copy.
  }
  return (await cache.match(request, { ignoreSearch: true })) ?? Response.error();
}

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  // A page load of the folder itself ("./" or "./index.html?x") is the app's page.
  const cached =
    (await cache.match(request, { ignoreSearch: true })) ||
    (request.mode === "navigate" ? await cache.match("./index.html") : undefined);
  if (cached) return cached;
  // Not cached yet (the administration before the background caching): fetched, then kept.
  const response = await fetch(request, { cache: "no-cache" });
  if (response.ok) await cache.put(request, response.clone());
  return response;
}
