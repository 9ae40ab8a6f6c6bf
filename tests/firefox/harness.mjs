// Firefox ESR for the tests: the same loopback server over build/web/site as
// tests/browser, Debian's /usr/bin/firefox-esr driven by puppeteer-core over WebDriver BiDi
// (Playwright's Firefox needs a patched build; no browser is ever downloaded), and helpers
// that find ImGui widgets by label through window.keystone.ui and use the real mouse and
// keyboard.
//
// Headless Firefox has no WebGL 2 on this machine, so it runs headful on a virtual display
// with Mesa's software GL: `xvfb-run -a env LIBGL_ALWAYS_SOFTWARE=1 node --test tests/firefox/`.
import puppeteer from 'puppeteer-core';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../scripts/serve.mjs';
import { shiftPageClock, checkedTestClock, TEST_NOW } from '../browser/fixed_clock.mjs';
import { measureScreenshotInPage } from '../browser/screen_pixels.mjs';

export { TEST_NOW, TEST_TODAY } from '../browser/fixed_clock.mjs';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SITE = process.env.KEYSTONE_SITE || join(ROOT, 'build', 'web', 'site');
export const ARTIFACTS = process.env.KEYSTONE_ARTIFACTS || join(ROOT, 'build', 'test-artifacts');
export const FIREFOX = process.env.KEYSTONE_FIREFOX || '/usr/bin/firefox-esr';

// Software GL is slow on a loaded machine: generous limits, with messages saying what was
// awaited when one runs out.
const START_TIMEOUT = 90000;
const STEP_TIMEOUT = 20000;

// One Firefox with a fresh profile at default settings (nothing pre-granted: the storage
// persistence prompt stays a prompt; only the Downloads panel is kept shut), serving `site` on a free loopback port. Pages live in
// one browser context whose downloads go to `downloads` (a fresh folder).
//
// `storagePrompt: 'deny'` answers the persistent-storage prompt as a rep who dismissed it
// (Firefox's own test prefs): the prompt's panel takes the keyboard from the page while it
// is open, so tests that type need it answered.
export async function openFirefox({ site = SITE, now = TEST_NOW, storagePrompt } = {}) {
  if (!existsSync(FIREFOX)) throw new Error(`${FIREFOX} is missing: run ./scripts/setup (Debian's firefox-esr)`);
  if (!existsSync(join(site, 'index.html'))) throw new Error(`${site} has no build: run ./scripts/build web`);
  if (!process.env.DISPLAY) {
    throw new Error('no X display: run under xvfb-run -a (headless Firefox has no WebGL 2 here)');
  }
  const clock = checkedTestClock(now);
  const server = await startServer(site, 0);
  const url = `http://127.0.0.1:${server.address().port}/`;
  const profile = mkdtempSync(join(tmpdir(), 'keystone-firefox-'));
  const downloads = mkdtempSync(join(tmpdir(), 'keystone-firefox-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox', protocol: 'webDriverBiDi', executablePath: FIREFOX,
    headless: false, userDataDir: profile, defaultViewport: { width: 1280, height: 800 },
    args: ['--width=1300', '--height=960'], timeout: START_TIMEOUT, protocolTimeout: 180000,
    // The one change to Firefox's defaults: its Downloads panel opens over the page after
    // each download and swallows the next click, which a rep makes by hand but a test cannot.
    extraPrefsFirefox: {
      'browser.download.alwaysOpenPanel': false,
      ...(storagePrompt === 'deny'
        ? { 'browser.storageManager.prompt.testing': true, 'browser.storageManager.prompt.testing.allow': false } : {}),
    },
  });
  if (process.env.KEYSTONE_DEBUG_BIDI) {
    browser.connection.on('input.fileDialogOpened', (e) => console.log('# fileDialogOpened', JSON.stringify(e)));
  }
  let context;
  try {
    context = await browser.createBrowserContext({ downloadBehavior: { policy: 'allow', downloadPath: downloads } });
  } catch (e) {
    await browser.close();
    throw e;
  }
  return {
    url, browser, context, server, site, downloads, clock,
    // Stops serving, as if the network were gone; the browser stays open.
    async stopServer() {
      server.closeAllConnections?.();
      await new Promise((ok) => server.close(ok));
    },
    async close() {
      await browser.close().catch(() => {});
      if (server.listening) await new Promise((ok) => server.close(ok));
      rmSync(profile, { recursive: true, force: true });
      rmSync(downloads, { recursive: true, force: true });
    },
  };
}

