// Keystone in Firefox ESR: a fresh profile at default settings starts and draws, an account
// made and renamed through the UI survives a reload (IndexedDB), plan files go out through
// Export and back in through Import, a passphrase-protected file round-trips through
// Firefox's WebCrypto, and after one visit the app starts with the server gone.
//
// One Firefox for the whole file (starting it under software GL is the slow part); the tests
// run in order and share it. Run: xvfb-run -a env LIBGL_ALWAYS_SOFTWARE=1 node --test tests/firefox/
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { webcrypto } from 'node:crypto';
import {
  openFirefox, openApp, waitForApp, click, nextFrames, settle, find, replaceText, typeInto, waitFor,
  waitSaved, screenshot, screenColours, waitForDownload, downloadedNames, ROOT, TEST_TODAY,
} from './harness.mjs';

const NAME = 'Fabrikam Firefox Rollout';
const PASSPHRASE = 'correct horse battery staple';
const WRONG_MESSAGE = 'The passphrase is wrong, or the file was changed after it was exported.';
const IMPORTED_ID = 'e'.repeat(32);
const SECRET_ID = 'f'.repeat(32);
const SECRET_NAME = 'Contoso Pharma Secret Project';

let firefox;     // the Firefox the tests after the first share
let page;        // one tab through those tests, as a rep would keep it
let accountId;   // the account made in the second test
after(async () => { await firefox?.close(); });

const accounts = (p) => p.evaluate(() => window.keystone.accounts());
const planOf = (p, id) => p.evaluate((i) => window.keystone.exportPlan(i), id);

function samplePlan(id, name) {
  const plan = JSON.parse(readFileSync(join(ROOT, 'assets', 'sample-plan.keystone.json'), 'utf8'));
  plan.account.id = id;
  plan.account.name = name;
  return JSON.stringify(plan);
}

