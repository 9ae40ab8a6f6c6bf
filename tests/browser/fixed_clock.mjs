// The one clock browser tests run on. No test reads this computer's date: every page
// starts at TEST_NOW on the page's own local calendar (whatever the time zone), and time
// then moves on at the real pace, so autosave pauses, timestamps and animations behave as
// usual. A test that needs another day says so: openBrowser({ now: '2030-02-28T23:30:00' }).
//
// Only Date moves; timers, requestAnimationFrame and performance.now stay real, so
// nothing about the frame loop changes under test.

// The built-in sample's reference day (kSampleReferenceDate), mid-morning.
export const TEST_NOW = '2026-11-24T10:15:00';
export const TEST_TODAY = TEST_NOW.slice(0, 10);

// Runs in the page before any of its scripts. `now` is a local wall-clock time, or an
// instant when it ends in "Z" (to check what the rep's time zone makes of it). Exported for
// tests/firefox, which installs it with puppeteer's evaluateOnNewDocument.
export function shiftPageClock(now) {
  const RealDate = Date;
  const [day, time] = now.replace('Z', '').split('T');
  const [y, mo, d] = day.split('-').map(Number);
  const [h, mi, s] = time.split(':').map(Number);
  const start = now.endsWith('Z') ? RealDate.UTC(y, mo - 1, d, h, mi, s || 0)
    : new RealDate(y, mo - 1, d, h, mi, s || 0).getTime();
  const offset = start - RealDate.now();
  function TestDate(...args) {
    if (!new.target) return new RealDate(RealDate.now() + offset).toString();
    return args.length === 0 ? new RealDate(RealDate.now() + offset) : new RealDate(...args);
  }
  TestDate.prototype = RealDate.prototype;
  TestDate.now = () => RealDate.now() + offset;
  TestDate.parse = RealDate.parse;
  TestDate.UTC = RealDate.UTC;
  globalThis.Date = TestDate;
}

// Every page the context opens from now on starts at `now` ("YYYY-MM-DDTHH:MM:SS" local,
// or with a trailing "Z" an instant).
export async function setTestClock(context, now = TEST_NOW) {
  await context.addInitScript(shiftPageClock, checkedTestClock(now));
}

export function checkedTestClock(now) {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?Z?$/.test(now)) throw new Error(`bad test clock "${now}"`);
  return now;
}
