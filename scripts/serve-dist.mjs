// A tiny static server for the built app (dist/). It rewrites the demo's sandbox URL into the served HTML, so
// one build works against a sandbox on any port (npm start, the browser tests). Every response carries the
// production security headers, with the demo's two documented additions (scripts/lib/securityHeaders.cjs), so
// the demo and every browser test run under the real CSP.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import securityHeaders from './lib/securityHeaders.cjs';

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

const SANDBOX_META = /(<meta\s+name="?roundtable-sandbox-url"?\s+content=)("[^"]*"|[^\s>]+)/i;

/**
 * @param {{ dir?: string; port?: number; host?: string; sandboxUrl?: string }} [options]
 * @returns {Promise<{ url: string; close(): Promise<void> }>}
 */
export async function serveDist({ dir = 'dist', port = 3000, host = 'localhost', sandboxUrl } = {}) {
  const root = path.resolve(dir);
  const headers = securityHeaders.demoSecurityHeaders({ sandboxUrl });
  const server = createServer((req, res) => {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    handle(root, sandboxUrl, req, res).catch((error) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`Internal error: ${error instanceof Error ? error.message : String(error)}`);
    });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(undefined));
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${actualPort}`,
    close: () =>
      new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/** @param {string} root @param {string | undefined} sandboxUrl @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res */
async function handle(root, sandboxUrl, req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD' }).end();
    return;
  }
  const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  const relative = pathname.endsWith('/') ? `${pathname}index.html` : pathname;
  const file = path.resolve(root, `.${relative}`);
  // No escaping the served folder with ../ or an encoded variant of it.
  if (file !== root && !file.startsWith(root + path.sep)) {
    res.writeHead(403).end();
    return;
  }
  const info = await stat(file).catch(() => undefined);
  if (!info || !info.isFile()) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  const ext = path.extname(file).toLowerCase();
  let body = await readFile(file);
  if (ext === '.html' && sandboxUrl) {
    body = Buffer.from(
      body.toString('utf8').replace(SANDBOX_META, `$1"${escapeAttribute(sandboxUrl)}"`),
      'utf8',
    );
  }
  res.writeHead(200, {
    'content-type': CONTENT_TYPES[ext] ?? 'application/octet-stream',
    'content-length': body.length,
    // Hashed assets never change; HTML must be re-read so a new build is picked up.
    'cache-control': ext === '.html' ? 'no-cache' : 'public, max-age=31536000, immutable',
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** @param {string} s */
function escapeAttribute(s) {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
