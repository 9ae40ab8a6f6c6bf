// The Competition, Risks, Metrics and Health tabs in real Chromium, driven by clicks on
// labelled widgets: each edit must reach the plan (read back with exportPlan), show up in
// the panel (heat-map counts, the health score) and be undoable.
import { test, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { openBrowser, openApp, click, find, nextFrames, screenshot } from './harness.mjs';

// Each test gets its own browser profile: the app autosaves to IndexedDB, and every test
// should start from the built-in sample, not from what the previous test left behind.
let browser;
beforeEach(async () => { browser = await openBrowser(); });
afterEach(async () => { await browser?.close(); browser = undefined; });

async function plan(page) {
  return page.evaluate(() => JSON.parse(window.keystone.exportPlan(window.keystone.accounts()[0].id)).account);
}

async function items(page) {
  return page.evaluate(() => window.keystone.ui.items());
}

// The open-risk count the heat map shows for a cell, read from the cell's label
// ("Likelihood 5 × Impact 5: 1 open").
async function heatCount(page, likelihood, impact) {
  const prefix = `Likelihood ${likelihood} × Impact ${impact}: `;
  const cell = (await items(page)).find((item) => item.label.startsWith(prefix));
  assert.ok(cell, `heat-map cell ${likelihood}×${impact} is on screen`);
  return Number(cell.label.slice(prefix.length).split(' ')[0]);
}

// The score the Health tab shows, read from the gauge's label ("Health score: 50 (Amber)").
async function healthScore(page) {
  const gauge = (await items(page)).find((item) => item.label.startsWith('Health score: '));
  assert.ok(gauge, 'the health score gauge is on screen');
  const [, score, band] = gauge.label.match(/^Health score: (\d+) \((\w+)\)$/);
  return { score: Number(score), band };
}

// Opens a plan tab. ImGui ignores a press on a tab while another widget was hovered in
// the previous frame, so the pointer arrives first, as a real one would.
async function openTab(page, label) {
  const handle = await page.waitForFunction((l) => window.keystone.ui.find(l), label, { timeout: 10000 });
  const tab = await handle.jsonValue();
  await page.mouse.move(tab.x + tab.w / 2, tab.y + tab.h / 2);
  await nextFrames(page, 2);
  await page.mouse.click(tab.x + tab.w / 2, tab.y + tab.h / 2);
  await nextFrames(page, 2);
}

// Scrolls the tab with the mouse wheel until the widget is fully on screen.
async function reveal(page, label) {
  for (let i = 0; i < 20; i++) {
    const item = await find(page, label);
    const height = page.viewportSize().height;
    if (item && item.y > 280 && item.y + item.h < height - 10) return item;
    await page.mouse.move(760, 600);
    await page.mouse.wheel(0, item && item.y <= 280 ? -150 : 150);
    await nextFrames(page, 3);
  }
  throw new Error(`"${label}" never came into view`);
}

async function typeInto(page, label, text) {
  await reveal(page, label);
  await click(page, label);
  await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'keystone-text-input');
  await page.keyboard.press('Control+A', { delay: 30 });
  await nextFrames(page);
  await page.keyboard.type(text, { delay: 15 });
  await nextFrames(page, 3);
}

// Clicks somewhere neutral so a text field lets go of the keyboard.
async function leaveField(page) {
  await page.mouse.click(1270, 790);
  await nextFrames(page, 2);
}

// The register sits under the heat map: a taller window keeps all its rows on screen.
const TALL = { height: 1000 };

