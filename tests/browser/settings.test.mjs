// Portfolio-wide settings live in IndexedDB beside the accounts: the scoring framework and
// the theme survive a reload, and an unreadable settings record falls back to defaults.
import { test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { openBrowser, openApp, click, find, nextFrames, waitForApp, reveal, typeInto, waitSaved, clearStoredData, waitScore } from './harness.mjs';

let browser;
before(async () => { browser = await openBrowser(); });
after(async () => { await browser?.close(); });
// Autosave keeps plans in IndexedDB; every test starts from the built-in sample alone.
beforeEach(async () => { await clearStoredData(browser); });

async function storedSettings(page) {
  return page.evaluate(() => new Promise((resolve) => {
    const get = window.keystoneStorage.db.transaction(['settings']).objectStore('settings').get('portfolio');
    get.onsuccess = () => resolve(get.result ? JSON.parse(get.result.json) : null);
  }));
}

test('an edited scoring framework and the chosen theme are still there after a reload', async () => {
  const page = await openApp(browser);
  await click(page, 'Qualification');
  await waitScore(page, 93);
  await reveal(page, 'Scoring framework');
  await click(page, 'Scoring framework');
  await typeInto(page, 'Industry: Finance, Healthcare or Technology', '300');
  await waitScore(page, 31);
  await click(page, 'Dark theme');
  await waitSaved(page);
  await page.waitForFunction(() => true);
  const stored = await storedSettings(page);
  assert.equal(stored.format, 'keystone.settings');
  assert.equal(stored.theme, 'dark');
  assert.ok(stored.qualification.criteria.some((c) => c.weight === 300));

  await page.reload();
  await waitForApp(page);
  assert.ok(await find(page, 'Light theme'), 'the dark theme is back (its button offers light)');
  await click(page, 'Qualification');
  await waitScore(page, 31);
  assert.equal((await page.evaluate(() => window.keystone.accounts())).length, 1, 'the accounts are kept too');
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('an unreadable settings record is reported and the defaults are used', async () => {
  const page = await openApp(browser);
  await page.evaluate(() => new Promise((resolve) => {
    const tx = window.keystoneStorage.db.transaction(['settings'], 'readwrite');
    tx.objectStore('settings').put({ json: '{"format":"keystone.settings","qualification":' }, 'portfolio');
    tx.oncomplete = resolve;
  }));
  await page.reload();
  await waitForApp(page);
  await nextFrames(page, 3);
  assert.ok(await find(page, 'Dismiss'), 'the rep is told');
  await click(page, 'Qualification');
  await waitScore(page, 93);  // default framework
  assert.ok(await find(page, 'Dark theme'), 'the default (light) theme');
  assert.deepEqual(page.problems, []);
  await page.close();
});
