// One way to start the browser for every spec and the bench (shared/DESIGN.md "Testing a Teams app without
// Teams"). Browser downloads are impossible here, so the order is:
//   1. CHROMIUM_PATH, when set. It is an explicit choice, so if it does not start the launch fails: quietly
//      testing with another browser would hide that.
//   2. A system Chromium that actually starts (Ubuntu's /usr/bin/chromium-browser can be a snap stub that
//      doesn't).
//   3. The Chromium that `npm ci` installs with @sparticuz/chromium, unpacked on first use
//      (unpackBundledChromium.mjs). So `npm ci && npm test` needs nothing else on a fresh machine.
// The choice is made once per process; later launches reuse it.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';
import type { Browser, LaunchOptions } from 'playwright-core';

const systemChromiums = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

// Safe for every candidate: no sandbox (CI runs as root, containers lack user namespaces), no GPU, and no
// traffic of the browser's own. @sparticuz/chromium's exported `args` are tuned for AWS Lambda: it needs none
// of them here, and some would change what the tests prove (--disable-web-security and
// --disable-site-isolation-trials switch off the very isolation the CSP and XSS tests rely on;
// --single-process changes how frames run), so none are taken.
const flags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// A system browser that hangs instead of failing must not eat the whole test timeout.
const probeTimeoutMs = 30_000;

interface Choice {
  readonly source: string;
  readonly options: LaunchOptions;
}

let chosen: Choice | undefined;

export async function launchChromium(): Promise<Browser> {
  if (chosen) return chromium.launch(chosen.options);
  const tried: string[] = [];

  const explicit = process.env['CHROMIUM_PATH'];
  if (explicit) {
    return remember({
      source: `CHROMIUM_PATH=${explicit}`,
      options: { executablePath: explicit, args: flags },
    });
  }

  for (const path of systemChromiums) {
    if (!existsSync(path)) {
      tried.push(`${path}: not installed`);
      continue;
    }
    try {
      return await remember({
        source: path,
        options: { executablePath: path, args: flags, timeout: probeTimeoutMs },
      });
    } catch (error) {
      tried.push(`${path}: does not start (${firstLine(error)})`);
    }
  }

  try {
    const bundled = await unpackBundledChromium();
    return await remember({
      source: `@sparticuz/chromium (${bundled.executablePath})`,
      options: {
        executablePath: bundled.executablePath,
        args: flags,
        ...(bundled.libraryPath ? { env: withLibraryPath(bundled.libraryPath) } : {}),
      },
    });
  } catch (error) {
    tried.push(`@sparticuz/chromium: ${firstLine(error)}`);
  }
  throw new Error(
    `No Chromium could be started for the browser tests. Tried, in order:\n  ${tried.join('\n  ')}\n` +
      'Run `npm ci` (it installs @sparticuz/chromium), or set CHROMIUM_PATH to a Chromium that starts.',
  );
}

async function remember(choice: Choice): Promise<Browser> {
  const browser = await chromium.launch(choice.options);
  chosen = choice;
  return browser;
}

interface BundledChromium {
  readonly executablePath: string;
  readonly libraryPath: string | null;
}

async function unpackBundledChromium(): Promise<BundledChromium> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [join(__dirname, 'unpackBundledChromium.mjs')],
    {
      // Unpacking writes about 200 MB; give a slow disk time, but not forever.
      timeout: 120_000,
    },
  );
  return JSON.parse(stdout) as BundledChromium;
}

function withLibraryPath(libraryPath: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
  env['LD_LIBRARY_PATH'] = [libraryPath, env['LD_LIBRARY_PATH']].filter(Boolean).join(':');
  return env;
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? message;
}
