// Service worker: precaches what a first check needs on the first visit, then serves it from the
// cache, so the page (and the checker) work with the network off. The parts loaded on demand (the
// file reader, pdf.js and its CMaps: megabytes most visitors never need; the reviewer's desk) are not
// precached: each is kept in the cache the first time it is fetched, so a file type (or the desk)
// opened once online opens offline afterwards. Same-origin GETs only; nothing else is touched. The cache name changes
// whenever any file of the site changes (set by the build).
const CACHE = 'nianbao-__VERSION__';
const PRECACHE = __PRECACHE__;
// On demand: pdf.js, the file reader, and the reviewer's desk (desk.html and its script/style).
const ON_DEMAND = /\/(pdfjs\/|wasm\/nianbao-files|desk\.html$|js\/desk\.js$|css\/desk\.css$)/;

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
    const hit = await cache.match(request, { ignoreSearch: true });
    if (hit) return hit;
    let response;
    try {
      response = await fetch(request);
    } catch (err) {
      // Offline and not cached: a navigation gets the page (the desk, if never opened online, too).
      const page = request.mode === 'navigate' ? await cache.match('./') : undefined;
      if (page) return page;
      throw err;
    }
    if (response.ok && ON_DEMAND.test(new URL(request.url).pathname)) await cache.put(request, response.clone());
    return response;
  })());
});
