// The plan sections in real Chromium, driven by clicks on labelled widgets: objectives
// and actions, the opportunity stage gate with its exit-criteria modal, the weighted
// pipeline, and the whitespace matrix with undo.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openBrowser, openApp, find, nextFrames, screenshot } from './harness.mjs';

// Each test gets its own browser profile: the app autosaves the plan on the device, so a
// shared profile would carry one test's edits into the next.
async function withApp(run) {
  const browser = await openBrowser();
  try {
    const page = await openApp(browser);
    await run(page);
    assert.deepEqual(page.problems, [], 'no console errors');
  } finally {
    await browser.close();
  }
}

// A deliberate click: hover first, then press and release on separate frames, so ImGui
// sees the hover before the press whatever widget was under the mouse before.
async function press(page, label) {
  const handle = await page.waitForFunction((l) => window.keystone.ui.find(l), label, { timeout: 10000 });
  const item = await handle.jsonValue();
  await clickItem(page, item);
  return item;
}

// The last item whose full label is exactly `fullLabel` (e.g. the newest action's title).
async function lastItem(page, fullLabel) {
  return page.evaluate((l) => window.keystone.ui.items().filter((i) => i.fullLabel === l).pop() || null, fullLabel);
}

async function clickItem(page, item) {
  assert.ok(item, 'the widget is on screen');
  await page.mouse.move(item.x + item.w / 2, item.y + item.h / 2);
  await nextFrames(page, 1);
  await page.mouse.down();
  await nextFrames(page, 1);
  await page.mouse.up();
  await nextFrames(page, 2);
}

// Holds a key chord down across a frame: ImGui 1.86 samples key state once per frame.
async function chord(page, ...keys) {
  for (const key of keys) await page.keyboard.down(key);
  await nextFrames(page, 1);
  for (const key of keys.reverse()) await page.keyboard.up(key);
  await nextFrames(page, 1);
}

// Replaces the text of a field: click it, select all, then enter the text the way an input
// method does (one input event), which is also what keeps these tests quick.
async function typeInto(page, item, text) {
  await clickItem(page, item);
  await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'keystone-text-input');
  await chord(page, 'Control', 'a');
  await page.keyboard.insertText(text);
  await nextFrames(page, 2);
}

async function plan(page) {
  return page.evaluate(() => {
    const account = window.keystone.accounts()[0];
    return JSON.parse(window.keystone.exportPlan(account.id)).account;
  });
}

async function readout(page, prefix) {
  return page.evaluate((p) => {
    const item = window.keystone.ui.items().find((i) => i.label.startsWith(p));
    return item ? item.label : null;
  }, prefix);
}

const dollars = (text) => Number(text.replace(/[^0-9.]/g, ''));
const deal = (account, name) => account.opportunities.find((o) => o.name === name);

test('adding an objective and an action puts both in the exported plan, overdue flagged', () => withApp(async (page) => {
  await press(page, 'Plan');
  const before = (await plan(page)).objectives.length;
  await press(page, 'Add objective');
  await typeInto(page, await find(page, '##Objective title'), 'Win the APAC rollout');
  await press(page, 'Add action');
  await typeInto(page, await lastItem(page, '##action-title'), 'Book the APAC kickoff');
  let account = await plan(page);
  assert.equal(account.objectives.length, before + 1);
  const objective = account.objectives.at(-1);
  assert.equal(objective.title, 'Win the APAC rollout');
  assert.equal(objective.actions.length, 1);
  assert.equal(objective.actions[0].title, 'Book the APAC kickoff');
  assert.equal(objective.actions[0].status, 'not-started');
  assert.match(objective.actions[0].dueDate, /^\d{4}-\d{2}-\d{2}$/);

  // A due date in the past makes the action overdue; a half-typed date never reaches the plan.
  assert.equal(await readout(page, 'Overdue actions:'), null);
  await typeInto(page, await lastItem(page, '##action-due'), '2020-01-15');
  account = await plan(page);
  assert.equal(account.objectives.at(-1).actions[0].dueDate, '2020-01-15');
  assert.equal(await readout(page, 'Overdue actions:'), 'Overdue actions: 1');
  await screenshot(page, 'plan-objective-added.png');
  await typeInto(page, await lastItem(page, '##action-due'), '2027-13-01');
  assert.equal((await plan(page)).objectives.at(-1).actions[0].dueDate, '2020-01-15',
    'a date with month 13 never reaches the plan');

  // Deleting the action is one undo step away from coming back.
  await clickItem(page, await lastItem(page, 'Delete##action'));
  assert.equal((await plan(page)).objectives.at(-1).actions.length, 0);
  await press(page, 'Undo');
  assert.equal((await plan(page)).objectives.at(-1).actions[0].title, 'Book the APAC kickoff');
}));