// Opens the app in a new page on the test clock and waits for keystone.ready. Console
// errors and page errors are collected in page.problems.
export async function openApp(firefox) {
  const page = await firefox.context.newPage();
  page.setDefaultTimeout(STEP_TIMEOUT);
  const problems = [];
  page.on('console', (msg) => { if (msg.type() === 'error') problems.push(msg.text()); });
  page.on('pageerror', (err) => problems.push(String(err)));
  page.problems = problems;
  await page.evaluateOnNewDocument(shiftPageClock, firefox.clock);
  await page.goto(firefox.url);
  await waitForApp(page);
  return page;
}

// Resolves once the app has drawn its first frame with the saved plans loaded, or fails with
// what the page shows instead (the loading or error screen).
export async function waitForApp(page) {
  try {
    // puppeteer awaits a promise the predicate returns, so ask only whether it exists.
    await page.waitForFunction(() => !!(window.keystone && window.keystone.ready), { timeout: START_TIMEOUT, polling: 100 });
    await page.evaluate(() => Promise.race([
      window.keystone.ready,
      new Promise((resolve, reject) => setTimeout(() => reject(new Error('keystone.ready did not resolve')), 90000)),
    ]));
  } catch (e) {
    const shown = await page.evaluate(() => {
      const status = document.getElementById('status');
      return status ? `${status.className}: ${status.textContent.replace(/\s+/g, ' ').trim()}` : 'no status element';
    }).catch(() => 'page unreadable');
    throw new Error(`Keystone did not start in Firefox (${e.message}); the page shows "${shown}"; ` +
      `page errors: ${JSON.stringify(page.problems || [])}`);
  }
}

// Waits until the app has reacted to what was sent: `count` more frames, or sooner when it
// has nothing left to draw (it draws only when something changes).
export async function nextFrames(page, count = 2) {
  const start = await page.evaluate(() => window.keystone.ui.frame().frame);
  await page.waitForFunction((target) => {
    const frame = window.keystone.ui.frame();
    return frame.frame >= target || frame.idle;
  }, { polling: 30 }, start + count);
}

// Dialogs are auto-sized: their first frame is laid out hidden, so let them settle before
// clicking by position.
export async function settle(page) { await nextFrames(page, 3); }

export async function find(page, label) {
  return page.evaluate((l) => window.keystone.ui.find(l), label);
}

// Waits until a widget with this label is on screen.
export async function waitFor(page, label, timeout = STEP_TIMEOUT) {
  try {
    const handle = await page.waitForFunction((l) => window.keystone.ui.find(l), { timeout, polling: 50 }, label);
    return await handle.jsonValue();
  } catch (e) {
    const labels = await page.evaluate(() => window.keystone.ui.items().map((i) => i.label)).catch(() => []);
    throw new Error(`no widget "${label}" on screen after ${timeout} ms; visible: ${JSON.stringify(labels.slice(0, 60))}`);
  }
}

// The frame counter now, to wait for the app to take in an input sent after it.
const frameNow = (page) => page.evaluate(() => window.keystone.ui.frame().frame);

// Waits until the app has drawn at least one UI pass after `start` (an input was sent since),
// then until it settles. Without the first step an app still idle from before the input
// would look finished before it had seen it. An input that reaches nothing may draw no pass:
// after 5 s that counts as taken in.
async function tookInput(page, start, count = 2) {
  await page.waitForFunction((s) => window.keystone.ui.frame().frame > s, { timeout: 5000, polling: 20 }, start)
    .catch(() => {});
  await nextFrames(page, count);
}

