// `npm run start:https` (scripts/serve-https.mjs): the local environment's tab over https, on TAB_ENDPOINT's port,
// with the certificate the Agents Toolkit's devTool/install writes as SSL_CRT_FILE / SSL_KEY_FILE.
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:https';
import type { IncomingHttpHeaders } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { productionSecurityHeaders } from '../../../scripts/lib/securityHeaders.cjs';

const root = join(__dirname, '..', '..', '..');
const script = join(root, 'scripts', 'serve-https.mjs');
const certFile = join(root, 'tests', 'fixtures', 'https', 'localhost.crt');
const keyFile = join(root, 'tests', 'fixtures', 'https', 'localhost.key');

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, 'localhost', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (typeof address !== 'object' || !address) throw new Error('no port');
  return address.port;
}

function fetchHttps(url: string): Promise<{ status: number; headers: IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    // Trust exactly the fixture certificate, as the toolkit's trusted dev certificate is trusted on a laptop.
    get(url, { ca: readFileSync(certFile) }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    }).on('error', reject);
  });
}

describe('npm run start:https', () => {
  it('refuses the committed local environment until devTool/install wrote the certificate, naming the variables', () => {
    const result = spawnSync(process.execPath, [script], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, TEAMSFX_ENV: 'local', SSL_CRT_FILE: '', SSL_KEY_FILE: '' },
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('SSL_CRT_FILE is not set in env/.env.local');
    expect(result.stderr).toContain('SSL_KEY_FILE is not set in env/.env.local');
  });

  describe('with a certificate', () => {
    let child: ChildProcess | undefined;
    let dir = '';
    afterEach(() => {
      child?.kill('SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    });

    it("serves the build over https on TAB_ENDPOINT's port, with the production headers and no source maps", async () => {
      dir = mkdtempSync(join(tmpdir(), 'roundtable-https-'));
      writeFileSync(join(dir, 'tab.html'), '<!doctype html><title>Roundtable</title>');
      writeFileSync(join(dir, 'tab.js.map'), '{"sources":["secret.ts"]}');
      const port = await freePort();
      const started = spawn(process.execPath, [script, dir], {
        cwd: root,
        env: {
          ...process.env,
          TEAMSFX_ENV: 'local',
          TAB_ENDPOINT: `https://localhost:${port}`,
          SSL_CRT_FILE: certFile,
          SSL_KEY_FILE: keyFile,
        },
      });
      child = started;
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        started.stdout?.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const match = /(https:\/\/localhost:\d+)\/tab\.html/.exec(out);
          if (match?.[1]) resolve(match[1]);
        });
        started.once('exit', (code) => reject(new Error(`serve-https exited with ${String(code)}`)));
      });
      expect(url).toBe(`https://localhost:${port}`);

      const tab = await fetchHttps(`${url}/tab.html`);
      expect(tab.status).toBe(200);
      expect(tab.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(tab.headers['x-content-type-options']).toBe('nosniff');
      expect(tab.headers['content-security-policy']).toBe(
        productionSecurityHeaders()['Content-Security-Policy'],
      );
      expect(tab.body).toContain('<title>Roundtable</title>');

      const map = await fetchHttps(`${url}/tab.js.map`);
      expect(map.status).toBe(404);
      expect(map.body).not.toContain('secret.ts');
      expect((await fetchHttps(`${url}/..%2Fpackage.json`)).status).toBe(404);
    }, 30_000);
  });
});
