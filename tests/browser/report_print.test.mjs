// Print report in a real browser: the report goes into a hidden frame of the page and that
// frame's print() opens the browser's dialog; nothing is downloaded. A browser that shows no
// dialog gets the report as a download instead. And the report of the sample and of a full
// plan prints on one A4 and one US Letter page.
//
// The tests watch the frame from outside, as a rep's browser would see it: they notice the
// frame arriving, listen for its beforeprint event and count calls to its print() by
// wrapping it. The app is not told; the frame keeps its window when its document loads.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openBrowser, openApp, click, nextFrames, ARTIFACTS, ROOT } from './harness.mjs';

let browser;
before(async () => { browser = await openBrowser(); });
after(async () => { await browser?.close(); });

// Starts watching for print frames. With `refuse`, each frame's print() does nothing, as in
// a browser where printing is blocked. Progress is in window.__printWatch.
async function watchPrintFrames(page, { refuse = false } = {}) {
  await page.evaluate((refusing) => {
    const watch = { frames: 0, calls: 0, beforeprint: 0 };
    window.__printWatch = watch;
    new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (node.tagName !== 'IFRAME') continue;
          watch.frames++;
          const win = node.contentWindow;
          const print = win.print;
          win.print = function () {
            watch.calls++;
            return refusing ? undefined : print.apply(this, arguments);
          };
          win.addEventListener('beforeprint', () => { watch.beforeprint++; });
        }
      }
    }).observe(document.body, { childList: true });
  }, refuse);
}

function countDownloads(page) {
  const downloads = [];
  page.on('download', (d) => downloads.push(d));
  return downloads;
}

// The report the page printed: the document of its print frame.
async function printedReport(page) {
  await page.waitForFunction(() => window.__printWatch.beforeprint > 0, null, { timeout: 15000 });
  return page.evaluate(() => document.querySelector('iframe').contentDocument.documentElement.outerHTML);
}

// PDF pages: each page object is "/Type /Page"; the tree above them is "/Type /Pages".
function pdfPages(pdf) {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) || []).length;
}

// Prints `html` to PDF on A4 and on Letter as a browser's print would lay it out, keeps
// the PDFs and a picture of each page size for a person to look at, and returns the page
// counts.
async function pagesWhenPrinted(html, name) {
  const page = await browser.context.newPage();
  await page.setContent(html);
  await page.emulateMedia({ media: 'print' });
  mkdirSync(ARTIFACTS, { recursive: true });
  const pages = {};
  for (const [format, width, height] of [['A4', 794, 1123], ['Letter', 816, 1056]]) {
    const pdf = await page.pdf({ format, printBackground: true });
    writeFileSync(join(ARTIFACTS, `${name}-${format}.pdf`), pdf);
    pages[format] = pdfPages(pdf);
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: join(ARTIFACTS, `${name}-${format}.png`) });
  }
  await page.close();
  return pages;
}

test('Print report opens the print dialog from a hidden frame, and nothing is downloaded', async () => {
  const page = await openApp(browser);
  const downloads = countDownloads(page);
  await watchPrintFrames(page);
  await click(page, 'Print report');
  const html = await printedReport(page);
  assert.ok(html.includes('<h1>Northwind Logistics</h1>'), 'the frame holds the report');
  const frame = await page.evaluate(() => {
    const f = document.querySelector('iframe');
    const box = f.getBoundingClientRect();
    return { count: document.querySelectorAll('iframe').length, hidden: f.getAttribute('aria-hidden'), w: box.width, h: box.height };
  });
  assert.deepEqual(frame, { count: 1, hidden: 'true', w: 0, h: 0 });
  assert.equal(await page.evaluate(() => window.__printWatch.calls), 1, 'print() was called once');

  // A second print replaces the frame; the dialog closing ('afterprint') removes it.
  await click(page, 'Print report');
  await page.waitForFunction(() => window.__printWatch.beforeprint > 1, null, { timeout: 15000 });
  assert.equal(await page.evaluate(() => document.querySelectorAll('iframe').length), 1);
  await page.evaluate(() => document.querySelector('iframe').contentWindow.dispatchEvent(new Event('afterprint')));
  await page.waitForFunction(() => document.querySelectorAll('iframe').length === 0, null, { timeout: 5000 });

  await page.waitForTimeout(5000);  // longer than the app waits before it calls a print refused
  assert.equal(downloads.length, 0, 'nothing was downloaded');
  assert.equal(await page.evaluate(() => window.keystone.ui.find('Dismiss')), null, 'no notice');
  assert.deepEqual(page.problems, [], 'no CSP or script errors');
  await page.close();
});

