// The stakeholder map's canvas in real Chromium: pan, zoom, select, change a manager by
// dragging one card onto another (and undo it), refuse a reporting cycle, find a person with
// Ctrl+F and add a report from a card's context menu. Cards are found by label
// ("Card: <name>") through window.keystone.ui, the way a test finds any widget.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { openBrowser, openApp, click, find, nextFrames, screenshot } from './harness.mjs';

let browser;
let page;
before(async () => {
  browser = await openBrowser();
  page = await openApp(browser);
  await click(page, 'Stakeholders');
  await nextFrames(page, 3);
});
after(async () => { await browser?.close(); });

async function plan() {
  return page.evaluate(() => JSON.parse(window.keystone.exportPlan(window.keystone.accounts()[0].id)).account);
}

// Cards wholly inside the canvas (a card cut by the canvas edge may be under other widgets).
async function cards() {
  const items = await page.evaluate(() => window.keystone.ui.items());
  const canvas = items.find((item) => item.label === 'Org chart canvas');
  return items.filter((item) => item.label.startsWith('Card: ') && item.x >= canvas.x && item.y >= canvas.y &&
    item.x + item.w <= canvas.x + canvas.w && item.y + item.h <= canvas.y + canvas.h);
}

async function card(name) {
  const found = (await cards()).find((item) => item.label === `Card: ${name}`);
  assert.ok(found, `the card of ${name} is on screen`);
  return found;
}

async function zoomPercent() {
  const readout = (await page.evaluate(() => window.keystone.ui.items())).find((i) => i.label.startsWith('Zoom: '));
  return Number(readout.label.slice('Zoom: '.length, -1));
}

// A point of the canvas that no card, legend or minimap covers.
async function emptySpot() {
  const canvas = await find(page, 'Org chart canvas');
  const taken = [...(await cards()), await find(page, 'Minimap')].filter(Boolean);
  for (let y = canvas.y + 20; y < canvas.y + canvas.h - 60; y += 15) {
    for (let x = canvas.x + 20; x < canvas.x + canvas.w - 20; x += 15) {
      if (!taken.some((r) => x >= r.x - 4 && x <= r.x + r.w + 4 && y >= r.y - 4 && y <= r.y + r.h + 4)) return { x, y };
    }
  }
  throw new Error('no empty spot on the canvas');
}

// Press, move in steps with frames in between (ImGui samples the pointer once a frame), release.
async function drag(from, to) {
  await page.mouse.move(from.x, from.y);
  await nextFrames(page, 2);
  await page.mouse.down();
  await nextFrames(page, 2);
  for (let i = 1; i <= 4; i++) {
    await page.mouse.move(from.x + ((to.x - from.x) * i) / 4, from.y + ((to.y - from.y) * i) / 4);
    await nextFrames(page, 1);
  }
  await nextFrames(page, 2);
  await page.mouse.up();
  await nextFrames(page, 3);
}

// Zooms in with the button until cards are readable (and labelled).
async function readable() {
  for (let i = 0; i < 12 && (await zoomPercent()) < 60; i++) await click(page, 'Zoom in');
}

// Scrolls the side panel (right of the canvas) until the widget is fully inside it.
async function revealInPanel(label) {
  for (let i = 0; i < 20; i++) {
    const item = await find(page, label);
    if (item && item.y > 345 && item.y + item.h < 775) return item;
    await page.mouse.move(1060, 560);
    await page.mouse.wheel(0, item && item.y <= 345 ? -200 : 200);
    await nextFrames(page, 3);
  }
  throw new Error(`"${label}" never came into view in the side panel`);
}

const centre = (r) => ({ x: r.x + r.w / 2, y: r.y + r.h / 2 });

test('the chart opens readable, and zooms with the buttons and with Ctrl+wheel', async () => {
  assert.ok((await cards()).length >= 3, 'several cards are labelled on screen');
  const before = await zoomPercent();
  await click(page, 'Zoom in');
  const zoomedIn = await zoomPercent();
  assert.ok(zoomedIn > before, `zoom in: ${before}% -> ${zoomedIn}%`);
  const spot = await emptySpot();
  await page.mouse.move(spot.x, spot.y);
  await nextFrames(page, 1);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, 300);  // wheel towards the user: zoom out
  await nextFrames(page, 2);
  await page.keyboard.up('Control');
  await nextFrames(page, 1);
  assert.ok((await zoomPercent()) < zoomedIn, 'Ctrl+wheel zooms out');
  await click(page, 'Fit to view');
  await nextFrames(page, 2);
  await screenshot(page, 'org-chart-fit.png');
});