test('moving a deal forward past unmet exit criteria asks first; Cancel keeps the stage', () => withApp(async (page) => {
  await press(page, 'Opportunities');
  await press(page, 'Warehouse Analytics Pilot');
  assert.equal(deal(await plan(page), 'Warehouse Analytics Pilot').stage, 'solution-design');
  await press(page, 'Evaluation');
  assert.ok(await find(page, 'Move anyway'), 'the confirmation modal is open');
  assert.equal(await readout(page, 'Move to '), 'Move to Evaluation with 4 unmet exit criteria?');
  await screenshot(page, 'opportunity-stage-modal.png');
  await press(page, 'Cancel');
  assert.equal(await find(page, 'Move anyway'), null, 'the modal closed');
  assert.equal(deal(await plan(page), 'Warehouse Analytics Pilot').stage, 'solution-design');

  await press(page, 'Evaluation');
  await press(page, 'Move anyway');
  const moved = deal(await plan(page), 'Warehouse Analytics Pilot');
  assert.equal(moved.stage, 'evaluation');
  assert.equal(moved.probabilityPct, 40, 'the default probability follows the stage');

  // Moving backward never asks.
  await press(page, 'Discovery');
  assert.equal(await find(page, 'Move anyway'), null);
  assert.equal(deal(await plan(page), 'Warehouse Analytics Pilot').stage, 'discovery');
}));

test('with every exit criterion ticked the deal moves on without a modal', () => withApp(async (page) => {
  await press(page, 'Opportunities');
  await press(page, 'Customs Data Feed Integration');
  for (const label of ['Business pain confirmed by the customer', 'Economic buyer and champion identified',
    'Budget range and decision timeline known', "Success metrics agreed in the customer's words"]) {
    await press(page, label);
  }
  const ticked = deal(await plan(page), 'Customs Data Feed Integration').completedExitCriteria;
  assert.deepEqual(ticked, ['discovery.pain-confirmed', 'discovery.buyer-identified',
    'discovery.budget-timeline', 'discovery.success-metrics']);
  await press(page, 'Solution design');
  assert.equal(await find(page, 'Move anyway'), null, 'no confirmation needed');
  assert.equal(deal(await plan(page), 'Customs Data Feed Integration').stage, 'solution-design');
}));

test('the weighted pipeline figure follows a change of probability', () => withApp(async (page) => {
  await press(page, 'Opportunities');
  await press(page, 'Customs Data Feed Integration');
  const before = await readout(page, 'Weighted pipeline:');
  assert.equal(before, 'Weighted pipeline: $670,500');
  const slider = await find(page, '##Probability');
  await page.mouse.click(slider.x + slider.w * 0.8, slider.y + slider.h / 2, { delay: 40 });
  await nextFrames(page, 3);
  const account = await plan(page);
  const probability = deal(account, 'Customs Data Feed Integration').probabilityPct;
  assert.ok(probability > 50, `probability moved up (now ${probability}%)`);
  const after = await readout(page, 'Weighted pipeline:');
  assert.equal(dollars(after) - dollars(before), 95000 * (probability - 10) / 100);
  await screenshot(page, 'opportunity-probability.png');
  await press(page, 'Undo');
  assert.equal(await readout(page, 'Weighted pipeline:'), before);
}));

test('a whitespace cell status change is exported and undo restores it', () => withApp(async (page) => {
  await press(page, 'Whitespace');
  const cellOf = (account) => account.whitespace.cells.find(
    (c) => c.businessUnit === 'Contract Logistics' && c.offering === 'Route Optimization');
  const start = await plan(page);
  assert.equal(cellOf(start), undefined, 'an unset cell is plain whitespace');
  await press(page, 'Cell Contract Logistics / Route Optimization');
  await press(page, 'In pipeline##status');
  let account = await plan(page);
  assert.equal(cellOf(account).status, 'in-pipeline');
  assert.notEqual(account.whitespace.updated, start.whitespace.updated, 'the matrix is stamped');
  await screenshot(page, 'whitespace-cell-popup.png');
  await press(page, 'Done');
  await press(page, 'Undo');
  account = await plan(page);
  assert.equal(cellOf(account), undefined);
  assert.equal(account.whitespace.updated, start.whitespace.updated);

  // A new business unit becomes a row; its cells count as whitespace.
  await press(page, 'Add business unit');
  await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'keystone-text-input');
  await page.keyboard.insertText('Cold Chain');
  await nextFrames(page, 2);
  await press(page, 'Add');
  account = await plan(page);
  assert.deepEqual(account.whitespace.businessUnits.at(-1), 'Cold Chain');
  assert.ok(await find(page, 'Cell Cold Chain / Control Tower'));
}));
