// The app shell in real Chromium: loads cleanly, draws, is crisp at DPR 2, takes
// composed Unicode text and the clipboard. (Undo is tested natively: tests/ui.)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openBrowser, openApp, click, find, nextFrames, screenshot, screenPixels } from './harness.mjs';

let browser;
before(async () => { browser = await openBrowser(); });
after(async () => { await browser?.close(); });

async function accountName(page) {
  return page.evaluate(() => window.keystone.accounts()[0].name);
}

async function focusField(page, label) {
  await click(page, label);
  await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'keystone-text-input');
}

async function press(page, keys) {
  await page.keyboard.press(keys, { delay: 30 });
  await nextFrames(page);
}

test('the page loads the sample account with no console errors and draws a non-blank canvas', async () => {
  const page = await openApp(browser);
  const accounts = await page.evaluate(() => window.keystone.accounts());
  assert.ok(accounts.length >= 1, 'the built-in sample account is open');
  assert.ok(await find(page, 'Stakeholders'), 'the plan tabs are on screen');
  assert.ok((await screenPixels(page)).colours > 20, 'the canvas shows a rendered UI, not a blank fill');
  assert.match(await page.evaluate(() => window.keystone.version), /^\d+\.\d+\.\d+$/);
  const frame = await page.evaluate(() => window.keystone.ui.frame());
  assert.ok(frame.frame > 0 && frame.cpu_ms >= 0);
  await screenshot(page, 'app-dpr1.png');
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('at device pixel ratio 2 the canvas backing store is twice its CSS size', async () => {
  const page = await openApp(browser, { dpr: 2 });
  await nextFrames(page, 3);
  const size = await page.evaluate(() => {
    const c = document.getElementById('canvas');
    const r = c.getBoundingClientRect();
    return { w: c.width, h: c.height, cssW: r.width, cssH: r.height };
  });
  assert.equal(size.w, size.cssW * 2);
  assert.equal(size.h, size.cssH * 2);
  await screenshot(page, 'app-dpr2.png');
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('resizing the window resizes the canvas and the UI', async () => {
  const page = await openApp(browser);
  await page.setViewportSize({ width: 900, height: 600 });
  await page.cdp.send('Emulation.setDeviceMetricsOverride', { width: 900, height: 600, deviceScaleFactor: 1, mobile: false });
  // The resize wakes the app (it draws only when something changes): wait for its frame.
  await page.waitForFunction(() => document.getElementById('canvas').width === 900, null, { timeout: 10000 })
    .catch(() => {});
  await nextFrames(page, 3);
  const size = await page.evaluate(() => ({ w: document.getElementById('canvas').width,
    scroll: document.documentElement.scrollWidth > window.innerWidth }));
  assert.equal(size.w, 900);
  assert.equal(size.scroll, false, 'no page scrollbars');
  const theme = await find(page, 'Dark theme') || await find(page, 'Light theme');
  assert.ok(theme.x + theme.w <= 900, 'the top bar follows the new width');
  await page.close();
});

test('clicking the theme button found by its label switches the theme', async () => {
  const page = await openApp(browser);
  const startDark = (await find(page, 'Light theme')) !== null;
  const before = (await screenPixels(page)).colours;
  await click(page, startDark ? 'Light theme' : 'Dark theme');
  // The button takes the click on the frame the mouse button is released and shows its new
  // label on the one after, which may come after click() returns.
  await page.waitForFunction((l) => window.keystone.ui.find(l), startDark ? 'Dark theme' : 'Light theme',
    { timeout: 5000 }).catch(() => assert.fail('the button now offers the other theme'));
  const bg = (await screenPixels(page, { x: 1270, y: 790 })).pixel;
  const luminance = (bg[0] + bg[1] + bg[2]) / 3;
  assert.ok(startDark ? luminance > 128 : luminance < 128, `background ${bg} matches the new theme`);
  assert.ok(before > 0);
  await screenshot(page, 'app-theme-switched.png');
  await page.close();
});

test('typing composed Unicode into a text field yields exactly that text', async () => {
  const page = await openApp(browser);
  await focusField(page, 'Account name');
  await press(page, 'Control+A');
  await press(page, 'Backspace');
  const text = 'José Müller-Åström, 北京';
  await page.keyboard.type(text, { delay: 20 });
  await nextFrames(page, 3);
  assert.equal(await accountName(page), text);
  await page.close();
});

test('cut and paste move text between fields through the system clipboard', async () => {
  const page = await openApp(browser);
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: browser.url });
  await focusField(page, 'Industry');
  await press(page, 'Control+A');
  await page.keyboard.type('Ørsted Wind Ltd', { delay: 20 });
  await nextFrames(page, 2);
  await press(page, 'Control+A');
  await press(page, 'Control+C');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), 'Ørsted Wind Ltd');
  await focusField(page, 'Account name');
  await press(page, 'Control+A');
  await press(page, 'Control+V');
  await nextFrames(page, 3);
  assert.equal(await accountName(page), 'Ørsted Wind Ltd');
  await page.close();
});

test('a browser that gives no WebGL context tells the rep what to do instead of loading forever', async () => {
  // WebGL turned off: the WebGL 2 interface exists, but no context is given. The app finds
  // out when it makes its own context (no throwaway context is made at start).
  const noGl = await openBrowser({ args: ['--disable-webgl'] });
  try {
    const page = await noGl.context.newPage();
    await page.goto(noGl.url);
    const outcome = await page.evaluate(() => window.keystone.ready.then(() => 'started', (e) => e.message));
    assert.match(outcome, /Keystone needs WebGL 2/);
    const status = await page.evaluate(() => ({
      title: document.getElementById('status-title').textContent,
      detail: document.getElementById('status-detail').textContent,
      shown: !document.getElementById('status').classList.contains('hidden'),
    }));
    assert.equal(status.title, 'Keystone needs WebGL 2');
    assert.match(status.detail, /hardware acceleration/);
    assert.ok(status.shown);
  } finally {
    await noGl.close();
  }
});
