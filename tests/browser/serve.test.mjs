// The dev server (scripts/serve.mjs) serves only the site folder and sends the security
// headers. No browser needed: raw HTTP requests, so paths reach the server unnormalised.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../../scripts/serve.mjs';

const PAGE_CSP = "default-src 'self'; object-src 'none'; base-uri 'none'";
let scratch, server;

function get(path, method = 'GET') {
  return new Promise((ok, fail) => {
    const req = request({ host: '127.0.0.1', port: server.address().port, path, method }, (res) => {
      let body = '';
      res.on('data', (chunk) => { body += chunk; });
      res.on('end', () => ok({ status: res.statusCode, headers: res.headers, body }));
    });
    req.on('error', fail);
    req.end();
  });
}

before(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'keystone-serve-'));
  const site = join(scratch, 'site');
  mkdirSync(site);
  writeFileSync(join(site, 'index.html'),
    `<!doctype html><meta http-equiv="Content-Security-Policy"\n  content="${PAGE_CSP}"><p>app</p>`);
  writeFileSync(join(site, 'sw.js'), '// worker');
  // A sibling whose name starts like the site folder's: a bare startsWith would serve it.
  mkdirSync(join(scratch, 'site-secrets'));
  writeFileSync(join(scratch, 'site-secrets', 'key.txt'), 'SECRET');
  writeFileSync(join(scratch, 'outside.txt'), 'SECRET');
  server = await startServer(site, 0);
});
after(async () => {
  await new Promise((ok) => server.close(ok));
  rmSync(scratch, { recursive: true, force: true });
});

test('files inside the site folder are served with the security headers', async () => {
  const page = await get('/');
  assert.equal(page.status, 200);
  assert.match(page.body, /<p>app<\/p>/);
  assert.equal(page.headers['content-security-policy'], `${PAGE_CSP}; frame-ancestors 'none'`);
  assert.equal(page.headers['x-content-type-options'], 'nosniff');
  assert.equal(page.headers['referrer-policy'], 'no-referrer');
  assert.equal(page.headers['cross-origin-opener-policy'], 'same-origin');
  const worker = await get('/sw.js');
  assert.equal(worker.status, 200);
  assert.match(worker.headers['cache-control'], /no-cache/);
  assert.match(worker.headers['content-type'], /javascript/);
});

test('traversal, sibling folders, absolute paths and NUL are refused', async () => {
  const attempts = [
    '/../site-secrets/key.txt',
    '/..%2fsite-secrets%2fkey.txt',
    '/%2e%2e/site-secrets/key.txt',
    '/%2e%2e%2fsite-secrets%2fkey.txt',
    '/..%5csite-secrets%5ckey.txt',
    '/../outside.txt',
    '/%2E%2E/%2E%2E/etc/passwd',
    `/${encodeURIComponent(join(scratch, 'outside.txt'))}`,
    '//etc/passwd',
    '/index.html%00.txt',
    '/%E0%A4%A',  // not valid percent-encoding
  ];
  for (const path of attempts) {
    const answer = await get(path);
    assert.ok(answer.status === 403 || answer.status === 404, `${path}: ${answer.status}`);
    assert.ok(!answer.body.includes('SECRET'), path);
    assert.equal(answer.headers['x-content-type-options'], 'nosniff', path);
  }
});

test('only GET and HEAD are answered', async () => {
  assert.equal((await get('/', 'HEAD')).status, 200);
  const post = await get('/', 'POST');
  assert.equal(post.status, 405);
  assert.equal(post.headers.allow, 'GET, HEAD');
});
