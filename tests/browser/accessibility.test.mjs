// What a screen reader gets in Chromium: the accessibility mirror over the canvas lists every
// control the app draws with its role and name (Chromium's own accessibility tree, over the
// DevTools protocol), axe-core finds no WCAG 2.1 A/AA violation on any tab or dialog, focus
// goes both ways, messages are announced, and an unchanged screen costs no DOM work.
import { test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { openBrowser, openApp, click, nextFrames, waitSaved, clearStoredData } from './harness.mjs';
import { ACCOUNT_TABS as TABS } from './account_tabs.mjs';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');
const INTERACTIVE = new Set(['button', 'checkbox', 'radio', 'tab', 'textbox', 'spinbutton',
  'slider', 'combobox', 'option', 'menuitem', 'tree', 'treeitem']);

let browser;
before(async () => { browser = await openBrowser({ bypassCSP: true }); });
after(async () => { await browser?.close(); });
beforeEach(async () => { await clearStoredData(browser); });  // each test starts from the sample

// The interactive items the app drew last frame, as keystone.ui.items() reports them.
const drawnControls = (page) => page.evaluate((roles) => window.keystone.ui.items()
  .filter((i) => roles.includes(i.role)).map((i) => ({ role: i.role, name: i.name })), [...INTERACTIVE]);

// Chromium's accessibility tree, as "role: name" for every node that is not ignored.
async function axNodes(page) {
  const { nodes } = await page.cdp.send('Accessibility.getFullAXTree');
  return new Set(nodes.filter((n) => !n.ignored && n.role && n.name)
    .map((n) => `${n.role.value}: ${n.name.value}`));
}

// The mirror has caught up with the last frame.
async function mirrorSettled(page) {
  await page.waitForFunction(() => {
    const items = window.keystone.ui.items().filter((i) => i.role && i.role !== 'text');
    return items.length > 0 && window.keystoneMirror.stats().elements >= items.length;
  });
}

async function axeViolations(page) {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.html).join(' | ')}`);
  });
}

test('every control on every tab is in Chromium\'s accessibility tree with its role and name', async () => {
  const page = await openApp(browser);
  await click(page, 'Northwind Logistics');
  const missing = {};
  for (const tab of TABS) {
    await click(page, tab);
    await nextFrames(page, 2);
    await mirrorSettled(page);
    const controls = await drawnControls(page);
    assert.ok(controls.length > 5, `${tab}: ${controls.length} controls`);
    const tree = await axNodes(page);
    const absent = controls.filter((c) => !tree.has(`${c.role}: ${c.name}`)).map((c) => `${c.role}: ${c.name}`);
    if (absent.length) missing[tab] = absent;
  }
  assert.deepEqual(missing, {});
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('axe-core finds no WCAG 2.1 A or AA violation on any tab, the portfolio or a dialog', async () => {
  const page = await openApp(browser);
  const found = {};
  const check = async (where) => {
    await nextFrames(page, 2);
    await mirrorSettled(page);
    const violations = await axeViolations(page);
    if (violations.length) found[where] = violations;
  };
  await check('Portfolio overview');
  await click(page, 'Northwind Logistics');
  for (const tab of TABS) {
    await click(page, tab);
    await check(tab);
  }
  await click(page, 'Export plan');
  await check('Export dialog');
  assert.deepEqual(found, {});
  await page.close();
});

test('focus goes both ways: arrow keys move the mirror\'s focus; activating an element there types into the field', async () => {
  const page = await openApp(browser);
  await click(page, 'Northwind Logistics');
  await click(page, 'Overview');
  // The app's focus moves with the keyboard; the mirror's DOM focus follows it.
  await page.keyboard.press('ArrowDown', { delay: 30 });
  await nextFrames(page, 3);
  const focused = await page.evaluate(() => {
    const el = document.activeElement;
    return el && el.closest('#keystone-a11y') ? { role: el.getAttribute('role'), name: el.getAttribute('aria-label') } : null;
  });
  const appFocus = await page.evaluate(() => window.keystone.ui.items().find((i) => i.focused));
  assert.ok(appFocus, 'the app has a focused item');
  assert.deepEqual(focused, { role: appFocus.role, name: appFocus.name });

  // What a screen reader does: focus the element standing for the field and activate it.
  await page.evaluate(() => {
    const field = [...document.querySelectorAll('#keystone-a11y [role=textbox]')]
      .find((el) => el.getAttribute('aria-label') === 'Account name');
    field.focus();
    field.click();
  });
  await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'keystone-text-input');
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-label')), 'Account name');
  await page.keyboard.press('End', { delay: 30 });
  await page.keyboard.type(' EMEA', { delay: 10 });
  await page.keyboard.press('Enter', { delay: 30 });
  await page.waitForFunction(() => window.keystone.accounts()[0].name === 'Northwind Logistics EMEA');
  await page.waitForFunction(() => [...document.querySelectorAll('#keystone-a11y [role=textbox]')]
    .some((el) => el.getAttribute('aria-label') === 'Account name' && el.textContent === 'Northwind Logistics EMEA'));
  await page.close();
});

test('messages are announced: an import error in the alert region, the save status as it changes', async () => {
  const page = await openApp(browser);
  await page.evaluate(() => window.keystone.importPlan('this is not a plan'));
  const alert = await page.waitForFunction(() => {
    const region = document.querySelector('.keystone-live[role=alert]');
    return region && region.textContent ? region.textContent : null;
  });
  assert.match(await alert.jsonValue(), /Keystone plan|plan file/i);
  const status = await page.evaluate(() => [...document.querySelectorAll('#keystone-a11y [role=status]')].map((el) => el.textContent));
  assert.ok(status.some((text) => /Saved|Saving|Not saved/.test(text)), JSON.stringify(status));
  await page.close();
});

test('a frame where nothing a screen reader is told changed makes no DOM mutation', async () => {
  const page = await openApp(browser);
  await click(page, 'Northwind Logistics');
  await waitSaved(page);
  await nextFrames(page, 4);
  await page.evaluate(() => {
    window.mirrorMutations = 0;
    new MutationObserver((records) => { window.mirrorMutations += records.length; })
      .observe(document.getElementById('keystone-a11y'), { subtree: true, childList: true, attributes: true, characterData: true });
  });
  const before = await page.evaluate(() => window.keystone.ui.frame().frame);
  for (let i = 0; i < 5; i++) {
    await page.mouse.move(640 + i, 790);  // frames happen; nothing a screen reader knows changes
    await nextFrames(page, 2);
  }
  const after = await page.evaluate(() => window.keystone.ui.frame().frame);
  assert.ok(after > before, 'frames were drawn');
  assert.equal(await page.evaluate(() => window.mirrorMutations), 0);
  await page.close();
});