test('a fresh profile at default settings starts and draws the first frame', async () => {
  // Nothing answered: the persistent-storage prompt stays open, and nothing may wait on it.
  const fresh = await openFirefox();
  try {
    const first = await openApp(fresh);
    assert.match(await first.evaluate(() => navigator.userAgent), /Firefox\//);
    assert.equal(await first.evaluate(() => window.keystone.today()), TEST_TODAY, 'the page runs on the test clock');
    assert.ok((await accounts(first)).length >= 1, 'the built-in sample is loaded');
    assert.equal(await first.evaluate(() => navigator.storage.persisted()), false, 'nothing was pre-granted');
    await settle(first);
    await screenshot(first, 'firefox-first-frame.png');
    const colours = await screenColours(first);
    assert.ok(colours > 20, `the canvas shows the app (only ${colours} colours on screen)`);
    assert.notEqual(await find(first, 'Northwind Logistics'), null, 'the sample account is drawn');
    assert.deepEqual(first.problems, []);
  } finally {
    await fresh.close();
  }
});

test('with the storage prompt dismissed, the app starts and keeps working', async () => {
  firefox = await openFirefox({ storagePrompt: 'deny' });
  page = await openApp(firefox);
  assert.equal(await page.evaluate(() => navigator.storage.persisted()), false, 'persistence was refused');
  assert.notEqual(await find(page, 'Northwind Logistics'), null, 'the sample account is drawn');
  assert.deepEqual(page.problems, []);
});

test('an account created and renamed through the UI is saved and found again after a reload', async () => {
  const before = (await accounts(page)).map((a) => a.id);
  await click(page, 'Portfolio overview');
  await click(page, 'New account');
  await page.waitForFunction((n) => window.keystone.accounts().length === n, { polling: 50 }, before.length + 1);
  accountId = (await accounts(page)).find((a) => !before.includes(a.id)).id;
  await waitFor(page, 'Account name');
  // As in tests/browser/autosave.test.mjs: let the new account's first save land before
  // typing. If the typing is lost, the failure message traces the events the page saw and
  // the name the app held (that trace found Ctrl+A's release overtaken by Ctrl's, which
  // left ImGui believing Ctrl held and dropping the text: src/app/key_batching.h).
  await waitSaved(page);
  await page.evaluate((id) => {
    window.keysSeen = [];
    // The account's name as the app holds it, each time it changes, in the same trace.
    let last = null;
    setInterval(() => {
      const name = window.keystone.accounts().find((a) => a.id === id)?.name;
      if (name !== last) { window.keysSeen.push(`name:"${name}"`); last = name; }
    }, 20);
    for (const type of ['keydown', 'input', 'mousedown', 'focus']) {
      document.addEventListener(type, (e) => window.keysSeen.push(`${type}:${e.key || e.data || e.button || ''}@${e.target.id || e.target.tagName}`), true);
    }
  }, accountId);
  await replaceText(page, 'Account name', NAME);
  await page.waitForFunction((id, name) => window.keystone.accounts().find((a) => a.id === id)?.name === name,
    { timeout: 10000, polling: 50 }, accountId, NAME)
    .catch(async () => {
      const now = (await accounts(page)).find((a) => a.id === accountId)?.name;
      const seen = await page.evaluate(() => window.keysSeen.filter((k) => !k.startsWith('keydown')).join(' '));
      throw new Error(`typing "${NAME}" into Account name left the account named "${now}"; the page saw ${seen}`);
    });
  await waitSaved(page);
  await screenshot(page, 'firefox-new-account.png');

  await page.reload();
  await waitForApp(page);
  const after = await accounts(page);
  assert.equal(after.find((a) => a.id === accountId)?.name, NAME, 'the renamed account came back from IndexedDB');
  assert.equal(after.length, before.length + 1);
  await waitFor(page, NAME);  // and the sidebar lists it
  assert.deepEqual(page.problems, []);
});

test('Export plan downloads the plan file and Import plan brings a file in', async () => {
  assert.ok(accountId, 'needs the account of the previous test');
  await click(page, NAME);
  const expected = await planOf(page, accountId);
  assert.match(expected, new RegExp(NAME));

  const seen = downloadedNames(firefox);
  await click(page, 'Export plan');  // the dialog; unprotected is the default
  await settle(page);
  await click(page, 'Export');
  const download = await waitForDownload(firefox, /\.keystone\.json$/, { since: seen });
  assert.equal(download.text, expected, `the downloaded ${download.name} is the account's plan`);
  await nextFrames(page, 2);

  // The same file under another id, through the Import button's file picker.
  const copy = JSON.parse(download.text);
  copy.account.id = IMPORTED_ID;
  copy.account.name = `${NAME} (copy)`;
  const text = JSON.stringify(copy) + '\n';
  const path = join(firefox.downloads, 'copy.keystone.json');
  writeFileSync(path, text);
  const [chooser] = await Promise.all([page.waitForFileChooser(), click(page, 'Import plan')]);
  await chooser.accept([path]);
  await page.waitForFunction((id) => window.keystone.accounts().some((a) => a.id === id), { polling: 50 }, IMPORTED_ID)
    .catch(() => { throw new Error('the file chosen in Import plan did not arrive as an account'); });
  assert.equal(await planOf(page, IMPORTED_ID), text, 'imported byte-identically');

  // keystone.importPlan takes the same path, and refuses what is already there.
  const again = await page.evaluate((t) => window.keystone.importPlan(t), text);
  assert.equal(again.ok, false);
  assert.match(again.error, /already in your portfolio/);
  await waitSaved(page);
  assert.deepEqual(page.problems, []);
});

// What the envelope holds, decrypted with Node's WebCrypto: Firefox's sealing is standard.
async function openEnvelopeInNode(envelope, passphrase) {
  const subtle = webcrypto.subtle;
  const base = await subtle.importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  const key = await subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: Buffer.from(envelope.kdf.salt, 'base64'), iterations: envelope.kdf.iterations },
    base, { name: 'AES-GCM', length: 256 }, false, ['decrypt']);
  const plain = await subtle.decrypt({ name: 'AES-GCM', iv: Buffer.from(envelope.cipher.iv, 'base64') }, key,
    Buffer.from(envelope.ciphertext, 'base64'));
  return new TextDecoder().decode(plain);
}

