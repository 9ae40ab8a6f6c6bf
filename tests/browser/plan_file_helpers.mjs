// Helpers shared by the plan-file tests (encryption, hostile files, quota, email).
import { readFileSync } from 'node:fs';
import { click, nextFrames } from './harness.mjs';

export { waitSaved, waitForApp } from './harness.mjs';

// Dialogs are auto-sized: their first frame is laid out hidden, so wait until they settle
// before clicking by position.
export async function settle(page) { await nextFrames(page, 3); }

// Types into an ImGui text field found by label; the text arrives as one input event.
export async function typeInto(page, label, text) {
  await settle(page);
  await click(page, label);
  await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'keystone-text-input');
  await page.keyboard.insertText(text);
  await nextFrames(page, 2);
}

// Every record of an IndexedDB store, key -> value.json (or the whole value).
export function storedRecords(page, store = 'plans') {
  return page.evaluate((name) => new Promise((resolve, reject) => {
    const out = {};
    const request = window.keystoneStorage.db.transaction([name]).objectStore(name).openCursor();
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const cursor = request.result;
      if (!cursor) { resolve(out); return; }
      out[cursor.key] = cursor.value && cursor.value.json !== undefined ? cursor.value.json : cursor.value;
      cursor.continue();
    };
  }), store);
}

// What the rep has: the accounts in memory, their plan text, and what is stored.
export async function appState(page) {
  const accounts = await page.evaluate(() => window.keystone.accounts());
  const plans = await page.evaluate((ids) => ids.map((id) => window.keystone.exportPlan(id)), accounts.map((a) => a.id));
  return { accounts, plans, stored: await storedRecords(page) };
}

// The report of the open account through "Download report (HTML)" (the menu beside Print
// report): its file name and text.
export async function downloadReport(page) {
  await click(page, 'More report options');
  await settle(page);
  const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'Download report (HTML)')]);
  return { name: download.suggestedFilename(), html: readFileSync(await download.path(), 'utf8') };
}
