// Frame cost of the stakeholder map: CPU time per frame (window.keystone.ui.frame().cpu_ms,
// the whole frame: UI, draw lists and GL calls) with a 10,000-person chart on screen,
// zoomed to fit and zoomed in, beside the same for a 100-person chart in the same browser.
// Run through ./scripts/bench, which writes the plans into the site folder.
import { writeFileSync } from 'node:fs';
import { openBrowser, openApp, click, nextFrames } from '../browser/harness.mjs';
import { importSamplePlan } from './sample_plans.mjs';

const site = process.argv[2];
const resultsPath = process.argv[3];

// Medians over `count` consecutive frames, read once per animation frame: the whole frame
// (cpu_ms, including the GL calls that SwiftShader makes expensive here) and the UI part
// (ui_ms: panels, culling, draw lists).
async function frameCost(page, count = 90) {
  // The app draws only when something changes; a steady stream of frames is what is timed.
  await page.evaluate(() => window.keystone.redrawContinuously(true));
  return page.evaluate((count) => new Promise((done) => {
    const whole = [], ui = [];
    let last = window.keystone.ui.frame().frame;
    const median = (t) => t.sort((a, b) => a - b)[Math.floor(t.length / 2)];
    const tick = () => {
      const f = window.keystone.ui.frame();
      if (f.frame !== last) { last = f.frame; whole.push(f.cpu_ms); ui.push(f.ui_ms); }
      if (whole.length < count) requestAnimationFrame(tick);
      else done({ median: median(whole), ui: median(ui) });
    };
    requestAnimationFrame(tick);
  }), count);
}

async function zoomPercent(page) {
  const items = await page.evaluate(() => window.keystone.ui.items());
  return Number(items.find((i) => i.label.startsWith('Zoom: ')).label.slice(6, -1));
}

async function chartCosts(n) {
  const browser = await openBrowser({ site });
  const page = await openApp(browser);
  const name = await importSamplePlan(page, n);
  await nextFrames(page, 3);
  await click(page, name);
  await click(page, 'Stakeholders');
  await click(page, 'Fit to view');
  await nextFrames(page, 10);
  const fit = await frameCost(page);
  const fitZoom = await zoomPercent(page);
  for (let i = 0; i < 30 && (await zoomPercent(page)) < 100; i++) await click(page, 'Zoom in');
  await nextFrames(page, 10);
  const zoomedIn = await frameCost(page);
  await browser.close();
  return { stakeholders: n, fit, zoomedIn, fitZoom };
}

const small = await chartCosts(100);
const large = await chartCosts(10000);
const results = {
  small, large,
  fitRatio: large.fit.median / small.fit.median,
  zoomedInRatio: large.zoomedIn.median / small.zoomedIn.median,
  fitUiRatio: large.fit.ui / small.fit.ui,
  zoomedInUiRatio: large.zoomedIn.ui / small.zoomedIn.ui,
};
writeFileSync(resultsPath, JSON.stringify(results, null, 2));
const line = (what, l, s, whole, ui) => console.log(`org chart frame, ${what} (fit zoom 10k ${large.fitZoom}%, 100 ${small.fitZoom}%): 10k ${l.median.toFixed(2)} ms ` +
  `(UI ${l.ui.toFixed(2)} ms) vs 100 ${s.median.toFixed(2)} ms (UI ${s.ui.toFixed(2)} ms) = ${whole.toFixed(2)}x ` +
  `(UI ${ui.toFixed(2)}x); target <= 1.5x and < 4 ms`);
line('fit to view', large.fit, small.fit, results.fitRatio, results.fitUiRatio);
line('zoomed in  ', large.zoomedIn, small.zoomedIn, results.zoomedInRatio, results.zoomedInUiRatio);
