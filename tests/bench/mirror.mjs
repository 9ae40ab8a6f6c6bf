// Cost of the accessibility mirror (docs/accessibility.md) with the 10,000-person chart on
// screen: per frame, the time to serialise the tree, compare it with the last one and, when
// it changed, update the DOM (keystone.ui.frame().mirror_ms), beside the whole frame's CPU
// time in the same frames; and the DOM mutations on frames where nothing changed.
// Run through ./scripts/bench, which writes the plans into the site folder.
import { writeFileSync } from 'node:fs';
import { openBrowser, openApp, click, nextFrames, waitSaved } from '../browser/harness.mjs';
import { importSamplePlan } from './sample_plans.mjs';

const site = process.argv[2];
const resultsPath = process.argv[3];
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

// Frames drawn continuously with no input: the tree is the same each time.
async function unchangedFrames(page, count = 90) {
  // What is still arriving (a layout finishing, a save status) settles first.
  await page.evaluate(() => window.keystone.redrawContinuously(true));
  await page.waitForFunction((settled) => {
    const stats = window.keystoneMirror.stats(), frame = window.keystone.ui.frame().frame;
    if (window.benchLastUpdates !== stats.updates) { window.benchLastUpdates = stats.updates; window.benchSince = frame; }
    return frame - window.benchSince >= settled;
  }, 90, { timeout: 120000 });
  await page.evaluate(() => {
    window.benchMutations = 0;
    window.benchObserver = new MutationObserver((records) => { window.benchMutations += records.length; });
    window.benchObserver.observe(document.getElementById('keystone-a11y'),
      { subtree: true, childList: true, attributes: true, characterData: true });
    window.keystone.redrawContinuously(true);
  });
  const sample = await page.evaluate((count) => new Promise((done) => {
    const mirror = [], cpu = [];
    let last = window.keystone.ui.frame().frame;
    const tick = () => {
      const f = window.keystone.ui.frame();
      if (f.frame !== last) { last = f.frame; mirror.push(f.mirror_ms); cpu.push(f.cpu_ms); }
      if (mirror.length < count) requestAnimationFrame(tick); else done({ mirror, cpu });
    };
    requestAnimationFrame(tick);
  }), count);
  const mutations = await page.evaluate(() => {
    window.benchObserver.disconnect();
    window.keystone.redrawContinuously(false);
    return window.benchMutations;
  });
  return { mirror: median(sample.mirror), cpu: median(sample.cpu), frames: sample.mirror.length, mutations };
}

// Frames while the chart is panned with the wheel, a notch at a time: every card on screen
// moves, so the tree changes and the DOM is updated. Every frame is sampled in the page;
// only the frames that sent a changed tree to the mirror are counted.
async function panningFrames(page, notches = 40) {
  const box = await page.evaluate(() => window.keystone.ui.find('Org chart canvas'));
  await page.mouse.move(box.x + box.w / 2, box.y + box.h / 2);
  await page.evaluate(() => {
    window.benchSamples = [];
    window.benchSampling = true;
    let last = window.keystone.ui.frame().frame, updates = window.keystoneMirror.stats().updates;
    const tick = () => {
      const f = window.keystone.ui.frame(), u = window.keystoneMirror.stats().updates;
      if (f.frame !== last && u !== updates) {
        window.benchSamples.push({ mirror: f.mirror_ms, cpu: f.cpu_ms, dom: window.keystoneMirror.stats().lastUpdateMs });
      }
      last = f.frame; updates = u;
      if (window.benchSampling) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  for (let i = 0; i < notches; i++) {
    await page.mouse.wheel(0, i < notches / 2 ? 40 : -40);
    await new Promise((r) => setTimeout(r, 60));
  }
  await nextFrames(page, 4);
  const samples = await page.evaluate(() => { window.benchSampling = false; return window.benchSamples; });
  const elements = await page.evaluate(() => window.keystoneMirror.stats().elements);
  return {
    mirror: median(samples.map((s) => s.mirror)), cpu: median(samples.map((s) => s.cpu)),
    dom: median(samples.map((s) => s.dom)),
    frames: samples.length, elements,
  };
}

const browser = await openBrowser({ site });
const page = await openApp(browser);
const name = await importSamplePlan(page, 10000);
await nextFrames(page, 3);
await click(page, name);
await waitSaved(page, 60000);  // the imported plan is stored: the save status is settled
await click(page, 'Stakeholders');
await click(page, 'Fit to view');
await nextFrames(page, 10);
const fit = { unchanged: await unchangedFrames(page), panning: await panningFrames(page) };
for (let i = 0; i < 30; i++) {
  const zoom = await page.evaluate(() => window.keystone.ui.items().find((i) => i.label.startsWith('Zoom: ')).label);
  if (Number(zoom.slice(6, -1)) >= 100) break;
  await click(page, 'Zoom in');
}
await nextFrames(page, 10);
const zoomedIn = { unchanged: await unchangedFrames(page), panning: await panningFrames(page) };
await browser.close();

const results = { fit, zoomedIn };
writeFileSync(resultsPath, JSON.stringify(results, null, 2));
for (const [what, r] of Object.entries(results)) {
  const panning = r.panning.frames
    ? `panning ${r.panning.mirror.toFixed(3)} ms (DOM update ${r.panning.dom.toFixed(3)} ms) of ${r.panning.cpu.toFixed(2)} ms per frame over ${r.panning.frames} frames ` +
      `that changed the tree (${r.panning.elements} elements)`
    : `panning changed nothing a screen reader is told (cards are read out from the zoom where their names show)`;
  console.log(`accessibility mirror, 10k chart ${what}: unchanged frames ${r.unchanged.mirror.toFixed(3)} ms ` +
    `of ${r.unchanged.cpu.toFixed(2)} ms per frame, ${r.unchanged.mutations} DOM mutations in ${r.unchanged.frames} frames; ` +
    `${panning}; target <= 1 ms, 0 mutations`);
}