test('a passphrase-protected plan is sealed and opened again by Firefox\'s WebCrypto', async () => {
  const imported = await page.evaluate((t) => window.keystone.importPlan(t), samplePlan(SECRET_ID, SECRET_NAME));
  assert.equal(imported.ok, true, imported.error);
  await settle(page);
  const plain = await planOf(page, SECRET_ID);

  const seen = downloadedNames(firefox);
  await click(page, 'Export plan');
  await settle(page);
  await click(page, 'Protect with a passphrase');
  await typeInto(page, 'Passphrase', PASSPHRASE);
  await page.waitForFunction(() => window.keystone.ui.items().some((i) => i.label.startsWith('Strength: Strong')), { polling: 50 });
  await typeInto(page, 'Confirm passphrase', PASSPHRASE);
  await click(page, 'Export');
  const download = await waitForDownload(firefox, /\.keystone\.locked\.json$/, { since: seen, timeout: 40000 });
  const envelope = JSON.parse(download.text);
  assert.equal(envelope.format, 'keystone-encrypted-plan');
  assert.ok(envelope.kdf.iterations >= 600000, `iterations ${envelope.kdf.iterations}`);
  for (const secret of ['Contoso', SECRET_ID, PASSPHRASE]) {
    assert.ok(!download.text.includes(secret), `the envelope must not contain "${secret}"`);
  }
  assert.equal(await openEnvelopeInNode(envelope, PASSPHRASE), plain, 'Node opens what Firefox sealed');

  // Take the account out (one undo step), then open the file again in Firefox.
  await click(page, 'Undo');
  assert.ok(!(await accounts(page)).some((a) => a.id === SECRET_ID), 'undo took the account out');
  const asked = await page.evaluate((t) => window.keystone.importPlan(t), download.text);
  assert.equal(asked.ok, false);
  assert.match(asked.error, /passphrase/);
  await typeInto(page, 'Passphrase', 'incorrect horse battery staple');
  await click(page, 'Unlock and import');
  await waitFor(page, WRONG_MESSAGE, 40000);
  assert.ok(!(await accounts(page)).some((a) => a.id === SECRET_ID), 'a wrong passphrase changes nothing');
  await typeInto(page, 'Passphrase', PASSPHRASE);
  await click(page, 'Unlock and import');
  await page.waitForFunction((id) => window.keystone.accounts().some((a) => a.id === id), { timeout: 40000, polling: 100 }, SECRET_ID)
    .catch(() => { throw new Error('the right passphrase did not import the account'); });
  assert.equal(await planOf(page, SECRET_ID), plain, 'opened byte-identically');
  await waitSaved(page);
  assert.deepEqual(page.problems, []);
});

test('after one visit the app starts with the server gone, with the saved accounts', async () => {
  await page.evaluate(() => navigator.serviceWorker.ready);
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) {
    await page.reload();  // the first load installs the worker; the next one is controlled
    await waitForApp(page);
  }
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, { polling: 100 })
    .catch(() => { throw new Error('the service worker never controlled the page'); });
  const saved = (await accounts(page)).map((a) => a.name).sort();
  await firefox.stopServer();
  await page.reload();
  await waitForApp(page);
  assert.deepEqual((await accounts(page)).map((a) => a.name).sort(), saved);
  assert.ok(saved.includes(NAME));
  await settle(page);
  await screenshot(page, 'firefox-offline.png');
  assert.ok(await screenColours(page) > 20, 'the offline start draws the app');
  assert.deepEqual(page.problems, []);
});