test('when the browser shows no print dialog, the report is downloaded instead', async () => {
  const page = await openApp(browser);
  await watchPrintFrames(page, { refuse: true });
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 20000 }),
    click(page, 'Print report'),
  ]);
  assert.equal(download.suggestedFilename(), 'Northwind Logistics report.html');
  const html = readFileSync(await download.path(), 'utf8');
  assert.ok(html.includes('<h1>Northwind Logistics</h1>'));
  assert.equal(await page.evaluate(() => window.__printWatch.calls), 1, 'print() was tried');
  await page.waitForFunction(() => window.keystone.ui.find('Dismiss') !== null, null, { timeout: 5000 });
  assert.equal(await page.evaluate(() => document.querySelectorAll('iframe').length), 0, 'the frame is gone');
  await page.close();
});

test('a second print while the first waits for its dialog takes its place', async () => {
  const page = await openApp(browser);
  const downloads = countDownloads(page);
  await watchPrintFrames(page, { refuse: true });
  await click(page, 'Print report');
  await click(page, 'Print report');  // well within the wait for the first one's dialog
  await page.waitForFunction(() => window.__printWatch.calls === 2, null, { timeout: 10000 });
  await page.waitForEvent('download', { timeout: 20000 });
  await page.waitForTimeout(6000);  // past the first print's own wait, had it still been waiting
  assert.equal(downloads.length, 1, 'only the second print fell back to a download');
  assert.equal(await page.evaluate(() => window.__printWatch.frames), 2);
  assert.equal(await page.evaluate(() => document.querySelectorAll('iframe').length), 0);
  await page.close();
});

test('Download report (HTML) saves a self-contained page', async () => {
  const page = await openApp(browser);
  await click(page, 'More report options');
  await nextFrames(page, 3);
  const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'Download report (HTML)')]);
  assert.equal(download.suggestedFilename(), 'Northwind Logistics report.html');
  const html = readFileSync(await download.path(), 'utf8');
  assert.ok(html.includes('<h1>Northwind Logistics</h1>'));
  assert.ok(!/<script|https?:\/\//i.test(html), 'no scripts and no addresses');
  await page.close();
});

test('the report of the sample and of a full plan prints on one A4 and one Letter page', async () => {
  const page = await openApp(browser);
  await watchPrintFrames(page);
  await click(page, 'Print report');
  const sample = await printedReport(page);
  assert.deepEqual(await pagesWhenPrinted(sample, 'report-sample'), { A4: 1, Letter: 1 });

  const full = readFileSync(join(ROOT, 'tests', 'fixtures', 'full_plan.keystone.json'), 'utf8');
  const imported = await page.evaluate((text) => window.keystone.importPlan(text), full);
  assert.equal(imported.ok, true, imported.error);
  await nextFrames(page, 3);
  await page.evaluate(() => { window.__printWatch.beforeprint = 0; });
  await click(page, 'Print report');
  const fullReport = await printedReport(page);
  assert.ok(fullReport.includes('<h1>Aurora Freight Group</h1>'), 'the imported account is printed');
  assert.ok(fullReport.includes('and 4 more open opportunities'), 'a full plan is summarised');
  assert.deepEqual(await pagesWhenPrinted(fullReport, 'report-full-plan'), { A4: 1, Letter: 1 });
  await page.close();
});
