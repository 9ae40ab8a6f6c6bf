// Minimal static file server for the built app (loopback only). Used by scripts/run and
// by the browser tests, which start it on port 0 and read the chosen port.
//
// It serves only files inside the site folder and answers only GET and HEAD. Every answer
// carries the headers a static host should send (docs/hosting.md lists them for teams that
// host the built site themselves): the page's own Content-Security-Policy plus what a meta
// tag cannot say (frame-ancestors), nosniff, no referrer, and a window no other origin opens.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm', '.json': 'application/json', '.webmanifest': 'application/manifest+json',
  '.png': 'image/png', '.svg': 'image/svg+xml', '.ico': 'image/x-icon',
};

// Used only when the site has no index.html to read the policy from (e.g. a bare folder).
const FALLBACK_CSP = "default-src 'self'; object-src 'none'; base-uri 'none'";

// The policy index.html declares in its meta tag, so the header and the page never disagree;
// frame-ancestors is ignored in a meta tag and is added here.
export function contentSecurityPolicy(root) {
  let policy = FALLBACK_CSP;
  try {
    const html = readFileSync(join(root, 'index.html'), 'utf8');
    const meta = html.match(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i);
    if (meta) policy = meta[1].trim().replace(/;\s*$/, '');
  } catch { /* no index.html: the fallback */ }
  return /frame-ancestors/.test(policy) ? policy : `${policy}; frame-ancestors 'none'`;
}

export function securityHeaders(root) {
  return {
    'Content-Security-Policy': contentSecurityPolicy(root),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

// The file a request path names inside `base`, or null when it is not a plain path inside
// it: `..` segments (written plainly or percent-encoded), NUL, backslashes, and anything
// that resolves outside — including a sibling folder whose name starts like the site's.
export function fileInside(base, pathname) {
  let decoded;
  try { decoded = decodeURIComponent(pathname); } catch { return null; }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  if (decoded.split('/').some((segment) => segment === '..')) return null;
  const file = resolve(base, '.' + decoded);
  const inside = relative(base, file);
  if (inside === '') return base;
  if (inside.startsWith('..' + sep) || inside === '..' || isAbsolute(inside)) return null;
  return file;
}

export function startServer(root, port = 0, host = '127.0.0.1') {
  const base = resolve(root);
  const headers = securityHeaders(base);
  const server = createServer(async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...headers, Allow: 'GET, HEAD', 'Content-Type': 'text/plain' }).end('method not allowed');
      return;
    }
    const refuse = (status, text) =>
      res.writeHead(status, { ...headers, 'Content-Type': 'text/plain' }).end(text);
    let file;
    try {
      file = fileInside(base, new URL(req.url, 'http://local').pathname);
    } catch {
      file = null;
    }
    if (!file) { refuse(403, 'forbidden'); return; }
    try {
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, {
        ...headers,
        'Content-Type': TYPES[extname(file)] || 'application/octet-stream',
        // The service worker must be re-checked on every load, or a new build is never
        // offered; the other files are revalidated too, which is cheap on loopback.
        'Cache-Control': basename(file) === 'sw.js' ? 'no-cache, max-age=0' : 'no-cache',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      refuse(404, 'not found');
    }
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => ok(server));
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = process.argv[2] || 'build/web/site';
  const port = Number(process.env.PORT || 8080);
  const server = await startServer(root, port);
  console.log(`Keystone is running at http://127.0.0.1:${server.address().port}/  (Ctrl+C to stop)`);
}
