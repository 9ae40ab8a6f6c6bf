// The pricing tab in real Chromium: seats and years typed into the deal calculator, the
// tier figures read back and checked against hand-worked quotes for the default catalog, a
// scenario saved and attached to an opportunity whose amount then follows it (and undo).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openBrowser, openApp, find, nextFrames, screenshot, readout, clearStoredData } from './harness.mjs';

let browser;
before(async () => { browser = await openBrowser(); });
after(async () => { await browser?.close(); });

// Autosave keeps plans in IndexedDB: every test starts from the built-in sample alone.
async function withApp(run, options) {
  await clearStoredData(browser);
  const page = await openApp(browser, options);
  try {
    await run(page);
    assert.deepEqual(page.problems, [], 'no console errors');
  } finally {
    await page.close();
  }
}

async function clickItem(page, item) {
  assert.ok(item, 'the widget is on screen');
  await page.mouse.move(item.x + Math.min(item.w / 2, 60), item.y + item.h / 2);
  await nextFrames(page, 1);
  await page.mouse.down();
  await nextFrames(page, 1);
  await page.mouse.up();
  await nextFrames(page, 2);
}

// Buttons of the top bar, which never scrolls; everything else lives in the scrolling tab.
const TOP_BAR = new Set(['Dark theme', 'Light theme', 'Undo', 'Redo', 'Import plan', 'Export plan', 'Print report']);

// Scrolls the tab until the widget is fully on screen, then returns it.
async function reveal(page, label) {
  for (let i = 0; i < 30; i++) {
    const item = await find(page, label);
    if (item && TOP_BAR.has(label)) return item;
    if (item && item.y > 230 && item.y + item.h < 780) return item;
    await page.mouse.move(700, 520);
    // Not drawn at all: start again from the top of the tab, then walk down.
    await page.mouse.wheel(0, !item && i === 0 ? -20000 : item && item.y <= 230 ? -250 : 250);
    await nextFrames(page, 3);
  }
  throw new Error(`"${label}" never came into view`);
}

async function press(page, label) {
  const item = await reveal(page, label);
  await clickItem(page, item);
}

async function chord(page, ...keys) {
  for (const key of keys) await page.keyboard.down(key);
  await nextFrames(page, 1);
  for (const key of keys.reverse()) await page.keyboard.up(key);
  await nextFrames(page, 1);
}

// Click, Ctrl+A, type, Enter: as a rep replaces a number.
async function typeInto(page, label, text) {
  const item = await reveal(page, label);
  await page.mouse.click(item.x + Math.min(item.w / 2, 30), item.y + item.h / 2);
  await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'keystone-text-input');
  await chord(page, 'Control', 'a');
  await page.keyboard.insertText(text);
  await nextFrames(page, 2);
  await page.keyboard.press('Enter', { delay: 30 });
  await nextFrames(page, 2);
}

async function waitReadout(page, caption, want) {
  await page.waitForFunction(([c, w]) => window.keystone.ui.items().some((i) => i.label === c + ': ' + w),
    [caption, want], { timeout: 10000 });
}

async function plan(page) {
  return page.evaluate(() => {
    const account = window.keystone.accounts()[0];
    return JSON.parse(window.keystone.exportPlan(account.id)).account;
  });
}

const cents = (text) => Math.round(Number(text.replace(/[^0-9.]/g, '')) * 100);

// Default catalog, 300 seats for 3 years (volume schedules, term discount 10% from 3 years):
//   SMB         300 × $49 × 12 = $176,400.00 a year (monthly billing: no term discount)
//   Mid-Market  300 × $89 × 12 = $320,400.00, −15% (250+) = $272,340.00, −10% = $245,106.00
//               TCV 3 × $245,106.00 = $735,318.00; $735,318.00 / 10,800 seat-months = $68.09
//   Enterprise  300 × $120 × 12 = $432,000.00, no bracket below 500, −10% = $388,800.00
const MID_MARKET_ACV = 24510600;

