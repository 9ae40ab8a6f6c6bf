// Benchmarks in the real WASM build inside headless Chromium, each beside a peer run in
// the same page: plan load/save vs JSON.parse/JSON.stringify of the same bytes, and the
// org-chart layout vs d3-hierarchy's d3.tree() (d3.hierarchy() included).
// Run through ./scripts/bench, which prepares build/bench/site.
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../../scripts/serve.mjs';
import { setTestClock } from '../browser/fixed_clock.mjs';

const site = process.argv[2];
const resultsPath = process.argv[3];
// KEYSTONE_BENCH_ONLY=pricing runs the pricing line alone (no plan files or d3 needed).
const only = process.env.KEYSTONE_BENCH_ONLY || '';
const sizes = only ? [] : [1000, 10000, 100000];
const server = await startServer(site, 0);
const url = `http://127.0.0.1:${server.address().port}/`;
const profile = mkdtempSync(join(tmpdir(), 'keystone-bench-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium', headless: true,
  args: ['--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--no-sandbox',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--disable-quic', '--no-first-run', '--js-flags=--max-old-space-size=8192'],
});
await setTestClock(context);
const page = await context.newPage();
await page.goto(url);
await page.waitForFunction(() => window.Module && Module.calledRun, null, { timeout: 60000 });
if (!only) await page.addScriptTag({ url: 'd3-hierarchy.min.js' });

const results = { plan: [], layout: [] };

// Median of `runs` samples of fn's time in ms (after a warm-up). Each sample repeats fn
// enough times to last at least 25 ms, because the browser's clock is coarse (0.1 ms).
const median = `
  window.benchMedian = (fn, runs) => {
    let s = performance.now(); fn();
    const once = Math.max(performance.now() - s, 0.01);
    const reps = Math.max(1, Math.ceil(25 / once));
    const t = [];
    for (let i = 0; i < runs; i++) {
      s = performance.now();
      for (let r = 0; r < reps; r++) fn();
      t.push((performance.now() - s) / reps);
    }
    t.sort((a, b) => a - b);
    return t[Math.floor(t.length / 2)];
  };
  // Both sides sampled alternately, so a noisy moment on the machine hits both alike.
  window.benchPair = (ours, peer, runs) => {
    const a = [], b = [];
    for (let i = 0; i < runs; i++) { a.push(benchMedian(ours, 1)); b.push(benchMedian(peer, 1)); }
    const mid = (t) => t.sort((x, y) => x - y)[Math.floor(t.length / 2)];
    return [mid(a), mid(b)];
  };`;
await page.evaluate(median);

for (const n of sizes) {
  const r = await page.evaluate(async (n) => {
    const bytes = new Uint8Array(await (await fetch(`plan-${n}.json`)).arrayBuffer());
    const text = new TextDecoder().decode(bytes);
    const runs = n >= 100000 ? 5 : 11;
    const ptr = Module._malloc(bytes.length);
    Module.HEAPU8.set(bytes, ptr);
    if (!Module._keystone_bench_plan_load(ptr, bytes.length)) throw new Error('plan did not load');
    const [load, parse] = benchPair(() => Module._keystone_bench_plan_load(ptr, bytes.length),
      () => JSON.parse(text), runs);
    const object = JSON.parse(text);
    const [save, stringify] = benchPair(() => Module._keystone_bench_plan_save(),
      () => JSON.stringify(object), runs);
    Module._free(ptr);
    return { stakeholders: n, bytes: bytes.length, load, parse, save, stringify };
  }, n);
  r.loadRatio = r.load / r.parse;
  r.saveRatio = r.save / r.stringify;
  results.plan.push(r);
  console.log(`plan ${String(n).padStart(6)} (${(r.bytes / 1048576).toFixed(1)} MiB): load ${r.load.toFixed(1)} ms vs JSON.parse ${r.parse.toFixed(1)} ms = ${r.loadRatio.toFixed(2)}x; save ${r.save.toFixed(1)} ms vs JSON.stringify ${r.stringify.toFixed(1)} ms = ${r.saveRatio.toFixed(2)}x`);
}

const shapes = [['org', 1000], ['org', 10000], ['org', 100000], ['star', 100000], ['chain', 100000]];
for (const [shape, n] of only ? [] : shapes) {
  const r = await page.evaluate(({ shape, n }) => {
    // Deterministic parents: org = 2..12 reports per manager, breadth first.
    let seed = 12345;
    const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const parents = new Int32Array(n);
    parents[0] = -1;
    if (shape === 'chain') for (let i = 1; i < n; i++) parents[i] = i - 1;
    else if (shape === 'star') for (let i = 1; i < n; i++) parents[i] = 0;
    else {
      let next = 1;
      for (let m = 0; next < n; m++) {
        const reports = 2 + Math.floor(rand() * 11);
        for (let k = 0; k < reports && next < n; k++) parents[next++] = m;
      }
    }
    const ptr = Module._malloc(n * 4);
    Module.HEAP32.set(parents, ptr >> 2);
    const runs = 9;
    const ours = benchMedian(() => Module._keystone_bench_layout(ptr, n, 0), runs);
    const oursStacked = benchMedian(() => Module._keystone_bench_layout(ptr, n, 1), runs);
    Module._free(ptr);
    // d3 gets nested data (built untimed) and does hierarchy() + tree() like our call.
    const nodes = Array.from({ length: n }, (_, i) => ({ id: i, children: [] }));
    for (let i = 1; i < n; i++) nodes[parents[i]].children.push(nodes[i]);
    for (const node of nodes) if (!node.children.length) delete node.children;
    const layout = d3.tree().nodeSize([176, 112]);
    const d3Runs = shape === 'chain' ? 1 : 3;
    const d3ms = benchMedian(() => layout(d3.hierarchy(nodes[0])), d3Runs);
    return { shape, n, ours, oursStacked, d3: d3ms };
  }, { shape, n });
  r.speedup = r.d3 / r.ours;
  results.layout.push(r);
  console.log(`layout ${shape.padEnd(5)} ${String(n).padStart(6)}: ours ${r.ours.toFixed(2)} ms (stacked teams ${r.oursStacked.toFixed(2)} ms) vs d3 ${r.d3.toFixed(1)} ms = ${r.speedup.toFixed(1)}x faster`);
}

// Pricing: one seat change recomputes every tier, the crossovers over 1..10,000 seats and the
// chart curve (Module._keystone_bench_pricing = computeWhatIf). The peer is the obvious
// JavaScript way to find where the cheapest tier changes: price every seat count 1..10,000
// on each tier (volume brackets, term discount) and compare, in the same page.
const pricing = await page.evaluate(() => {
  let seats = 1;
  const step = () => { Module._keystone_bench_pricing(seats); seats = seats % 5000 + 37; };
  const tiers = [
    { price: 4900, min: 5, term: 0, brackets: [] },
    { price: 8900, min: 25, term: 1000, brackets: [[100, 1000], [250, 1500]] },
    { price: 12000, min: 100, term: 1000, brackets: [[500, 2000], [1000, 3000], [2500, 4000]] },
  ];
  const annual = (t, n) => {
    let bp = 0;
    for (const [from, d] of t.brackets) if (n >= from) bp = d;
    return Math.round(n * t.price * 12 * (10000 - bp) / 10000 * (10000 - t.term) / 10000);
  };
  const scan = () => {
    const changes = [];
    let last = -1;
    for (let n = 1; n <= 10000; n++) {
      let best = -1, cost = Infinity;
      tiers.forEach((t, i) => { if (n >= t.min) { const c = annual(t, n); if (c < cost) { cost = c; best = i; } } });
      if (best !== last) { changes.push(n); last = best; }
    }
    return changes.length;
  };
  const [ms, peer] = benchPair(step, scan, 9);
  return { perSeatChangeMs: ms, jsScanMs: peer };
});
results.pricing = pricing;
console.log(`pricing: all tiers + crossovers + chart curve for one seat change ${(pricing.perSeatChangeMs * 1000).toFixed(1)} µs ` +
  `(target < 1 ms) vs JS brute-force scan of 1..10,000 seats ${(pricing.jsScanMs * 1000).toFixed(1)} µs = ` +
  `${(pricing.jsScanMs / pricing.perSeatChangeMs).toFixed(1)}x faster`);

writeFileSync(resultsPath, JSON.stringify(results, null, 2));
await context.close();
await new Promise((ok) => server.close(ok));
rmSync(profile, { recursive: true, force: true });
