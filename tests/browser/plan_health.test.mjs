// The Competition, Risks, Metrics and Health tabs in real Chromium, driven by clicks on
// labelled widgets: each edit must reach the plan (read back with exportPlan), show up in
// the panel (heat-map counts, the health score) and be undoable.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openBrowser, openApp, click, find, nextFrames, screenshot } from './harness.mjs';

// One browser for the file (its code cache makes each new page load faster). The app
// autosaves to IndexedDB, so a test may see what an earlier one left: every test reads
// the plan first and asserts changes relative to it.
let browser;
before(async () => { browser = await openBrowser(); });
after(async () => { await browser?.close(); });

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
    await page.mouse.wheel(0, item && item.y <= 280 ? -300 : 300);
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

const registerRows = async (page) => (await items(page)).filter((item) => item.fullLabel.endsWith('##row'))
  .sort((a, b) => a.y - b.y);

test('a heat-map cell filters the register; a new 5 × 5 risk is counted in its cell, listed first, and undone', async () => {
  const page = await openApp(browser, TALL);
  await openTab(page, 'Risks');
  const before = await plan(page);
  assert.equal((await registerRows(page)).length, before.risks.length, 'every risk is a row of the register');

  // Clicking a cell shows only its open risks; clicking it again shows all.
  const cell33 = await heatCount(page, 3, 3);
  assert.ok(cell33 > 0, 'the sample has open 3 × 3 risks');
  await click(page, `Likelihood 3 × Impact 3: ${cell33} open`);
  assert.equal((await registerRows(page)).length, cell33, 'only the 3 × 3 risks are listed');
  assert.ok(await find(page, 'Clear filter'));
  await click(page, `Likelihood 3 × Impact 3: ${cell33} open`);
  assert.equal((await registerRows(page)).length, before.risks.length);

  const cell55 = await heatCount(page, 5, 5);
  await click(page, 'Add risk');
  const added = (await plan(page)).risks.find((r) => !before.risks.some((b) => b.id === r.id));
  assert.ok(added, 'Add risk adds a risk to the plan');
  assert.deepEqual([added.likelihood, added.impact, added.status], [3, 3, 'open'], 'a new risk starts at 3 × 3, open');
  assert.equal(await heatCount(page, 3, 3), cell33 + 1);

  await typeInto(page, '##Risk title', 'Sponsor retires');
  // A date that does not exist is kept in the field with a hint and never reaches the plan.
  await typeInto(page, '##Due date', '2027-02-30');
  assert.equal((await plan(page)).risks.find((r) => r.id === added.id).dueDate, '');
  assert.ok(await find(page, 'Use a real date like 2027-01-31'));
  for (let i = 0; i < 2; i++) {
    await page.keyboard.press('Backspace', { delay: 30 });
    await nextFrames(page);
  }
  await page.keyboard.type('28', { delay: 15 });
  await nextFrames(page, 2);
  assert.equal((await plan(page)).risks.find((r) => r.id === added.id).dueDate, '2027-02-28');
  await click(page, '5##likelihood');
  await click(page, '5##impact');
  const risk = (await plan(page)).risks.find((r) => r.id === added.id);
  assert.deepEqual([risk.title, risk.likelihood, risk.impact], ['Sponsor retires', 5, 5]);
  assert.equal(await heatCount(page, 5, 5), cell55 + 1);
  assert.equal(await heatCount(page, 3, 3), cell33);
  assert.equal((await registerRows(page))[0].label, 'Sponsor retires', 'sorted by severity, the 25 comes first');
  await screenshot(page, 'risks-added.png');

  await click(page, 'Undo');
  assert.equal(await heatCount(page, 5, 5), cell55, 'undoing the impact change takes it out of the 5 × 5 cell');
  for (let i = 0; i < 4; i++) await click(page, 'Undo');  // likelihood, due date, title, add
  assert.equal((await plan(page)).risks.length, before.risks.length, 'the whole addition is undone');
  assert.equal(await heatCount(page, 3, 3), cell33);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('toggling an early-warning flag moves the health score by its penalty and undo restores it', async () => {
  const page = await openApp(browser);
  await openTab(page, 'Health');
  const before = await plan(page);
  const raised = before.health.decliningUsage;
  const start = await healthScore(page);

  await click(page, 'Declining usage');
  const after = await plan(page);
  assert.equal(after.health.decliningUsage, !raised);
  assert.notEqual(after.health.updated, before.health.updated, 'the edit stamps health.updated');
  const moved = await healthScore(page);
  // Declining usage costs 10 points (the score cannot go below 0).
  assert.equal(moved.score, raised ? start.score + 10 : Math.max(0, start.score - 10));
  await screenshot(page, 'health-flagged.png');

  await click(page, 'Undo');
  assert.equal((await plan(page)).health.decliningUsage, raised);
  assert.deepEqual(await healthScore(page), start);
  assert.equal((await plan(page)).health.updated, before.health.updated, 'undo restores the stamp too');
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('a quarterly reading is added to a metric, a bad value is refused, and undo removes the reading', async () => {
  const page = await openApp(browser, TALL);
  await openTab(page, 'Metrics');
  await click(page, 'Weekly active users');
  const metricOf = async () => (await plan(page)).metrics.find((m) => m.name === 'Weekly active users');
  const before = await metricOf();
  const [year, q] = before.history.at(-1).quarter.split('-Q').map(Number);
  const next = q === 4 ? `${year + 1}-Q1` : `${year}-Q${q + 1}`;

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
  assert.deepEqual(after.history.at(-1), { quarter: next, value: 3240 }, 'the suggested quarter follows the latest');
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
  await typeInto(page, '##Competitor name', 'Acme AI');  // the new card is first
  await click(page, 'High##threat');
  await click(page, 'Incumbent');
  await typeInto(page, '##strengths', 'Cheap');  // the wrapped text turns into an editor
  await leaveField(page);
  let first = (await plan(page)).competitors[0];
  assert.deepEqual([first.name, first.threat, first.incumbent, first.strengths], ['Acme AI', 'high', true, 'Cheap']);
  await screenshot(page, 'competition-added.png');

  await click(page, 'Delete');
  const competitors = (await plan(page)).competitors;
  assert.equal(competitors.length, count);
  assert.ok(!competitors.some((c) => c.name === 'Acme AI'));
  await click(page, 'Undo');
  first = (await plan(page)).competitors[0];
  assert.equal(first.name, 'Acme AI', 'undo brings the competitor back in its place');
  assert.deepEqual(page.problems, []);
  await page.close();
});

// The other tests leave light-theme shots at DPR 1; this one covers the most custom-drawn
// panels (heat map, gauge and bars) in the dark theme at DPR 2.
test('the risk and health panels draw without errors in the dark theme at DPR 2', async () => {
  const page = await openApp(browser, { dpr: 2 });
  await click(page, 'Dark theme');
  for (const tab of ['Risks', 'Health']) {
    await openTab(page, tab);
    assert.ok(await find(page, { Risks: 'Add risk', Health: 'Declining usage' }[tab]), `the ${tab} panel is drawn`);
    await screenshot(page, `${tab.toLowerCase()}-dark-dpr2.png`);
  }
  assert.deepEqual(page.problems, []);
  await page.close();
});
