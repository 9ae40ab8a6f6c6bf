// JavaScript the C++ platform layer calls (linked with --js-library).
// Browser glue that is not called from C++ (automation API, loading screen) is in app.js.

var LibraryKeystone = {
  $KS__deps: ['$stringToNewUTF8', 'malloc', 'free'],
  $KS: {
    textInput: null,      // hidden <textarea> that receives composed text while a field is active
    firstFrameShown: false,
    printJob: null,       // the last print: {frame, settle}, until its dialog closes

    // DOM KeyboardEvent.code -> SDL scancode, for keys typed into the text input that
    // ImGui handles itself (editing, navigation, shortcuts).
    scancodes: {
      Backspace: 42, Tab: 43, Enter: 40, NumpadEnter: 88, Escape: 41, Delete: 76,
      Insert: 73, Home: 74, End: 77, PageUp: 75, PageDown: 78,
      ArrowRight: 79, ArrowLeft: 80, ArrowDown: 81, ArrowUp: 82,
      KeyA: 4, KeyC: 6, KeyV: 25, KeyX: 27, KeyY: 28, KeyZ: 29, KeyF: 9, KeyS: 22,
      // Modifiers travel too: otherwise SDL's modifier state would keep Ctrl "held" after
      // Ctrl+A and ImGui would drop the text typed next.
      ControlLeft: 224, ShiftLeft: 225, AltLeft: 226, MetaLeft: 227,
      ControlRight: 228, ShiftRight: 229, AltRight: 230, MetaRight: 231,
    },

    modifiers: function (e) {
      // SDL_Keymod bits: LSHIFT 0x1, LCTRL 0x40, LALT 0x100, LGUI 0x400
      return (e.shiftKey ? 0x1 : 0) | (e.ctrlKey ? 0x40 : 0) | (e.altKey ? 0x100 : 0) | (e.metaKey ? 0x400 : 0);
    },

    sendText: function (text) {
      if (!text) return;
      var bytes = lengthBytesUTF8(text) + 1;
      var ptr = _malloc(bytes);
      if (!ptr) return;  // out of memory: the keystroke is lost, the heap is not overwritten
      stringToUTF8(text, ptr, bytes);
      _keystone_text_input(ptr);
      _free(ptr);
    },

    sendKey: function (scancode, down, mods) { _keystone_key_event(scancode, down ? 1 : 0, mods); },

    createTextInput: function () {
      var ta = document.createElement('textarea');
      ta.id = 'keystone-text-input';
      ta.setAttribute('autocomplete', 'off');
      ta.setAttribute('autocorrect', 'off');
      ta.setAttribute('autocapitalize', 'off');
      ta.setAttribute('spellcheck', 'false');
      ta.setAttribute('aria-hidden', 'true');
      ta.tabIndex = -1;
      document.body.appendChild(ta);

      ta.addEventListener('keydown', function (e) {
        // Enter, Backspace and arrows while composing edit the composition, not the field.
        if (e.isComposing || e.keyCode === 229) return;
        var scancode = KS.scancodes[e.code];
        var shortcut = e.ctrlKey || e.metaKey;
        // Paste is left to the browser so the paste event below brings the text.
        if (shortcut && e.code === 'KeyV') return;
        if (scancode === undefined) return;           // printable: arrives as an input event
        if (!shortcut && e.key.length === 1) return;  // e.g. Shift+A on a layout that maps it
        if (scancode < 224) e.preventDefault();       // modifiers keep their default
        KS.sendKey(scancode, true, KS.modifiers(e));
        KS.pendingUps[e.code] = scancode;
      });
      ta.addEventListener('keyup', function (e) {
        var scancode = KS.pendingUps[e.code];
        if (scancode === undefined) return;
        delete KS.pendingUps[e.code];
        KS.sendKey(scancode, false, KS.modifiers(e));
      });
      ta.addEventListener('input', function (e) {
        if (e.isComposing) return;  // wait for compositionend
        KS.sendText(ta.value);
        ta.value = '';
      });
      // While composing, the text input itself is shown at the caret (app.css .composing) so
      // the rep sees にほんご before it becomes 日本語; the field gets the result once, at the end.
      ta.addEventListener('compositionstart', function () { ta.classList.add('composing'); });
      ta.addEventListener('compositionupdate', function (e) {
        ta.style.width = Math.max(2, ((e.data || '').length + 1) * 1.1) + 'em';
      });
      ta.addEventListener('compositionend', function (e) {
        ta.classList.remove('composing');
        ta.style.width = '';
        KS.sendText(e.data);
        ta.value = '';
      });
      ta.addEventListener('paste', function (e) {
        e.preventDefault();
        var text = (e.clipboardData && e.clipboardData.getData('text/plain')) || '';
        var bytes = lengthBytesUTF8(text) + 1;
        var ptr = _malloc(bytes);
        if (!ptr) { window.keystoneFiles.showError('The pasted text is too large to fit in memory.'); return; }
        stringToUTF8(text, ptr, bytes);
        _keystone_clipboard_pasted(ptr);
        _free(ptr);
        var mods = 0x40;
        KS.sendKey(KS.scancodes.KeyV, true, mods);
        KS.sendKey(KS.scancodes.KeyV, false, mods);
      });
      KS.textInput = ta;
    },
    pendingUps: {},
    fontFiles: {},        // CJK font slices fetched so far: path -> bytes (for the PNG export)

    // An SVG drawn as an image may not use the page's fonts or the network, and a computer
    // without CJK fonts would draw its names as boxes: the CJK files the app fetched go
    // inside it as data: fonts, after the usual families so Latin text is unchanged.
    withCjkFonts: function (svg) {
      var paths = Object.keys(KS.fontFiles);
      var at = svg.lastIndexOf('</svg>');  // after the chart's own style, so this one wins
      if (!paths.length || at < 0) return svg;
      var families = [];
      var css = paths.map(function (path, i) {
        var bytes = KS.fontFiles[path], binary = '';
        for (var k = 0; k < bytes.length; k += 0x8000) {
          binary += String.fromCharCode.apply(null, bytes.subarray(k, k + 0x8000));
        }
        families.push("'ks-cjk-" + i + "'");
        return "@font-face{font-family:'ks-cjk-" + i + "';src:url(data:font/otf;base64," + btoa(binary) + ")}";
      }).join('');
      css += '.ks-map text{font-family:Inter,system-ui,-apple-system,\'Segoe UI\',Roboto,Arial,' +
        families.join(',') + ',sans-serif}';
      return svg.slice(0, at) + '<style>' + css + '</style>' + svg.slice(at);
    },

    // Hands a picked file to C++; both copies are freed once it returns. When memory runs
    // out the rep is told and C++ is never called with a null pointer.
    deliverFile: function (requestId, name, bytes) {
      var namePtr = stringToNewUTF8(name);
      var dataPtr = namePtr ? _malloc(Math.max(1, bytes.length)) : 0;
      if (!dataPtr) {
        if (namePtr) _free(namePtr);
        window.keystoneFiles.showError(window.keystoneFiles.outOfMemory);
        return;
      }
      HEAPU8.set(bytes, dataPtr);
      try { _keystone_file_chosen(requestId, namePtr, dataPtr, bytes.length); } finally {
        _free(dataPtr);
        _free(namePtr);
      }
    },

    removePrintFrame: function (frame) {
      if (frame.parentNode) frame.parentNode.removeChild(frame);
      if (KS.printJob && KS.printJob.frame === frame) KS.printJob = null;
    },
  },

  ks_canvas_sync: function () {
    var canvas = Module['canvas'];
    var dpr = window.devicePixelRatio || 1;
    var rect = canvas.getBoundingClientRect();
    // Same arithmetic as SDL's resize handler (double -> int truncation).
    var wantW = Math.trunc(rect.width * dpr), wantH = Math.trunc(rect.height * dpr);
    if (canvas.width !== wantW || canvas.height !== wantH) {
      // SDL re-reads the CSS size and the pixel ratio on a window resize event; a ratio
      // change from zoom or a monitor switch does not always fire one, so fire it here.
      window.dispatchEvent(new Event('resize'));
    }
    return dpr;
  },

  ks_text_input_set: function (active, x, y, lineHeight) {
    if (!KS.textInput) KS.createTextInput();
    var ta = KS.textInput;
    if (active) {
      // Keep the element under the caret so IME candidate windows open in the right place.
      ta.style.left = x + 'px';
      ta.style.top = y + 'px';
      ta.style.height = lineHeight + 'px';
      if (document.activeElement !== ta) ta.focus({ preventScroll: true });
      if (window.keystoneMirror) window.keystoneMirror.textInputActivated();
    } else if (document.activeElement === ta) {
      ta.value = '';
      Module['canvas'].focus({ preventScroll: true });
    }
  },

  ks_clipboard_write: function (ptr) {
    var text = UTF8ToString(ptr);
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).catch(function () { /* denied: ImGui keeps its copy */ });
    }
  },

  ks_prefers_dark: function () {
    return window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches ? 1 : 0;
  },

  ks_a11y_publish: function (ptr) {
    if (window.keystoneMirror) window.keystoneMirror.update(UTF8ToString(ptr));
  },

  ks_cannot_draw: function () {
    if (typeof window.keystoneCannotDraw === 'function') window.keystoneCannotDraw();
  },

  ks_first_frame: function () {
    if (KS.firstFrameShown) return;
    KS.firstFrameShown = true;
    if (typeof window.keystoneFirstFrame === 'function') window.keystoneFirstFrame();
  },

  // ---- Storage: the page opened the database and read every plan before the module
  // started (app.js, window.keystoneStorage); C++ takes the records, then writes batches.
  ks_storage_preloaded_count: function () {
    var storage = window.keystoneStorage;
    return storage && storage.records ? storage.records.length : 0;
  },

  ks_storage_preloaded_field: function (index, field) {
    var record = window.keystoneStorage.records[index];
    var text = field === 0 ? record.key : field === 1 ? record.json : String(record.order || 0);
    return stringToNewUTF8(text);
  },

  ks_storage_quarantine: function (keyPtr, reasonPtr) {
    var key = UTF8ToString(keyPtr), reason = UTF8ToString(reasonPtr);
    var db = window.keystoneStorage && window.keystoneStorage.db;
    var record = (window.keystoneStorage.records || []).find(function (r) { return r.key === key; });
    if (!db || !record) return;
    var tx = db.transaction(['plans', 'quarantine'], 'readwrite');
    tx.objectStore('quarantine').put({ json: record.json, reason: reason, moved: Date.now() }, key + '@' + Date.now());
    tx.objectStore('plans').delete(key);
  },

  ks_storage_persistent: function () {
    return window.keystoneStorage && window.keystoneStorage.persistent ? 1 : 0;
  },

  ks_choose_file: function (acceptPtr, requestId) {
    var input = document.createElement('input');
    input.type = 'file';
    input.accept = UTF8ToString(acceptPtr);
    input.addEventListener('change', function () {
      var file = input.files && input.files[0];
      if (!file) return;
      // Sized before a byte is read: a 2 GB file is refused at once, never loaded.
      window.keystoneFiles.read(file, function (bytes) { KS.deliverFile(requestId, file.name, bytes); });
    });
    input.click();
  },

  ks_download: function (namePtr, bytesPtr, length, mimePtr) {
    var bytes = HEAPU8.slice(bytesPtr, bytesPtr + length);
    var blob = new Blob([bytes], { type: UTF8ToString(mimePtr) });
    var link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = UTF8ToString(namePtr);
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(link.href); }, 10000);
  },

  // ---- Printing (src/platform/web/web_print.cpp) ----
  // The document goes into a hidden frame of this page: srcdoc, so it is same-origin and
  // under this page's CSP (this script may call its print(); the report has no script of
  // its own) and nothing is downloaded. Some browsers block in print() until the dialog
  // closes, others return at once and fire 'beforeprint' a moment later; a print that does
  // neither was refused (printing blocked, or too many prints in a row) and is answered as
  // such, for the app to download the document instead. The frame goes at 'afterprint', or
  // when the next print starts.
  ks_print_document: function (requestId, htmlPtr, length) {
    var html = UTF8ToString(htmlPtr, length);
    var frame = document.createElement('iframe');
    var timer = 0;
    var answered = false;
    var answer = function (printed, reason) {
      if (answered) return;
      answered = true;
      clearTimeout(timer);
      if (!printed) KS.removePrintFrame(frame);
      var ptr = stringToNewUTF8(reason);  // out of memory: C++ gets no reason, not a bad pointer
      _keystone_print_finished(requestId, printed ? 1 : 0, ptr);
      if (ptr) _free(ptr);
    };
    // A print still waiting for its dialog gives way to this one: it is answered as
    // printed, since what the rep asked for now is this print, not a download of that one.
    if (KS.printJob) {
      KS.printJob.settle(true, '');
      KS.removePrintFrame(KS.printJob.frame);
    }
    KS.printJob = { frame: frame, settle: answer };
    frame.setAttribute('aria-hidden', 'true');
    frame.tabIndex = -1;
    frame.title = 'Report to print';
    // Laid out but unseen: some browsers print a frame with display: none blank.
    frame.style.cssText = 'position:fixed;right:0;bottom:0;width:0;height:0;border:0;visibility:hidden';
    timer = setTimeout(function () { answer(false, 'the print frame did not load'); }, 10000);
    frame.addEventListener('load', function () {
      var win = frame.contentWindow;
      if (!win || typeof win.print !== 'function') { answer(false, 'the print frame cannot print'); return; }
      win.addEventListener('beforeprint', function () { answer(true, ''); });
      win.addEventListener('afterprint', function () {
        setTimeout(function () { KS.removePrintFrame(frame); }, 0);  // not from inside its own event
      });
      var started = performance.now();
      try { win.print(); } catch (e) {
        answer(false, 'print() failed: ' + ((e && e.name) || e));
        return;
      }
      // print() that returns only after a while showed a dialog, 'beforeprint' or not.
      if (performance.now() - started > 500) { answer(true, ''); return; }
      clearTimeout(timer);
      timer = setTimeout(function () { answer(false, 'no print dialog opened'); }, 4000);
    }, { once: true });
    frame.srcdoc = html;
    document.body.appendChild(frame);
  },

  ks_local_date: function (out, capacity) {
    var d = new Date();
    var pad = function (n) { return (n < 10 ? '0' : '') + n; };
    stringToUTF8(d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate()), out, capacity);
  },

  // ---- Org chart: PNG export and pinch zoom (src/platform/web/web_chart_input.cpp) ----
  // Draws the SVG into an offscreen canvas at `scale` and downloads it as PNG. The SVG is
  // self-contained (no external references), so drawing it does not taint the canvas.
  ks_download_svg_as_png: function (namePtr, svgPtr, length, scale) {
    var name = UTF8ToString(namePtr);
    var svg = KS.withCjkFonts(UTF8ToString(svgPtr, length));
    var image = new Image();
    var url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
    var fail = function (why) {
      window.keystoneFiles.showError('The PNG of the chart could not be made (' + why +
        '). Export it as SVG instead, or try again with fewer people shown.');
    };
    image.onload = function () {
      var canvas = document.createElement('canvas');
      canvas.width = Math.max(1, Math.round(image.width * scale));
      canvas.height = Math.max(1, Math.round(image.height * scale));
      var context = canvas.getContext('2d');
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.drawImage(image, 0, 0, canvas.width, canvas.height);
      URL.revokeObjectURL(url);
      canvas.toBlob(function (blob) {
        // No blob: the canvas was too large for this browser to encode.
        if (!blob) { fail('the picture is too large for this browser'); return; }
        var link = document.createElement('a');
        link.href = URL.createObjectURL(blob);
        link.download = name;
        document.body.appendChild(link);
        link.click();
        link.remove();
        setTimeout(function () { URL.revokeObjectURL(link.href); }, 10000);
      }, 'image/png');
    };
    image.onerror = function () {
      URL.revokeObjectURL(url);
      fail('the browser could not draw the chart');
    };
    image.src = url;
  },

  // ---- Files of the site fetched on demand: the CJK font slices (web_site_files.cpp) ----
  // Same origin only; the service worker keeps every font it served, for offline use.
  ks_fetch_site_file: function (pathPtr, requestId) {
    var path = UTF8ToString(pathPtr);
    var deliver = function (bytes) {
      var ptr = bytes ? _malloc(Math.max(1, bytes.length)) : 0;
      if (!ptr) bytes = null;  // out of memory: reported as not fetched, the heap is not overwritten
      if (bytes) HEAPU8.set(bytes, ptr);
      _keystone_site_file_fetched(requestId, bytes ? 1 : 0, ptr, bytes ? bytes.length : 0);
      if (ptr) _free(ptr);
    };
    fetch(path).then(function (response) {
      if (!response.ok) throw new Error(response.status);
      return response.arrayBuffer();
    }).then(function (buffer) {
      // The PNG export embeds the fonts the canvas drew with (ks_download_svg_as_png).
      if (/^fonts\/cjk\/.*\.otf$/.test(path)) KS.fontFiles[path] = new Uint8Array(buffer);
      // The first visit is not under the service worker yet: keep the file where it looks.
      if (/^fonts\/cjk\//.test(path) && window.caches) {
        caches.open('keystone-fonts').then(function (cache) {
          return cache.put(path, new Response(buffer.slice(0)));
        }).catch(function () { /* no cache storage: fetched again next time */ });
      }
      deliver(new Uint8Array(buffer));
    }).catch(function () { deliver(null); });
  },

  ks_listen_online: function () {
    if (KS.onlineWatch) return;
    KS.onlineWatch = true;
    window.addEventListener('online', function () { _keystone_back_online(); });
  },

  // Browsers report a trackpad pinch as a wheel event with ctrlKey set; SDL drops that flag,
  // so a capture listener remembers it for the frame that handles the wheel.
  ks_wheel_is_zoom_gesture: function () {
    if (!KS.wheelWatch) {
      KS.wheelWatch = true;
      KS.wheelCtrl = false;
      document.addEventListener('wheel', function (event) { KS.wheelCtrl = event.ctrlKey; },
                                { capture: true, passive: true });
    }
    return KS.wheelCtrl ? 1 : 0;
  },
};

