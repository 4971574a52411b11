// What every e2e spec (and the bench) needs: the Graph sandbox, the built app served by scripts/serve-dist.mjs,
// and one Chromium. Each spec file starts its own (ports are random), so files can run in parallel.
import { spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { Browser } from 'playwright-core';
import { startSandbox } from '../../../src/sandbox/server';
import { launchChromium } from './launchChromium';
import { guardedBrowser } from './pageGuards';

export type Sandbox = Awaited<ReturnType<typeof startSandbox>>;

export interface E2eEnv {
  readonly sandbox: Sandbox;
  /** Origin of the static server for dist/, e.g. http://127.0.0.1:41234 (no trailing slash). */
  readonly distUrl: string;
  /** Every context it opens records CSP violations and requests off localhost (pageGuards.ts). */
  readonly browser: Browser;
  close(): Promise<void>;
}

const projectRoot = resolve(__dirname, '..', '..', '..');
export const distDir = join(projectRoot, 'dist');

export function assertDistBuilt(): void {
  for (const file of ['index.html', 'tab.html']) {
    if (!existsSync(join(distDir, file))) {
      throw new Error(`dist/${file} is missing: run npm run build first`);
    }
  }
}

interface DistServer {
  readonly url: string;
  close(): Promise<void>;
}

async function startDistServer(sandboxUrl: string): Promise<DistServer> {
  const child: ChildProcessWithoutNullStreams = spawn(
    process.execPath,
    [join(__dirname, 'serveDistChild.mjs'), distDir, sandboxUrl],
    { stdio: 'pipe' },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const firstLine = await new Promise<string>((resolveLine, reject) => {
    const lines = createInterface({ input: child.stdout });
    lines.once('line', resolveLine);
    child.once('exit', (code) => reject(new Error(`serve-dist exited with ${String(code)}: ${stderr}`)));
  });
  const { url } = JSON.parse(firstLine) as { url: string };
  return {
    url: url.replace(/\/$/, ''),
    close: () =>
      new Promise<void>((resolveClose) => {
        if (child.exitCode !== null) return resolveClose();
        child.once('exit', () => resolveClose());
        child.stdin.end();
      }),
  };
}

export async function startE2eEnv(): Promise<E2eEnv> {
  assertDistBuilt();
  const sandbox = await startSandbox({ port: 0 });
  const dist = await startDistServer(sandbox.url).catch(async (error: unknown) => {
    await sandbox.close();
    throw error;
  });
  const browser = await launchChromium().catch(async (error: unknown) => {
    await dist.close();
    await sandbox.close();
    throw error;
  });
  return {
    sandbox,
    distUrl: dist.url,
    browser: guardedBrowser(browser),
    async close() {
      await browser.close();
      await dist.close();
      await sandbox.close();
    },
  };
}
