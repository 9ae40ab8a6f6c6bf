// Chromium and Firefox ESR side by side, the same build and the same machine: time to first
// frame (cold: a fresh profile's first visit; warm: the second visit, from the service
// worker) and the time to import a 10,000-stakeholder plan (keystone.importPlan on the text,
// read from the site beforehand: parse, checks, merge into the portfolio, one undo step).
// Both draw in software here (Chromium: SwiftShader; Firefox: Mesa's llvmpipe on a virtual
// display), so the start-up figures say how the browsers compare, not what a laptop's GPU
// does. Samples alternate between the browsers.
// Run through ./scripts/bench, under xvfb-run (Firefox needs a display for WebGL 2).
import { writeFileSync } from 'node:fs';
import { openBrowser } from '../browser/harness.mjs';
import { openFirefox } from '../firefox/harness.mjs';

const site = process.argv[2];
const resultsPath = process.argv[3];
const SAMPLES = 3;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const pause = (ms) => new Promise((ok) => setTimeout(ok, ms));

// Polls the page (the same call in Playwright and Puppeteer) until `probe` gives a value.
async function poll(page, probe, what, timeoutMs = 120000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await page.evaluate(probe).catch(() => null);
    if (value !== null && value !== undefined) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await pause(50);
  }
}

const firstFrameMark = () => {
  const mark = performance.getEntriesByName('keystone-first-frame')[0];
  return mark ? mark.startTime : null;
};

async function visit(newPage, url) {
  const page = await newPage();
  await page.goto(url);
  const ms = await poll(page, firstFrameMark, 'the first frame');
  return { page, ms };
}

async function sample(open) {
  const browser = await open();
  try {
    const cold = await visit(browser.newPage, browser.url);
    // The service worker has taken over once it controls a page.
    await poll(cold.page, () => (navigator.serviceWorker.controller ? true : null), 'the service worker');
    await cold.page.close();
    const warm = await visit(browser.newPage, browser.url);
    const importMs = await warm.page.evaluate(async () => {
      const plan = JSON.parse(await (await fetch('plan-10000.json')).text());
      plan.account.id = 'f'.repeat(28) + '2710';
      plan.account.name = 'Chart of 10000';
      const text = JSON.stringify(plan);
      const start = performance.now();
      const outcome = window.keystone.importPlan(text);
      if (!outcome.ok) throw new Error(outcome.error);
      return performance.now() - start;
    });
    return { cold: cold.ms, warm: warm.ms, importMs };
  } finally {
    await browser.close();
  }
}

const BROWSERS = {
  chromium: async () => {
    const b = await openBrowser({ site });
    return { url: b.url, newPage: () => b.context.newPage(), close: () => b.close() };
  },
  firefox: async () => {
    const f = await openFirefox({ site });
    return { url: f.url, newPage: () => f.context.newPage(), close: () => f.close() };
  },
};

const samples = { chromium: [], firefox: [] };
for (let i = 0; i < SAMPLES; i++) {
  for (const name of Object.keys(BROWSERS)) samples[name].push(await sample(BROWSERS[name]));
}
const summary = Object.fromEntries(Object.keys(samples).map((name) => [name,
  Object.fromEntries(['cold', 'warm', 'importMs'].map((key) => [key, median(samples[name].map((s) => s[key]))]))]));
writeFileSync(resultsPath, JSON.stringify({ summary, samples }, null, 2));
for (const [key, what] of [['cold', 'first frame, cold profile'], ['warm', 'first frame, warm (service worker)'],
  ['importMs', 'import of a 10,000-stakeholder plan']]) {
  console.log(`${what}: Chromium ${summary.chromium[key].toFixed(0)} ms, Firefox ESR ${summary.firefox[key].toFixed(0)} ms ` +
    `(Firefox / Chromium = ${(summary.firefox[key] / summary.chromium[key]).toFixed(2)}x)`);
}