test('dragging empty space pans the chart; a click without moving does not', async () => {
  await readable();
  const target = (await cards())[0];
  const name = target.label.slice('Card: '.length);
  const spot = await emptySpot();
  await page.mouse.move(spot.x, spot.y);
  await nextFrames(page, 1);
  await page.mouse.down();
  await nextFrames(page, 1);
  await page.mouse.move(spot.x + 2, spot.y + 1);  // under the drag threshold
  await nextFrames(page, 1);
  await page.mouse.up();
  await nextFrames(page, 2);
  const still = await card(name);
  assert.equal(still.x, target.x, 'a click never pans');
  await drag(spot, { x: spot.x + 60, y: spot.y + 40 });
  const moved = await card(name);
  assert.ok(Math.abs(moved.x - target.x - 60) < 2 && Math.abs(moved.y - target.y - 40) < 2,
    `the card moved with the drag: ${target.x},${target.y} -> ${moved.x},${moved.y}`);
});

test('a click selects a person and opens their details', async () => {
  const someone = (await cards())[0];
  const name = someone.label.slice('Card: '.length);
  await click(page, someone.label);
  assert.ok(await find(page, `Selected: ${name}`), 'the edit panel shows the person');
  assert.ok(await find(page, 'Name'), 'the name field is shown');
  await screenshot(page, 'org-chart-selected.png');
  assert.ok(name.length > 0);
});

test('dragging a card onto another changes the manager, and undo restores it', async () => {
  await readable();
  const account = await plan();
  const byName = new Map(account.stakeholders.map((s) => [s.name, s]));
  const below = (id, under) => {
    for (let at = byName.get(id); at && at.managerId;) {
      if (at.managerId === under) return true;
      at = account.stakeholders.find((s) => s.id === at.managerId);
    }
    return false;
  };
  const visible = (await cards()).map((c) => ({ ...c, person: byName.get(c.label.slice('Card: '.length)) }))
    .filter((c) => c.person);
  let pair;
  for (const a of visible) {
    for (const b of visible) {
      if (a === b || !a.person.managerId || a.person.managerId === b.person.id) continue;
      if (below(b.person.name, a.person.id)) continue;  // b reports to a: that would be a cycle
      pair = [a, b];
      break;
    }
    if (pair) break;
  }
  assert.ok(pair, 'two unrelated people are on screen');
  const [mover, boss] = pair;
  await drag(centre(mover), centre(boss));
  const after = (await plan()).stakeholders.find((s) => s.id === mover.person.id);
  assert.equal(after.managerId, boss.person.id, `${mover.person.name} now reports to ${boss.person.name}`);

  await page.keyboard.down('Control');
  await page.keyboard.press('z', { delay: 30 });
  await page.keyboard.up('Control');
  await nextFrames(page, 3);
  const undone = (await plan()).stakeholders.find((s) => s.id === mover.person.id);
  assert.equal(undone.managerId, mover.person.managerId, 'undo puts the old manager back');
});

test('making a manager report to their own report is refused with a message', async () => {
  const account = await plan();
  const visible = (await cards()).map((c) => ({ ...c, person: account.stakeholders.find((s) => s.name === c.label.slice(6)) }));
  const report = visible.find((c) => c.person && c.person.managerId && visible.some((m) => m.person?.id === c.person.managerId));
  assert.ok(report, 'a manager and their report are both on screen');
  const manager = visible.find((m) => m.person?.id === report.person.managerId);
  const before = JSON.stringify((await plan()).stakeholders);
  await drag(centre(manager), centre(report));
  const message = (await page.evaluate(() => window.keystone.ui.items())).find((i) => i.label.startsWith('Chart message: '));
  assert.ok(message && message.label.includes('cannot report to'), `a message explains: ${message?.label}`);
  assert.equal(JSON.stringify((await plan()).stakeholders), before, 'nothing changed');
  await screenshot(page, 'org-chart-refused.png');
});

