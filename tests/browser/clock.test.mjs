// "Today" in the browser: the rep's local calendar date from the page's clock, and a
// built-in sample dated from the day it is first opened, so it never shows stale work.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openBrowser, openApp } from './harness.mjs';

async function sampleOn(now, options = {}) {
  const browser = await openBrowser({ now, ...options });
  try {
    const page = await openApp(browser);
    const today = await page.evaluate(() => window.keystone.today());
    const [account] = await page.evaluate(() => window.keystone.accounts());
    const plan = JSON.parse(await page.evaluate((id) => window.keystone.exportPlan(id), account.id)).account;
    assert.deepEqual(page.problems, [], 'no console errors');
    return { today, plan };
  } finally {
    await browser.close();
  }
}

for (const now of ['2027-06-30T09:00:00', '2030-02-28T23:30:00']) {
  test(`a sample first opened on ${now.slice(0, 10)} has no overdue action and renews in the future`, async () => {
    const { today, plan } = await sampleOn(now);
    assert.equal(today, now.slice(0, 10));
    const overdue = plan.objectives.flatMap((o) => o.actions)
      .filter((a) => a.status !== 'done' && a.dueDate && a.dueDate < today);
    assert.deepEqual(overdue.map((a) => a.title), []);
    assert.ok(plan.renewalDate > today, `renewal ${plan.renewalDate} is after ${today}`);
    assert.ok(plan.risks.every((r) => !r.dueDate || r.dueDate >= today), 'no risk is past due');
  });
}

test('a rep in Tokyo at 08:00 on 1 July sees 1 July, not the UTC date', async () => {
  // 2027-06-30T23:00Z is 08:00 on 1 July in Tokyo.
  const { today } = await sampleOn('2027-06-30T23:00:00Z', { timezoneId: 'Asia/Tokyo' });
  assert.equal(today, '2027-07-01');
});

test('a rep in Los Angeles late on 30 June sees 30 June, not the UTC date', async () => {
  // 2027-07-01T05:30Z is 22:30 on 30 June in Los Angeles.
  const { today } = await sampleOn('2027-07-01T05:30:00Z', { timezoneId: 'America/Los_Angeles' });
  assert.equal(today, '2027-06-30');
});
