// `npm start`: build, start the Graph sandbox, serve dist/, print where to go. Ctrl+C stops everything.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { serveDist } from './serve-dist.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const port = Number(process.env.PORT ?? 3000);
const sandboxPort = Number(process.env.SANDBOX_PORT ?? 4000);
const sandboxUrl = `http://localhost:${sandboxPort}`;

console.log('Building Roundtable (webpack --mode production)…');
const webpackCli = require.resolve('webpack-cli/bin/cli.js');
const build = spawnSync(process.execPath, [webpackCli, '--mode', 'production'], {
  cwd: root,
  stdio: 'inherit',
});
if (build.status !== 0) {
  console.error('The build failed; see the webpack output above.');
  process.exit(build.status ?? 1);
}

// tsx runs the TypeScript sandbox directly; it is never bundled (DESIGN.md layers).
const tsxCli = require.resolve('tsx/cli');
const sandbox = spawn(process.execPath, [tsxCli, 'src/sandbox/main.ts'], {
  cwd: root,
  stdio: ['ignore', 'inherit', 'inherit'],
  env: { ...process.env, SANDBOX_PORT: String(sandboxPort) },
});
let stopping = false;
sandbox.on('exit', (code, signal) => {
  if (stopping) return;
  console.error(`The Graph sandbox stopped (${signal ?? `exit code ${code}`}).`);
  process.exit(code ?? 1);
});

await waitForSandbox(`${sandboxUrl}/_sandbox/tenant`, 30_000);
// Loopback only: this is a local demo. Browsers try every address 'localhost' resolves to.
const server = await serveDist({ dir: path.join(root, 'dist'), port, host: 'localhost', sandboxUrl });
console.log(`Roundtable demo: http://localhost:${port}  (Graph sandbox: ${sandboxUrl})`);
console.log('Press Ctrl+C to stop.');

const stop = async () => {
  if (stopping) return;
  stopping = true;
  sandbox.kill('SIGTERM');
  await server.close().catch(() => undefined);
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

/** @param {string} url @param {number} timeoutMs */
async function waitForSandbox(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet: keep polling until the deadline.
    }
    if (Date.now() > deadline) {
      console.error(`The Graph sandbox did not answer at ${url} within ${timeoutMs / 1000} s.`);
      sandbox.kill('SIGTERM');
      process.exit(1);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}
