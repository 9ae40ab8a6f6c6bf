// Keystone beside bare Dear ImGui 1.86 (tests/bench/imgui_demo_peer: ImGui's demo window on
// SDL2 + WebGL 2, from the same sources and Emscripten) in the same headless Chromium, same
// canvas size (1280×800 CSS pixels, DPR 1):
//  - time to first frame, from navigation start to the first frame's performance mark:
//    cold (a fresh browser profile) and warm (the second visit: Keystone from its service
//    worker, the demo from the HTTP cache);
//  - the whole frame's CPU time (input, UI, GL calls) with Keystone's portfolio open, both
//    drawing every frame, the main thread's busy time per frame (Chromium's own task
//    accounting, which adds what the browser does around each frame), and the machine's CPU
//    time per frame (every process, so SwiftShader's drawing in the GPU process counts);
//  - memory after loading 1k, 10k and 100k stakeholders (JS heap + wasm memory), beside the
//    app with only its sample account.
// Samples alternate between the two apps, so load on the machine falls on both alike.
// Run through ./scripts/bench, which copies the demo into <site>/imgui-demo/.
import { readFileSync, writeFileSync } from 'node:fs';
import { openBrowser, openApp, nextFrames, waitForController, waitSaved } from '../browser/harness.mjs';
import { importSamplePlan } from './sample_plans.mjs';

const site = process.argv[2];
const resultsPath = process.argv[3];
const SAMPLES = 5;
const FRAMES = 120;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const APPS = {
  keystone: {
    path: '', firstFrameMark: 'keystone-first-frame',
    drawEveryFrame: (page) => page.evaluate(() => window.keystone.redrawContinuously(true)),
    frameStats: () => { const f = window.keystone.ui.frame(); return { frame: f.frame, cpu: f.cpu_ms }; },
  },
  demo: {
    path: 'imgui-demo/index.html', firstFrameMark: 'peer-first-frame',
    drawEveryFrame: async () => {},  // ImGui's demo draws every frame anyway
    frameStats: () => ({ frame: window.peer.frame, cpu: window.peer.cpu_ms }),
  },
};

async function newPage(browser) {
  const page = await browser.context.newPage();
  page.cdp = await browser.context.newCDPSession(page);
  await page.cdp.send('Emulation.setDeviceMetricsOverride', { width: 1280, height: 800, deviceScaleFactor: 1, mobile: false });
  await page.cdp.send('Performance.enable');
  return page;
}

// Milliseconds from navigation start to the app's first-frame mark.
async function firstFrameMs(page, url, mark) {
  await page.goto(url);
  const handle = await page.waitForFunction((name) => {
    const entry = performance.getEntriesByName(name)[0];
    return entry ? entry.startTime : null;
  }, mark, { timeout: 60000 });
  return handle.jsonValue();
}

// CPU seconds the whole machine has spent busy (Linux /proc/stat): the browser's GPU process,
// where SwiftShader draws, included. Meaningful on a quiet machine only.
function machineBusySeconds() {
  const [user, nice, system, , iowait, irq, softirq, steal] =
    readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  return (user + nice + system + iowait + irq + softirq + steal) / 100;
}

// Medians over FRAMES consecutive frames: the app's own CPU time per frame and the main
// thread's busy time per frame.
async function frameCost(page, app) {
  await app.drawEveryFrame(page);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const task = async () => (await page.cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value;
  const busyBefore = await task();
  const machineBefore = machineBusySeconds();
  const sampled = await page.evaluate(({ count, statsSource }) => new Promise((done) => {
    const stats = new Function(`return (${statsSource})();`);
    const cpu = [];
    const first = stats().frame;
    let last = first;
    const tick = () => {
      const now = stats();
      if (now.frame !== last) { last = now.frame; cpu.push(now.cpu); }
      if (cpu.length < count) requestAnimationFrame(tick);
      else done({ cpu, frames: last - first });
    };
    requestAnimationFrame(tick);
  }), { count: FRAMES, statsSource: app.frameStats.toString() });
  const machine = machineBusySeconds() - machineBefore;
  const busy = (await task()) - busyBefore;
  return {
    cpuMs: median(sampled.cpu), busyMsPerFrame: (busy * 1000) / sampled.frames,
    machineMsPerFrame: (machine * 1000) / sampled.frames,
  };
}

async function sampleApp(name) {
  const app = APPS[name];
  const browser = await openBrowser({ site });
  try {
    const url = browser.url + app.path;
    const coldPage = await newPage(browser);
    const cold = await firstFrameMs(coldPage, url, app.firstFrameMark);
    if (name === 'keystone') await waitForController(coldPage);
    await coldPage.close();
    const warmPage = await newPage(browser);
    const warm = await firstFrameMs(warmPage, url, app.firstFrameMark);
    const frame = await frameCost(warmPage, app);
    return { cold, warm, ...frame };
  } finally {
    await browser.close();
  }
}

// JS heap (after a full garbage collection) and the wasm memory, in MiB.
async function memoryMiB(page) {
  await page.cdp.send('HeapProfiler.collectGarbage');
  const heap = await page.cdp.send('Runtime.getHeapUsage');
  const wasm = await page.evaluate(() => Module.HEAP8.length);
  return { jsHeap: heap.usedSize / 2 ** 20, wasm: wasm / 2 ** 20, total: (heap.usedSize + wasm) / 2 ** 20 };
}

async function memoryAfterLoading(n) {
  const browser = await openBrowser({ site });
  try {
    const page = await openApp(browser);
    if (n > 0) {
      await importSamplePlan(page, n);
      await nextFrames(page, 3);
      await waitSaved(page, 120000);
    }
    return { stakeholders: n, ...(await memoryMiB(page)) };
  } finally {
    await browser.close();
  }
}

const samples = { keystone: [], demo: [] };
for (let i = 0; i < SAMPLES; i++) {
  for (const name of ['keystone', 'demo']) samples[name].push(await sampleApp(name));
}
const summary = (name) => Object.fromEntries(['cold', 'warm', 'cpuMs', 'busyMsPerFrame', 'machineMsPerFrame']
  .map((key) => [key, median(samples[name].map((s) => s[key]))]));
const keystone = summary('keystone');
const demo = summary('demo');
const memory = [];
for (const n of [0, 1000, 10000, 100000]) memory.push(await memoryAfterLoading(n));

writeFileSync(resultsPath, JSON.stringify({ keystone, demo, samples, memory }, null, 2));
const row = (what, key, target, unit = 'ms') => console.log(`${what}: Keystone ${keystone[key].toFixed(1)} ${unit} vs ` +
  `ImGui demo ${demo[key].toFixed(1)} ${unit} = ${(keystone[key] / demo[key]).toFixed(2)}x (target <= ${target}x)`);
row('first frame, cold', 'cold', 1.3);
row('first frame, warm', 'warm', 1.3);
row('whole frame CPU, portfolio', 'cpuMs', 1.5);
row('main thread busy per frame', 'busyMsPerFrame', 1.5);
row('machine CPU per frame, GPU process included', 'machineMsPerFrame', 1.5);
for (const m of memory) {
  console.log(`memory with ${m.stakeholders} stakeholders: ${m.total.toFixed(1)} MiB ` +
    `(JS heap ${m.jsHeap.toFixed(1)}, wasm ${m.wasm.toFixed(1)})`);
}
