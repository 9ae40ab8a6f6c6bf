// A full disk: with the origin's quota made small (Chromium's Storage.overrideQuotaForOrigin
// through CDP, set before the page opens its database), a large save fails loudly, offers
// an export that works, and the plan saved before is intact once the quota is back.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { openBrowser, openApp, click, nextFrames, screenshot, ROOT } from './harness.mjs';
import { settle, waitSaved, waitForApp, storedRecords } from './plan_file_helpers.mjs';

const BIG_ID = 'b'.repeat(32);

// A valid plan of about 4 MB whose text does not compress (browsers may compress large
// IndexedDB values, which would let repeated text slip under the quota).
function bigPlan() {
  const plan = JSON.parse(readFileSync(join(ROOT, 'assets', 'sample-plan.keystone.json'), 'utf8'));
  plan.account.id = BIG_ID;
  plan.account.name = 'Globex Holdings';
  const template = plan.account.stakeholders[0];
  let seed = 12345;
  const letter = () => {  // xorshift32: cheap, and no short cycles for the compressor to find
    seed ^= seed << 13; seed ^= seed >>> 17; seed ^= seed << 5;
    return 'abcdefghijklmnopqrstuvwxyz '[(seed >>> 0) % 27];
  };
  for (let i = 0; i < 64; i++) {
    const person = { ...template, id: (0x10000000 + i).toString(16).padStart(32, 'a'), name: `Person ${i}` };
    delete person.managerId;
    person.notes = Array.from({ length: 60000 }, letter).join('');
    plan.account.stakeholders.push(person);
  }
  return JSON.stringify(plan);
}

let browser;
before(async () => { browser = await openBrowser(); });
after(async () => { await browser?.close(); });

// Everything the service worker caches, so the small quota still holds the app itself. The
// CJK font files (fonts/cjk) are not: they are fetched only when a plan needs them.
function siteBytes(dir) {
  return readdirSync(dir, { withFileTypes: true }).filter((entry) => !(entry.isDirectory() && entry.name === 'fonts'))
    .reduce((sum, entry) => sum +
    (entry.isDirectory() ? siteBytes(join(dir, entry.name)) : statSync(join(dir, entry.name)).size), 0);
}

test('a save over quota says so, offers an export, and the saved plan survives', async () => {
  // 1. Chromium's IndexedDB asks the quota manager when the database is first used and
  //    keeps the answer for a while, so the small quota is set before the very first page
  //    of this origin opens: the app (its cached shell) plus 1.5 MB of plans.
  const origin = new URL(browser.url).origin;
  const quotaSize = siteBytes(browser.site) + 1536 * 1024;
  const page = await browser.context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(String(e)));
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize });
  let id, savedRecord, savedPlan;
  try {
    await page.goto(browser.url);
    await waitForApp(page);
    const quota = await cdp.send('Storage.getUsageAndQuota', { origin });
    assert.ok(quota.overrideActive && quota.quota === quotaSize, `the override is in force (${JSON.stringify(quota)})`);

    // 2. An ordinary plan fits and is saved.
    await waitSaved(page);
    id = await page.evaluate(() => window.keystone.accounts()[0].id);
    savedRecord = (await storedRecords(page))[id];
    savedPlan = await page.evaluate((i) => window.keystone.exportPlan(i), id);
    assert.ok(savedRecord);

    // 3. A large save: a 4 MB plan does not fit.
    const result = await page.evaluate((t) => window.keystone.importPlan(t), bigPlan());
    assert.equal(result.ok, true, result.error);
    await page.waitForFunction(() => window.keystone.ui.find('Not saved') !== null, null, { timeout: 15000 });
    await nextFrames(page, 2);
    await screenshot(page, 'quota-not-saved.png');
    assert.ok(await page.evaluate(() => window.keystone.ui.find('Export now') !== null), 'an export is offered beside "Not saved"');

    // 4. The offered export works: the rep keeps the unsaved plan as a file.
    await click(page, 'Export now');
    await settle(page);
    await screenshot(page, 'quota-export-dialog.png');
    const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'Export')]);
    assert.equal(readFileSync(await download.path(), 'utf8'), await page.evaluate((i) => window.keystone.exportPlan(i), BIG_ID));
    // Memory still has everything.
    assert.equal(await page.evaluate((i) => window.keystone.exportPlan(i), id), savedPlan);
    assert.deepEqual(problems, []);
  } finally {
    await cdp.send('Storage.overrideQuotaForOrigin', { origin }).catch(() => {});
    await page.close();
  }

  // 5. With the quota back, the plan saved before is intact and nothing was corrupted.
  const after = await openApp(browser);
  const records = await storedRecords(after);
  assert.equal(records[id], savedRecord, 'the stored record is byte-identical');
  assert.equal(await after.evaluate((i) => window.keystone.exportPlan(i), id), savedPlan);
  assert.deepEqual(Object.keys(await storedRecords(after, 'quarantine')), [], 'no record was set aside as unreadable');
  await after.close();
});
