// Yorisoi's service worker: after the first load, the app, its survey definitions and every
// asset come from this cache, so the kiosk keeps working with the server gone.
// scripts/precache.sh fills in the version and the file list at build time; a new deployment
// has a new version, installs a new cache and deletes the old ones.
const VERSION = "__PRECACHE_VERSION__";
const FILES = __PRECACHE_FILES__;
const CACHE = `yorisoi-${VERSION}`;

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

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) {
    return;
  }
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      // A page load of the folder itself ("./" or "./index.html?x") is the app's page.
      const cached =
        (await cache.match(request, { ignoreSearch: true })) ||
        (request.mode === "navigate" ? await cache.match("./index.html") : undefined);
      if (cached) return cached;
      // Not precached (the administration and its charting library): fetched fresh the first
      // time, then kept for offline use.
      const response = await fetch(request, { cache: "no-cache" });
      if (response.ok) await cache.put(request, response.clone());
      return response;
    }),
  );
});