test('seats and years typed into the calculator give the hand-worked quotes for every tier', () => withApp(async (page) => {
  await press(page, 'Pricing');
  await typeInto(page, '##Seats', '300');
  await typeInto(page, '##Contract years', '3');
  await waitReadout(page, 'Mid-Market first-year ACV', '$245,106.00');
  assert.equal(await readout(page, 'Mid-Market TCV'), '$735,318.00');
  assert.equal(await readout(page, 'Mid-Market per user per month'), '$68.09');
  assert.equal(await readout(page, 'Mid-Market volume discount'), '\u2212$144,180.00');
  assert.equal(await readout(page, 'SMB first-year ACV'), '$176,400.00');
  assert.equal(await readout(page, 'SMB TCV'), '$529,200.00');
  assert.equal(await readout(page, 'Enterprise first-year ACV'), '$388,800.00');
  assert.equal(await readout(page, 'Enterprise TCV'), '$1,166,400.00');
  assert.equal(await readout(page, 'Cheapest tier'), 'SMB');

  // Two years: Enterprise needs a multi-year term (2 is enough), the term discount is 5%.
  //   Mid-Market 300 × $89 × 12 × 0.85 × 0.95 = $258,723.00
  await typeInto(page, '##Contract years', '2');
  await waitReadout(page, 'Mid-Market first-year ACV', '$258,723.00');
  // One year: Enterprise cannot be sold, and says why.
  await typeInto(page, '##Contract years', '1');
  assert.match(await readout(page, 'Enterprise eligibility'), /year/i);
  // A discount above the manager guardrail (10%) but not the VP's (20%).
  await typeInto(page, '##Manual discount', '12.5');
  assert.equal(await readout(page, 'Approval'), 'Manager approval');
  // Below a volume cliff the tab says that more seats cost less.
  await typeInto(page, '##Contract years', '3');
  await typeInto(page, '##Manual discount', '0');
  await typeInto(page, '##Seats', '95');
  assert.match(await readout(page, 'Cliff callout'), /100 seats cost \$4,806 a year less than the 95 seats/);
  assert.ok((await readout(page, 'Crossover')).startsWith('From '));
}));

test('a saved scenario attached to an opportunity drives its amount, and undo restores it', () => withApp(async (page) => {
  await press(page, 'Pricing');
  await typeInto(page, '##Seats', '300');
  await typeInto(page, '##Contract years', '3');
  await waitReadout(page, 'Mid-Market first-year ACV', '$245,106.00');
  await press(page, 'Quote Mid-Market');
  await typeInto(page, '##Scenario name', 'Mid-Market 300 x 3');
  await press(page, 'Save scenario');
  let account = await plan(page);
  assert.equal(account.pricingScenarios.length, 1);
  const scenario = account.pricingScenarios[0];
  assert.deepEqual(scenario.seatsByYear, [300, 300, 300]);
  assert.equal(scenario.tierId, 'mid-market');
  assert.equal(await readout(page, 'Scenario Mid-Market 300 x 3 first-year ACV'), '$245,106.00');

  const target = account.opportunities[0];
  await press(page, 'Attach Mid-Market 300 x 3');
  await press(page, target.name);
  account = await plan(page);
  let opportunity = account.opportunities.find((o) => o.id === target.id);
  assert.equal(opportunity.pricingScenarioId, scenario.id);
  assert.equal(opportunity.amount, MID_MARKET_ACV);
  assert.equal(opportunity.amountOverridden, false);
  await screenshot(page, 'pricing-scenario-attached.png');

  // Editing the scenario moves the amount: 100 seats, 10% volume, 10% term = $86,508.00.
  await typeInto(page, '##Seats', '100');
  await press(page, 'Update Mid-Market 300 x 3##update-scenario');
  account = await plan(page);
  opportunity = account.opportunities.find((o) => o.id === target.id);
  assert.equal(opportunity.amount, 8650800);
  assert.deepEqual(account.pricingScenarios[0].seatsByYear, [100, 100, 100]);
  assert.equal(cents(await readout(page, 'Scenario Mid-Market 300 x 3 first-year ACV')), 8650800);

  // One undo step puts the scenario and the amount back together.
  await chord(page, 'Control', 'z');
  account = await plan(page);
  assert.equal(account.opportunities.find((o) => o.id === target.id).amount, MID_MARKET_ACV);
  assert.deepEqual(account.pricingScenarios[0].seatsByYear, [300, 300, 300]);
}));