test('a new risk set to likelihood 5 and impact 5 is counted in the top-right heat-map cell, and undo moves it back', async () => {
  const page = await openApp(browser, TALL);
  await openTab(page, 'Risks');
  const before = await plan(page);
  assert.equal(await heatCount(page, 5, 5), 0, 'the sample has no 5×5 risk');
  const cell33 = await heatCount(page, 3, 3);

  await click(page, 'Add risk');
  let risks = (await plan(page)).risks;
  assert.equal(risks.length, before.risks.length + 1);
  const added = risks.find((r) => !before.risks.some((b) => b.id === r.id));
  assert.deepEqual([added.likelihood, added.impact, added.status], [3, 3, 'open'], 'a new risk starts at 3 × 3, open');
  assert.equal(await heatCount(page, 3, 3), cell33 + 1);

  await typeInto(page, '##Risk title', 'Key sponsor retires in March');
  await click(page, '5##likelihood');
  await click(page, '5##impact');
  risks = (await plan(page)).risks;
  const risk = risks.find((r) => r.id === added.id);
  assert.equal(risk.title, 'Key sponsor retires in March');
  assert.deepEqual([risk.likelihood, risk.impact], [5, 5]);
  assert.equal(await heatCount(page, 5, 5), 1);
  assert.equal(await heatCount(page, 3, 3), cell33);

  // The register is sorted by severity: the 25 comes first.
  const rows = (await items(page)).filter((item) => item.fullLabel.endsWith('##row')).sort((a, b) => a.y - b.y);
  assert.equal(rows[0].label, 'Key sponsor retires in March');
  await screenshot(page, 'risks-added.png');

  await click(page, 'Undo');
  assert.equal(await heatCount(page, 5, 5), 0, 'undoing the impact change empties the 5×5 cell');
  assert.equal(await heatCount(page, 5, 3), 1);
  for (let i = 0; i < 3; i++) await click(page, 'Undo');  // likelihood, title, add
  assert.equal((await plan(page)).risks.length, before.risks.length, 'the whole addition is undone');
  assert.equal(await heatCount(page, 3, 3), cell33);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('clicking a heat-map cell filters the register to its open risks and clicking again clears it', async () => {
  const page = await openApp(browser, TALL);
  await openTab(page, 'Risks');
  const rowsShown = async () => (await items(page)).filter((item) => item.fullLabel.endsWith('##row')).length;
  const all = await rowsShown();
  assert.equal(await heatCount(page, 3, 3), 2);
  const cell = (await items(page)).find((item) => item.label.startsWith('Likelihood 3 × Impact 3'));
  await page.mouse.click(cell.x + cell.w / 2, cell.y + cell.h / 2);
  await nextFrames(page, 2);
  assert.equal(await rowsShown(), 2, 'only the two 3×3 risks are listed');
  assert.ok(await find(page, 'Clear filter'));
  await page.mouse.click(cell.x + cell.w / 2, cell.y + cell.h / 2);
  await nextFrames(page, 2);
  assert.equal(await rowsShown(), all);
  await page.close();
});

test('raising an early-warning flag drops the health score by its penalty and undo restores it', async () => {
  const page = await openApp(browser);
  await openTab(page, 'Health');
  const before = await plan(page);
  assert.equal(before.health.decliningUsage, false);
  const start = await healthScore(page);
  assert.ok(start.score >= 10, `score ${start.score} leaves room for the 10-point penalty`);

  await click(page, 'Declining usage');
  const after = await plan(page);
  assert.equal(after.health.decliningUsage, true);
  assert.notEqual(after.health.updated, before.health.updated, 'the edit stamps health.updated');
  const dropped = await healthScore(page);
  assert.equal(dropped.score, start.score - 10, 'declining usage costs 10 points');
  await screenshot(page, 'health-flagged.png');

  await click(page, 'Undo');
  assert.equal((await plan(page)).health.decliningUsage, false);
  assert.deepEqual(await healthScore(page), start);
  assert.equal((await plan(page)).health.updated, before.health.updated, 'undo restores the stamp too');
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('a quarterly reading is added to a metric, a bad value is refused, and undo removes the reading', async () => {
  const page = await openApp(browser);
  await openTab(page, 'Metrics');
  await click(page, 'Weekly active users');
  const metricOf = async () => (await plan(page)).metrics.find((m) => m.name === 'Weekly active users');
  const before = await metricOf();
  assert.equal(before.history.at(-1).quarter, '2026-Q3');

  await typeInto(page, '##Reading value', 'lots');
  await reveal(page, 'Add reading');
  await click(page, 'Add reading');
  assert.equal((await metricOf()).history.length, before.history.length, 'a value that is not a number is refused');
  assert.ok(await find(page, 'Enter a number, like 3200 or 95.5'), 'the refusal says what to type');

  await typeInto(page, '##Reading value', '3,240');
  await leaveField(page);
  await click(page, 'Add reading');
  const after = await metricOf();
  assert.equal(after.history.length, before.history.length + 1);
  assert.deepEqual(after.history.at(-1), { quarter: '2026-Q4', value: 3240 }, 'the suggested quarter follows the latest');
  await screenshot(page, 'metrics-reading.png');

  await click(page, 'Undo');
  assert.deepEqual((await metricOf()).history, before.history);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('a competitor is added, named, marked as a high-threat incumbent, deleted, and restored by undo', async () => {
  const page = await openApp(browser);
  await openTab(page, 'Competition');
  const count = (await plan(page)).competitors.length;

  await click(page, 'Add competitor');
  assert.equal((await plan(page)).competitors.length, count + 1);
  await typeInto(page, '##Competitor name', 'Acme Freight AI');  // the new card is first
  await click(page, 'High##threat');
  await click(page, 'Incumbent');
  let first = (await plan(page)).competitors[0];
  assert.deepEqual([first.name, first.threat, first.incumbent], ['Acme Freight AI', 'high', true]);
  await screenshot(page, 'competition-added.png');

  await click(page, 'Delete');
  const competitors = (await plan(page)).competitors;
  assert.equal(competitors.length, count);
  assert.ok(!competitors.some((c) => c.name === 'Acme Freight AI'));
  await click(page, 'Undo');
  first = (await plan(page)).competitors[0];
  assert.equal(first.name, 'Acme Freight AI', 'undo brings the competitor back in its place');
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('the four panels draw without errors in light and dark themes at DPR 1 and 2', async () => {
  for (const dpr of [1, 2]) {
    const page = await openApp(browser, { dpr });
    for (const theme of ['light', 'dark']) {
      if (theme === 'dark') await click(page, 'Dark theme');
      for (const tab of ['Competition', 'Risks', 'Metrics', 'Health']) {
        await openTab(page, tab);
        await nextFrames(page, 2);
        await screenshot(page, `${tab.toLowerCase()}-${theme}-dpr${dpr}.png`);
      }
    }
    assert.deepEqual(page.problems, []);
    await page.close();
  }
});
