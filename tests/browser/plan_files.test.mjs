// Plan files in and out: importPlan takes the same path as the UI, a bad file changes
// nothing and says why, and an exported plan imports byte-identically elsewhere.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openBrowser, openApp, click, nextFrames, ROOT } from './harness.mjs';
import { downloadReport } from './plan_file_helpers.mjs';

let browser;
before(async () => { browser = await openBrowser(); });
after(async () => { await browser?.close(); });

const sample = readFileSync(join(ROOT, 'assets', 'sample-plan.keystone.json'), 'utf8');

function renamedCopy(name) {
  const plan = JSON.parse(sample);
  plan.account.id = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';
  plan.account.name = name;
  return JSON.stringify(plan);
}

test('a plan for a new account is imported, opened, and undone as one step', async () => {
  const page = await openApp(browser);
  const before = await page.evaluate(() => window.keystone.accounts().length);
  const result = await page.evaluate((text) => window.keystone.importPlan(text), renamedCopy('Contoso Pharma'));
  assert.equal(result.ok, true);
  assert.equal(result.accountId, 'a1b2c3d4e5f60718293a4b5c6d7e8f90');
  const names = await page.evaluate(() => window.keystone.accounts().map((a) => a.name));
  assert.equal(names.length, before + 1);
  assert.ok(names.includes('Contoso Pharma'));
  await click(page, 'Undo');
  assert.equal(await page.evaluate(() => window.keystone.accounts().length), before);
  await page.close();
});

test('corrupt and hostile files are refused with a clear message and nothing changes', async () => {
  const page = await openApp(browser);
  const id = await page.evaluate(() => window.keystone.accounts()[0].id);
  const stored = await page.evaluate((i) => window.keystone.exportPlan(i), id);
  const deep = '['.repeat(100000);
  const hostile = renamedCopy('<script>alert(1)</script>').replace('"format":"keystone.plan"', '"format":"evil"');
  const cases = [
    ['not JSON at all', /line|JSON|plan/i],
    [deep, /deep|nest|plan/i],
    [hostile, /Keystone plan|format/i],
    [JSON.stringify({ format: 'keystone.plan', version: 1, account: { id: 'x' } }), /id/i],
    [JSON.stringify({ format: 'keystone.plan', version: 1, account: { id: 'a'.repeat(32), name: 'x'.repeat(5000000) } }), /long|name|characters/i],
    [sample, /already in your portfolio/],
  ];
  for (const [text, pattern] of cases) {
    const result = await page.evaluate((t) => window.keystone.importPlan(t), text);
    assert.equal(result.ok, false);
    assert.match(result.error, pattern);
  }
  assert.equal(await page.evaluate((i) => window.keystone.exportPlan(i), id), stored, 'the stored plan is unchanged');
  assert.equal(await page.evaluate(() => window.keystone.accounts().length), 1);
  assert.ok(await page.evaluate(() => window.keystone.ui.find('Dismiss') !== null), 'the rep sees the reason');
  await page.close();
});

test('an exported plan imported in a fresh browser profile exports byte-identically', async () => {
  const page = await openApp(browser);
  const id = await page.evaluate(() => window.keystone.accounts()[0].id);
  const exported = await page.evaluate((i) => window.keystone.exportPlan(i), id);
  await page.close();
  const other = await openBrowser();
  const fresh = await openApp(other);
  await fresh.evaluate(() => {
    // Make room: the fresh profile opens on the same sample account.
    return new Promise((resolve) => {
      const tx = window.keystoneStorage.db.transaction(['plans'], 'readwrite');
      tx.objectStore('plans').clear();
      tx.oncomplete = resolve;
    });
  });
  const renamed = JSON.parse(exported);
  renamed.account.id = 'f'.repeat(32);
  const text = JSON.stringify(renamed) + '\n';
  const result = await fresh.evaluate((t) => window.keystone.importPlan(t), text);
  assert.equal(result.ok, true);
  assert.equal(await fresh.evaluate(() => window.keystone.exportPlan('f'.repeat(32))), text);
  await other.close();
});

test('Export plan and Download report (HTML) download the plan file and a self-contained report', async () => {
  const page = await openApp(browser);
  const id = await page.evaluate(() => window.keystone.accounts()[0].id);
  await click(page, 'Export plan');  // opens the export dialog; unprotected is the default
  await nextFrames(page, 3);
  const [planDownload] = await Promise.all([page.waitForEvent('download'), click(page, 'Export')]);
  assert.match(planDownload.suggestedFilename(), /\.keystone\.json$/);
  const planText = readFileSync(await planDownload.path(), 'utf8');
  assert.equal(planText, await page.evaluate((i) => window.keystone.exportPlan(i), id));
  const report = await downloadReport(page);
  assert.match(report.name, / report\.html$/);
  assert.ok(report.html.includes('Northwind Logistics'));
  assert.ok(!/<script/i.test(report.html), 'no scripts in the report');
  assert.ok(report.html.includes('<section id="stakeholders">'), 'the stakeholders are summarised');
  await page.close();
});
