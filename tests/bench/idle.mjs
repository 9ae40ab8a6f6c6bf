// Idle cost: frames built and drawn, and how busy the page's main thread is, over 10 s with
// nobody touching the app, drawing on demand (the default) beside drawing every frame (the
// peer, what Keystone did before); and how long the first frame after an input takes to
// come in each mode. Run through ./scripts/bench.
import { writeFileSync } from 'node:fs';
import { openBrowser, openApp, nextFrames } from '../browser/harness.mjs';

const site = process.argv[2];
const resultsPath = process.argv[3];
const IDLE_MS = 10000;

// Main-thread busy time from Chromium's own task accounting (seconds of task duration).
async function taskSeconds(page) {
  const { metrics } = await page.cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'TaskDuration').value;
}

async function idleFigures(page) {
  await nextFrames(page, 10);
  const before = await page.evaluate(() => window.keystone.ui.frame());
  const busyBefore = await taskSeconds(page);
  await new Promise((ok) => setTimeout(ok, IDLE_MS));
  const after = await page.evaluate(() => window.keystone.ui.frame());
  const busy = (await taskSeconds(page)) - busyBefore;
  return {
    framesBuilt: after.frame - before.frame,
    framesDrawn: after.submitted - before.submitted,
    busyPercent: (100 * busy * 1000) / IDLE_MS,
  };
}

// Milliseconds from a pointer move (dispatched in the page) to the end of the frame that
// took it, median of 15 moves a quarter second apart.
async function inputToFrameMs(page) {
  return page.evaluate(() => new Promise((done) => {
    const canvas = document.getElementById('canvas');
    const times = [];
    const once = (i) => {
      const start = performance.now();
      const seen = window.keystone.ui.frame().frame;
      canvas.dispatchEvent(new MouseEvent('mousemove', { clientX: 300 + i * 7, clientY: 300, bubbles: true }));
      const poll = () => {
        if (window.keystone.ui.frame().frame !== seen) {
          times.push(performance.now() - start);
          if (times.length < 15) setTimeout(() => once(i + 1), 250);
          else done(times.sort((a, b) => a - b)[7]);
        } else {
          requestAnimationFrame(poll);
        }
      };
      requestAnimationFrame(poll);
    };
    once(0);
  }));
}

const browser = await openBrowser({ site });
const page = await openApp(browser);
await page.cdp.send('Performance.enable');
const onDemand = await idleFigures(page);
const onDemandLatency = await inputToFrameMs(page);
await page.evaluate(() => window.keystone.redrawContinuously(true));
const continuous = await idleFigures(page);
const continuousLatency = await inputToFrameMs(page);
await browser.close();

const results = { idleMs: IDLE_MS, onDemand, continuous, onDemandLatency, continuousLatency };
const line = (what, r, latency) => console.log(`idle 10 s, ${what}: ${r.framesBuilt} frames built, ` +
  `${r.framesDrawn} drawn, main thread busy ${r.busyPercent.toFixed(1)} %; input to frame ${latency.toFixed(1)} ms`);
line('drawing on demand', onDemand, onDemandLatency);
line('drawing every frame (peer)', continuous, continuousLatency);
writeFileSync(resultsPath, JSON.stringify(results, null, 2));
