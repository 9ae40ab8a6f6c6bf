// The keyboard alone, in real Chromium: after the page loads, only key presses reach the app
// (page.keyboard), as for a rep who cannot use a mouse. They open the sample account, go to
// the Stakeholders tab, walk the org chart and re-parent a person. What the app shows is read
// with window.keystone's read-only queries, the focused item among them: that is what a screen
// reader announces, and it is how a rep knows which key to press next. The finer points of
// the chart's keys are tested natively (tests/ui/org_chart_keyboard_test.cpp).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openBrowser, openApp, clearStoredData } from './harness.mjs';

let browser;
let page;
before(async () => {
  browser = await openBrowser();
  await clearStoredData(browser);  // the built-in sample
  page = await openApp(browser);
});
after(async () => { await browser?.close(); });

// The item the app's keyboard focus is on, as the mirror is told: {role, name, ...} or null.
const focused = () => page.evaluate(() => window.keystone.ui.items().find((i) => i.focused) || null);

// A key, then waits until the app has taken it: the focused item or `changed` says so.
async function press(key, changed) {
  const before = JSON.stringify(await focused());
  await page.keyboard.press(key, { delay: 20 });
  if (changed) {
    await page.waitForFunction(changed, null, { timeout: 5000 });
  } else {
    // A key that moves nothing (the edge of a row) changes nothing to wait for.
    await page.waitForFunction((was) => JSON.stringify(window.keystone.ui.items().find((i) => i.focused) || null) !== was,
      before, { timeout: 1500 }).catch(() => {});
  }
}

// Presses `key` until the focused item matches, as a rep listening to a screen reader would.
async function moveFocusTo(key, matches, what, tries = 40) {
  for (let i = 0; i < tries; i++) {
    const item = await focused();
    if (item && matches(item)) return item;
    await press(key);
  }
  assert.fail(`${what} never took the keyboard focus; last: ${JSON.stringify(await focused())}`);
}

const plan = () => page.evaluate(() => JSON.parse(window.keystone.exportPlan(window.keystone.accounts()[0].id)).account);
const selectedName = () => page.evaluate(() => {
  const item = window.keystone.ui.items().find((i) => i.label.startsWith('Selected: '));
  return item ? item.label.slice('Selected: '.length) : null;
});
const waitSelected = (name) => page.waitForFunction((n) => window.keystone.ui.items()
  .some((i) => i.label === 'Selected: ' + n), name, { timeout: 5000 });

test('with the keyboard alone: open the sample, walk the org chart and change a manager', async () => {
  // The sidebar: down to the sample account, and open it.
  await moveFocusTo('ArrowDown', (i) => i.name === 'Northwind Logistics', 'The sample account');
  await press('Space', () => window.keystone.ui.items().some((i) => i.role === 'tab' && i.name === 'Stakeholders'));

  // The account's tab list: down to it, right to the Stakeholders tab, and open it.
  await moveFocusTo('ArrowDown', (i) => i.role === 'tab', 'A tab');
  await moveFocusTo('ArrowRight', (i) => i.role === 'tab' && i.name === 'Stakeholders', 'The Stakeholders tab');
  await press('Space', () => window.keystone.ui.items().some((i) => i.role === 'tree'));

  // Down from the tabs to the chart: the tree takes the keyboard.
  await moveFocusTo('ArrowDown', (i) => i.role === 'tree' || i.role === 'treeitem', 'The org chart');
  const people = (await plan()).stakeholders;
  const byId = new Map(people.map((p) => [p.id, p]));
  const reportsOf = (id) => people.filter((p) => (p.managerId || '') === id);

  await press('ArrowDown', () => window.keystone.ui.items().some((i) => i.label.startsWith('Selected: ')));
  const topName = await selectedName();
  const boss = people.find((p) => p.name === topName);
  assert.ok(boss && !boss.managerId, 'the first arrow selects the top of the chart');
  const first = reportsOf(boss.id)[0];
  await press('ArrowDown', () => true);
  await waitSelected(first.name);

  // The screen reader is on the card: a treeitem named with the title, at level 2, selected.
  const card = await focused();
  assert.equal(card.role, 'treeitem');
  assert.equal(card.name, `${first.name}, ${first.title}`);
  assert.equal(card.level, 2);
  assert.equal(card.selected, true);
  const element = await page.evaluate(() => {
    const el = document.activeElement;
    return el && el.closest('#keystone-a11y') ? {
      role: el.getAttribute('role'), name: el.getAttribute('aria-label'), level: el.getAttribute('aria-level'),
      selected: el.getAttribute('aria-selected'), expanded: el.getAttribute('aria-expanded'),
      tree: el.parentElement.getAttribute('role'),
    } : null;
  });
  assert.deepEqual(element, {
    role: 'treeitem', name: `${first.name}, ${first.title}`, level: '2', selected: 'true',
    expanded: reportsOf(first.id).length ? 'true' : null, tree: 'tree',
  }, 'the DOM focus is on the card\'s element in the mirror\'s tree');

  // Move under...: M, up to the manager, across to the next person at the top, Enter.
  const top = reportsOf('');
  const newBoss = top[top.findIndex((p) => p.id === boss.id) + 1];
  assert.ok(newBoss, 'the sample has a second person at the top of the chart');
  await press('m', () => window.keystone.ui.items().some((i) => i.label.startsWith('Chart move: ')));
  await press('ArrowUp', () => true);
  await waitSelected(boss.name);
  await press('ArrowRight', () => true);
  await waitSelected(newBoss.name);
  await press('Enter', () => true);
  await page.waitForFunction(([id, to]) => {
    const account = JSON.parse(window.keystone.exportPlan(window.keystone.accounts()[0].id)).account;
    return account.stakeholders.find((p) => p.id === id).managerId === to;
  }, [first.id, newBoss.id], { timeout: 5000 });
  await waitSelected(first.name);
  assert.equal((await focused()).level, 2, 'still at level 2, under the new manager');

  // Ctrl+Shift+Up: to the top of the chart; Ctrl+Z: back under the new manager, one step.
  await press('Control+Shift+ArrowUp', () => true);
  await page.waitForFunction((id) => !JSON.parse(window.keystone.exportPlan(window.keystone.accounts()[0].id))
    .account.stakeholders.find((p) => p.id === id).managerId, first.id, { timeout: 5000 });
  await press('Control+z', () => true);
  await page.waitForFunction(([id, to]) => JSON.parse(window.keystone.exportPlan(window.keystone.accounts()[0].id))
    .account.stakeholders.find((p) => p.id === id).managerId === to, [first.id, newBoss.id], { timeout: 5000 });
  assert.equal(byId.get(first.id).managerId, boss.id, 'the plan read at the start is untouched');
  assert.deepEqual(page.problems, []);
});
