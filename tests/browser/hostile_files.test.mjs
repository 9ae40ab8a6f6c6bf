// Corrupt and hostile plan files: refused with a clear message and nothing stored changes;
// hostile text in a valid plan is shown as text, never run, and the printable report
// escapes it; and a whole working session makes no request outside the app's own origin.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync, rmSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openBrowser, openApp, click, nextFrames, screenshot, waitForApp, ROOT } from './harness.mjs';
import { settle, typeInto, waitSaved, appState, downloadReport } from './plan_file_helpers.mjs';

const sample = readFileSync(join(ROOT, 'assets', 'sample-plan.keystone.json'), 'utf8');
const HOSTILE_NAME = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">';
const HOSTILE_ID = 'c'.repeat(32);

function planWith(edit) {
  const plan = JSON.parse(sample);
  plan.account.id = HOSTILE_ID;
  edit(plan);
  return JSON.stringify(plan);
}

let browser;
let scratch;
before(async () => {
  browser = await openBrowser();
  scratch = mkdtempSync(join(tmpdir(), 'keystone-hostile-'));
});
after(async () => {
  await browser?.close();
  rmSync(scratch, { recursive: true, force: true });
});

test('corrupt and hostile files are refused with a clear message and stored data is unchanged', async () => {
  const page = await openApp(browser);
  await waitSaved(page);
  const before = await appState(page);
  const cases = [
    ['not JSON', 'this is not a plan {', /Keystone plan|JSON|line/i],
    ['an empty file', '', /empty|Keystone plan|JSON|line/i],
    ['binary bytes', '\u0000\u0001\u0002\u00ff', /Keystone plan|JSON|damaged|line|UTF-8/i],
    ['another JSON format', JSON.stringify({ format: 'something-else', version: 1 }), /Keystone plan|format/i],
    ['wrong format with a script tag', planWith((p) => { p.format = '<script>alert(1)</script>'; }), /Keystone plan|format/i],
    ['a newer plan version', planWith((p) => { p.version = 999; }), /version|newer/i],
    ['100,000 nested lists', '['.repeat(100000), /deep|nest|Keystone plan/i],
    ['100,000 nested objects', '{"a":'.repeat(100000), /deep|nest/i],
    ['nesting inside the plan', planWith((p) => { p.account.unknownExtra = 0; }).replace('"unknownExtra":0', '"unknownExtra":' + '['.repeat(50000)), /deep|nest|JSON/i],
    ['a 5 MB account name', planWith((p) => { p.account.name = 'x'.repeat(5_000_000); }), /long|limit|characters|bytes/i],
    ['a 20 MB string in notes', planWith((p) => { p.account.summary = { business: 'y'.repeat(20_000_000) }; }), /long|limit|bytes/i],
    ['an encrypted envelope that is not one', JSON.stringify({ format: 'keystone-encrypted-plan', version: 1 }), /damaged/i],
  ];
  for (const [what, text, pattern] of cases) {
    const result = await page.evaluate((t) => window.keystone.importPlan(t), text);
    assert.equal(result.ok, false, what);
    assert.match(result.error, pattern, `${what}: ${result.error}`);
    assert.ok(result.error.length < 400, `${what}: the message is short enough to read`);
    assert.doesNotMatch(result.error, /0x[0-9A-F]{2}|minor units|\(at [0-9/]/, `${what}: no programmer's words`);
  }
  await nextFrames(page, 2);
  assert.ok(await page.evaluate(() => window.keystone.ui.find('Dismiss') !== null), 'the rep sees the reason');
  assert.deepEqual(await appState(page), before, 'memory and IndexedDB are unchanged');
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('a hostile file picked or dropped through the UI is refused the same way', async () => {
  const page = await openApp(browser);
  await waitSaved(page);
  const before = await appState(page);
  const path = join(scratch, 'deep.keystone.json');
  writeFileSync(path, '['.repeat(100000));
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, 'Import plan')]);
  await chooser.setFiles(path);
  await page.waitForFunction(() => window.keystone.ui.items().some((i) => i.label === 'Dismiss'));
  // Dropping a file on the window takes the same path.
  await page.evaluate(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File(['not JSON at all'], 'dropped.keystone.json', { type: 'application/json' }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  });
  await nextFrames(page, 4);
  await screenshot(page, 'hostile-refused.png');
  assert.deepEqual(await appState(page), before);
  await page.close();
});

