// The pricing tab in real Chromium: what only a browser can show, the add-on, fee and
// edition-editor panels drawn by WebGL at DPR 1 and 2 in both themes. The calculator, scenarios,
// deal lines and catalog editing are tested natively (tests/ui/pricing_test.cpp).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openBrowser, openApp, find, nextFrames, screenshot, clearStoredData } from './harness.mjs';

let browser;
before(async () => { browser = await openBrowser(); });
after(async () => { await browser?.close(); });

async function clickItem(page, item) {
  assert.ok(item, 'the widget is on screen');
  await page.mouse.move(item.x + Math.min(item.w / 2, 60), item.y + item.h / 2);
  await nextFrames(page, 1);
  await page.mouse.down();
  await nextFrames(page, 1);
  await page.mouse.up();
  await nextFrames(page, 2);
}

// Buttons of the top bar, which never scrolls; everything else lives in the scrolling tab.
const TOP_BAR = new Set(['Dark theme', 'Light theme', 'Undo', 'Redo', 'Import plan', 'Export plan', 'Print report']);

// Scrolls the tab until the widget is fully on screen, then returns it.
async function reveal(page, label) {
  for (let i = 0; i < 30; i++) {
    const item = await find(page, label);
    if (item && TOP_BAR.has(label)) return item;
    if (item && item.y > 230 && item.y + item.h < 780) return item;
    await page.mouse.move(700, 520);
    // Not drawn at all: start again from the top of the tab, then walk down.
    await page.mouse.wheel(0, !item && i === 0 ? -20000 : item && item.y <= 230 ? -250 : 250);
    await nextFrames(page, 3);
  }
  throw new Error(`"${label}" never came into view`);
}

async function press(page, label) {
  const item = await reveal(page, label);
  await clickItem(page, item);
}

async function chord(page, ...keys) {
  for (const key of keys) await page.keyboard.down(key);
  await nextFrames(page, 1);
  for (const key of keys.reverse()) await page.keyboard.up(key);
  await nextFrames(page, 1);
}

// Click, Ctrl+A, type, Enter: as a rep replaces a number.
async function typeInto(page, label, text) {
  const item = await reveal(page, label);
  await page.mouse.click(item.x + Math.min(item.w / 2, 30), item.y + item.h / 2);
  await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'keystone-text-input');
  await chord(page, 'Control', 'a');
  await page.keyboard.insertText(text);
  await nextFrames(page, 2);
  await page.keyboard.press('Enter', { delay: 30 });
  await nextFrames(page, 2);
}

test('add-ons, fees and the edition editor look right at DPR 1 and 2, light and dark', async () => {
  for (const dpr of [1, 2]) {
    await clearStoredData(browser);
    const page = await openApp(browser, { dpr });
    try {
      await press(page, 'Pricing');
      await reveal(page, 'Add one-time fee');
      await screenshot(page, `pricing-lines-empty-dpr${dpr}.png`);
      await press(page, 'Add one-time fee');
      await press(page, 'Add recurring add-on');
      await typeInto(page, '##Add-on 1 amount', '1,250');
      await press(page, 'Edition catalog (all accounts)');
      for (const theme of ['light', 'dark']) {
        if (theme === 'dark') await press(page, 'Dark theme');
        await reveal(page, 'Add one-time fee');
        await page.mouse.move(5, 400);
        await nextFrames(page, 2);
        await screenshot(page, `pricing-lines-${theme}-dpr${dpr}.png`);
        await reveal(page, 'Add edition');
        await page.mouse.move(5, 400);
        await nextFrames(page, 2);
        await screenshot(page, `pricing-catalog-${theme}-dpr${dpr}.png`);
      }
      assert.deepEqual(page.problems, [], 'no console errors');
    } finally {
      await page.close();
    }
  }
});
