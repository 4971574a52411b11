// `npm run start:https`: serves the built tab (dist/) over https for the Agents Toolkit's "local" environment,
// so "provision, then sideload" works from a laptop: Teams, Outlook and the Microsoft 365 app only frame https.
//
// Everything comes from the environment file (env/.env.$TEAMSFX_ENV, default "local"), as the toolkit's local
// debug does: the port is TAB_ENDPOINT's, and the certificate is the one `devTool/install` (devCert: trust: true)
// made and trusted, whose paths it writes as SSL_CRT_FILE and SSL_KEY_FILE. Build the same environment first
// (`atk deploy --env local`, or `TEAMSFX_ENV=local npm run build`).
import { createServer } from 'node:https';
import { existsSync, readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import environments from './lib/environment.cjs';
import security from './lib/securityHeaders.cjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** The production headers (scripts/lib/securityHeaders.cjs), exactly as the static host sends them: Teams frames this
 * tab from its real origins, so nothing is added for a local server. */
const securityHeaders = security.productionSecurityHeaders();

/**
 * Reads the https settings from an environment, naming whatever is missing.
 * @param {Record<string, string | undefined>} processEnv
 * @returns {{ ok: true; name: string; port: number; certFile: string; keyFile: string } | { ok: false; name: string; problems: string[] }}
 */
export function httpsSettings(processEnv) {
  const withDefault = { ...processEnv, TEAMSFX_ENV: processEnv.TEAMSFX_ENV || 'local' };
  const { name, vars } = environments.loadEnvironment(root, withDefault);
  const problems = [];
  let port = 0;
  try {
    const endpoint = new URL(vars.TAB_ENDPOINT ?? '');
    if (endpoint.protocol !== 'https:') problems.push(`TAB_ENDPOINT must be https://, got ${endpoint.href}`);
    port = Number(endpoint.port || 443);
  } catch {
    problems.push(`TAB_ENDPOINT is not a URL (${JSON.stringify(vars.TAB_ENDPOINT ?? '')})`);
  }
  for (const variable of ['SSL_CRT_FILE', 'SSL_KEY_FILE']) {
    const file = vars[variable];
    if (!file) {
      problems.push(
        `${variable} is not set in env/.env.${name}: run \`atk deploy --env ${name}\` (devTool/install with ` +
          'devCert trust: true creates and trusts a localhost certificate and writes its path there)',
      );
    } else if (!existsSync(path.resolve(root, file))) {
      problems.push(`${variable} names ${file}, which does not exist`);
    }
  }
  if (problems.length > 0) return { ok: false, name, problems };
  return {
    ok: true,
    name,
    port,
    certFile: path.resolve(root, vars.SSL_CRT_FILE ?? ''),
    keyFile: path.resolve(root, vars.SSL_KEY_FILE ?? ''),
  };
}

/**
 * @param {{ dir: string; port: number; host?: string; certFile: string; keyFile: string }} options
 * @returns {Promise<{ url: string; close(): Promise<void> }>}
 */
export async function serveHttps({ dir, port, host = 'localhost', certFile, keyFile }) {
  const base = path.resolve(dir);
  const server = createServer({ cert: readFileSync(certFile), key: readFileSync(keyFile) }, (req, res) => {
    handle(base, req, res).catch((error) => {
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
    url: `https://${host}:${actualPort}`,
    close: () =>
      new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/** @param {string} base @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res */
async function handle(base, req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD' }).end();
    return;
  }
  const pathname = decodeURIComponent(new URL(req.url ?? '/', 'https://localhost').pathname);
  const file = path.resolve(base, `.${pathname.endsWith('/') ? `${pathname}index.html` : pathname}`);
  const ext = path.extname(file).toLowerCase();
  // No escaping dist/ with ../, and no public source maps: they would publish the source.
  const info =
    (file === base || file.startsWith(base + path.sep)) && ext !== '.map'
      ? await stat(file).catch(() => undefined)
      : undefined;
  if (!info || !info.isFile()) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', ...securityHeaders });
    res.end('Not found');
    return;
  }
  const body = await readFile(file);
  res.writeHead(200, {
    'content-type': CONTENT_TYPES[ext] ?? 'application/octet-stream',
    'content-length': body.length,
    'cache-control': ext === '.html' ? 'no-cache' : 'public, max-age=31536000, immutable',
    ...securityHeaders,
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

// Run as a script (not when a test imports it).
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const settings = httpsSettings(process.env);
  if (!settings.ok) {
    console.error(`start:https: environment "${settings.name}" can't be served over https:`);
    for (const p of settings.problems) console.error(`  - ${p}`);
    process.exit(1);
  }
  // `npm run start:https -- <folder>` serves another build folder; dist/ by default.
  const dir = path.resolve(process.argv[2] ?? path.join(root, 'dist'));
  if (!existsSync(path.join(dir, 'tab.html'))) {
    console.error(
      `start:https: dist/tab.html is missing; build first: TEAMSFX_ENV=${settings.name} npm run build`,
    );
    process.exit(1);
  }
  const server = await serveHttps({
    dir,
    port: settings.port,
    certFile: settings.certFile,
    keyFile: settings.keyFile,
  });
  console.log(`Roundtable (${settings.name}): ${server.url}/tab.html  (Ctrl+C stops)`);
  const stop = () => server.close().finally(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
