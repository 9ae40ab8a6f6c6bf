// Passphrase-protected plan files: exported through the dialog, the envelope hides the
// plan, a fresh browser profile imports it byte-identically with the passphrase, and a
// wrong passphrase or a changed byte is refused with a clear message and changes nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openBrowser, openApp, click, nextFrames, screenshot, ROOT } from './harness.mjs';
import { settle, typeInto, waitSaved, storedRecords, appState as stateOf } from './plan_file_helpers.mjs';

const PASSPHRASE = 'correct horse battery staple';
const WRONG = 'incorrect horse battery staple';
const MESSAGE = 'The passphrase is wrong, or the file was changed after it was exported.';
const OTHER_ID = 'f'.repeat(32);
const OTHER_NAME = 'Contoso Pharma Secret Project';

let browser;
let envelopeText;   // the encrypted export, made once through the UI
let plainExport;    // exportPlan of the same account at that moment
let scratch;
before(async () => {
  browser = await openBrowser();
  scratch = mkdtempSync(join(tmpdir(), 'keystone-crypto-'));
});
after(async () => {
  await browser?.close();
  rmSync(scratch, { recursive: true, force: true });
});

function otherPlan() {
  const plan = JSON.parse(readFileSync(join(ROOT, 'assets', 'sample-plan.keystone.json'), 'utf8'));
  plan.account.id = OTHER_ID;
  plan.account.name = OTHER_NAME;
  return JSON.stringify(plan);
}

async function exportEncrypted(page) {
  await click(page, 'Export plan');
  await settle(page);
  await click(page, 'Protect with a passphrase');
  await typeInto(page, 'Passphrase', PASSPHRASE);
  await page.waitForFunction(() => window.keystone.ui.items().some((i) => i.label.startsWith('Strength: Strong')));
  await typeInto(page, 'Confirm passphrase', PASSPHRASE);
  await screenshot(page, 'export-dialog-protected.png');
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 20000 }), click(page, 'Export')]);
  assert.match(download.suggestedFilename(), /\.keystone\.locked\.json$/);
  return readFileSync(await download.path(), 'utf8');
}

test('an exported encrypted plan hides the account and names strong parameters', async () => {
  const page = await openApp(browser);
  const imported = await page.evaluate((t) => window.keystone.importPlan(t), otherPlan());
  assert.equal(imported.ok, true);
  await nextFrames(page, 3);
  plainExport = await page.evaluate((id) => window.keystone.exportPlan(id), OTHER_ID);
  envelopeText = await exportEncrypted(page);

  const envelope = JSON.parse(envelopeText);
  assert.equal(envelope.format, 'keystone-encrypted-plan');
  assert.equal(envelope.version, 1);
  assert.equal(envelope.kdf.name, 'PBKDF2');
  assert.equal(envelope.kdf.hash, 'SHA-256');
  assert.ok(envelope.kdf.iterations >= 600000, `iterations ${envelope.kdf.iterations}`);
  assert.equal(Buffer.from(envelope.kdf.salt, 'base64').length, 16);
  assert.equal(envelope.cipher.name, 'AES-GCM');
  assert.equal(Buffer.from(envelope.cipher.iv, 'base64').length, 12);
  assert.equal(Buffer.from(envelope.ciphertext, 'base64').length, Buffer.byteLength(plainExport) + 16);
  for (const secret of ['Contoso', 'Secret Project', OTHER_ID, 'stakeholders', PASSPHRASE])
    assert.ok(!envelopeText.includes(secret), `the envelope must not contain "${secret}"`);
  assert.deepEqual(page.problems, []);
  // Take the account out again (one undo step) so the tests below can import it.
  await click(page, 'Undo');
  assert.ok(!(await page.evaluate(() => window.keystone.accounts())).some((a) => a.id === OTHER_ID));
  await waitSaved(page);
  await page.close();
});