// Add-ons and fees are charged as entered (pricing.h): not discounted, not uplifted. At 300
// seats for 3 years (quotes above):
//   + one-time fee $12,500.00: year 1 only, so TCV +$12,500.00 and first-year ACV unchanged
//   + recurring add-on $2,000.50: every year, so ACV +$2,000.50 and TCV +3 × $2,000.50
//   Mid-Market ACV $245,106.00 + $2,000.50 = $247,106.50
//              TCV $735,318.00 + $12,500.00 + $6,001.50 = $753,819.50
//   SMB        ACV $176,400.00 + $2,000.50 = $178,400.50
//              TCV $529,200.00 + $12,500.00 + $6,001.50 = $547,701.50
test('add-ons and one-time fees typed into the calculator move ACV and TCV by the hand-worked amounts', () => withApp(async (page) => {
  await press(page, 'Pricing');
  await typeInto(page, '##Seats', '300');
  await typeInto(page, '##Contract years', '3');
  await waitReadout(page, 'Mid-Market first-year ACV', '$245,106.00');

  await press(page, 'Add one-time fee');
  await typeInto(page, '##Fee 1 label', 'Implementation');
  await typeInto(page, '##Fee 1 amount', '12,500');
  await waitReadout(page, 'Mid-Market TCV', '$747,818.00');
  assert.equal(await readout(page, 'Mid-Market first-year ACV'), '$245,106.00');

  await press(page, 'Add recurring add-on');
  await typeInto(page, '##Add-on 1 label', 'Sandbox');
  await typeInto(page, '##Add-on 1 amount', '2000.50');
  await waitReadout(page, 'Mid-Market first-year ACV', '$247,106.50');
  assert.equal(await readout(page, 'Mid-Market TCV'), '$753,819.50');
  assert.equal(await readout(page, 'SMB first-year ACV'), '$178,400.50');
  assert.equal(await readout(page, 'SMB TCV'), '$547,701.50');

  // Text that is not an amount is refused with a reason; the last good amount stays.
  await typeInto(page, '##Add-on 1 amount', '2k');
  assert.match(await readout(page, 'Deal line error'), /Add-on 1 amount not changed: .*not an amount/);
  assert.equal(await readout(page, 'Mid-Market first-year ACV'), '$247,106.50');
  await page.mouse.move(700, 400);
  await screenshot(page, 'pricing-deal-lines.png');

  // A saved scenario keeps the lines, and loading it brings them back.
  await typeInto(page, '##Scenario name', 'With extras');
  await press(page, 'Save scenario');
  const account = await plan(page);
  const saved = account.pricingScenarios.find((s) => s.name === 'With extras');
  assert.deepEqual(saved.recurringAddOns.map((l) => [l.label, l.amount]), [['Sandbox', 200050]]);
  assert.deepEqual(saved.oneTimeFees.map((l) => [l.label, l.amount]), [['Implementation', 1250000]]);

  await press(page, 'Remove Fee 1');
  await waitReadout(page, 'Mid-Market TCV', '$741,319.50');
  assert.equal(await find(page, '##Fee 1 amount'), null);
  await press(page, 'Load##With extras');
  await waitReadout(page, 'Mid-Market TCV', '$753,819.50');
}));

test('tiers are added, renamed and removed in the catalog editor, never the last one', () => withApp(async (page) => {
  await press(page, 'Pricing');
  await press(page, 'Tier catalog (all accounts)');
  await press(page, 'Add tier');
  await readout(page, 'New tier first-year ACV');
  await typeInto(page, '##Tier name', 'Premier');
  await readout(page, 'Premier first-year ACV');
  assert.equal(await find(page, 'New tier'), null);
  await page.mouse.move(700, 400);
  await screenshot(page, 'pricing-catalog-tiers.png');

  // Removing the open tier (Premier), then down to one tier: the last one stays.
  await press(page, 'Remove tier');
  await page.waitForFunction(() => !window.keystone.ui.items().some((i) => i.label.startsWith('Premier ')));
  for (const name of ['Enterprise', 'Mid-Market']) {
    await press(page, 'Remove tier');
    await page.waitForFunction((n) => !window.keystone.ui.items().some((i) => i.label.startsWith(n + ' TCV')), name);
  }
  await press(page, 'Remove tier');
  assert.match(await readout(page, 'Catalog error'), /at least one tier/);
  assert.ok((await readout(page, 'SMB TCV')).startsWith('$'));

  // Each catalog edit is one undo step.
  await chord(page, 'Control', 'z');
  await readout(page, 'Mid-Market TCV');
}));

test('add-ons, fees and the tier editor look right at DPR 1 and 2, light and dark', async () => {
  for (const dpr of [1, 2]) {
    await clearStoredData(browser);
    const page = await openApp(browser, { dpr });
    try {
      await press(page, 'Pricing');
      await reveal(page, 'Add one-time fee');
      await screenshot(page, `pricing-lines-empty-dpr${dpr}.png`);
      await press(page, 'Add one-time fee');
      await press(page, 'Add recurring add-on');
      await typeInto(page, '##Add-on 1 amount', '1,250');
      await press(page, 'Tier catalog (all accounts)');
      for (const theme of ['light', 'dark']) {
        if (theme === 'dark') await press(page, 'Dark theme');
        await reveal(page, 'Add one-time fee');
        await page.mouse.move(5, 400);
        await nextFrames(page, 2);
        await screenshot(page, `pricing-lines-${theme}-dpr${dpr}.png`);
        await reveal(page, 'Add tier');
        await page.mouse.move(5, 400);
        await nextFrames(page, 2);
        await screenshot(page, `pricing-catalog-${theme}-dpr${dpr}.png`);
      }
      assert.deepEqual(page.problems, [], 'no console errors');
    } finally {
      await page.close();
    }
  }
});