// Clicks a widget's centre with the real mouse, hovering it for a frame first (ImGui only
// takes a press on the item hovered last frame).
export async function click(page, label) {
  const item = await waitFor(page, label);
  const x = item.x + item.w / 2, y = item.y + item.h / 2;
  let start = await frameNow(page);
  await page.mouse.move(x, y);
  await tookInput(page, start, 1);
  // Press and release in separate frames, as a hand does.
  start = await frameNow(page);
  await page.mouse.down();
  await tookInput(page, start, 1);
  start = await frameNow(page);
  await page.mouse.up();
  await tookInput(page, start);
  return item;
}

// Keys typed into the focused field, waiting until the app has taken them in.
export async function typeKeys(page, text, delay = 10) {
  const start = await frameNow(page);
  await page.keyboard.type(text, { delay });
  await tookInput(page, start);
}

// Clicks a text field and waits for the browser's text input to take the keys.
export async function focusField(page, label) {
  await settle(page);
  const clicked = await click(page, label);
  await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'keystone-text-input',
    { polling: 50 }).catch(async () => {
    // Where the field was clicked and where it is now, and what has the app's focus: a
    // field that moved after it was found, or a click that went elsewhere, shows here.
    const where = await page.evaluate((l) => {
      const items = window.keystone.ui.items();
      const field = items.find((i) => i.label === l);
      const focused = items.find((i) => i.focused);
      return `focus on ${document.activeElement?.id || document.activeElement?.tagName}, page focused: ` +
        `${document.hasFocus()}, field now at ${field ? `${field.x},${field.y} ${field.w}x${field.h}` : 'gone'}, ` +
        `app focus on ${focused ? focused.label : 'nothing'}, frame ${JSON.stringify(window.keystone.ui.frame())}`;
    }, label);
    throw new Error(`clicking "${label}" at ${clicked.x},${clicked.y} ${clicked.w}x${clicked.h} did not give it the keyboard (${where})`);
  });
}

// Replaces a field's text as a rep would: select all, type, Enter.
export async function replaceText(page, label, text) {
  await focusField(page, label);
  await page.keyboard.down('Control');
  await page.keyboard.press('a');
  await page.keyboard.up('Control');
  await nextFrames(page, 2);
  await page.keyboard.type(text, { delay: 15 });
  await nextFrames(page, 2);
  await page.keyboard.press('Enter');
  await nextFrames(page, 2);
}

// Types into a field without Enter (passphrase fields).
export async function typeInto(page, label, text) {
  await focusField(page, label);
  await typeKeys(page, text, 5);
}

// Waits until the save indicator says everything is stored.
export async function waitSaved(page, timeout = STEP_TIMEOUT) {
  await page.waitForFunction(() => window.keystone.ui.find('Saved') !== null, { timeout, polling: 100 })
    .catch(() => { throw new Error(`the top bar did not say "Saved" within ${timeout} ms`); });
}

export async function screenshot(page, name) {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, name);
  await page.screenshot({ path });
  return path;
}

// What the rep sees, from a screenshot decoded in the page: the number of distinct colours
// over a 7-pixel grid (a blank or single-colour canvas has one or two).
export async function screenColours(page) {
  const base64 = await page.screenshot({ encoding: 'base64' });
  return (await page.evaluate(measureScreenshotInPage, { base64 })).colours;
}

// Waits for one finished download in the browser's download folder whose name matches, and
// returns {name, text}. Firefox writes "<name>.part" first and renames it when done.
export async function waitForDownload(firefox, pattern, { since = new Set(), timeout = STEP_TIMEOUT } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const names = readdirSync(firefox.downloads).filter((n) => !since.has(n) && pattern.test(n) && !n.endsWith('.part'));
    const partial = readdirSync(firefox.downloads).some((n) => n.endsWith('.part'));
    if (names.length > 0 && !partial) {
      return { name: names[0], text: readFileSync(join(firefox.downloads, names[0]), 'utf8') };
    }
    if (Date.now() > deadline) {
      throw new Error(`no download matching ${pattern} within ${timeout} ms; the folder has ${JSON.stringify(readdirSync(firefox.downloads))}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

export function downloadedNames(firefox) { return new Set(readdirSync(firefox.downloads)); }