test('a fresh browser profile imports it with the passphrase, byte-identically', async () => {
  assert.ok(envelopeText, 'needs the export of the first test');
  const path = join(scratch, `${OTHER_NAME}.keystone.json`);
  writeFileSync(path, envelopeText);
  const other = await openBrowser();
  try {
    const page = await openApp(other);
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, 'Import plan')]);
    await chooser.setFiles(path);
    await page.waitForFunction(() => window.keystone.ui.find('Unlock and import') !== null);
    await typeInto(page, 'Passphrase', PASSPHRASE);
    await screenshot(page, 'passphrase-dialog.png');
    await click(page, 'Unlock and import');
    await page.waitForFunction((id) => window.keystone.accounts().some((a) => a.id === id), OTHER_ID, { timeout: 20000 });
    assert.equal(await page.evaluate((id) => window.keystone.exportPlan(id), OTHER_ID), plainExport);
    await nextFrames(page, 2);
    assert.equal(await page.evaluate(() => window.keystone.ui.find('Unlock and import')), null, 'the dialog closed');
    assert.deepEqual(page.problems, []);
  } finally {
    await other.close();
  }
});

async function refusedWithMessage(page, fileText, passphrase) {
  const result = await page.evaluate((t) => window.keystone.importPlan(t), fileText);
  assert.equal(result.ok, false);
  assert.match(result.error, /passphrase/);
  await typeInto(page, 'Passphrase', passphrase);
  await click(page, 'Unlock and import');
  await page.waitForFunction((m) => window.keystone.ui.find(m) !== null, MESSAGE, { timeout: 20000 });
}

let shared;  // one page for the refusal tests: opening the app is the slow part
test('a wrong passphrase is refused with a clear message, nothing changes, and a retry works', async () => {
  shared = await openApp(browser);
  const page = shared;
  await waitSaved(page);
  const before = await stateOf(page);
  assert.ok(!before.accounts.some((a) => a.id === OTHER_ID));

  await refusedWithMessage(page, envelopeText, WRONG);
  await screenshot(page, 'passphrase-wrong.png');
  assert.deepEqual(await stateOf(page), before, 'nothing changed');

  // The dialog stays open with the field cleared: type the right one.
  await typeInto(page, 'Passphrase', PASSPHRASE);
  await click(page, 'Unlock and import');
  await page.waitForFunction((id) => window.keystone.accounts().some((a) => a.id === id), OTHER_ID, { timeout: 20000 });
  assert.equal(await page.evaluate((id) => window.keystone.exportPlan(id), OTHER_ID), plainExport);
  // "Saved" may still be the label from before the import: wait for the record itself, so
  // the next test's "before" includes it.
  for (let tries = 0; !(OTHER_ID in await storedRecords(page)); tries++) {
    assert.ok(tries < 100, 'the imported plan is stored');
    await new Promise((ok) => setTimeout(ok, 100));
  }
  await waitSaved(page);
});

test('a file with one changed byte of ciphertext is refused and nothing changes', async () => {
  const page = shared;
  const envelope = JSON.parse(envelopeText);
  const bytes = Buffer.from(envelope.ciphertext, 'base64');
  bytes[Math.floor(bytes.length / 2)] ^= 0x01;
  envelope.ciphertext = bytes.toString('base64');
  const tampered = JSON.stringify(envelope);
  const before = await stateOf(page);
  await refusedWithMessage(page, tampered, PASSPHRASE);
  assert.deepEqual(await stateOf(page), before, 'nothing changed');
  await click(page, 'Cancel');
  assert.equal(await page.evaluate(() => window.keystone.ui.find('Unlock and import')), null);
});

test('damaged envelopes are refused before any passphrase is asked for', async () => {
  const page = shared;
  const envelope = JSON.parse(envelopeText);
  const cases = [
    { ...envelope, kdf: { ...envelope.kdf, iterations: 1000 } },
    { ...envelope, kdf: { ...envelope.kdf, iterations: 1e12 } },
    { ...envelope, cipher: { name: 'AES-CBC', iv: envelope.cipher.iv } },
    { ...envelope, ciphertext: 'not base64!' },
  ];
  for (const bad of cases) {
    const result = await page.evaluate((t) => window.keystone.importPlan(t), JSON.stringify(bad));
    assert.equal(result.ok, false);
    assert.match(result.error, /encrypted plan file is damaged/);
  }
  await nextFrames(page, 2);
  assert.equal(await page.evaluate(() => window.keystone.ui.find('Unlock and import')), null);
  await page.close();
});
