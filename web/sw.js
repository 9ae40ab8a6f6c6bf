// Keystone's service worker: the app shell is precached under a cache named for this
// build, served cache-first, so the app starts with no network. A new build installs
// beside the old one and waits until the page asks it to take over ("Reload to update").
'use strict';
const BUILD_ID = '__BUILD_ID__';  // replaced at build time with a hash of the shell files
const CACHE = 'keystone-shell-' + BUILD_ID;
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

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(caches.open(CACHE).then((cache) =>
    cache.match(request, { ignoreSearch: true }).then((hit) => hit || fetch(request))));
});
