// Importing contacts from a CRM's CSV export through the stakeholders tab: the file chooser,
// the detected column mapping, counts and per-row problems, one undo step for everyone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { openBrowser, openApp, click, nextFrames, screenshot, ROOT } from './harness.mjs';

const FIXTURES = join(ROOT, 'tests', 'fixtures', 'csv');
let browser;
before(async () => { browser = await openBrowser(); });
after(async () => { await browser?.close(); });

async function people(page) {
  return page.evaluate(() => {
    const id = window.keystone.accounts()[0].id;
    return JSON.parse(window.keystone.exportPlan(id)).account.stakeholders;
  });
}

// Waits for a widget whose label is `exact`, or starts with `prefix` and holds `contains`.
async function waitForLabel(page, { exact, prefix = '', contains = '' }) {
  const handle = await page.waitForFunction((want) => window.keystone.ui.items().find((i) =>
    want.exact !== undefined ? i.label === want.exact
      : i.label.startsWith(want.prefix) && i.label.includes(want.contains)) || null,
  { exact, prefix, contains }, { timeout: 15000 });
  return handle.jsonValue();
}

// The combo's options are drawn last, above everything else with the same words. The list
// measures itself in a frame where it is not drawn yet (click() may return right after it),
// so this waits until the page has drawn everything and gone idle.
async function clickLast(page, label) {
  const handle = await page.waitForFunction((l) => (window.keystone.ui.frame().idle
    && window.keystone.ui.items().filter((i) => i.label === l).pop()) || null, label, { timeout: 10000 });
  const item = await handle.jsonValue();
  await page.mouse.move(item.x + item.w / 2, item.y + item.h / 2);
  await nextFrames(page, 1);
  await page.mouse.click(item.x + item.w / 2, item.y + item.h / 2);
  await idle(page);
}

// Until the page has drawn all an input caused. A choice re-reads the file, and its new
// characters can rebuild the font atlas (a long frame): a click sent meanwhile was seen lost.
async function idle(page) {
  await page.waitForFunction(() => window.keystone.ui.frame().idle, null, { timeout: 10000 });
}

// Scrolls the column list with the wheel until the row's combo is inside it.
async function revealColumn(page, column) {
  for (let i = 0; i < 20; i++) {
    const list = await page.evaluate(() => window.keystone.ui.find('Column list'));
    const item = await page.evaluate((l) => window.keystone.ui.find(l), `Imports as: ${column}`);
    // The first row under the frozen header starts about 1.7 em (26 px) down.
    if (item && item.y >= list.y + 26 && item.y + item.h <= list.y + list.h) return;
    await page.mouse.move(list.x + 40, list.y + list.h / 2);
    await page.mouse.wheel(0, 60);
    await nextFrames(page, 2);
  }
  assert.fail(`the ${column} column could not be scrolled into view`);
}

async function chooseCsv(page, name) {
  await click(page, 'Stakeholders');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, 'Import contacts (CSV)')]);
  assert.equal(chooser.isMultiple(), false);
  await chooser.setFiles(join(FIXTURES, name));
}

test('a Salesforce export is previewed, imported as one step and undone in one step', async () => {
  const page = await openApp(browser, { width: 1600, height: 900 });
  const before = await people(page);
  await chooseCsv(page, 'salesforce_report.csv');

  await waitForLabel(page, { exact: '10 contacts ready to import, 1 skipped' });
  assert.ok(await waitForLabel(page, { prefix: 'Problem on line 13: No name' }));
  assert.ok(await waitForLabel(page, { prefix: 'Problem on line 8: Manager', contains: 'matches 2 people' }));
  assert.ok(await waitForLabel(page, { exact: 'Imports as: Reports To' }));
  await screenshot(page, 'contacts-import-light.png');

  // The rep says the account name column is the business unit; the file is read again.
  await revealColumn(page, 'Account Name');
  await click(page, 'Imports as: Account Name');
  await clickLast(page, 'Business unit');
  await waitForLabel(page, { exact: '10 contacts ready to import, 1 skipped' });

  await click(page, 'Import these contacts');
  const after = await people(page);
  assert.equal(after.length, before.length + 10);
  const byName = new Map(after.map((p) => [p.name, p]));
  const olga = byName.get('Ольга Петрова');
  assert.ok(olga, 'non-Latin names arrive intact');
  assert.equal(byName.get('Fatima Al-Sayed').managerId, olga.id);
  assert.equal(byName.get('Carlos Mendoza').title, 'SVP, Global Supply Chain');
  assert.equal(byName.get('Carlos Mendoza').businessUnit, 'Northwind Logistics');
  assert.equal(byName.get('Wei Zhang').managerId, '');

  await click(page, 'Undo');
  assert.equal((await people(page)).length, before.length, 'one undo removes everyone imported');
  await click(page, 'Redo');
  assert.equal((await people(page)).length, before.length + 10);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('without a name column nothing can be imported, and problems are listed in the dark theme', async () => {
  const page = await openApp(browser, { width: 1600, height: 900 });
  await click(page, 'Dark theme');
  const before = await people(page);
  await chooseCsv(page, 'hubspot_export.csv');
  await waitForLabel(page, { exact: '5 contacts ready to import, 2 skipped' });
  assert.ok(await waitForLabel(page, { prefix: 'Problem on line 7: Same email as line 2' }));
  await screenshot(page, 'contacts-import-dark.png');
  // Without a name column nothing can be imported.
  for (const column of ['First Name', 'Last Name']) {
    await click(page, `Imports as: ${column}`);
    await clickLast(page, "Don't import");
  }
  await nextFrames(page, 3);
  const button = await page.evaluate(() => window.keystone.ui.find('Import these contacts'));
  await page.mouse.click(button.x + button.w / 2, button.y + button.h / 2);
  await nextFrames(page, 3);
  assert.equal((await people(page)).length, before.length, 'the disabled button adds nobody');
  await click(page, 'Cancel');
  // The dialog closes over the next frames: wait for that state, not a number of frames.
  await page.waitForFunction(() => window.keystone.ui.find('Import these contacts') === null, null,
    { timeout: 10000 }).catch(() => {});
  assert.equal(await page.evaluate(() => window.keystone.ui.find('Import these contacts')), null);
  assert.deepEqual(page.problems, []);
  await page.close();
});
