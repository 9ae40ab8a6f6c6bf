// Keystone's service worker: the app shell is precached under a cache named for this
// build, served cache-first, so the app starts with no network. A new build installs
// beside the old one and waits until the page asks it to take over ("Reload to update").
'use strict';
const BUILD_ID = '__BUILD_ID__';  // replaced at build time with a hash of the shell files
const CACHE = 'keystone-shell-' + BUILD_ID;
// CJK font files are fetched only when a plan needs them (src/ui/widgets/glyph_atlas.h) and
// kept here across builds: their names carry a hash of their bytes, so a kept file is never
// stale. The manifest's name does not, so it is fetched fresh whenever the network is there.
const FONT_CACHE = 'keystone-fonts';
const FONT_FOLDER = '/fonts/cjk/';
const SHELL = [
  './', 'index.html', 'app.js', 'app.css', 'keystone.js', 'keystone.wasm', 'plan_crypto.js', 'a11y_mirror.js',
  'manifest.webmanifest', 'icon.svg', 'icons/icon-192.png', 'icons/icon-512.png',
];

self.addEventListener('install', (event) => {
  // cache: 'reload' skips the HTTP cache so the shell is exactly this build's files.
  event.waitUntil(caches.open(CACHE).then((cache) =>
    cache.addAll(SHELL.map((url) => new Request(url, { cache: 'reload' })))));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys().then((names) => Promise.all(
    names.filter((name) => name.startsWith('keystone-shell-') && name !== CACHE)
      .map((name) => caches.delete(name)))).then(() => self.clients.claim()));
});

self.addEventListener('message', (event) => {
  if (event.data === 'activate-update') self.skipWaiting();
});

function fontFile(request, url) {
  return caches.open(FONT_CACHE).then((cache) => {
    const fetchAndKeep = () => fetch(request).then((response) => {
      if (response.ok) cache.put(request, response.clone());
      return response;
    });
    if (url.pathname.endsWith('/manifest.json')) {
      return fetchAndKeep().catch(() => cache.match(request).then((hit) => hit || Response.error()));
    }
    return cache.match(request).then((hit) => hit || fetchAndKeep());
  });
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  const scope = new URL(self.registration.scope).pathname;
  if (url.pathname.startsWith(scope.replace(/\/$/, '') + FONT_FOLDER)) {
    event.respondWith(fontFile(request, url));
    return;
  }
  event.respondWith(caches.open(CACHE).then((cache) =>
    cache.match(request, { ignoreSearch: true }).then((hit) => hit || fetch(request))));
});
