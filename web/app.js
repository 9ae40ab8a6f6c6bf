// Page glue: loading and error screens, then window.keystone (the automation API).
(function () {
  'use strict';
  var status = document.getElementById('status');
  var canvas = document.getElementById('canvas');

  // keystone.ready exists from the start and resolves once the app has drawn its first
  // frame with the saved plans loaded; it rejects if Keystone cannot start.
  var started = false;
  var startedOk, startFailed;
  var ready = new Promise(function (resolve, reject) { startedOk = resolve; startFailed = reject; });
  ready.catch(function () { /* the error screen tells the rep; awaiting callers see it too */ });
  window.keystone = { ready: ready };

  function showStatus(title, detail, isError) {
    document.getElementById('status-title').textContent = title;
    document.getElementById('status-detail').textContent = detail || '';
    status.classList.toggle('error', !!isError);
    status.classList.remove('hidden');
    if (isError && !started) startFailed(new Error(title + (detail ? ': ' + detail : '')));
  }

  // Without WebGL 2 the app cannot draw. A browser without it at all is told at once; one
  // that has it but refuses a context (turned off, blocklisted GPU) is told when the app
  // fails to make one (keystoneCannotDraw). No throwaway context is made to find out: a
  // second GL context costs a fifth of a second of start-up.
  function cannotDraw() {
    showStatus('Keystone needs WebGL 2',
      'Your browser has WebGL 2 turned off or does not support it. Use a current Chrome, Edge, ' +
      'Firefox or Safari, and check that hardware acceleration is enabled.', true);
  }
  if (typeof WebGL2RenderingContext === 'undefined') {
    cannotDraw();
    return;
  }
  window.keystoneCannotDraw = cannotDraw;

  // Laptops drop the GL context on sleep, GPU resets and driver updates. Keystone keeps
  // running (saving, syncing tabs) without drawing, and draws again once the browser gives
  // the context back; only if it never does is the rep asked to reload.
  var displayGiveUpTimer = 0;
  canvas.addEventListener('webglcontextlost', function (e) {
    e.preventDefault();  // tells the browser we will restore: without it, it never does
    if (window.Module && Module._keystone_display_lost) Module._keystone_display_lost();
    showStatus('Restoring the display…',
      'The browser reset the graphics. Your work is safe and Keystone carries on in a moment.', false);
    clearTimeout(displayGiveUpTimer);
    displayGiveUpTimer = setTimeout(function () {
      showStatus('The display could not be restored',
        'Your work is saved in this browser. Reload the page to continue.', true);
    }, 10000);
  });
  canvas.addEventListener('webglcontextrestored', function () {
    clearTimeout(displayGiveUpTimer);
    if (window.Module && Module._keystone_display_restored) Module._keystone_display_restored();
    if (started) status.classList.add('hidden');
  });
  canvas.addEventListener('contextmenu', function (e) { e.preventDefault(); });

  // The app draws only when something changes (src/app/frame_pacer.h). SDL wakes it for
  // input and window resizes; these are the other things that change what it shows.
  function wake() { if (window.Module && Module._keystone_wake) Module._keystone_wake(); }
  function wakeOnDisplayChanges() {
    if (window.matchMedia) {
      window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', wake);
      // A query for the current pixel ratio stops matching when the window moves to another
      // screen or the zoom changes: wake, and watch the new ratio.
      var watchPixelRatio = function () {
        window.matchMedia('(resolution: ' + window.devicePixelRatio + 'dppx)')
          .addEventListener('change', function () { wake(); watchPixelRatio(); }, { once: true });
      };
      watchPixelRatio();
    }
    if (window.ResizeObserver) new ResizeObserver(wake).observe(canvas);
    document.addEventListener('visibilitychange', wake);
    // Renewal countdowns and "today" move on at midnight, even in a tab left open.
    var wakeAtMidnight = function () {
      var now = new Date();
      var next = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 0, 0, 1);
      setTimeout(function () { wake(); wakeAtMidnight(); }, Math.max(1000, next - now));
    };
    wakeAtMidnight();
  }

  // Asked once the app is on screen, never awaited before it: Firefox answers with a
  // permission prompt the rep may ignore. The storage status shows the outcome.
  function askToKeepSavedData() {
    var storage = window.keystoneStorage;
    if (!storage || !storage.db || !navigator.storage || !navigator.storage.persist) return;
    navigator.storage.persisted().then(function (already) {
      return already || navigator.storage.persist();
    }).then(function (granted) {
      storage.persistent = !!granted;
      wake();
    }, function () { /* not granted: the status already says the browser may clear data */ });
  }

  window.keystoneFirstFrame = function () {
    // A User Timing mark: start-up as the page's own performance timeline and
    // ./scripts/bench (tests/bench/peer.mjs) see it.
    if (window.performance && performance.mark) performance.mark('keystone-first-frame');
    status.classList.add('hidden');
    canvas.focus({ preventScroll: true });  // shortcuts work before anything is clicked
    started = true;
    wakeOnDisplayChanges();
    startedOk();
    askToKeepSavedData();
  };
  // SDL cancels the default mousedown, which would otherwise focus the canvas; keyboard
  // shortcuts need it focused unless a text field has the browser's text input.
  canvas.addEventListener('mousedown', function () {
    var active = document.activeElement;
    if (!active || active === document.body) canvas.focus({ preventScroll: true });
  }, true);

  // Font Awesome glyphs sit in the Private Use Area; tests name widgets by their words.
  function withoutIcons(text) { return text.replace(/[\uE000-\uF8FF]/g, '').trim(); }

  function json(fn) { return JSON.parse(Module.UTF8ToString(fn())); }

  // ---- Files into the module: sized before they are read, every allocation checked ------
  // The page never reads a file larger than this: above every file Keystone opens (a plan
  // is at most 128 MB, kMaxPlanBytes in src/core/plan_format/plan_format.h, about 171 MB once
  // passphrase-protected; contact CSVs share the plan limit), far below what freezes a tab.
  var MAX_FILE_BYTES = 200 * 1024 * 1024;
  var OUT_OF_MEMORY = 'There is not enough memory to open this file. Close other tabs and try again.';

  function sizeText(bytes) {
    var mb = 1024 * 1024;
    if (bytes >= 1024 * mb) return (bytes / (1024 * mb)).toFixed(1) + ' GB';
    if (bytes >= mb) return Math.round(bytes / mb) + ' MB';
    return Math.max(1, Math.round(bytes / 1024)) + ' KB';
  }

  window.keystoneFiles = {
    maxBytes: MAX_FILE_BYTES,
    outOfMemory: OUT_OF_MEMORY,
    // The message for a file (or byte count) too large to open, or '' when it may be read.
    refusal: function (fileOrSize) {
      var size = typeof fileOrSize === 'number' ? fileOrSize : fileOrSize.size;
      if (size <= MAX_FILE_BYTES) return '';
      return 'This file is ' + sizeText(size) + '; Keystone opens plan and contact files up to ' +
        sizeText(MAX_FILE_BYTES) + '.';
    },
    // Copies a Uint8Array into the module's memory: its pointer, or 0 when malloc fails
    // (memory growth refused), so nothing is ever written at address 0.
    copyToHeap: function (bytes) {
      var ptr = Module._malloc(Math.max(1, bytes.length));
      if (ptr) Module.HEAPU8.set(bytes, ptr);
      return ptr;
    },
    textToHeap: function (text) {
      var size = Module.lengthBytesUTF8(text) + 1;
      var ptr = Module._malloc(size);
      if (ptr) Module.stringToUTF8(text, ptr, size);
      return ptr;
    },
    // Shows the message in the app's notices (the console before the app runs or when not
    // even the message fits in memory).
    showError: function (text) {
      var ptr = window.Module && Module.calledRun ? window.keystoneFiles.textToHeap(text) : 0;
      if (!ptr) { console.warn(text); return; }
      try { Module._keystone_show_error(ptr); } finally { Module._free(ptr); }
    },
    // Reads a dropped, picked or launched file after checking its size; calls use(bytes) or
    // shows why it cannot be opened.
    read: function (file, use) {
      var refusal = window.keystoneFiles.refusal(file);
      if (refusal) { window.keystoneFiles.showError(refusal); return; }
      file.arrayBuffer().then(function (buffer) { use(new Uint8Array(buffer)); }, function (e) {
        window.keystoneFiles.showError('Keystone could not read “' + file.name + '” (' +
          ((e && e.message) || 'the browser refused') + '). Check that the file is still there and try again.');
      });
    },
  };

  // The module downloads and compiles while the saved plans are read (openStorage, at the
  // end): main() waits for them through a run dependency, so the first frame still has the
  // whole portfolio and a fresh start no longer waits for IndexedDB before fetching the wasm.
  var storageOpened = null;
  window.Module = {
    canvas: canvas,
    preRun: [function () {
      Module.addRunDependency('saved-plans');
      storageOpened.then(function () { Module.removeRunDependency('saved-plans'); });
    }],
    print: function (text) { console.log(text); },
    printErr: function (text) { console.warn(text); },
    onAbort: function (what) {
      showStatus('Keystone stopped unexpectedly', String(what || ''), true);
    },
  };

  // Every call before the first frame fails with words, not a TypeError from inside.
  function whenStarted(name, fn) {
    return function () {
      if (!started) {
        throw new Error('Keystone is still starting: wait for keystone.ready before calling keystone.' + name + '().');
      }
      return fn.apply(this, arguments);
    };
  }

  window.keystone = {
    ready: ready,
    get version() { return started ? Module.UTF8ToString(Module._keystone_version()) : null; },
    ui: {
      items: whenStarted('ui.items', function () { return json(Module._keystone_ui_items); }),
      // Matches the visible label, the full "label##id", or the label without its icon.
      find: whenStarted('ui.find', function (label) {
        var items = json(Module._keystone_ui_items);
        for (var i = 0; i < items.length; i++) {
          var item = items[i];
          if (item.label === label || item.fullLabel === label || withoutIcons(item.label) === label) return item;
        }
        return null;
      }),
      // {frame: UI passes built, submitted: of which drawn (the picture changed), idle: no
      // frame is coming until something happens or a timer fires, cpu_ms, ui_ms, fps, atlas_ms}
      frame: whenStarted('ui.frame', function () { return json(Module._keystone_ui_frame); }),
      // Code points drawn with the fallback glyph since the last call ([] when all drew).
      missingGlyphs: whenStarted('ui.missingGlyphs', function () { return json(Module._keystone_ui_missing_glyphs); }),
      // The font atlas: {glyphs, slicesLoaded, fetchesPending, settled, lastRebuildMs, offline}.
      fonts: whenStarted('ui.fonts', function () { return json(Module._keystone_ui_fonts); }),
    },
    accounts: whenStarted('accounts', function () { return json(Module._keystone_accounts); }),
    // The app's "today": the rep's local calendar date, "YYYY-MM-DD".
    today: whenStarted('today', function () { return Module.UTF8ToString(Module._keystone_today()); }),
    // bytes: Uint8Array, ArrayBuffer or string; fileName (optional) names the file in what
    // the rep is told. Returns {ok, error?, accountId?}.
    importPlan: whenStarted('importPlan', function (bytes, fileName) {
      var data = typeof bytes === 'string' ? new TextEncoder().encode(bytes)
        : bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
      var refused = window.keystoneFiles.refusal(data.length);
      var ptr = refused ? 0 : window.keystoneFiles.copyToHeap(data);
      if (!ptr) {
        var error = refused || OUT_OF_MEMORY;
        window.keystoneFiles.showError(error);
        return { ok: false, error: error };
      }
      var name = window.keystoneFiles.textToHeap(fileName || '');
      try {
        return JSON.parse(Module.UTF8ToString(Module._keystone_import_plan(ptr, data.length, name)));
      } finally {
        Module._free(ptr);
        if (name) Module._free(name);
      }
    }),
    exportPlan: whenStarted('exportPlan', function (accountId) {
      return Module.ccall('keystone_export_plan', 'string', ['string'], [accountId]);
    }),
    // Draw every frame (true) or only when something changes (false, the default): for
    // measuring frame cost.
    redrawContinuously: whenStarted('redrawContinuously', function (on) {
      Module._keystone_bench_continuous_redraw(on ? 1 : 0);
    }),
  };

  // Reads every saved plan before the module starts, so the first interactive frame has
  // the whole portfolio. Without IndexedDB (some private modes) the app still runs and
  // says that it cannot save.
  function openStorage() {
    return new Promise(function (resolve) {
      var storage = { db: null, records: [], persistent: false, settings: null, shared: {} };
      window.keystoneStorage = storage;
      if (!window.indexedDB) { resolve(storage); return; }
      var request;
      // Version 2 adds `shared` (copies sent or received as files: merge bases). Upgrades
      // only ever add stores, so every saved account is kept (docs/storage.md).
      try { request = indexedDB.open('keystone', 2); } catch (e) { resolve(storage); return; }
      request.onupgradeneeded = function () {
        var db = request.result;
        ['plans', 'settings', 'quarantine', 'shared'].forEach(function (name) {
          if (!db.objectStoreNames.contains(name)) db.createObjectStore(name);
        });
      };
      request.onerror = function () { resolve(storage); };
      request.onblocked = function () { showStatus('Close other Keystone tabs', 'Another tab is upgrading your saved data.', false); };
      request.onsuccess = function () {
        storage.db = request.result;
        // A newer build in another tab wants to upgrade: step aside rather than block it.
        storage.db.onversionchange = function () {
          storage.db.close();
          storage.db = null;
          showStatus('Keystone was updated in another tab', 'Reload this tab to keep working with your saved plans.', true);
        };
        var tx = storage.db.transaction(['plans', 'settings', 'shared'], 'readonly');
        tx.objectStore('settings').get('portfolio').onsuccess = function (e) {
          var value = e.target.result;
          if (value && value.json !== undefined) storage.settings = String(value.json);
        };
        tx.objectStore('shared').openCursor().onsuccess = function (e) {
          var c = e.target.result;
          if (!c) return;
          if (c.value && Array.isArray(c.value.versions)) storage.shared[String(c.key)] = c.value.versions;
          c.continue();
        };
        var store = tx.objectStore('plans');
        store.count().onsuccess = function (e) {
          var total = e.target.result;
          var cursor = store.openCursor();
          cursor.onsuccess = function () {
            var c = cursor.result;
            if (!c) return;
            var value = c.value || {};
            storage.records.push({ key: String(c.key), json: String(value.json || ''), order: value.order || 0, rev: value.rev || 0 });
            if (total > 20 && storage.records.length % 10 === 0) {
              showStatus('Opening your accounts…', storage.records.length + ' of ' + total, false);
            }
            c.continue();
          };
        };
        tx.oncomplete = function () { resolve(storage); };
        tx.onerror = function () { resolve(storage); };
      };
    });
  }

  // Pending edits are written when the page is hidden (tab switch, close, app switch):
  // the last moment the browser reliably lets us run. unload/beforeunload are not used.
  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'hidden' && window.Module && Module._keystone_flush_saves) {
      Module._keystone_flush_saves();
    }
  });

  // Offline: the service worker precaches the shell. When a newer build has installed and
  // is waiting, offer to switch; pending edits are flushed before the reload.
  function showUpdateBanner(worker) {
    if (document.getElementById('update-banner')) return;
    var banner = document.createElement('div');
    banner.id = 'update-banner';
    banner.setAttribute('role', 'alert');
    var text = document.createElement('span');
    text.textContent = 'A new version of Keystone is ready.';
    var button = document.createElement('button');
    button.id = 'update-reload';
    button.textContent = 'Reload to update';
    button.addEventListener('click', function () {
      if (window.Module && Module._keystone_flush_saves) Module._keystone_flush_saves();
      button.disabled = true;
      worker.postMessage('activate-update');
    });
    banner.appendChild(text);
    banner.appendChild(button);
    document.body.appendChild(banner);
  }

  if ('serviceWorker' in navigator) {
    var reloading = false;
    navigator.serviceWorker.addEventListener('controllerchange', function () {
      if (reloading || !document.getElementById('update-banner')) return;
      reloading = true;
      // Saves flushed on click may still be committing; give IndexedDB a moment.
      setTimeout(function () { location.reload(); }, 300);
    });
    navigator.serviceWorker.register('sw.js').then(function (registration) {
      var watch = function (worker) {
        if (!worker) return;
        worker.addEventListener('statechange', function () {
          if (worker.state === 'installed' && navigator.serviceWorker.controller) showUpdateBanner(worker);
        });
      };
      if (registration.waiting && navigator.serviceWorker.controller) showUpdateBanner(registration.waiting);
      watch(registration.installing);
      registration.addEventListener('updatefound', function () { watch(registration.installing); });
      window.keystoneServiceWorker = registration;
    }).catch(function (e) { console.warn('Offline mode unavailable: ' + e.message); });
  }

  // Dropping a plan file anywhere on the window imports it (the same path as the button).
  window.addEventListener('dragover', function (e) { e.preventDefault(); });
  window.addEventListener('drop', function (e) {
    e.preventDefault();
    var file = e.dataTransfer && e.dataTransfer.files && e.dataTransfer.files[0];
    if (!file || !started) return;
    window.keystoneFiles.read(file, function (bytes) { window.keystone.importPlan(bytes, file.name); });
  });

  // Opening a .keystone.json with the installed app (manifest file_handlers) hands the file
  // over here; it takes the same import path as the Import button, once the app is running.
  if ('launchQueue' in window && typeof window.launchQueue.setConsumer === 'function') {
    window.launchQueue.setConsumer(function (params) {
      var handles = (params && params.files) || [];
      handles.forEach(function (handle) {
        handle.getFile().then(function (file) {
          // Waits for the app first, so a refusal is shown in it rather than lost.
          return ready.then(function () {
            window.keystoneFiles.read(file, function (bytes) { window.keystone.importPlan(bytes, file.name); });
          });
        }).catch(function (e) { console.warn('Could not open the file: ' + e.message); });
      });
    });
  }

  storageOpened = openStorage();
  var script = document.createElement('script');
  script.src = 'keystone.js';
  script.onerror = function () { showStatus('Keystone could not load', 'keystone.js is missing.', true); };
  document.body.appendChild(script);
})();
