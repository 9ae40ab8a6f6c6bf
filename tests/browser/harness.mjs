// Shared setup for browser tests: a loopback server over build/web/site, Debian's
// Chromium through playwright-core (never a downloaded browser), and helpers that find
// ImGui widgets by label through window.keystone.ui.
import { chromium } from 'playwright-core';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../scripts/serve.mjs';
import { setTestClock, TEST_NOW } from './fixed_clock.mjs';
import { measureScreenshotInPage } from './screen_pixels.mjs';

export { TEST_NOW, TEST_TODAY } from './fixed_clock.mjs';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
// KEYSTONE_SITE lets a second build directory be tested without touching build/web.
export const SITE = process.env.KEYSTONE_SITE || join(ROOT, 'build', 'web', 'site');
export const ARTIFACTS = process.env.KEYSTONE_ARTIFACTS || join(ROOT, 'build', 'test-artifacts');

const CHROMIUM_FLAGS = [
  '--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
  '--no-sandbox', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--disable-quic', '--no-first-run', '--disable-features=Translate',
];

// `now` is the local date and time every page of this browser starts at (fixed_clock.mjs);
// `timezoneId` (e.g. 'Asia/Tokyo') overrides the machine's time zone. `bypassCSP` lets a
// test inject a checker script (axe-core) past the app's CSP, which forbids that rightly.
// `args` adds Chromium switches (e.g. '--disable-webgl').
export async function openBrowser({ site = SITE, now = TEST_NOW, timezoneId, bypassCSP = false, args = [] } = {}) {
  const server = await startServer(site, 0);
  const url = `http://127.0.0.1:${server.address().port}/`;
  const profile = mkdtempSync(join(tmpdir(), 'keystone-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium', headless: true, args: [...CHROMIUM_FLAGS, ...args],
    viewport: { width: 1280, height: 800 }, ...(timezoneId ? { timezoneId } : {}), bypassCSP,
  });
  await setTestClock(context, now);
  return {
    url, context, server, site,
    // Stops serving, as if the network were gone; the browser stays open.
    async stopServer() {
      server.closeAllConnections?.();
      await new Promise((ok) => server.close(ok));
    },
    async close() {
      await context.close();
      if (server.listening) await new Promise((ok) => server.close(ok));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

// Opens the app in a new page at a device pixel ratio and waits for its first frames.
// Console errors and page errors are collected in page.problems.
export async function openApp(browser, { dpr = 1, width = 1280, height = 800 } = {}) {
  const page = await browser.context.newPage();
  const problems = [];
  page.on('console', (msg) => { if (msg.type() === 'error') problems.push(msg.text()); });
  page.on('pageerror', (err) => problems.push(String(err)));
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Emulation.setDeviceMetricsOverride', {
    width, height, deviceScaleFactor: dpr, mobile: false,
  });
  await page.goto(browser.url);
  await waitForApp(page);
  page.problems = problems;
  page.cdp = cdp;
  return page;
}

// Resolves once the app has drawn its first frame with the saved plans loaded.
export async function waitForApp(page) {
  await page.waitForFunction(() => window.keystone && window.keystone.ready, null, { timeout: 60000 });
  await page.evaluate(() => window.keystone.ready);
}

// Waits until the app has reacted to what was sent: `count` more frames, or sooner when it
// has nothing left to draw (it draws only when something changes, so frames nobody
// triggers never come).
export async function nextFrames(page, count = 2) {
  const start = await page.evaluate(() => window.keystone.ui.frame().frame);
  await page.waitForFunction((target) => {
    const frame = window.keystone.ui.frame();
    return frame.frame >= target || frame.idle;
  }, start + count);
}

export async function find(page, label) {
  return page.evaluate((l) => window.keystone.ui.find(l), label);
}

// Waits until a widget with this label is on screen and clicks its centre.
export async function click(page, label, options = {}) {
  const handle = await page.waitForFunction((l) => window.keystone.ui.find(l), label, { timeout: 10000 });
  const item = await handle.jsonValue();
  // Hover for a frame first: ImGui only takes a press on the item hovered last frame.
  await page.mouse.move(item.x + item.w / 2, item.y + item.h / 2);
  await nextFrames(page, 1);
  await page.mouse.click(item.x + item.w / 2, item.y + item.h / 2, options);
  // The frame after the press, the one after the release (where ImGui acts on the click)
  // and the one that draws what the click did (a dialog closed, a label changed).
  await nextFrames(page, 3);
  return item;
}

export async function screenshot(page, name) {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, name);
  await page.screenshot({ path });
  return path;
}

