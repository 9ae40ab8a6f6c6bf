// Names in every script, in the browser: a plan in Chinese, Japanese, Korean, Cyrillic, Greek,
// Vietnamese and accented Latin draws with no fallback glyph on any tab or in the org chart;
// its CJK fonts come from the site only when needed and work offline afterwards; an IME
// composes into a field; the SVG export and the report carry the names verbatim.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openBrowser, openApp, waitForApp, click, nextFrames, screenshot, waitSaved, waitForController, SITE } from './harness.mjs';
import { corpusPlan } from './cjk_plan.mjs';
import { downloadReport } from './plan_file_helpers.mjs';
import { ACCOUNT_TABS as TABS } from './account_tabs.mjs';


let site;  // a copy: the offline cases stop its server
before(() => {
  site = mkdtempSync(join(tmpdir(), 'keystone-cjk-site-'));
  cpSync(SITE, site, { recursive: true });
});
after(() => rmSync(site, { recursive: true, force: true }));

async function importCorpus(page) {
  const sample = await page.evaluate(() => window.keystone.exportPlan(window.keystone.accounts()[0].id));
  const result = await page.evaluate((text) => window.keystone.importPlan(text), corpusPlan(sample));
  assert.equal(result.ok, true, result.error);
  return result.accountId;
}

// Waits until every font asked for has arrived (or failed) and the atlas was rebuilt with it;
// a pointer move makes the frames that rebuild it.
async function fontsSettled(page) {
  await page.waitForFunction(() => {
    const fonts = window.keystone.ui.fonts();
    return fonts.settled;
  }, null, { timeout: 30000, polling: 100 });
  await page.mouse.move(5, 795);
  await nextFrames(page, 2);
}

test('a plan in every script draws on every tab and in the org chart with no missing glyph', async () => {
  const browser = await openBrowser({ site });
  const fontRequests = [];
  browser.context.on('request', (r) => { if (r.url().includes('/fonts/cjk/')) fontRequests.push(r.url()); });
  const page = await openApp(browser);
  assert.equal(fontRequests.length, 0, 'a Latin-only portfolio fetches no CJK font');

  await importCorpus(page);
  await fontsSettled(page);
  const fonts = await page.evaluate(() => window.keystone.ui.fonts());
  assert.ok(fonts.slicesLoaded > 0 && fonts.offline.length === 0, JSON.stringify(fonts));
  // The page's fetch and the service worker's fetch behind it are both reported: count files.
  const fontFiles = new Set(fontRequests).size;
  assert.ok(fontFiles < 40, `${fontFiles} font files for a handful of names`);

  await page.evaluate(() => window.keystone.ui.missingGlyphs());  // drawn before the fonts came
  const missing = {};
  for (const tab of TABS) {
    await click(page, tab);
    await nextFrames(page, 2);
    const codePoints = await page.evaluate(() => window.keystone.ui.missingGlyphs());
    if (codePoints.length) missing[tab] = codePoints.map((cp) => String.fromCodePoint(cp)).join('');
  }
  await click(page, 'Fit to view');
  await nextFrames(page, 2);
  await screenshot(page, 'cjk-org-chart.png');
  const chartMissing = await page.evaluate(() => window.keystone.ui.missingGlyphs());
  if (chartMissing.length) missing['org chart'] = chartMissing.map((cp) => String.fromCodePoint(cp)).join('');
  assert.deepEqual(missing, {});
  assert.deepEqual(page.problems, []);
  await browser.close();
});

test('the SVG chart carries every name verbatim, the report its account, objectives and key people; the PNG is made', async () => {
  const browser = await openBrowser({ site });
  const page = await openApp(browser);
  await importCorpus(page);
  await fontsSettled(page);
  await click(page, 'Stakeholders');
  const [svgDownload] = await Promise.all([page.waitForEvent('download'), click(page, 'Export chart as SVG')]);
  const svg = readFileSync(await svgDownload.path(), 'utf8');
  const names = JSON.parse(corpusPlan(await page.evaluate(() => window.keystone.exportPlan(window.keystone.accounts()[0].id))))
    .account.stakeholders.map((s) => s.name);
  for (const name of names.filter((n) => n.length < 24)) assert.ok(svg.includes(name), `SVG lacks ${name}`);
  assert.ok(svg.includes('山田 太郎') && svg.includes('김민준') && svg.includes('王伟'));

  const [pngDownload] = await Promise.all([page.waitForEvent('download'), click(page, 'Export chart as PNG')]);
  const png = readFileSync(await pngDownload.path());
  assert.equal(png.subarray(1, 4).toString(), 'PNG');

  // The one-page report names the account, the objectives and the key people.
  const { html } = await downloadReport(page);
  const plan = JSON.parse(await page.evaluate(() => window.keystone.exportPlan(window.keystone.accounts()[0].id)));
  const account = JSON.parse(corpusPlan(JSON.stringify(plan))).account;
  assert.ok(html.includes('株式会社山田 · 삼성 · 华为 · Đà Nẵng'), 'report lacks the account name');
  for (const objective of account.objectives) assert.ok(html.includes(objective.title), `report lacks ${objective.title}`);
  const keyPeople = [...html.matchAll(/<li><div class="row"><span class="name">([^<]*)<\/span><span class="chip [a-z-]+">(Champion|Supporter|Neutral|Skeptic|Opponent)</g)]
    .map((m) => m[1]);
  assert.equal(keyPeople.length, 4, html);
  for (const name of keyPeople) assert.ok(account.stakeholders.some((s) => s.name === name), `${name} is not a stakeholder`);
  await browser.close();
});

