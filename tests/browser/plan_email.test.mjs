// "Email this plan": the system share sheet gets the file where the browser can share
// files; elsewhere a mail draft with a short summary opens and the file is downloaded to
// attach. The encrypted option applies to both.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { openBrowser, openApp, click, screenshot } from './harness.mjs';
import { settle, typeInto } from './plan_file_helpers.mjs';

let browser;
before(async () => { browser = await openBrowser(); });
after(async () => { await browser?.close(); });

// Records mail drafts instead of handing them to a mail app, and (optionally) pretends the
// browser can share files.
async function instrument(page, { canShareFiles }) {
  await page.evaluate((share) => {
    window.__mailto = [];
    const original = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function () {
      if (this.href.startsWith('mailto:')) { window.__mailto.push(this.href); return; }
      return original.call(this);
    };
    if (share) {
      window.__shared = [];
      navigator.canShare = (data) => !!(data && data.files && data.files.length);
      navigator.share = async (data) => {
        window.__shared.push({ title: data.title, text: data.text, files: await Promise.all(data.files.map(async (f) => ({ name: f.name, type: f.type, text: await f.text() }))) });
      };
    } else {
      navigator.canShare = undefined;
    }
  }, canShareFiles);
}

test('without file sharing, a mail draft with a summary opens and the file downloads', async () => {
  const page = await openApp(browser);
  await instrument(page, { canShareFiles: false });
  const id = await page.evaluate(() => window.keystone.accounts()[0].id);
  await click(page, 'Export plan');
  await settle(page);
  const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'Email this plan')]);
  assert.equal(readFileSync(await download.path(), 'utf8'), await page.evaluate((i) => window.keystone.exportPlan(i), id));
  const [url] = await page.evaluate(() => window.__mailto);
  assert.ok(url, 'a mail draft was opened');
  const mail = new URL(url);
  const subject = decodeURIComponent(url.match(/subject=([^&]*)/)[1]);
  const body = decodeURIComponent(url.match(/body=([^&]*)/)[1]);
  assert.equal(mail.protocol, 'mailto:');
  assert.equal(subject, 'Account plan: Northwind Logistics');
  assert.match(body, /Tier: Tier \d/);
  assert.match(body, /ARR: \$[\d,]+/);
  assert.match(body, /Renewal: \d{4}-\d{2}-\d{2}/);
  assert.match(body, /Next steps/);
  assert.ok(body.length < 1500 && !body.includes('"stakeholders"'), 'a summary, never the plan');
  // The notice telling the rep to attach the file (its text is checked in the screenshot).
  await page.waitForFunction(() => window.keystone.ui.find('Dismiss') !== null);
  await screenshot(page, 'email-fallback.png');
  await page.close();
});

test('with file sharing, the share sheet gets the encrypted file and the summary', async () => {
  const page = await openApp(browser);
  await instrument(page, { canShareFiles: true });
  await click(page, 'Export plan');
  await settle(page);
  await click(page, 'Protect with a passphrase');
  await typeInto(page, 'Passphrase', 'blue canyon lantern orbit');
  await typeInto(page, 'Confirm passphrase', 'blue canyon lantern orbit');
  await click(page, 'Email this plan');
  await page.waitForFunction(() => window.__shared.length === 1, null, { timeout: 20000 });
  const [shared] = await page.evaluate(() => window.__shared);
  assert.equal(shared.title, 'Account plan: Northwind Logistics');
  assert.match(shared.text, /passphrase/);
  assert.equal(shared.files.length, 1);
  assert.match(shared.files[0].name, /Northwind Logistics\.keystone\.locked\.json$/);
  const envelope = JSON.parse(shared.files[0].text);
  assert.equal(envelope.format, 'keystone-encrypted-plan');
  assert.ok(!shared.files[0].text.includes('Northwind'));
  assert.deepEqual(await page.evaluate(() => window.__mailto), [], 'no mail draft when sharing worked');
  await page.close();
});

test('a short or mismatched passphrase is refused with a clear message', async () => {
  const page = await openApp(browser);
  await click(page, 'Export plan');
  await settle(page);
  await click(page, 'Protect with a passphrase');
  await typeInto(page, 'Passphrase', 'short');
  await click(page, 'Export');
  await page.waitForFunction(() => window.keystone.ui.find('The passphrase needs at least 8 characters.') !== null);
  await typeInto(page, 'Passphrase', ' but longer now');
  await typeInto(page, 'Confirm passphrase', 'something else');
  await click(page, 'Export');
  await page.waitForFunction(() => window.keystone.ui.items().some((i) => i.label.startsWith('The two passphrases are different')));
  await screenshot(page, 'export-dialog-mismatch.png');
  await click(page, 'Cancel');
  await page.close();
});
