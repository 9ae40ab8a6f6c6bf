// The installable, offline app: after one visit it starts with the server gone, and a
// newly deployed build is offered, taken on request, and replaces the old cache.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openBrowser, openApp, waitForApp, waitForController, SITE } from './harness.mjs';

let site;
before(() => {
  site = mkdtempSync(join(tmpdir(), 'keystone-site-'));
  cpSync(SITE, site, { recursive: true });
});
after(() => rmSync(site, { recursive: true, force: true }));

test('after one visit the app starts and saves edits with the server gone', async () => {
  const browser = await openBrowser({ site });
  const requests = [];
  browser.context.on('request', (r) => requests.push(r.url()));
  const page = await openApp(browser);
  await page.reload();  // the second load is the one the worker controls
  await waitForApp(page);
  await waitForController(page);
  await browser.stopServer();
  await page.reload();
  await waitForApp(page);
  assert.ok((await page.evaluate(() => window.keystone.accounts())).length >= 1);
  const origin = new URL(browser.url).origin;
  assert.deepEqual(requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')), [],
    'no request leaves the app\'s own origin');
  await browser.close();
});

test('a new deployment is offered, runs after accepting, and the old cache is removed', async () => {
  const browser = await openBrowser({ site });
  const page = await openApp(browser);
  await waitForController(page);
  const oldCaches = await page.evaluate(() => caches.keys());
  assert.equal(oldCaches.length, 1);

  // Deploy a changed build: different shell bytes and a new build id in the worker.
  const appJs = join(site, 'app.js');
  writeFileSync(appJs, readFileSync(appJs, 'utf8') + '\nwindow.keystoneDeployment = 2;\n');
  const sw = join(site, 'sw.js');
  const oldId = readFileSync(join(site, 'build-id.txt'), 'utf8').trim();
  writeFileSync(sw, readFileSync(sw, 'utf8').replace(oldId, oldId.slice(0, -1) + 'x'));

  await page.evaluate(() => window.keystoneServiceWorker.update());
  await page.waitForSelector('#update-reload', { timeout: 20000 });
  await Promise.all([page.waitForEvent('load', { timeout: 20000 }), page.click('#update-reload')]);
  await waitForApp(page);
  assert.equal(await page.evaluate(() => window.keystoneDeployment), 2, 'the new version runs');
  let names = [];
  for (let i = 0; i < 50; i++) {
    names = await page.evaluate(() => caches.keys());
    if (names.length === 1 && names[0] !== oldCaches[0]) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.equal(names.length, 1, 'only one shell cache is left');
  assert.notEqual(names[0], oldCaches[0], 'the old cache is gone');
  await browser.close();
});