autoAddDeps(LibraryKeystone, '$KS');
mergeInto(LibraryManager.library, LibraryKeystone);

// ---- Plan files: passphrase protection and sharing -------------------------------------
// C++ side: src/platform/web/web_crypto.cpp. The WebCrypto work is in web/plan_crypto.js
// (window.keystonePlanCrypto), loaded by index.html before app.js.
var LibraryKeystonePlanFiles = {
  $KSPlanFiles__deps: ['malloc', 'free'],
  $KSPlanFiles: {
    bytes: function (ptr, length) { return HEAPU8.slice(ptr, ptr + length); },

    // Calls fn with one heap pointer per Uint8Array (and a string's pointer), then frees them.
    // When any allocation fails, frees the others and returns false without calling fn.
    withHeap: function (arrays, text, fn) {
      var ptrs = [];
      var release = function () { ptrs.forEach(function (p) { _free(p); }); };
      for (var i = 0; i < arrays.length; i++) {
        var p = _malloc(Math.max(1, arrays[i].length));
        if (!p) { release(); return false; }
        HEAPU8.set(arrays[i], p);
        ptrs.push(p);
      }
      var bytes = lengthBytesUTF8(text) + 1;
      var textPtr = _malloc(bytes);
      if (!textPtr) { release(); return false; }
      stringToUTF8(text, textPtr, bytes);
      try { fn(ptrs, textPtr); } finally {
        release();
        _free(textPtr);
      }
      return true;
    },

    // Like withHeap; when the memory is not there, `failed` gets the call instead, with the
    // reason "OutOfMemory" (a few bytes, freed of the large buffers first).
    withHeapOr: function (arrays, text, fn, failed) {
      if (KSPlanFiles.withHeap(arrays, text, fn)) return;
      if (!KSPlanFiles.withHeap([], 'OutOfMemory', failed)) console.warn('Keystone is out of memory');
    },

    api: function () {
      if (!window.keystonePlanCrypto || !window.crypto || !crypto.subtle) {
        return Promise.reject(new Error('unavailable'));
      }
      return Promise.resolve(window.keystonePlanCrypto);
    },
  },

  ks_crypto_seal: function (requestId, plainPtr, length, passPtr, passLength, iterations) {
    var plaintext = KSPlanFiles.bytes(plainPtr, length);
    var passphrase = UTF8ToString(passPtr, passLength);
    KSPlanFiles.api().then(function (api) { return api.seal(plaintext, passphrase, iterations); }).then(function (sealed) {
      KSPlanFiles.withHeapOr([sealed.salt, sealed.iv, sealed.ciphertext], '', function (p, reason) {
        _keystone_crypto_sealed(requestId, 1, p[0], sealed.salt.length, p[1], sealed.iv.length,
          p[2], sealed.ciphertext.length, reason);
      }, function (p, reason) { _keystone_crypto_sealed(requestId, 0, 0, 0, 0, 0, 0, 0, reason); });
    }, function (e) {
      KSPlanFiles.withHeap([], (e && (e.name === 'Error' ? e.message : e.name)) || 'failed', function (p, reason) {
        _keystone_crypto_sealed(requestId, 0, 0, 0, 0, 0, 0, 0, reason);
      });
    });
  },

  ks_crypto_open: function (requestId, saltPtr, saltLength, ivPtr, ivLength, cipherPtr, cipherLength,
                            passPtr, passLength, iterations) {
    var sealed = {
      salt: KSPlanFiles.bytes(saltPtr, saltLength), iv: KSPlanFiles.bytes(ivPtr, ivLength),
      ciphertext: KSPlanFiles.bytes(cipherPtr, cipherLength), iterations: iterations,
    };
    var passphrase = UTF8ToString(passPtr, passLength);
    KSPlanFiles.api().then(function (api) { return api.open(sealed, passphrase); }).then(function (plaintext) {
      KSPlanFiles.withHeapOr([plaintext], '', function (p, reason) {
        _keystone_crypto_opened(requestId, 1, p[0], plaintext.length, reason);
      }, function (p, reason) { _keystone_crypto_opened(requestId, 0, 0, 0, reason); });
    }, function (e) {
      // OperationError: wrong passphrase or changed bytes (the GCM tag did not match).
      KSPlanFiles.withHeap([], (e && (e.name === 'Error' ? e.message : e.name)) || 'failed', function (p, reason) {
        _keystone_crypto_opened(requestId, 0, 0, 0, reason);
      });
    });
  },

  ks_share_file: function (requestId, namePtr, bytesPtr, length, mimePtr, titlePtr, textPtr, mailtoPtr) {
    var file = {
      name: UTF8ToString(namePtr), bytes: KSPlanFiles.bytes(bytesPtr, length), mime: UTF8ToString(mimePtr),
      title: UTF8ToString(titlePtr), text: UTF8ToString(textPtr), mailto: UTF8ToString(mailtoPtr),
    };
    var codes = { shared: 0, cancelled: 1, mail: 2 };
    KSPlanFiles.api().then(function (api) { return api.share(file); }).then(function (outcome) {
      _keystone_share_finished(requestId, codes[outcome]);
    }, function () { _keystone_share_finished(requestId, 1); });
  },
};

