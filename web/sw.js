// Service worker: precaches what a first check needs on the first visit, then serves it from the
// cache, so the page (and the checker) work with the network off. The parts loaded on demand (the
// file reader, pdf.js and its CMaps: megabytes most visitors never need) are not precached: each is
// kept in the cache the first time the page fetches it, so a file type opened once online opens
// offline afterwards. Same-origin GETs only; nothing else is touched. The cache name changes
// whenever any file of the site changes (set by the build).
const CACHE = 'nianbao-__VERSION__';
const PRECACHE = __PRECACHE__;
const ON_DEMAND = /\/(pdfjs\/|wasm\/nianbao-files)/;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k.startsWith('nianbao-') && k !== CACHE).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    const hit = await cache.match(request, { ignoreSearch: true })
      || (request.mode === 'navigate' ? await cache.match('./') : undefined);
    if (hit) return hit;
    const response = await fetch(request);
    if (response.ok && ON_DEMAND.test(new URL(request.url).pathname)) await cache.put(request, response.clone());
    return response;
  })());
});