test('a 2 GB file picked or dropped is refused from its size within a second, never read', async () => {
  const page = await openApp(browser);
  await waitSaved(page);
  const before = await appState(page);
  // Sparse: 2 GB on paper, nothing on disk; the browser learns its size without reading it.
  const path = join(scratch, 'huge.keystone.json');
  writeFileSync(path, '');
  truncateSync(path, 2 * 1024 * 1024 * 1024);
  const notices = () => page.evaluate(() => window.keystone.ui.items().filter((i) => i.label === 'Dismiss').length);

  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, 'Import plan')]);
  let started = Date.now();
  await chooser.setFiles(path);
  await page.waitForFunction(() => window.keystone.ui.items().some((i) => i.label === 'Dismiss'), null, { timeout: 5000 });
  assert.ok(Date.now() - started < 1000, `picked: refused in ${Date.now() - started} ms`);
  const shown = await notices();

  // Dropped: the same File object (from a file input) in a drop event.
  await page.evaluate(() => {
    const input = document.createElement('input');
    input.type = 'file';
    input.id = 'huge-file-probe';
    document.body.appendChild(input);
  });
  await page.setInputFiles('#huge-file-probe', path);
  started = Date.now();
  const message = await page.evaluate(() => {
    const file = document.getElementById('huge-file-probe').files[0];
    const transfer = new DataTransfer();
    transfer.items.add(file);
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    return window.keystoneFiles.refusal(file);
  });
  assert.equal(message, 'This file is 2.0 GB; Keystone opens plan and contact files up to 200 MB.');
  await page.waitForFunction((n) => window.keystone.ui.items().filter((i) => i.label === 'Dismiss').length > n, shown, { timeout: 5000 });
  assert.ok(Date.now() - started < 1000, `dropped: refused in ${Date.now() - started} ms`);

  // The page stays responsive: input still wakes the app and it draws.
  const frame = (await page.evaluate(() => window.keystone.ui.frame())).frame;
  await page.mouse.move(400, 300);
  await page.mouse.move(420, 320);
  await page.waitForFunction((f) => window.keystone.ui.frame().frame > f, frame, { timeout: 5000 });
  assert.deepEqual(await appState(page), before, 'nothing was imported or stored');
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('script tags in names are imported as text, shown safely, and escaped in the report', async () => {
  const page = await openApp(browser);
  await page.evaluate(() => { window.__pwned = 0; });
  const result = await page.evaluate((t) => window.keystone.importPlan(t), planWith((p) => {
    p.account.name = HOSTILE_NAME;
    if (p.account.stakeholders?.[0]) p.account.stakeholders[0].name = '<img src=x onerror=alert(1)>';
  }));
  assert.equal(result.ok, true, result.error);
  await nextFrames(page, 4);
  await screenshot(page, 'hostile-name-shown.png');
  assert.equal((await page.evaluate(() => window.keystone.accounts())).find((a) => a.id === HOSTILE_ID).name, HOSTILE_NAME);
  assert.ok(await page.evaluate((n) => window.keystone.ui.items().some((i) => i.label.includes(n)), '<script>window.__pwned=1</script>'),
    'the name is drawn as text');
  assert.equal(await page.evaluate(() => document.querySelectorAll('img, iframe, object, embed').length), 0, 'nothing reached the DOM');
  const { html } = await downloadReport(page);
  assert.ok(html.includes('&lt;script&gt;window.__pwned=1&lt;/script&gt;'), 'the name is escaped in the report');
  assert.ok(!/<script/i.test(html) && !/<img/i.test(html), 'no live markup in the report');
  assert.ok(html.includes('&lt;img src=x onerror='), 'hostile attributes stay text');
  // Export is a download named after the account with the unsafe characters replaced.
  await click(page, 'Export plan');
  await settle(page);
  const [file] = await Promise.all([page.waitForEvent('download'), click(page, 'Export')]);
  assert.ok(!/[<>"/\\]/.test(file.suggestedFilename()), file.suggestedFilename());
  assert.equal(await page.evaluate(() => window.__pwned), 0, 'no hostile script ran');
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('a whole session makes no request outside the app\'s own origin', async () => {
  const requests = [];
  const onRequest = (r) => requests.push(r.url());
  browser.context.on('request', onRequest);
  try {
    const page = await openApp(browser);
    await page.reload();  // the service worker controls this load
    await waitForApp(page);
    await waitSaved(page);
    await typeInto(page, 'Account name', ' EMEA');
    await waitSaved(page);
    await click(page, 'Export plan');
    await settle(page);
    await Promise.all([page.waitForEvent('download'), click(page, 'Export')]);
    await click(page, 'Print report');  // the report loads into the print frame
    await page.waitForFunction(() => document.querySelector('iframe')?.contentDocument?.querySelector('h1'));
    await downloadReport(page);
    await click(page, 'Qualification');
    await click(page, 'Stakeholders');
    await nextFrames(page, 4);
    await page.close();
  } finally {
    browser.context.off('request', onRequest);
  }
  const origin = new URL(browser.url).origin;
  assert.ok(requests.length > 3, 'requests were recorded');
  const foreign = requests.filter((url) => !url.startsWith(origin + '/') && !url.startsWith('blob:' + origin) && !url.startsWith('data:'));
  assert.deepEqual(foreign, [], 'every request stays on the app\'s own origin');
});
