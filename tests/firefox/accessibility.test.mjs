// What a screen reader gets in Firefox: the accessibility mirror over the canvas, looked up in
// Firefox's own accessibility tree by role and name (WebDriver BiDi's accessibility locator,
// through puppeteer's ::-p-aria selector), for the controls the app draws on every tab.
// Chromium's whole tree is compared in tests/browser/accessibility.test.mjs.
// Run: xvfb-run -a env LIBGL_ALWAYS_SOFTWARE=1 node --test tests/firefox/
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { openFirefox, openApp, click, nextFrames } from './harness.mjs';
import { ACCOUNT_TABS as TABS } from '../browser/account_tabs.mjs';

const INTERACTIVE = ['button', 'checkbox', 'radio', 'tab', 'textbox', 'spinbutton', 'slider',
  'combobox', 'menuitem', 'treeitem'];
// Each lookup asks Firefox for its accessibility tree (about 0.2 s here): every tab's own tab
// plus this many of its controls, spread over the screen, keep the file near half a minute.
const PER_TAB = 6;

let firefox;
after(async () => { await firefox?.close(); });

// The mirror has caught up with the last frame.
async function mirrorSettled(page) {
  await page.waitForFunction(() => {
    const items = window.keystone.ui.items().filter((i) => i.role && i.role !== 'text');
    return items.length > 0 && window.keystoneMirror.stats().elements >= items.length;
  }, { polling: 50 });
}

// Controls drawn last frame, as keystone.ui.items() reports them, `count` of them evenly
// spread, leaving out names the selector syntax cannot carry (quotes, brackets).
async function someControls(page, count) {
  const all = await page.evaluate((roles) => window.keystone.ui.items()
    .filter((i) => roles.includes(i.role) && i.name && !/["\\[\]()]/.test(i.name))
    .map((i) => ({ role: i.role, name: i.name })), INTERACTIVE);
  const step = Math.max(1, Math.floor(all.length / count));
  return { total: all.length, chosen: all.filter((_, i) => i % step === 0).slice(0, count) };
}

async function inFirefoxTree(page, { role, name }) {
  const found = await page.$$(`::-p-aria([name="${name}"][role="${role}"])`);
  return found.length > 0;
}

test('controls on every tab are in Firefox\'s accessibility tree with their role and name', async () => {
  firefox = await openFirefox({ storagePrompt: 'deny' });
  const page = await openApp(firefox);
  await click(page, 'Northwind Logistics');
  const missing = {};
  for (const tab of TABS) {
    await click(page, tab);
    await nextFrames(page, 2);
    await mirrorSettled(page);
    const { total, chosen } = await someControls(page, PER_TAB);
    assert.ok(total > 5, `${tab}: ${total} controls`);
    const absent = [];
    for (const control of [{ role: 'tab', name: tab }, ...chosen]) {
      if (!(await inFirefoxTree(page, control))) absent.push(`${control.role}: ${control.name}`);
    }
    if (absent.length) missing[tab] = absent;
  }
  // The lookup can fail: a name nothing has is not found.
  assert.equal(await inFirefoxTree(page, { role: 'button', name: 'No control has this name' }), false);
  assert.deepEqual(missing, {});
  assert.deepEqual(page.problems, []);
});
