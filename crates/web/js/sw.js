// The web app's service worker: keeps the app shell (every file of the build, listed in
// shell.json) so the app starts with no network. The shell is served from the cache first; the
// portal's API (/v1/) always goes to the network, and the data lives in OPFS, not here.
// build-web.sh stamps VERSION with a digest of the build, so a new build replaces the cache.
const VERSION = "__VERSION__";
const CACHE = `welcome-shell-${VERSION}`;
const BASE = new URL("./", self.location).pathname; // "/app/"

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const files = await (await fetch(`${BASE}shell.json`, { cache: "no-cache" })).json();
      const cache = await caches.open(CACHE);
      await cache.addAll([BASE, ...files.map((f) => BASE + f)]);
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith("welcome-shell-") && name !== CACHE) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("fetch", (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== "GET" || url.origin !== self.location.origin) return;
  if (!url.pathname.startsWith(BASE)) return; // the API and everything else: the network
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      // Screens are one page: every navigation inside the app gets the shell's index.
      const key = event.request.mode === "navigate" ? BASE : event.request;
      const hit = await cache.match(key, { ignoreSearch: true });
      return hit ?? fetch(event.request);
    })(),
  );
});
