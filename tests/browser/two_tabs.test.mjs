// Two tabs of Keystone on one browser profile: what one tab saves reaches the other, and
// neither overwrites a newer record the other wrote (records carry a revision; a save that
// finds a newer one merges it first). See docs/storage.md.
import { test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { openBrowser, openApp, click, nextFrames, waitSaved, clearStoredData } from './harness.mjs';

let browser;
before(async () => { browser = await openBrowser(); });
after(async () => { await browser?.close(); });
// Autosave keeps plans in IndexedDB; every test starts from the built-in sample alone.
beforeEach(async () => { await clearStoredData(browser); });

const account = async (page) => {
  const id = await page.evaluate(() => window.keystone.accounts()[0].id);
  return JSON.parse(await page.evaluate((i) => window.keystone.exportPlan(i), id)).account;
};

async function typeInto(page, label, text) {
  await page.bringToFront();
  await click(page, label);
  await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'keystone-text-input');
  await page.keyboard.press('End', { delay: 30 });
  await nextFrames(page);
  await page.keyboard.type(text, { delay: 10 });
  await nextFrames(page, 2);
  await page.keyboard.press('Enter', { delay: 30 });
  await nextFrames(page, 2);
}

async function storedRecord(page) {
  return page.evaluate(() => new Promise((resolve) => {
    const store = window.keystoneStorage.db.transaction(['plans']).objectStore('plans');
    const all = store.getAll();
    all.onsuccess = () => resolve(all.result[0]);
  }));
}

async function twoTabs() {
  const first = await openApp(browser);
  await waitSaved(first);  // the sample is stored once, by the first tab
  const second = await openApp(browser);
  await waitSaved(second);
  return [first, second];
}

test('an edit saved in one tab appears in the other, outside its undo history', async () => {
  const [one, two] = await twoTabs();
  await typeInto(one, 'Account name', ' EMEA');
  await waitSaved(one);
  await two.waitForFunction(() => window.keystone.accounts()[0].name === 'Northwind Logistics EMEA', null, { timeout: 15000 });
  await two.bringToFront();
  await two.keyboard.press('Control+z', { delay: 30 });
  await nextFrames(two, 3);
  assert.equal((await account(two)).name, 'Northwind Logistics EMEA', 'undo in tab 2 does not take back tab 1\'s edit');
  assert.deepEqual(one.problems, []);
  assert.deepEqual(two.problems, []);
  await one.close();
  await two.close();
});

test('edits of different fields made in both tabs at once are all kept after a reload', async () => {
  const [one, two] = await twoTabs();
  // Both tabs edit before either has heard from the other.
  await typeInto(one, 'Account name', ' North');
  await typeInto(two, 'Industry', ' & Freight');
  await waitSaved(one);
  await waitSaved(two);

  // A tab whose message never arrived: its newer record is already in storage when tab 2
  // saves, so tab 2 must merge rather than overwrite it.
  await two.evaluate(() => new Promise((resolve) => {
    const tx = window.keystoneStorage.db.transaction(['plans'], 'readwrite');
    const store = tx.objectStore('plans');
    store.openCursor().onsuccess = (e) => {
      const cursor = e.target.result;
      const plan = JSON.parse(cursor.value.json);
      plan.account.risks[0].title = 'Changed in a silent tab';
      plan.account.risks[0].updated = '2099-01-01T00:00:00Z';
      cursor.update({ ...cursor.value, json: JSON.stringify(plan, null, 2) + '\n', rev: cursor.value.rev + 1 });
    };
    tx.oncomplete = resolve;
  }));
  const before = (await storedRecord(two)).rev;
  await typeInto(two, 'Account name', ' Hub');
  await two.waitForFunction((rev) => new Promise((resolve) => {
    const get = window.keystoneStorage.db.transaction(['plans']).objectStore('plans').getAll();
    get.onsuccess = () => resolve(get.result[0].rev > rev && JSON.parse(get.result[0].json).account.name.endsWith(' Hub'));
  }), before, { timeout: 15000 });

  const three = await openApp(browser);
  const stored = await account(three);
  assert.equal(stored.name, 'Northwind Logistics North Hub');
  assert.equal(stored.industry.endsWith(' & Freight'), true);
  assert.equal(stored.risks[0].title, 'Changed in a silent tab');
  await one.waitForFunction(() => window.keystone.accounts()[0].name === 'Northwind Logistics North Hub', null, { timeout: 15000 });
  assert.equal((await account(one)).risks[0].title, 'Changed in a silent tab');
  for (const page of [one, two, three]) assert.deepEqual(page.problems, []);
  await Promise.all([one.close(), two.close(), three.close()]);
});
