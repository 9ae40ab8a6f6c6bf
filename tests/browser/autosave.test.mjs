// Autosave to IndexedDB: edits survive a reload and a page closed without waiting; a
// record that cannot be read is set aside while the others load.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openBrowser, openApp, click, nextFrames, waitForApp, waitSaved } from './harness.mjs';

let browser;
before(async () => { browser = await openBrowser(); });
after(async () => { await browser?.close(); });

const accountName = (page) => page.evaluate(() => window.keystone.accounts()[0].name);

async function typeIntoName(page, text) {
  await click(page, 'Account name');
  await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'keystone-text-input');
  await page.keyboard.press('End', { delay: 30 });
  await nextFrames(page);
  await page.keyboard.type(text, { delay: 10 });
  await nextFrames(page, 2);
}

test('an edit made through the UI is still there after a reload', async () => {
  const page = await openApp(browser);
  await waitSaved(page);
  await typeIntoName(page, ' EMEA');
  const edited = await accountName(page);
  assert.ok(edited.endsWith(' EMEA'));
  await waitSaved(page);
  await page.reload();
  await waitForApp(page);
  assert.equal(await accountName(page), edited);
  assert.deepEqual(page.problems, []);
  await page.close();
});

// Closing the page without waiting, 20 times at random moments: autosave_close.test.mjs.

test('an unreadable saved record is set aside and the other accounts load', async () => {
  const page = await openApp(browser);
  await waitSaved(page);
  await page.evaluate(() => new Promise((resolve, reject) => {
    const tx = window.keystoneStorage.db.transaction(['plans'], 'readwrite');
    tx.objectStore('plans').put({ json: '{"format":"keystone.plan", broken', order: 99 }, 'ffffffffffffffffffffffffffffffff');
    tx.oncomplete = resolve; tx.onabort = reject;
  }));
  const before = await page.evaluate(() => window.keystone.accounts().map((a) => a.name));
  await page.reload();
  await waitForApp(page);
  assert.deepEqual(await page.evaluate(() => window.keystone.accounts().map((a) => a.name)), before);
  assert.ok(await page.evaluate(() => window.keystone.ui.find('Dismiss') !== null), 'the rep is told');
  const quarantined = await page.evaluate(() => new Promise((resolve) => {
    const request = window.keystoneStorage.db.transaction(['quarantine']).objectStore('quarantine').count();
    request.onsuccess = () => resolve(request.result);
  }));
  assert.equal(quarantined, 1);
  await page.close();
});
