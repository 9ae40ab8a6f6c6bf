// The portfolio view in real Chromium: figures from the sample, and account create, rename,
// duplicate, archive / restore and delete with undo, all through clicks on labelled widgets.
import { test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { openBrowser, openApp, click, find, nextFrames, screenshot, readout, clearStoredData, deviceScreenshot } from './harness.mjs';

let browser;
before(async () => { browser = await openBrowser(); });
after(async () => { await browser?.close(); });
// Autosave keeps plans in IndexedDB; every test starts from the built-in sample alone.
beforeEach(async () => { await clearStoredData(browser); });

const SIDEBAR_RIGHT = 240;  // 16 em: items right of it belong to the main view

// Clicks the widget with this label in the main view (the sidebar repeats account names).
async function clickMain(page, label, options = {}) {
  const handle = await page.waitForFunction(({ l, minX }) => {
    const plain = (t) => t.replace(/[\uE000-\uF8FF]/g, '').trim();
    return window.keystone.ui.items().find((i) => i.x >= minX && i.w > 0 &&
      (i.label === l || i.fullLabel === l || plain(i.label) === l)) || null;
  }, { l: label, minX: SIDEBAR_RIGHT }, { timeout: 10000 });
  const item = await handle.jsonValue();
  await page.mouse.click(item.x + Math.min(item.w / 2, 40), item.y + item.h / 2, options);
  await nextFrames(page);
  return item;
}

async function accounts(page) {
  return page.evaluate(() => window.keystone.accounts());
}

async function plan(page, id) {
  return JSON.parse(await page.evaluate((i) => window.keystone.exportPlan(i), id)).account;
}

async function openPortfolio(page) {
  await click(page, 'Portfolio overview');
  await find(page, 'Show archived');
}

async function press(page, keys) {
  await page.keyboard.press(keys, { delay: 30 });
  await nextFrames(page);
}

test('the portfolio figures show the sample\'s ARR, retention and tiers in both themes and DPRs', async () => {
  const page = await openApp(browser);
  await openPortfolio(page);
  const [sample] = await accounts(page);
  assert.equal((await plan(page, sample.id)).currentArr, 185000000);
  assert.equal(await readout(page, 'Total ARR'), '$1.9M');
  assert.equal(await readout(page, 'Net revenue retention'), '115.6%', '185 / 160 = 115.6%');
  assert.equal(await readout(page, 'Top 20% share'), '100%');
  assert.equal(await readout(page, 'Tier mix'), '1 · 0 · 0');
  assert.ok(await find(page, 'Northwind Logistics###open'), 'the sample is a row of the table');
  await screenshot(page, 'portfolio-light-dpr1.png');
  await click(page, 'Dark theme');
  await nextFrames(page, 3);
  await screenshot(page, 'portfolio-dark-dpr1.png');
  await page.cdp.send('Emulation.setDeviceMetricsOverride', { width: 1280, height: 800, deviceScaleFactor: 2, mobile: false });
  await nextFrames(page, 4);
  assert.equal(await page.evaluate(() => document.getElementById('canvas').width), 2560);
  assert.equal(await readout(page, 'Total ARR'), '$1.9M', 'same figures at DPR 2');
  await deviceScreenshot(page, 'portfolio-dark-dpr2.png');
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('New account creates and opens an account that can be renamed and shows in the table', async () => {
  const page = await openApp(browser);
  await openPortfolio(page);
  await clickMain(page, 'New account');
  const list = await accounts(page);
  assert.equal(list.length, 2);
  const created = list[1];
  assert.equal(created.name, 'New account');
  assert.match(created.id, /^[0-9a-f]{32}$/);
  assert.ok(await find(page, 'Account name'), 'the new account is open on its overview');
  await click(page, 'Account name');
  await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'keystone-text-input');
  await press(page, 'Control+A');
  await page.keyboard.type('Contoso', { delay: 20 });
  await nextFrames(page, 3);
  assert.equal((await accounts(page))[1].name, 'Contoso');
  await openPortfolio(page);
  assert.ok(await find(page, 'Contoso###open'), 'the renamed account is a row of the table');
  const renewal = (await plan(page, created.id)).renewalDate;
  assert.match(renewal, /^\d{4}-\d{2}-\d{2}$/, 'a new account gets a renewal date a year out');
  await page.close();
});

test('Duplicate copies an account with new ids and remapped reporting lines; its name opens it', async () => {
  const page = await openApp(browser);
  await openPortfolio(page);
  await clickMain(page, 'Northwind Logistics###open', { button: 'right' });
  await clickMain(page, 'Duplicate');
  const list = await accounts(page);
  assert.equal(list.length, 2);
  assert.equal(list[1].name, 'Northwind Logistics (copy)');
  assert.notEqual(list[1].id, list[0].id);
  const [source, copy] = [await plan(page, list[0].id), await plan(page, list[1].id)];
  assert.equal(copy.stakeholders.length, source.stakeholders.length);
  const sourceIds = new Set(source.stakeholders.map((s) => s.id));
  const copyIds = new Set(copy.stakeholders.map((s) => s.id));
  for (const person of copy.stakeholders) {
    assert.ok(!sourceIds.has(person.id), 'every stakeholder has a new id');
    if (person.managerId) assert.ok(copyIds.has(person.managerId), 'managers point inside the copy');
  }
  for (const line of copy.influenceLines ?? []) {
    assert.ok(copyIds.has(line.fromId) && copyIds.has(line.toId), 'influence lines point inside the copy');
  }
  await clickMain(page, 'Northwind Logistics (copy)###open');
  assert.ok(await find(page, 'Account name'), 'clicking a name opens that account');
  await page.close();
});

test('Archive hides an account until Show archived, and Restore brings it back', async () => {
  const page = await openApp(browser);
  await openPortfolio(page);
  const [sample] = await accounts(page);
  await clickMain(page, 'Northwind Logistics###open', { button: 'right' });
  await clickMain(page, 'Archive');
  assert.equal((await plan(page, sample.id)).archived, true);
  assert.equal(await find(page, 'Northwind Logistics###open'), null, 'archived rows are hidden');
  await click(page, 'Show archived');
  assert.ok(await find(page, 'Northwind Logistics###open'), 'Show archived lists it again');
  await screenshot(page, 'portfolio-archived.png');
  await clickMain(page, 'Northwind Logistics###open', { button: 'right' });
  await clickMain(page, 'Restore');
  assert.equal((await plan(page, sample.id)).archived, false);
  await page.close();
});

test('Delete asks for confirmation and Undo restores the account', async () => {
  const page = await openApp(browser);
  await openPortfolio(page);
  const [sample] = await accounts(page);
  await clickMain(page, 'Northwind Logistics###open', { button: 'right' });
  await clickMain(page, 'Delete');
  assert.ok(await find(page, 'Delete account'), 'a confirmation asks first');
  await screenshot(page, 'portfolio-delete-confirm.png');
  await click(page, 'Cancel');
  assert.equal((await accounts(page)).length, 1, 'Cancel keeps the account');
  assert.equal(await find(page, 'Delete account'), null);

  await clickMain(page, 'Northwind Logistics###open', { button: 'right' });
  await clickMain(page, 'Delete');
  await click(page, 'Delete account');
  assert.equal((await accounts(page)).length, 0);
  assert.equal(await find(page, 'Northwind Logistics###open'), null);
  await click(page, 'Undo');
  const restored = await accounts(page);
  assert.equal(restored.length, 1);
  assert.equal(restored[0].id, sample.id);
  assert.ok(await find(page, 'Northwind Logistics###open'), 'the row is back');
  assert.deepEqual(page.problems, []);
  await page.close();
});
