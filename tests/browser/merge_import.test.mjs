// Importing a copy of an account that is already in the portfolio merges it: the preview
// lists what their copy changes and the conflict, the rep picks a side, the merge applies
// as one step, and Ctrl+Z takes it back. Nothing changes on Cancel.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { openBrowser, openApp, click, find, nextFrames, screenshot, waitSaved } from './harness.mjs';

let browser;
before(async () => { browser = await openBrowser(); });
after(async () => { await browser?.close(); });

const plan = (page, id) => page.evaluate((i) => window.keystone.exportPlan(i), id);

// Export plan downloads directly, or through the export dialog's Export button.
async function exportThroughUi(page) {
  const download = page.waitForEvent('download');
  await click(page, 'Export plan');
  await nextFrames(page, 3);
  if (await find(page, 'Export')) await click(page, 'Export');
  return readFileSync(await (await download).path(), 'utf8');
}

async function renameAccount(page, suffix) {
  await click(page, 'Account name');
  await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'keystone-text-input');
  await page.keyboard.press('End', { delay: 30 });
  await nextFrames(page);
  await page.keyboard.type(suffix, { delay: 10 });
  await nextFrames(page, 2);
  await page.keyboard.press('Enter', { delay: 30 });  // leave the field: Ctrl+Z is the app's again
  await nextFrames(page, 2);
}

// Their copy: the same field (account name) and another (a stakeholder's title) changed,
// one risk added and one deleted.
function theirCopy(exported) {
  const theirs = JSON.parse(exported);
  const account = theirs.account;
  account.name = 'Northwind Logistics Group';
  account.stakeholders[0].title = 'Group Chief Executive';
  const added = { ...account.risks[0], id: '0123456789abcdef0123456789abcdef', title: 'Budget freeze in Q1' };
  const deleted = account.risks.splice(2, 1)[0];
  account.risks.push(added);
  return { text: JSON.stringify(theirs, null, 2) + '\n', deletedTitle: deleted.title, personName: account.stakeholders[0].name };
}

async function importThroughChooser(page, text) {
  const chooser = page.waitForEvent('filechooser');
  await click(page, 'Import plan');
  await (await chooser).setFiles({ name: 'Northwind from Sam.keystone.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await page.waitForFunction(() => window.keystone.ui.find('Apply merge') !== null, null, { timeout: 10000 });
  await nextFrames(page, 2);
}

test('two copies edited independently merge through the preview, and Ctrl+Z undoes the merge in one step', async () => {
  const page = await openApp(browser);
  const id = await page.evaluate(() => window.keystone.accounts()[0].id);
  await waitSaved(page);
  const exported = await exportThroughUi(page);
  assert.equal(exported, await plan(page, id));

  await renameAccount(page, ' (mine)');
  const beforeImport = await plan(page, id);
  assert.equal(JSON.parse(beforeImport).account.name, 'Northwind Logistics (mine)');
  const theirs = theirCopy(exported);
  await importThroughChooser(page, theirs.text);

  // The preview, in a rep's words.
  assert.ok(await find(page, 'Risks Added: Budget freeze in Q1'), 'the added risk is listed');
  assert.ok(await find(page, `Risks Removed: ${theirs.deletedTitle}`), 'the deleted risk is listed');
  assert.ok(await find(page, `Stakeholders Changed: ${theirs.personName}: title`), 'the other field is listed');
  assert.ok(await find(page, 'Conflict: Account \u201cNorthwind Logistics (mine)\u201d: name'), 'the conflict is listed');
  assert.equal(await plan(page, id), beforeImport, 'nothing changes before Apply');
  await screenshot(page, 'merge-preview-light.png');

  await click(page, 'Take theirs');
  await click(page, 'Apply merge');
  const merged = JSON.parse(await plan(page, id)).account;
  assert.equal(merged.name, 'Northwind Logistics Group');
  assert.equal(merged.stakeholders[0].title, 'Group Chief Executive');
  assert.ok(merged.risks.some((r) => r.title === 'Budget freeze in Q1'));
  assert.ok(!merged.risks.some((r) => r.title === theirs.deletedTitle));

  await page.keyboard.press('Control+z', { delay: 30 });
  await nextFrames(page, 3);
  assert.equal(await plan(page, id), beforeImport, 'one Ctrl+Z restores the plan as it was before the import');
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('Cancel in the merge preview changes nothing, and an identical copy has nothing to merge', async () => {
  const page = await openApp(browser);
  const id = await page.evaluate(() => window.keystone.accounts()[0].id);
  const current = await plan(page, id);
  const same = await page.evaluate((t) => window.keystone.importPlan(t), current);
  assert.equal(same.ok, false);
  assert.match(same.error, /already in your portfolio.*nothing to merge/);

  const theirs = JSON.parse(current);
  theirs.account.summary.business = 'Their new view of the business';
  theirs.account.updated = '2099-01-01T00:00:00Z';
  await click(page, 'Dark theme');
  await importThroughChooser(page, JSON.stringify(theirs));
  await screenshot(page, 'merge-preview-dark.png');
  await click(page, 'Cancel');
  assert.equal(await find(page, 'Apply merge'), null);
  assert.equal(await plan(page, id), current);
  await click(page, 'Light theme');
  await page.close();
});