test('Ctrl+F finds a person and Enter jumps to them', async () => {
  const account = await plan();
  const target = account.stakeholders[account.stakeholders.length - 1];
  const spot = await emptySpot();
  await page.mouse.click(spot.x, spot.y);  // the canvas has the keyboard
  await nextFrames(page, 2);
  await page.keyboard.down('Control');
  await page.keyboard.press('f', { delay: 30 });
  await page.keyboard.up('Control');
  await nextFrames(page, 3);
  await page.keyboard.type(target.name.split(' ')[0] + ' ' + target.name.split(' ')[1], { delay: 20 });
  await nextFrames(page, 2);
  assert.ok((await page.evaluate(() => window.keystone.ui.items())).some((i) => i.label.startsWith('Search matches: 1')),
    'one match is reported');
  await page.keyboard.press('Enter', { delay: 30 });
  await nextFrames(page, 4);
  const shown = await card(target.name);
  const canvas = await find(page, 'Org chart canvas');
  assert.ok(Math.abs(centre(shown).x - centre(canvas).x) < 5, 'the chart is centred on the person');
  assert.ok(await find(page, `Selected: ${target.name}`), 'their details are open');
  await page.keyboard.press('Escape', { delay: 30 });  // leave the search field
  await nextFrames(page, 2);
});

test('a card\'s context menu adds a report to that person', async () => {
  const someone = (await cards())[0];
  const name = someone.label.slice('Card: '.length);
  const boss = (await plan()).stakeholders.find((s) => s.name === name);
  const count = (await plan()).stakeholders.length;
  await page.mouse.move(centre(someone).x, centre(someone).y);
  await nextFrames(page, 1);
  await page.mouse.click(centre(someone).x, centre(someone).y, { button: 'right' });
  await nextFrames(page, 2);
  await click(page, 'Add a report');
  const after = await plan();
  assert.equal(after.stakeholders.length, count + 1);
  const added = after.stakeholders.find((s) => s.name === 'New contact' && s.managerId === boss.id);
  assert.ok(added, 'the new person reports to the card they were added from');
  await screenshot(page, 'org-chart-added.png');
});

test('the chart exports as an SVG file and a PNG picture', async () => {
  const account = await plan();
  const [svgFile] = await Promise.all([page.waitForEvent('download'), click(page, 'Export chart as SVG')]);
  assert.match(svgFile.suggestedFilename(), /stakeholder map\.svg$/);
  const svg = readFileSync(await svgFile.path(), 'utf8');
  assert.match(svg, /^<\?xml[^>]*>\s*<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  assert.ok(svg.includes(account.stakeholders[0].name.split(' ')[0]), 'names are in the drawing');
  const [pngFile] = await Promise.all([page.waitForEvent('download'), click(page, 'Export chart as PNG')]);
  assert.match(pngFile.suggestedFilename(), /stakeholder map\.png$/);
  const png = readFileSync(await pngFile.path());
  assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'a PNG file');
  assert.ok(png.length > 5000, `the picture has content (${png.length} bytes)`);
});

test('influence lines are added, changed and removed from the side panel', async () => {
  const someone = (await cards())[0];
  const name = someone.label.slice('Card: '.length);
  await click(page, someone.label);
  const account = await plan();
  const person = account.stakeholders.find((s) => s.name === name);
  const target = account.stakeholders.find((s) => s.id !== person.id && s.name &&
    !account.influenceLines.some((l) => l.fromId === person.id && l.toId === s.id));
  const before = account.influenceLines.length;
  await revealInPanel('Add influence line');
  await click(page, 'Add influence line');
  await page.keyboard.type(target.name, { delay: 20 });
  await nextFrames(page, 3);
  await click(page, `Influence target ${target.name}`);
  let after = await plan();
  assert.equal(after.influenceLines.length, before + 1);
  const line = after.influenceLines.find((l) => l.fromId === person.id && l.toId === target.id);
  assert.ok(line, `a line from ${name} to ${target.name}`);
  assert.equal(line.kind, 'influences');

  await revealInPanel(`Influence kind to ${target.name}`);
  await click(page, `Influence kind to ${target.name}`);
  await click(page, 'Conflicts with');
  after = await plan();
  assert.equal(after.influenceLines.find((l) => l.id === line.id).kind, 'conflicts-with');

  await revealInPanel(`Remove influence line to ${target.name}`);
  await screenshot(page, 'org-influence-lines.png');
  await click(page, `Remove influence line to ${target.name}`);
  after = await plan();
  assert.equal(after.influenceLines.length, before, 'the line is gone');
});