autoAddDeps(LibraryKeystonePlanFiles, '$KSPlanFiles');
mergeInto(LibraryManager.library, LibraryKeystonePlanFiles);

// ---- Revisions, settings and other tabs (src/platform/web/web_settings.cpp) -------------
// Plan records carry `rev`, raised by one on every write. A write is made only over the
// revision it was edited from; otherwise the newer record goes back to C++ to be merged.
// Tabs tell each other what they wrote on the "keystone" BroadcastChannel.
var LibraryKeystoneSync = {
  $KSSync__deps: ['$stringToNewUTF8', 'malloc', 'free'],
  $KSSync: {
    channel: null,
    openChannel: function () {
      if (!KSSync.channel && typeof BroadcastChannel === 'function') KSSync.channel = new BroadcastChannel('keystone');
      return KSSync.channel;
    },
    db: function () { return window.keystoneStorage && window.keystoneStorage.db; },
    // Calls fn with strings copied into the heap. Out of memory, fn is not called: the write
    // stays pending in C++ (its request never reports), which is safer than a null pointer.
    call: function (fn, args) {
      var ptrs = [];
      var converted = args.map(function (a) {
        if (typeof a !== 'string') return a;
        var p = stringToNewUTF8(a);
        ptrs.push(p);
        return p;
      });
      try {
        if (ptrs.indexOf(0) >= 0) {
          window.keystoneFiles.showError('Keystone ran out of memory. Reload the page to keep working.');
          return;
        }
        fn.apply(null, converted);
      } finally { ptrs.forEach(function (p) { if (p) _free(p); }); }
    },
    // Reads the named records and hands them to C++ as changed elsewhere.
    deliverRecords: function (keys, deleted) {
      var db = KSSync.db();
      if (!db) return;
      var records = (deleted || []).map(function (key) { return { key: key, deleted: true, rev: Number.MAX_SAFE_INTEGER }; });
      var tx = db.transaction(['plans'], 'readonly');
      var store = tx.objectStore('plans');
      keys.forEach(function (key) {
        store.get(key).onsuccess = function (e) {
          var value = e.target.result;
          if (value) records.push({ key: key, json: String(value.json || ''), rev: value.rev || 0 });
        };
      });
      tx.oncomplete = function () {
        if (records.length) KSSync.call(_keystone_sync_changed, [JSON.stringify(records)]);
      };
    },
  },

  ks_sync_preloaded_revision: function (keyPtr) {
    var key = UTF8ToString(keyPtr);
    var records = (window.keystoneStorage && window.keystoneStorage.records) || [];
    for (var i = 0; i < records.length; i++) if (records[i].key === key) return records[i].rev || 0;
    return 0;
  },

  ks_sync_commit: function (requestId, batchPtr) {
    var batch = JSON.parse(UTF8ToString(batchPtr));
    var report = { written: [], newer: [] };
    var finish = function (ok, reason) {
      KSSync.call(_keystone_sync_stored, [requestId, ok ? 1 : 0, reason || '', JSON.stringify(report)]);
    };
    var db = KSSync.db();
    if (!db) { setTimeout(function () { finish(false, 'StorageUnavailable'); }, 0); return; }
    var tx;
    try {
      tx = db.transaction(['plans'], 'readwrite');
    } catch (e) {
      setTimeout(function () { finish(false, e.name || 'TransactionFailed'); }, 0);
      return;
    }
    var store = tx.objectStore('plans');
    // Read and write in one transaction: no other tab can write in between.
    batch.puts.forEach(function (put) {
      store.get(put.key).onsuccess = function (e) {
        var current = e.target.result;
        var rev = (current && current.rev) || 0;
        if (current && rev !== put.base) {
          report.newer.push({ key: put.key, json: String(current.json || ''), rev: rev });
          return;
        }
        store.put({ json: put.json, order: put.order, saved: Date.now(), rev: rev + 1 }, put.key);
        report.written.push({ key: put.key, rev: rev + 1 });
      };
    });
    batch.deletes.forEach(function (key) { store.delete(key); });
    tx.oncomplete = function () {
      finish(true, '');
      var channel = KSSync.openChannel();
      if (channel && (report.written.length || batch.deletes.length)) {
        channel.postMessage({ type: 'plans', keys: report.written.map(function (w) { return w.key; }), deleted: batch.deletes });
      }
    };
    // A full disk arrives here, as the transaction's abort with QuotaExceededError.
    tx.onabort = function () {
      report = { written: [], newer: [] };
      finish(false, (tx.error && tx.error.name) || 'AbortError');
    };
  },

  ks_sync_listen: function () {
    var channel = KSSync.openChannel();
    if (!channel) return;
    channel.onmessage = function (e) {
      var message = e.data || {};
      if (message.type === 'plans') KSSync.deliverRecords(message.keys || [], message.deleted || []);
    };
  },

  ks_settings_take: function () {
    var storage = window.keystoneStorage;
    if (!storage || typeof storage.settings !== 'string') return 0;
    var text = storage.settings;
    storage.settings = null;
    return stringToNewUTF8(text);
  },

  ks_settings_store: function (requestId, jsonPtr) {
    var json = UTF8ToString(jsonPtr);
    var finish = function (ok, reason) { KSSync.call(_keystone_settings_stored, [requestId, ok ? 1 : 0, reason || '']); };
    var db = KSSync.db();
    if (!db) { setTimeout(function () { finish(false, 'StorageUnavailable'); }, 0); return; }
    var tx;
    try { tx = db.transaction(['settings'], 'readwrite'); } catch (e) {
      setTimeout(function () { finish(false, e.name || 'TransactionFailed'); }, 0);
      return;
    }
    tx.objectStore('settings').put({ json: json, saved: Date.now() }, 'portfolio');
    tx.oncomplete = function () { finish(true, ''); };
    tx.onabort = function () { finish(false, (tx.error && tx.error.name) || 'AbortError'); };
  },

  ks_shared_get: function (keyPtr) {
    var shared = (window.keystoneStorage && window.keystoneStorage.shared) || {};
    return stringToNewUTF8(JSON.stringify(shared[UTF8ToString(keyPtr)] || []));
  },

  ks_shared_put: function (keyPtr, versionsPtr) {
    var key = UTF8ToString(keyPtr);
    var versions = JSON.parse(UTF8ToString(versionsPtr));
    var storage = window.keystoneStorage;
    if (!storage) return;
    storage.shared = storage.shared || {};
    storage.shared[key] = versions;
    if (!storage.db || !storage.db.objectStoreNames.contains('shared')) return;
    try {
      storage.db.transaction(['shared'], 'readwrite').objectStore('shared').put({ versions: versions }, key);
    } catch (e) { /* merge bases are a convenience: an import without one merges two-way */ }
  },
};

autoAddDeps(LibraryKeystoneSync, '$KSSync');
mergeInto(LibraryManager.library, LibraryKeystoneSync);
