// Autosave under abrupt closes: 20 times, an edit is made, the page is closed at a random
// moment without beforeunload, and the reopened app has every edit older than a second
// and no corrupt record. (Split from autosave.test.mjs: this one is the slow stress run.)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openBrowser, click, nextFrames, waitForApp } from './harness.mjs';

let browser;
before(async () => { browser = await openBrowser(); });
after(async () => { await browser?.close(); });

const accountName = (page) => page.evaluate(() => window.keystone.accounts()[0].name);

// Appends text at the end of the account name; the text arrives as one input event.
async function appendToName(page, text) {
  await click(page, 'Account name');
  await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'keystone-text-input');
  await page.keyboard.press('End', { delay: 30 });
  await nextFrames(page);
  await page.keyboard.insertText(text);
  await nextFrames(page, 2);
}

// Every stored record parses as a plan and nothing was set aside as unreadable.
async function assertNoCorruptRecord(page, round) {
  const check = await page.evaluate(() => new Promise((resolve) => {
    const tx = window.keystoneStorage.db.transaction(['plans', 'quarantine']);
    const out = { bad: [], quarantined: 0 };
    tx.objectStore('quarantine').count().onsuccess = (e) => { out.quarantined = e.target.result; };
    tx.objectStore('plans').openCursor().onsuccess = (e) => {
      const cursor = e.target.result;
      if (!cursor) return;
      try {
        const plan = JSON.parse(cursor.value.json);
        if (plan.format !== 'keystone.plan' || plan.account.id !== cursor.key) out.bad.push(cursor.key);
      } catch { out.bad.push(cursor.key); }
      cursor.continue();
    };
    tx.oncomplete = () => resolve(out);
  }));
  assert.deepEqual(check, { bad: [], quarantined: 0 }, `round ${round}: no record is corrupt`);
}

test('edits older than a second survive closing the page without waiting, 20 times at random moments', async () => {
  // Each round makes an edit, waits a little over a second, makes a second edit and closes
  // the page at a random moment 0-400 ms later, without beforeunload. The first edit must
  // always be there; the second may or may not be (it is younger than a second), but the
  // name is one of the two, never a mix, and every record reads back.
  // A plain page is enough here (no device-metrics override): opening is most of a round.
  const reopen = async () => {
    const next = await browser.context.newPage();
    await next.goto(browser.url);
    await waitForApp(next);  // plans load before the first frame
    return next;
  };
  let page = await reopen();
  const started = Date.now();
  for (let round = 0; round < 20; round++) {
    const before = await accountName(page);
    const older = ` r${round}`;
    await appendToName(page, older);
    await new Promise((r) => setTimeout(r, 1000 + Math.floor(Math.random() * 200)));
    const younger = `+${round}`;
    await page.keyboard.insertText(younger);  // the field is still active
    await new Promise((r) => setTimeout(r, Math.floor(Math.random() * 400)));
    await page.close({ runBeforeUnload: false });
    page = await reopen();
    const name = await accountName(page);
    assert.ok(name === before + older || name === before + older + younger,
      `round ${round}: "${name}" keeps the edit older than a second`);
    await assertNoCorruptRecord(page, round);
  }
  await page.close();
  console.log(`# 20 rounds in ${((Date.now() - started) / 1000).toFixed(1)} s`);
});

