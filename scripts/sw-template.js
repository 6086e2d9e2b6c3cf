// The service worker (dist/sw.js). scripts/service-worker.mjs writes it after the build: MANIFEST, defined above
// this text in dist/sw.js, lists every file to keep offline, and its version is a hash of those files and of this
// text, so every deploy that changes something gives a new sw.js, a new cache, and removes the old one.
//
// - install: fetch every file of the version into the cache «handlingsplan-<version>», bypassing the HTTP cache, each
//   checked against its SHA-256 in MANIFEST.integrity (the browser compares, as for <script integrity>). All or
//   nothing: if one file fails or does not match (a deploy still being uploaded, a truncated file), the new cache is
//   deleted, the install fails, the installed version stays in use, and the browser tries again at the next visit.
// - a deploy without sw.js (404): src/components/ServiceWorker.astro unregisters the worker and deletes its caches;
//   the drafts (IndexedDB) are not touched.
// - activate: delete the caches of older versions, take control of open pages that have no service worker yet.
//   A new version waits (no skipWaiting) until no page uses the old one, so an open page never loses the files of
//   its own version (code it loads later, such as the Word export, still comes from its cache).
// - pages: network first, so what is online is what people read; the cached page when the network fails, errors
//   (5xx) or does not answer within NETWORK_TIMEOUT_MS. Fresh pages are not written to the cache: the cache stays
//   one consistent version (pages and the scripts they refer to), replaced whole by the next version.
// - everything else of this origin: the cached file, else the network. Files under /_astro/ have hashed names, and
//   the rest (Pagefind's index, the favicon) belongs to the same version as the cached pages.
// - reading uses caches.match with cacheName, never caches.open: open() creates the cache when it is missing, so a
//   worker still serving a page after ServiceWorker.astro deleted its caches would bring back an empty one.
/* global MANIFEST */
/* eslint-env serviceworker */

const PREFIX = 'handlingsplan-';
const CACHE = `${PREFIX}${MANIFEST.version}`;
const NETWORK_TIMEOUT_MS = 4000;

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    try {
      await Promise.all(MANIFEST.files.map(async (url) => {
        const response = await fetch(new Request(url, { cache: 'reload', integrity: MANIFEST.integrity?.[url] ?? '' }));
        if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
        await cache.put(url, response);
      }));
    } catch (error) {
      await caches.delete(CACHE);
      throw error;
    }
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const names = await caches.keys();
    await Promise.all(names.filter((name) => name.startsWith(PREFIX) && name !== CACHE).map((name) => caches.delete(name)));
    if (self.registration.navigationPreload) await self.registration.navigationPreload.enable();
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') event.respondWith(page(event, url));
  else event.respondWith(file(request));
});

/** The cached copy of a page: query ignored (/sjekk/?eksempel=god is /sjekk/), and /lag-plan/tiltak is /lag-plan/tiltak/. */
async function cachedPage(url) {
  const options = { cacheName: CACHE, ignoreSearch: true, ignoreVary: true };
  return (await caches.match(url.pathname, options)) ?? (url.pathname.endsWith('/') ? undefined : await caches.match(`${url.pathname}/`, options));
}

async function page(event, url) {
  const network = (async () => (await event.preloadResponse) ?? (await fetch(event.request)))();
  // Keep the worker alive until the network answers, even when the cache answered first.
  event.waitUntil(network.then(() => undefined, () => undefined));
  const timeout = new Promise((resolve) => setTimeout(resolve, NETWORK_TIMEOUT_MS, 'timeout'));
  const first = await Promise.race([network.catch(() => 'failed'), timeout]);
  if (first instanceof Response && first.status < 500) return first;
  const cached = await cachedPage(url);
  if (cached) return cached;
  if (first instanceof Response) return first;
  return network; // still waiting after the timeout, and nothing cached: wait on, or fail as the browser would
}

/** Query strings do not pick a different file here (Pagefind asks for pagefind-entry.json?ts=…). */
async function file(request) {
  const cached = (await caches.match(request, { cacheName: CACHE, ignoreVary: true }))
    ?? (await caches.match(request, { cacheName: CACHE, ignoreSearch: true, ignoreVary: true }));
  return cached ?? fetch(request);
}
