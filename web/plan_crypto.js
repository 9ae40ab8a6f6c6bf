// Passphrase protection and sharing for plan files, on the browser's own WebCrypto.
//
// AES-256-GCM with a key from PBKDF2-SHA-256 (random 16-byte salt, 600,000+ rounds) and a
// random 12-byte IV per file. The envelope JSON around the bytes is written and validated
// in C++ (src/core/plan_envelope.h); this file only turns bytes into bytes, so nothing
// here parses untrusted text. The passphrase is normalised to Unicode NFC first, so the
// same words typed on a Mac and on Windows give the same key.
(function () {
  'use strict';

  function deriveKey(passphrase, salt, iterations) {
    var secret = new TextEncoder().encode(String(passphrase).normalize('NFC'));
    return crypto.subtle.importKey('raw', secret, 'PBKDF2', false, ['deriveKey']).then(function (base) {
      return crypto.subtle.deriveKey(
        { name: 'PBKDF2', hash: 'SHA-256', salt: salt, iterations: iterations },
        base, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
    });
  }

  // Resolves to {salt, iv, ciphertext} (Uint8Arrays; the GCM tag ends the ciphertext).
  function seal(plaintext, passphrase, iterations) {
    var salt = crypto.getRandomValues(new Uint8Array(16));
    var iv = crypto.getRandomValues(new Uint8Array(12));
    return deriveKey(passphrase, salt, iterations).then(function (key) {
      return crypto.subtle.encrypt({ name: 'AES-GCM', iv: iv }, key, plaintext);
    }).then(function (ciphertext) {
      return { salt: salt, iv: iv, ciphertext: new Uint8Array(ciphertext) };
    });
  }

  // Resolves to the plaintext; rejects with an OperationError when the passphrase is wrong
  // or any byte of the ciphertext, IV or salt was changed.
  function open(sealed, passphrase) {
    return deriveKey(passphrase, sealed.salt, sealed.iterations).then(function (key) {
      return crypto.subtle.decrypt({ name: 'AES-GCM', iv: sealed.iv }, key, sealed.ciphertext);
    }).then(function (plaintext) { return new Uint8Array(plaintext); });
  }

  function download(name, bytes, mime) {
    var link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([bytes], { type: mime }));
    link.download = name;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(link.href); }, 10000);
  }

  function openMailDraft(url) {
    var link = document.createElement('a');
    link.href = url;
    link.rel = 'noopener';
    document.body.appendChild(link);
    link.click();
    link.remove();
  }

  // The system share sheet with the file where the browser can share files (most phones,
  // Windows, ChromeOS, Safari); elsewhere a mail draft with the summary plus a download
  // to attach. Resolves to 'shared', 'cancelled' or 'mail'.
  function share(file) {
    var blob = new File([file.bytes], file.name, { type: file.mime });
    var data = { files: [blob], title: file.title, text: file.text };
    var canShare = false;
    try { canShare = !!(navigator.canShare && navigator.share && navigator.canShare({ files: [blob] })); } catch (e) { canShare = false; }
    var fallback = function () {
      download(file.name, file.bytes, file.mime);
      openMailDraft(file.mailto);
      return 'mail';
    };
    if (!canShare) return Promise.resolve(fallback());
    return navigator.share(data).then(function () { return 'shared'; }, function (e) {
      // AbortError: the rep closed the sheet. NotAllowedError (no user activation left,
      // policy) and anything else: fall back to mail so the rep is never stuck.
      return e && e.name === 'AbortError' ? 'cancelled' : fallback();
    });
  }

  window.keystonePlanCrypto = { seal: seal, open: open, share: share, download: download };
})();