// Empties this origin's IndexedDB, so the next page starts from the built-in sample alone.
export async function clearStoredData(browser) {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Storage.clearDataForOrigin', { origin: new URL(browser.url).origin, storageTypes: 'indexeddb' });
  await page.close();
}

// A figure a panel publishes as "<caption>: <value>" (ui::exposeReadout): the value text.
export async function readout(page, caption) {
  const handle = await page.waitForFunction((prefix) => {
    const item = window.keystone.ui.items().find((i) => i.label.startsWith(prefix));
    return item ? item.label.slice(prefix.length) : null;
  }, caption + ': ', { timeout: 10000 });
  return handle.jsonValue();
}

// Waits until the service worker controls the page: from then on the app shell (and any
// font file it was asked for) is served from its cache, with or without a network.
export async function waitForController(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20000 });
}

// Waits until the save indicator says everything is stored.
export async function waitSaved(page, timeout = 15000) {
  await page.waitForFunction(() => window.keystone.ui.find('Saved') !== null, null, { timeout });
}

// Scrolls the current tab with the mouse wheel until the widget is well inside the scrolling
// area (below `top`, the tab bar's bottom, and above the window's bottom padding).
export async function reveal(page, label, { top = 300 } = {}) {
  const height = await page.evaluate(() => window.innerHeight);
  for (let i = 0; i < 20; i++) {
    const item = await find(page, label);
    if (item && item.y > top && item.y + item.h < height - 20) return item;
    await page.mouse.move(760, 500);
    await page.mouse.wheel(0, item && item.y <= top ? -300 : 300);
    await nextFrames(page, 3);
  }
  throw new Error(`"${label}" never came into view`);
}

// Clicks a text or number field, replaces its text and presses Enter, as a rep would: the
// typing is one undo step.
export async function typeInto(page, label, text) {
  const item = await reveal(page, label);
  await page.mouse.click(item.x + Math.min(item.w / 2, 40), item.y + item.h / 2);
  await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'keystone-text-input');
  await page.keyboard.press('Control+A', { delay: 30 });
  await page.keyboard.type(text, { delay: 20 });
  await nextFrames(page, 2);
  await page.keyboard.press('Enter', { delay: 30 });
  await nextFrames(page, 2);
}

// What the rep sees, from a screenshot (screen_pixels.mjs): {colours, pixel at (x, y)}.
export async function screenPixels(page, { x = 0, y = 0 } = {}) {
  const base64 = (await page.screenshot()).toString('base64');
  return page.evaluate(measureScreenshotInPage, { base64, x, y });
}

// A screenshot in device pixels (page.screenshot gives CSS pixels under an emulated DPR).
export async function deviceScreenshot(page, name) {
  const { data } = await page.cdp.send('Page.captureScreenshot', { format: 'png' });
  mkdirSync(ARTIFACTS, { recursive: true });
  writeFileSync(join(ARTIFACTS, name), Buffer.from(data, 'base64'));
}

// Waits until the qualification score readout shows `expected`.
export async function waitScore(page, expected) {
  await page.waitForFunction((want) => window.keystone.ui.items()
    .some((i) => i.label === 'Qualification score: ' + want), expected, { timeout: 10000 });
}