test('an input method composes 北京, にほんご and 한국어 into a field, each once', async () => {
  const browser = await openBrowser({ site });
  const page = await openApp(browser);
  const accountId = await importCorpus(page);
  await fontsSettled(page);
  await click(page, 'Overview');
  await click(page, 'Account name');
  await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'keystone-text-input');
  await page.keyboard.press('End');
  await nextFrames(page, 2);
  const before = (await page.evaluate(() => window.keystone.accounts())).find((a) => a.id === accountId).name;

  // Each word as an IME makes it: a composition that changes, then one commit.
  const compositions = [
    ['bei', 'běi', '北', '北京'],
    ['に', 'にほ', 'にほん', 'にほんご'],
    ['ㅎ', '하', '한', '한ㄱ', '한구', '한국', '한국ㅇ', '한국어'],
  ];
  for (const steps of compositions) {
    for (const text of steps) {
      await page.cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
      await nextFrames(page, 1);
    }
    const shown = await page.evaluate(() => {
      const input = document.getElementById('keystone-text-input');
      return { composing: input.classList.contains('composing'), text: input.value };
    });
    assert.deepEqual(shown, { composing: true, text: steps[steps.length - 1] }, 'the composition shows while composing');
    await page.cdp.send('Input.insertText', { text: steps[steps.length - 1] });
    await nextFrames(page, 2);
    assert.equal(await page.evaluate(() => document.getElementById('keystone-text-input').classList.contains('composing')), false);
  }
  await page.keyboard.press('Enter');
  await nextFrames(page, 2);
  const after = (await page.evaluate(() => window.keystone.accounts())).find((a) => a.id === accountId).name;
  assert.equal(after, before + '北京にほんご한국어');
  await fontsSettled(page);
  await page.evaluate(() => window.keystone.ui.missingGlyphs());
  await nextFrames(page, 2);
  await page.mouse.move(10, 10);
  await nextFrames(page, 2);
  assert.deepEqual(await page.evaluate(() => window.keystone.ui.missingGlyphs()), []);
  await browser.close();
});

test('offline: fonts fetched once still draw after a reload; never-fetched ones are named', async () => {
  const browser = await openBrowser({ site });
  const page = await openApp(browser);
  await page.reload();  // the second load is the one the service worker controls
  await waitForApp(page);
  await waitForController(page);
  await importCorpus(page);
  await fontsSettled(page);
  await waitSaved(page);
  await browser.stopServer();
  await page.reload();
  await waitForApp(page);
  await fontsSettled(page);
  const fonts = await page.evaluate(() => window.keystone.ui.fonts());
  assert.deepEqual(fonts.offline, [], 'every font the plan needs came from the cache');
  assert.ok(fonts.slicesLoaded > 0);
  await click(page, 'Stakeholders');
  await page.evaluate(() => window.keystone.ui.missingGlyphs());
  await page.mouse.move(640, 500);
  await nextFrames(page, 2);
  assert.deepEqual(await page.evaluate(() => window.keystone.ui.missingGlyphs()), []);

  // Characters whose font was never fetched: the app says which font it needs.
  const extra = JSON.parse(corpusPlan(await page.evaluate(() => window.keystone.exportPlan(window.keystone.accounts()[0].id)),
    { id: 'd8d8d8d8d8d8d8d8d8d8d8d8d8d8d8d8' }));
  extra.account.name = '驫 뷁';  // rare: in files the first plan did not need
  await page.evaluate((text) => window.keystone.importPlan(text), JSON.stringify(extra));
  await fontsSettled(page);
  const offline = (await page.evaluate(() => window.keystone.ui.fonts())).offline;
  assert.ok(offline.includes('Korean'), JSON.stringify(offline));  // 뷁 is past KS X 1001's 2,350
  await browser.close();
});
