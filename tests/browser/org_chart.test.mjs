// The stakeholder map's exports in real Chromium: the SVG download and the PNG picture the
// browser rasterises. Pan, zoom, selection, drag to re-parent, search, the context menu and
// influence lines are tested natively (tests/ui/org_chart_test.cpp).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { openBrowser, openApp, click, nextFrames } from './harness.mjs';

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
