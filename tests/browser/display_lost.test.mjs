// A lost WebGL context (laptop sleep, GPU reset, driver update) is survived: Keystone says it
// is restoring the display, keeps the rep's work, and draws again when the browser gives the
// context back; edits made before and during the loss are all there. WEBGL_lose_context
// makes the browser lose and restore the context on demand.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openBrowser, openApp, click, nextFrames, screenPixels, screenshot, waitSaved } from './harness.mjs';

let browser;
before(async () => { browser = await openBrowser(); });
after(async () => { await browser?.close(); });

const statusShown = (page) => page.evaluate(() => {
  const status = document.getElementById('status');
  return status.classList.contains('hidden') ? null : document.getElementById('status-title').textContent;
});

test('a lost graphics context is restored with the work intact, and the app draws again', async () => {
  const page = await openApp(browser);
  await click(page, 'Northwind Logistics');
  await click(page, 'Overview');
  await click(page, 'Account name');
  await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'keystone-text-input');
  await page.keyboard.press('Control+A', { delay: 30 });
  await page.keyboard.type('Northwind Before', { delay: 10 });
  await page.keyboard.press('Enter', { delay: 30 });
  await page.waitForFunction(() => window.keystone.accounts()[0].name === 'Northwind Before');
  const drawn = await screenPixels(page);

  await page.evaluate(() => {
    window.loseContext = document.getElementById('canvas').getContext('webgl2').getExtension('WEBGL_lose_context');
    window.loseContext.loseContext();
  });
  await page.waitForFunction(() => document.getElementById('status-title').textContent === 'Restoring the display…');
  // The app keeps working without a display: an import and its save go through.
  const sample = await page.evaluate(() => window.keystone.exportPlan(window.keystone.accounts()[0].id));
  const plan = JSON.parse(sample);
  plan.account.id = 'f'.repeat(32);
  plan.account.name = 'Imported while dark';
  assert.equal((await page.evaluate((text) => window.keystone.importPlan(text), JSON.stringify(plan))).ok, true);
  const idle = await page.evaluate(() => new Promise((resolve) => setTimeout(() => resolve(window.keystone.ui.frame()), 500)));
  assert.equal(idle.idle, true, 'no frames are spun while there is nothing to draw on');

  await page.evaluate(() => window.loseContext.restoreContext());
  await page.waitForFunction(() => document.getElementById('status').classList.contains('hidden'));
  await page.mouse.move(700, 400);  // a frame after the restore
  await nextFrames(page, 3);
  await waitSaved(page);
  const after = await screenPixels(page);
  await screenshot(page, 'display-restored.png');
  assert.ok(after.colours >= drawn.colours * 0.8, `drawn again: ${after.colours} colours vs ${drawn.colours} before`);
  const names = await page.evaluate(() => window.keystone.accounts().map((a) => a.name).sort());
  assert.deepEqual(names, ['Imported while dark', 'Northwind Before']);
  assert.equal(await statusShown(page), null);
  assert.deepEqual(page.problems, []);
  await page.close();
});
